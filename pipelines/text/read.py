"""Raw input files to source documents: one row per article file or per record.

`read_input_file` turns one file's bytes into source rows and quarantine rows; it never
raises for bad input. `read_input_files` does that for a list of files and returns polars
frames. Supported formats are those of CONTRACT.md; anything else is quarantined.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from pipelines.text.decode import DecodeError, decode_text, strip_gzip

ARTICLE_FILE_FORMATS = {"txt": "txt", "md": "md", "html": "html", "htm": "html"}
RECORD_FILE_FORMATS = {"json", "jsonl", "csv"}

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

FILE_SCHEMA: dict[str, pl.DataType] = {
    "source_file": pl.String(),
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
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def source_key(source_file: str, source_record: int | None, content_sha256: str) -> str:
    """Stable key of one version of one source document."""
    return sha256_hex(f"{source_file}\x1f{source_record or ''}\x1f{content_sha256}")[:24]


def discover_input_files(input_dir: Path) -> list[Path]:
    """Every regular file under `input_dir`, recursively, in a stable order.

    Hidden files and folders (a leading dot, e.g. `.DS_Store`, `.git`) are skipped: they are
    tool state, not articles.
    """
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder does not exist: {input_dir}")
    files = [
        p
        for p in input_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(input_dir).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(input_dir).as_posix())


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
        payload, _ = strip_gzip(data, rel_path)
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
            body = _field(record, "text")
            if body is None or not body.strip():
                quarantine(
                    "missing_text",
                    "record has no text: neither a 'text' nor a 'body' field with content",
                    index,
                )
                continue
            result.sources.append(
                _source_row(
                    rel_path,
                    index,
                    file_sha,
                    fmt,
                    encoding,
                    body,
                    is_html=_is_html(body),
                    record=record,
                )
            )
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
    Returns (number of files seen, files, sources, quarantine) for the new files only. A
    file that vanished or cannot be opened is quarantined with the OS error as its reason.
    """
    files: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    quarantined: list[dict[str, Any]] = []
    paths = discover_input_files(input_dir)
    for path in paths:
        rel = path.relative_to(input_dir).as_posix()
        try:
            stat = path.stat()
            if unchanged and (rel, stat.st_size, stat.st_mtime_ns) in unchanged:
                continue
            data = path.read_bytes()
        except OSError as exc:
            quarantined.append(
                {
                    "source_file": rel,
                    "source_record": None,
                    "file_sha256": None,
                    "stage": "ingest",
                    "reason_kind": "unreadable",
                    "reason": f"file could not be read: {exc.strerror or exc}",
                }
            )
            continue
        if (rel, sha256_hex(data)) in already_loaded:
            continue
        result = read_input_file(rel, data)
        files.append(result.file | {"mtime_ns": stat.st_mtime_ns})
        sources.extend(result.sources)
        quarantined.extend(result.quarantine)
    return (
        len(paths),
        pl.DataFrame(files, schema=FILE_SCHEMA),
        pl.DataFrame(sources, schema=SOURCE_SCHEMA),
        pl.DataFrame(quarantined, schema=QUARANTINE_SCHEMA),
    )


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
        for i, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                yield i, {}, f"line {i} is not valid JSON: {exc.msg}"
                continue
            if isinstance(item, dict):
                yield i, item, None
            else:
                yield i, {}, f"line {i} is a {type(item).__name__}, not an article object"
    else:  # csv
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames:
            raise ValueError("CSV file has no header row")
        if not any(name in reader.fieldnames for name in RECORD_FIELDS["text"]):
            raise ValueError(
                f"CSV header has no 'text' or 'body' column (columns: {', '.join(reader.fieldnames)})"
            )
        for i, row in enumerate(reader, start=1):
            if None in row:  # more cells than header names
                yield i, {}, f"row {i} has more cells than the header"
                continue
            yield i, {k: v for k, v in row.items() if k is not None}, None


def _field(record: dict[str, Any], name: str) -> str | None:
    for key in RECORD_FIELDS[name]:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            value = (
                json.dumps(value, ensure_ascii=False)
                if isinstance(value, dict | list)
                else str(value)
            )
        value = value.strip()
        if value:
            return value
    return None


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
