"""Import actor dictionaries in the Phoenix / PETRARCH (TABARI) `.actors` text format.

The format, one actor an entry:

    AFGHANISTAN_  [AFG]            a new actor: its name (underscores are spaces) and code
    +AFGHAN_                       a synonym
    +KABUL_ # comment              comments start with '#'
    BAN_KI-MOON
    +UN_SECRETARY-GENERAL_BAN_KI-MOON
        [IGOUNO >20070101]         a code from a date on ('<' until a date)
        [KORGOVBUS 040117-061201]  a code for a period (YYMMDD or YYYYMMDD)

The result has the shape of our dictionary seeds (actors, aliases) plus the dated codes,
so users can bring their own dictionaries (`newsevents import-dictionary`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import polars as pl

_CODE = re.compile(r"\[(?P<code>[~A-Z0-9]+)(?:\s+(?P<range>[<>]?\d{6,8}(?:-\d{6,8})?))?\s*\]")
_IGO_PREFIXES = ("IGO", "NGO", "MNC", "UAF", "UIS")
# In an all-uppercase dictionary only these shapes are surely acronyms: two letters, dotted,
# or no vowel ("UN", "U.N.", "PKK"); 'NATO' or 'SHAH' are ambiguous, so the uppercase spelling
# is kept as an extra alias (see `_aliases`).
_ACRONYM = re.compile(r"^\(?(?:[A-Z]{2}|(?:[A-Z]\.)+[A-Z]?\.?|[B-DF-HJ-NP-TV-Z]{2,5})\)?$")
# Little words that stay lowercase inside a name ("Committee of Winegrowers").
_LOWER_IN_NAMES = frozenset(
    {"the", "of", "and", "for", "in", "on", "at", "to", "by", "de", "la", "le", "les", "el", "du"}
    | {"da", "di", "y", "e", "a", "an", "van", "von", "der", "des", "del"}
)
# Short words the uppercase dictionaries spell like acronyms but that are words.
_SMALL_WORDS = (
    _LOWER_IN_NAMES
    | {"al", "abu", "bin", "ibn", "new", "old", "red", "sea", "air", "war"}
    | {"army", "city", "gun", "bay", "san", "los", "las", "east", "west"}
)
_ORG_WORDS = re.compile(
    r"\b(?:forces?|army|party|ministry|council|organi[sz]ation|committee|front|movement|union|league|brigades?|"
    r"police|government|agency|bank|group|corps|court|parliament|assembly|office|service|navy|command|"
    r"department|commission|association|federation|institute|university|company|corporation|alliance|"
    r"authority|guard|militia|network|fund|programme|program|cartel|faction|tribunal|senate|congress)\b",
    re.IGNORECASE,
)

ACTOR_COLUMNS = {
    "actor_id": pl.String,
    "name": pl.String,
    "actor_type": pl.String,
    "country_code": pl.String,
    "cameo_code": pl.String,
}
ALIAS_COLUMNS = {"actor_id": pl.String, "alias": pl.String, "alias_kind": pl.String}
CODE_COLUMNS = {
    "actor_id": pl.String,
    "cameo_code": pl.String,
    "start_date": pl.Date,
    "end_date": pl.Date,
}


@dataclass
class _Entry:
    name: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


@dataclass(frozen=True)
class PhoenixDictionary:
    """An imported dictionary: actors and aliases (seed-shaped) and dated CAMEO codes."""

    actors: pl.DataFrame
    aliases: pl.DataFrame
    codes: pl.DataFrame


def _phrase(token: str) -> str:
    """'BAN_KI-MOON_' -> 'Ban Ki-Moon', 'THE_UNITED_NATIONS' -> 'the United Nations'; acronyms
    ('UN', 'U.N.', 'NATO') stay as written."""
    out = []
    for i, word in enumerate(token.replace("_", " ").split()):
        lower = word.lower()
        if _ACRONYM.match(word) and lower not in _SMALL_WORDS:
            out.append(word)
        elif lower in _LOWER_IN_NAMES and i > 0:
            out.append(lower)
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


def _date(text: str) -> date | None:
    if len(text) == 6:  # YYMMDD
        year = int(text[:2])
        text = f"{2000 + year if year < 50 else 1900 + year}{text[2:]}"
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def _codes(text: str) -> list[tuple[str, date | None, date | None]]:
    out = []
    for match in _CODE.finditer(text):
        code, period = match.group("code"), match.group("range") or ""
        start = end = None
        if period.startswith(">"):
            start = _date(period[1:])
        elif period.startswith("<"):
            end = _date(period[1:])
        elif "-" in period:
            first, last = period.split("-", 1)
            start, end = _date(first), _date(last)
        out.append((code, start, end))
    return out


def _entries(text: str) -> list[_Entry]:
    entries: list[_Entry] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("[") or raw[:1] in (" ", "\t"):
            if entries:
                entries[-1].codes += _codes(stripped)
        elif stripped.startswith("+"):
            if entries:
                entries[-1].synonyms.append(_phrase(stripped[1:].split("[", 1)[0]))
                entries[-1].codes += _codes(stripped)
        elif not stripped.startswith("!"):  # '!MACRO!' lines belong to the agents format
            entries.append(_Entry(name=_phrase(stripped.split("[", 1)[0]), codes=_codes(stripped)))
    return [e for e in entries if e.name]


def _aliases(entry: _Entry) -> list[tuple[str, str]]:
    """The name and synonyms, plus the uppercase spelling of those with short words that may
    be acronyms ('NATO', 'ETA'): matching is case-sensitive."""
    out: dict[str, str] = {}
    for i, phrase in enumerate([entry.name, *entry.synonyms]):
        out.setdefault(phrase, "name" if i == 0 else "imported")
        words = phrase.split()
        short_capital = any(len(w) <= 4 and w[:1].isupper() for w in words)
        if len(words) <= 3 and short_capital and phrase.upper() != phrase:
            out.setdefault(phrase.upper(), "imported")
    return [(alias, kind) for alias, kind in out.items() if alias]


def _actor_type(code: str, name: str) -> str:
    n_words = len(name.split())
    if code.startswith(_IGO_PREFIXES):
        # People working for an organization carry its code ("Javier Solana [IGOWSTNAT]").
        return (
            "person"
            if 2 <= n_words <= 4
            and not _ORG_WORDS.search(name)
            and not _ACRONYM.match(name.split()[0])
            else "organization"
        )
    if len(code) == 3:
        return "country"
    if _ORG_WORDS.search(name):
        # Rebels, insurgents and militants are groups; ministries and parties organizations.
        return (
            "group"
            if any(tag in code[3:] for tag in ("REB", "INS", "IMG", "UAF"))
            else "organization"
        )
    return "person" if n_words >= 2 else "group"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def parse_phoenix_actors(text: str, prefix: str = "phx") -> PhoenixDictionary:
    """Parse one `.actors` file. The current code (undated, or the latest period) is the
    actor's `cameo_code`; every dated code is kept in `codes`."""
    actors, aliases, codes = [], [], []
    seen: set[str] = set()
    for entry in _entries(text):
        if not entry.codes:
            continue
        actor_id = f"{prefix}_{_slug(entry.name)}"
        if actor_id in seen:
            continue
        seen.add(actor_id)
        current = max(entry.codes, key=lambda c: (c[2] is None, c[1] or date.min))[0]
        country = (
            current[:3] if current[:3].isalpha() and not current.startswith(_IGO_PREFIXES) else None
        )
        actors.append((actor_id, entry.name, _actor_type(current, entry.name), country, current))
        for alias, kind in _aliases(entry):
            aliases.append((actor_id, alias, kind))
        codes += [(actor_id, code, start, end) for code, start, end in entry.codes]
    return PhoenixDictionary(
        actors=pl.DataFrame(actors, schema=ACTOR_COLUMNS, orient="row"),
        aliases=pl.DataFrame(aliases, schema=ALIAS_COLUMNS, orient="row").unique(
            ["actor_id", "alias"], maintain_order=True
        ),
        codes=pl.DataFrame(codes, schema=CODE_COLUMNS, orient="row"),
    )


def import_dictionary(paths: list[Path], out_dir: Path) -> PhoenixDictionary:
    """Parse several `.actors` files and write them as seed-shaped CSVs into `out_dir`."""
    parts = [
        parse_phoenix_actors(path.read_text(encoding="utf-8", errors="replace")) for path in paths
    ]
    merged = PhoenixDictionary(
        actors=pl.concat([p.actors for p in parts]).unique("actor_id", maintain_order=True),
        aliases=pl.concat([p.aliases for p in parts]).unique(
            ["actor_id", "alias"], maintain_order=True
        ),
        codes=pl.concat([p.codes for p in parts]),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    merged.actors.write_csv(out_dir / "imported_actors.csv")
    merged.aliases.write_csv(out_dir / "imported_actor_aliases.csv")
    merged.codes.write_csv(out_dir / "imported_actor_codes.csv")
    return merged
