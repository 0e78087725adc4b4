"""Bytes to text: decompression, byte-order marks, legacy encodings, and telling text from binary.

Every failure is a `DecodeError` whose message is the quarantine reason a person reads.
"""

from __future__ import annotations

import bz2
import lzma
import re
import zlib
from collections.abc import Callable
from typing import Any

from charset_normalizer import from_bytes

# A file larger than this (after decompression) is quarantined rather than read: a news
# article is a few kB; a 20 MB "article" is a dump, a log or an attack, not a story.
MAX_FILE_BYTES = 20 * 1024 * 1024

# Share of control characters (other than tab, CR, LF, FF) above which bytes are not text.
_MAX_CONTROL_SHARE = 0.02
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))

# Compression is recognised by content, never by name: a name can lie, and a bomb under a
# plain name must be bounded like any other. bzip2 is sniffed with its block (pi) or
# end-of-stream (sqrt pi) magic too, so a text that happens to start with "BZh" stays text.
_BZIP2_BLOCK_MAGICS = (b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90")
_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\x04\x22\x4d\x18", "lz4"),
    (b"\x1f\x9d", "compress (.Z)"),
)
_SUFFIXES = (".gz", ".bz2", ".xz")
# A gzip of a gzip is plausible (a shipper compressing compressed files); deeper is not.
_MAX_LAYERS = 2
# Input is fed to a decompressor in slices that start small and double, so what is left
# over after a stream (and copied as unused_data) stays small for a file of 100,000 tiny
# members, while a big member is still fed in big slices.
_FIRST_FEED_BYTES = 1 << 10
_MAX_FEED_BYTES = 1 << 18
# Output is taken in steps of this size, so a bomb's peak memory is about the limit.
_STEP_BYTES = 1 << 20
_ZERO_RUN = re.compile(rb"\x00*")


class DecodeError(ValueError):
    """Raised with a human-readable reason when bytes cannot become article text."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


# zlib, bz2 and lzma decompressors share decompress(data, max_length), eof and unused_data.
_DECOMPRESSORS: dict[str, Callable[[], Any]] = {
    "gzip": lambda: zlib.decompressobj(wbits=31),  # 31: gzip header and trailer
    "bzip2": bz2.BZ2Decompressor,
    "xz": lambda: lzma.LZMADecompressor(format=lzma.FORMAT_XZ),
}
_ERRORS = (zlib.error, OSError, EOFError, lzma.LZMAError)


def _limit_text(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit % 2**20 == 0 else f"{limit:,}-byte"


def _too_large(limit: int) -> DecodeError:
    return DecodeError("too_large", f"decompressed size exceeds the {_limit_text(limit)} limit")


def sniff_compression(data: bytes) -> str | None:
    """Name of the compression format the bytes start with, or None for uncompressed bytes."""
    if data[:3] == b"BZh" and data[4:10] in _BZIP2_BLOCK_MAGICS:
        return "bzip2"
    for magic, fmt in _MAGICS:
        if data.startswith(magic):
            return fmt
    return None


def _pour(decompressor: Any, feed: memoryview | bytes, out: bytearray, limit: int) -> None:
    """Decompress one slice of input onto `out`, which never grows past limit+1 bytes."""
    while True:
        step = min(limit + 1 - len(out), _STEP_BYTES)
        chunk = decompressor.decompress(feed, step)
        out += chunk
        if len(out) > limit:
            raise _too_large(limit)
        # A short step means the slice is used up; a full one may leave output pending.
        if decompressor.eof or len(chunk) < step:
            return
        # zlib hands back the input it did not read; bz2 and lzma keep it themselves.
        feed = getattr(decompressor, "unconsumed_tail", b"")


def _inflate_stream(fmt: str, data: bytes, start: int, out: bytearray, limit: int) -> int:
    """Decompress the one stream (gzip member) at data[start:] onto `out`; return its end."""
    decompressor = _DECOMPRESSORS[fmt]()
    view = memoryview(data)
    pos, size = start, _FIRST_FEED_BYTES
    while not decompressor.eof:
        if pos >= len(data):
            raise DecodeError(
                f"corrupt_{fmt}", f"{fmt} stream is truncated (file cut off before its end)"
            )
        feed = view[pos : pos + size]
        pos, size = pos + len(feed), min(2 * size, _MAX_FEED_BYTES)
        try:
            _pour(decompressor, feed, out, limit)
        except _ERRORS as exc:
            raise DecodeError(f"corrupt_{fmt}", f"{fmt} data is corrupt ({exc})") from exc
    return pos - len(decompressor.unused_data)


def _inflate(fmt: str, data: bytes, limit: int) -> bytes:
    """Decompress every stream of a multi-member file (as `gzip -d` does), bounded by limit.

    Zero padding after a stream is skipped; anything else that does not start a new stream
    of the same format is an error, so no trailing data is silently dropped.
    """
    out = bytearray()
    pos, members = 0, 0
    while pos < len(data):
        pos = _inflate_stream(fmt, data, pos, out, limit)
        members += 1
        pos = _ZERO_RUN.match(data, pos).end()  # skip zero padding (\x00* always matches)
        if pos < len(data) and sniff_compression(data[pos : pos + 10]) != fmt:
            raise DecodeError(
                f"corrupt_{fmt}",
                f"{len(data) - pos} bytes of trailing garbage after {fmt} stream {members} "
                f"(at byte {pos}): not another {fmt} stream",
            )
    return bytes(out)


def decompress(data: bytes, name: str, limit: int | None = None) -> tuple[bytes, str]:
    """Return (bytes, name without a .gz/.bz2/.xz suffix), decompressing by content.

    gzip, bzip2 and xz are unpacked, all members of each and up to two nested layers, with
    every layer's output capped at `limit` (default MAX_FILE_BYTES). Bytes that are not
    compressed pass through unchanged, whatever the name says.
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    for layer in range(_MAX_LAYERS + 1):
        fmt = sniff_compression(data)
        if fmt is None:
            break
        if fmt not in _DECOMPRESSORS:
            raise DecodeError(
                "unsupported_compression",
                f"{fmt}-compressed data: only gzip, bzip2 and xz can be read; decompress it first",
            )
        if layer == _MAX_LAYERS:
            raise DecodeError(
                "unsupported_compression",
                f"compressed more than {_MAX_LAYERS} times over: nested layers are not unpacked",
            )
        data = _inflate(fmt, data, limit)
    lower = name.lower()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix):
            return data, name[: -len(suffix)]
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
    single-byte encodings such as cp1251 and latin-1. NUL characters are removed from the
    text. Raises DecodeError for empty, oversized, binary and undecodable input.
    """
    if len(data) > MAX_FILE_BYTES:
        raise DecodeError(
            "too_large", f"file is larger than the {_limit_text(MAX_FILE_BYTES)} limit"
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
    # NUL is never meaningful in an article, and DuckDB and terminals choke on it.
    text = text.replace("\x00", "")
    if not text.strip():
        raise DecodeError("empty", "file is empty or contains only whitespace")
    # Replacement characters or private-use noise everywhere mean the decoding guessed wrong.
    bad = text.count("\ufffd")
    if bad and bad / len(text) > 0.01:
        raise DecodeError("undecodable", "text is mostly undecodable bytes")
    return text
