"""Bytes to text: gzip, byte-order marks, legacy encodings, and telling text from binary.

Every failure is a `DecodeError` whose message is the quarantine reason a person reads.
"""

from __future__ import annotations

import gzip
import zlib

from charset_normalizer import from_bytes

# A file larger than this (after decompression) is quarantined rather than read: a news
# article is a few kB; a 20 MB "article" is a dump, a log or an attack, not a story.
MAX_FILE_BYTES = 20 * 1024 * 1024

# Share of control characters (other than tab, CR, LF, FF) above which bytes are not text.
_MAX_CONTROL_SHARE = 0.02
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


class DecodeError(ValueError):
    """Raised with a human-readable reason when bytes cannot become article text."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def gunzip(data: bytes, limit: int = MAX_FILE_BYTES) -> bytes:
    """Decompress a gzip stream, refusing truncated or corrupt streams and decompression bombs."""
    decompressor = zlib.decompressobj(wbits=31)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error as exc:
        raise DecodeError("corrupt_gzip", f"gzip data is corrupt ({exc})") from exc
    if len(out) > limit:
        raise DecodeError("too_large", f"decompressed size exceeds the {limit // 2**20} MB limit")
    if not decompressor.eof:
        raise DecodeError("corrupt_gzip", "gzip stream is truncated (file cut off before its end)")
    return out


def strip_gzip(data: bytes, name: str) -> tuple[bytes, str]:
    """Return (bytes, name without .gz), decompressing when the name or magic says gzip."""
    if name.lower().endswith(".gz"):
        return gunzip(data), name[:-3]
    if data[:2] == b"\x1f\x8b":  # gzip magic under a plain name
        try:
            return gzip.decompress(data), name
        except (OSError, EOFError, zlib.error) as exc:
            raise DecodeError("corrupt_gzip", f"gzip data is corrupt ({exc})") from exc
    return data, name


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NUL bytes sit in every other position, as they do
    for mostly-Latin text in UTF-16 without a byte-order mark; else None."""
    sample = data[:4096]
    if len(sample) < 8 or sample.count(0) < len(sample) // 4:
        return None
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for encoding, nuls, others in (
        ("utf-16-le", odd_nuls, even_nuls),
        ("utf-16-be", even_nuls, odd_nuls),
    ):
        if nuls > 0.6 * half and others < 0.05 * half:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > _MAX_CONTROL_SHARE


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode article bytes; return (text, encoding name).

    Order: BOMs (UTF-8, UTF-16/32), strict UTF-8, then charset detection for legacy
    single-byte encodings such as cp1251 and latin-1. Raises DecodeError for empty,
    oversized, binary and undecodable input.
    """
    if len(data) > MAX_FILE_BYTES:
        raise DecodeError(
            "too_large", f"file is larger than the {MAX_FILE_BYTES // 2**20} MB limit"
        )
    if not data.strip():
        raise DecodeError("empty", "file is empty or contains only whitespace")
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    "undecodable", f"starts with a {encoding} byte-order mark but is not {encoding}"
                ) from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _check_text(data.decode(utf16)), utf16
    if (
        data[:4] == b"\x89PNG"
        or data[:4] == b"%PDF"
        or data[:2] == b"PK"
        or data[:3] == b"\xff\xd8\xff"
    ):
        raise DecodeError("binary", "binary file (image, PDF or archive), not text")
    if _looks_binary(data):
        raise DecodeError("binary", "binary content: too many control bytes to be text")
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable", "bytes match no known text encoding")
    return _check_text(str(best)), best.encoding


def _check_text(text: str) -> str:
    if not text.strip():
        raise DecodeError("empty", "file is empty or contains only whitespace")
    # Replacement characters or private-use noise everywhere mean the decoding guessed wrong.
    bad = text.count("\ufffd")
    if bad and bad / len(text) > 0.01:
        raise DecodeError("undecodable", "text is mostly undecodable bytes")
    return text
