"""Character classes of the Latin letters names are written in, for regular expressions.

Why: `[A-Z][a-z]+` reads "Doğan", "Çelik", "Hernández" or "Aydın" as no name or half of one,
and Python's `re` has no Unicode property classes. The classes are built once from the
Unicode database over the Latin blocks (Latin-1, Latin Extended-A and -B, Latin Extended
Additional for Vietnamese), so every accented capital and small letter is in them.
"""

from __future__ import annotations

import unicodedata

_LATIN_BLOCKS = (range(0x41, 0x250), range(0x1E00, 0x1F00))


def _letters(test: str) -> str:
    chars = [
        chr(cp) for block in _LATIN_BLOCKS for cp in block if unicodedata.category(chr(cp)) == test
    ]
    return "".join(chars)


# Class bodies, without brackets, to compose: rf"[{UPPER}][{LOWER}'’\-]+".
UPPER = _letters("Lu")
LOWER = _letters("Ll")
