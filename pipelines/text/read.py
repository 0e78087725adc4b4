"""Raw input files to source documents: one row per article file or per record.

`read_input_file` turns one file's bytes into source rows and quarantine rows; it never
raises for bad input. `read_input_files` does that for a list of files and returns polars
frames. Supported formats are those the README lists under "Input formats"; anything else is
quarantined.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import Any

import polars as pl

from pipelines.text.decode import MAX_FILE_BYTES, DecodeError, decode_text, decompress
from pipelines.text.walk import InputEntry, walk_input_folder

ARTICLE_FILE_FORMATS = {"txt": "txt", "md": "md", "html": "html", "htm": "html"}
RECORD_FILE_FORMATS = {"json", "jsonl", "csv"}

# A CSV cell may hold a whole article (the csv module's default cap is 128 kB); the file's
# own size limit bounds it.
csv.field_size_limit(MAX_FILE_BYTES)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_TOO_DEEP = "JSON nested too deeply to be an article (over the parser's depth limit)"

# Record field name -> accepted spellings, first match wins.
RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body"),
    "title": ("title", "headline"),
    "published": ("published", "date"),
    "url": ("url", "link"),
    "publisher": ("publisher", "source"),
    "author": ("author",),
    "id": ("id",),
}

SOURCE_SCHEMA: dict[str, pl.DataType] = {
    "source_key": pl.String(),
    "source_file": pl.String(),
    # the file name's exact bytes when it is not valid UTF-8 (source_file shows them as \xNN)
    "source_file_bytes": pl.Binary(),
    "source_record": pl.Int64(),
    "source_id": pl.String(),
    "format": pl.String(),
    "encoding": pl.String(),
    "file_sha256": pl.String(),
    "content_sha256": pl.String(),
    "raw_text": pl.String(),
    "is_html": pl.Boolean(),
    "record_title": pl.String(),
    "record_published": pl.String(),
    "record_url": pl.String(),
    "record_publisher": pl.String(),
    "record_author": pl.String(),
}

QUARANTINE_SCHEMA: dict[str, pl.DataType] = {
    "source_file": pl.String(),
    "source_record": pl.Int64(),
    "file_sha256": pl.String(),
    "stage": pl.String(),
    "reason_kind": pl.String(),
    "reason": pl.String(),
}

# Ingest's quarantine also keeps the exact bytes of a file name that is not UTF-8.
INGEST_QUARANTINE_SCHEMA = QUARANTINE_SCHEMA | {"source_file_bytes": pl.Binary()}

FILE_SCHEMA: dict[str, pl.DataType] = {
    "source_file": pl.String(),
    "source_file_bytes": pl.Binary(),
    "file_sha256": pl.String(),
    "n_bytes": pl.Int64(),
    # modification time when read: with the size, lets the next scan skip the file unread
    "mtime_ns": pl.Int64(),
    "format": pl.String(),
    "n_records": pl.Int64(),
    "n_quarantined": pl.Int64(),
}


@dataclass
class FileReadResult:
    """What one input file yielded."""

    file: dict[str, Any]
    sources: list[dict[str, Any]] = field(default_factory=list)
    quarantine: list[dict[str, Any]] = field(default_factory=list)


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        # surrogatepass: a record's other fields may hold lone surrogates; hash them as given
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def source_key(source_file: str, source_record: int | None, content_sha256: str) -> str:
    """Stable key of one version of one source document."""
    return sha256_hex(f"{source_file}\x1f{source_record or ''}\x1f{content_sha256}")[:24]


def file_format(name: str) -> str | None:
    """Contract format of a file name (gzip suffix ignored), or None when unsupported."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    suffix = lower.rsplit(".", 1)[-1] if "." in lower else ""
    if suffix in ARTICLE_FILE_FORMATS:
        return ARTICLE_FILE_FORMATS[suffix]
    if suffix in RECORD_FILE_FORMATS:
        return suffix
    return None


def read_input_file(rel_path: str, data: bytes) -> FileReadResult:
    """Parse one file's bytes. Never raises for bad content: problems become quarantine rows."""
    file_sha = sha256_hex(data)
    fmt = file_format(rel_path)
    result = FileReadResult(
        file={
            "source_file": rel_path,
            "file_sha256": file_sha,
            "n_bytes": len(data),
            "format": fmt,
            "n_records": 0,
            "n_quarantined": 0,
        }
    )

    def quarantine(kind: str, reason: str, record: int | None = None) -> None:
        result.quarantine.append(
            {
                "source_file": rel_path,
                "source_record": record,
                "file_sha256": file_sha,
                "stage": "ingest",
                "reason_kind": kind,
                "reason": reason,
            }
        )

    if fmt is None:
        suffix = Path(rel_path).suffix or "(none)"
        quarantine(
            "unsupported_format",
            f"unsupported file type {suffix}: expected txt, md, html, htm, json, jsonl or csv (optionally .gz)",
        )
        result.file["n_quarantined"] = 1
        return result
    try:
        payload, _ = decompress(data, rel_path)
        text, encoding = decode_text(payload)
    except DecodeError as exc:
        quarantine(exc.kind, exc.reason)
        result.file["n_quarantined"] = 1
        return result

    if fmt in ("txt", "md", "html"):
        result.sources.append(
            _source_row(
                rel_path, None, file_sha, fmt, encoding, text, is_html=fmt == "html", record={}
            )
        )
    else:
        try:
            records = list(_parse_records(fmt, text))
        except ValueError as exc:
            quarantine("invalid_" + fmt, str(exc))
            result.file["n_quarantined"] = 1
            return result
        if not records:
            quarantine("empty", f"the {fmt} file holds no records")
        for index, record, error in records:
            if error is not None:
                quarantine(
                    "invalid_json" if fmt.startswith("json") else "invalid_csv", error, index
                )
                continue
            try:
                not_text = _non_text_body(record)
                if not_text is not None:
                    quarantine("text_not_text", not_text, index)
                    continue
                body = _field(record, "text")
                if body is None or not body.strip():
                    quarantine(
                        "missing_text",
                        "record has no text: neither a 'text' nor a 'body' field with content",
                        index,
                    )
                    continue
                row = _source_row(
                    rel_path,
                    index,
                    file_sha,
                    fmt,
                    encoding,
                    body,
                    is_html=_is_html(body),
                    record=record,
                )
            except (ValueError, TypeError, RecursionError) as exc:
                # one record's oddity (a field nested past the parser's depth) stays its own
                quarantine("invalid_record", f"record could not be read: {_one_line(exc)}", index)
                continue
            result.sources.append(row)
    result.file["n_records"] = len(result.sources)
    result.file["n_quarantined"] = len(result.quarantine)
    return result


def scan_input_folder(
    input_dir: Path,
    already_loaded: set[tuple[str, str]],
    unchanged: set[tuple[str, int, int]] | None = None,
) -> tuple[int, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Read every file under `input_dir` whose (path, sha256) is not in `already_loaded`.

    A file whose (path, size, mtime_ns) is in `unchanged` (as loaded before) is skipped
    without being read, so a scan costs what the new files cost, not the whole folder.
    Returns (number of entries seen, files, sources, quarantine) for the new files only.
    Every entry that is not read (a link out of the folder, a FIFO, a hidden file...) and
    every file that cannot be opened or parsed is a quarantine row with its reason: one
    file's failure never reaches the others.
    """
    files: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    quarantined: list[dict[str, Any]] = []
    entries = walk_input_folder(input_dir)
    for entry in entries:
        name_bytes = entry.bytes_if_not_utf8
        if entry.problem_kind is not None:
            quarantined.append(_file_quarantine(entry, None, entry.problem_kind, entry.problem))
            continue
        try:
            stat = entry.path.stat()
            if unchanged and (entry.name, stat.st_size, stat.st_mtime_ns) in unchanged:
                continue
            stat, data = read_regular_file(entry.path)
        except DecodeError as exc:
            quarantined.append(_file_quarantine(entry, None, exc.kind, exc.reason))
            continue
        except OSError as exc:
            quarantined.append(
                _file_quarantine(
                    entry, None, "unreadable", f"file could not be read: {exc.strerror or exc}"
                )
            )
            continue
        if (entry.name, sha256_hex(data)) in already_loaded:
            continue
        result = read_input_file_safely(entry.name, data)
        files.append(result.file | {"mtime_ns": stat.st_mtime_ns, "source_file_bytes": name_bytes})
        sources.extend(row | {"source_file_bytes": name_bytes} for row in result.sources)
        quarantined.extend(row | {"source_file_bytes": name_bytes} for row in result.quarantine)
    return (
        len(entries),
        pl.DataFrame(files, schema=FILE_SCHEMA),
        pl.DataFrame(sources, schema=SOURCE_SCHEMA),
        pl.DataFrame(quarantined, schema=INGEST_QUARANTINE_SCHEMA),
    )


def read_regular_file(path: Path) -> tuple[os.stat_result, bytes]:
    """The stat and the bytes of a regular file, reading at most MAX_FILE_BYTES + 1.

    Opened without blocking and checked to be a regular file once open, so a FIFO or
    device put in its place after the folder was listed cannot hang or flood the load.
    Raises DecodeError (too_large, not_regular_file) or OSError.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as handle:
        stat = os.fstat(fd)
        if not S_ISREG(stat.st_mode):
            raise DecodeError("not_regular_file", "not a regular file: not read")
        if stat.st_size > MAX_FILE_BYTES:
            raise DecodeError(
                "too_large", f"file is larger than the {MAX_FILE_BYTES // 2**20} MB limit"
            )
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # grew since fstat
        raise DecodeError(
            "too_large", f"file is larger than the {MAX_FILE_BYTES // 2**20} MB limit"
        )
    return stat, data


def read_input_file_safely(rel_path: str, data: bytes) -> FileReadResult:
    """`read_input_file`, with any failure of the reader itself (a bug, a parser's
    recursion limit, memory) ending as a quarantine row of this file, never past it."""
    try:
        return read_input_file(rel_path, data)
    except Exception as exc:
        file_sha = sha256_hex(data)
        reason = f"the reader failed on this file ({type(exc).__name__}: {_one_line(exc)})"
        return FileReadResult(
            file={
                "source_file": rel_path,
                "file_sha256": file_sha,
                "n_bytes": len(data),
                "format": file_format(rel_path),
                "n_records": 0,
                "n_quarantined": 1,
            },
            quarantine=[
                {
                    "source_file": rel_path,
                    "source_record": None,
                    "file_sha256": file_sha,
                    "stage": "ingest",
                    "reason_kind": "reader_error",
                    "reason": reason,
                }
            ],
        )


def _one_line(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text[:limit] + ("..." if len(text) > limit else "")


def _file_quarantine(
    entry: InputEntry, file_sha: str | None, kind: str, reason: str | None
) -> dict[str, Any]:
    return {
        "source_file": entry.name,
        "source_file_bytes": entry.bytes_if_not_utf8,
        "source_record": None,
        "file_sha256": file_sha,
        "stage": "ingest",
        "reason_kind": kind,
        "reason": reason,
    }


def _parse_records(fmt: str, text: str) -> Iterable[tuple[int | None, dict[str, Any], str | None]]:
    """Yield (1-based index, record, error) for each record of a json/jsonl/csv text.

    The index is None for a JSON file holding one article object (a one-article file).
    """
    if fmt == "json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(
                f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from exc
        except RecursionError as exc:
            raise ValueError(_TOO_DEEP) from exc
        if isinstance(
            value, dict
        ):  # a single article object is a one-article file: no record index
            yield None, value, None
            return
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items, start=1):
            if isinstance(item, dict):
                yield i, item, None
            else:
                yield i, {}, f"list item {i} is a {type(item).__name__}, not an article object"
    elif fmt == "jsonl":
        # "\n" only: str.splitlines() also breaks at U+2028, U+0085 and others, which JSON
        # strings may hold unescaped
        for i, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                yield i, {}, f"line {i} is not valid JSON: {exc.msg}"
                continue
            except RecursionError:
                yield i, {}, f"line {i}: {_TOO_DEEP}"
                continue
            except ValueError as exc:  # e.g. an integer past Python's digit limit
                yield i, {}, f"line {i} is not valid JSON: {_one_line(exc)}"
                continue
            if isinstance(item, dict):
                yield i, item, None
            else:
                yield i, {}, f"line {i} is a {type(item).__name__}, not an article object"
    else:  # csv
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames:
            raise ValueError("CSV file has no header row")
        if not any(_key(name) in RECORD_FIELDS["text"] for name in reader.fieldnames):
            raise ValueError(
                f"CSV header has no 'text' or 'body' column (columns: {', '.join(reader.fieldnames)})"
            )
        rows = enumerate(reader, start=1)
        while True:
            try:
                i, row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:  # e.g. a quote never closed: the rest cannot be split
                yield (
                    reader.line_num,
                    {},
                    f"CSV broken at line {reader.line_num}: {exc}; the rows after it were not read",
                )
                return
            if None in row:  # more cells than header names
                yield i, {}, f"row {i} has more cells than the header"
                continue
            yield i, {k: v for k, v in row.items() if k is not None}, None


def _non_text_body(record: dict[str, Any]) -> str | None:
    """Why the record's text field holds no text (a number, a flag, an object), else None.

    A list of strings is text (paragraphs, joined by `_field`); a number or `true` is not
    an article, and an object may hold several texts (languages, versions) of which
    picking one would be a guess."""
    for key in RECORD_FIELDS["text"]:
        value = _get(record, key)
        if value is None or isinstance(value, str):
            continue
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            continue
        kind = (
            "an object"
            if isinstance(value, dict)
            else (
                "a list of non-text items"
                if isinstance(value, list)
                else f"a {type(value).__name__}"
            )
        )
        return f"the record's '{key}' field is {kind}, not text"
    return None


def _get(record: dict[str, Any], key: str) -> Any:
    value = record.get(key)
    if value is None:
        value = next((v for k, v in record.items() if _key(k) == key), None)
    return value


def _key(name: object) -> str:
    """A field name as matched: partner feeds write `Text`, ` body` or `TITLE` too."""
    return str(name).strip().lower()


def _field(record: dict[str, Any], name: str) -> str | None:
    for key in RECORD_FIELDS[name]:
        value = _get(record, key)
        if value is None:
            continue
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            value = "\n\n".join(value)  # paragraphs
        elif not isinstance(value, str):
            value = (
                json.dumps(value, ensure_ascii=False)
                if isinstance(value, dict | list)
                else str(value)
            )
        value = scrub_text(value).strip()
        if value:
            return value
    return None


def scrub_text(value: str) -> str:
    """Text as it may be stored: JSON escapes can carry NUL and lone surrogates
    ("\\u0000", "\\ud83d"), which no UTF-8 column holds. NUL goes, a lone surrogate
    becomes U+FFFD (the text around it is kept)."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    return _LONE_SURROGATE.sub("\ufffd", value)


def _is_html(body: str) -> bool:
    head = body[:2000].lower()
    return "<html" in head or "<body" in head or "<p>" in head or "<article" in head


def _source_row(
    rel_path: str,
    index: int | None,
    file_sha: str,
    fmt: str,
    encoding: str,
    text: str,
    *,
    is_html: bool,
    record: dict[str, Any],
) -> dict[str, Any]:
    # Records hash on their canonical JSON (field order does not matter); files on their text.
    content = (
        json.dumps(record, sort_keys=True, ensure_ascii=False, default=str) if record else text
    )
    content_sha = sha256_hex(content)
    return {
        "source_key": source_key(rel_path, index, content_sha),
        "source_file": rel_path,
        "source_record": index,
        "source_id": _field(record, "id"),
        "format": fmt,
        "encoding": encoding,
        "file_sha256": file_sha,
        "content_sha256": content_sha,
        "raw_text": text,
        "is_html": is_html,
        "record_title": _field(record, "title"),
        "record_published": _field(record, "published"),
        "record_url": _field(record, "url"),
        "record_publisher": _field(record, "publisher"),
        "record_author": _field(record, "author"),
    }
