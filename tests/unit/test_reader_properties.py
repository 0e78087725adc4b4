"""Properties of the reader and the cleaner on any input (hypothesis).

`read_input_file` never raises, whatever the bytes and whichever supported name; every
record it is given is either a source row or a record-level quarantine row (or the whole
file is quarantined); every quarantine row says why; no source row carries a NUL or text
that is not valid UTF-8 (both would break the warehouse). The cleaner, fed what the reader
made of random input, never raises and never yields an article with an empty body.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from typing import Any

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.text.articles import clean_sources
from pipelines.text.read import RECORD_FIELDS, SOURCE_SCHEMA, FileReadResult, read_input_file

# Deterministic examples (CI must not flake) and no example database in the repo.
PROPERTY = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HEAVY = settings(PROPERTY, max_examples=15)

SUFFIXES = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"]
NAMES = [f"dir/file{s}{gz}" for s in SUFFIXES for gz in ("", ".gz")]
FIELD_NAMES = sorted({name for names in RECORD_FIELDS.values() for name in names})
SOURCE_TEXT_FIELDS = [name for name, dtype in SOURCE_SCHEMA.items() if dtype == pl.String()]
WORDS = [
    "the", "council", "said", "on", "Tuesday", "that", "a", "new", "bridge", "would", "cost",
    "more", "than", "planned", "and", "residents", "of", "town", "were", "asked", "to",
    "comment", "before", "vote", "in", "March", "while", "engineers", "from", "harbour",
    "board", "inspected", "site",
]  # fmt: skip
MAGIC = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"\x1f\x8b\x08",
         b"%PDF-", b"\x89PNG", b"BZh9", b"\xfd7zXZ\x00", b"<html>", b"{", b"["]  # fmt: skip

# Text pieces: real words (so some inputs are articles), any character, lone surrogates,
# control characters, line breaks of every kind, markup.
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.characters(),
    st.characters(categories=["Cs"]),
    st.sampled_from(["\x00", "\x01", "\x1b", "\x7f", "\ufeff", "\ufffd", "\u200b"]),
    st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u2028", "\u2029", "\x85", "\x0b", "\x1c"]),
    st.sampled_from(["<p>", "</p>", "<div>", "<script>", "</html>", "&amp;", '"', ",", "'"]),
)
TEXT = st.lists(PIECES, max_size=40).map(" ".join)
# CSV cells: shorter (a table has many), and a file holds bytes, so no lone surrogates.
CELL = (
    st.lists(PIECES, max_size=12)
    .map(" ".join)
    .map(lambda t: "".join(c for c in t if not 0xD800 <= ord(c) <= 0xDFFF))
)
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), TEXT)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=5), children, max_size=5)
    ),
    max_leaves=25,
)
RECORDS = st.dictionaries(
    st.sampled_from(FIELD_NAMES) | st.text(max_size=8),
    st.one_of(TEXT, TEXT, JSON_VALUES),
    max_size=8,
)


def _encode(text: str) -> bytes:
    # a lone surrogate cannot be UTF-8: written as its 3 bytes, as broken tools do
    return text.encode("utf-8", "surrogatepass")


def _dumps(value: Any, ensure_ascii: bool) -> str:
    return json.dumps(value, ensure_ascii=ensure_ascii)


def check(result: FileReadResult, n_records: int | None = None) -> None:
    """The properties every read must keep."""
    assert result.sources or result.quarantine, "input silently dropped"
    for row in result.quarantine:
        assert isinstance(row["reason"], str) and row["reason"].strip(), row
    for row in result.sources:
        assert "\x00" not in row["raw_text"], "NUL in raw_text"
        for name in SOURCE_TEXT_FIELDS:
            value = row.get(name)
            if isinstance(value, str):
                value.encode("utf-8")  # raises on a lone surrogate
                assert "\x00" not in value, f"NUL in {name}"
    file_rows = [q for q in result.quarantine if q["source_record"] is None]
    record_rows = [q for q in result.quarantine if q["source_record"] is not None]
    if file_rows:
        assert not result.sources or n_records is not None, "file quarantined yet sources kept"
    if n_records is not None and not file_rows:
        assert len(result.sources) + len(record_rows) == n_records, (
            f"{len(result.sources)} sources + {len(record_rows)} bad records != {n_records} records"
        )
        indices = [s["source_record"] for s in result.sources] + [
            q["source_record"] for q in record_rows
        ]
        assert len(indices) == len(set(indices)), "a record counted twice"


# --- any bytes -------------------------------------------------------------------------


@PROPERTY
@given(name=st.sampled_from(NAMES), magic=st.sampled_from(MAGIC), data=st.binary(max_size=3000),
       wrap=st.booleans())  # fmt: skip
def test_any_bytes_never_raise(name: str, magic: bytes, data: bytes, wrap: bool) -> None:
    payload = magic + data
    if wrap and name.endswith(".gz"):
        payload = gzip.compress(payload, mtime=0)
    check(read_input_file(name, payload))


@PROPERTY
@given(name=st.sampled_from(NAMES), text=TEXT)
def test_any_text_never_raises(name: str, text: str) -> None:
    data = _encode(text)
    check(read_input_file(name, gzip.compress(data, mtime=0) if name.endswith(".gz") else data))


# --- any JSON --------------------------------------------------------------------------


@PROPERTY
@given(value=JSON_VALUES, ensure_ascii=st.booleans(), gz=st.booleans())
def test_any_json_value(value: Any, ensure_ascii: bool, gz: bool) -> None:
    data = _encode(_dumps(value, ensure_ascii))
    n_records = len(value) if isinstance(value, list) else 1
    result = read_input_file(
        "feed.json.gz" if gz else "feed.json", gzip.compress(data) if gz else data
    )
    check(result, n_records)


@PROPERTY
@given(values=st.lists(JSON_VALUES, min_size=1, max_size=6), ensure_ascii=st.booleans())
def test_any_jsonl_lines(values: list[Any], ensure_ascii: bool) -> None:
    # One value per line: U+2028, U+0085 and the like inside a string are not line breaks.
    lines = [_dumps(v, ensure_ascii) for v in values]
    check(read_input_file("feed.jsonl", _encode("\n".join(lines) + "\n")), len(lines))


@PROPERTY
@given(records=st.lists(RECORDS, min_size=1, max_size=5), shape=st.sampled_from(["object", "list", "jsonl"]),
       ensure_ascii=st.booleans())  # fmt: skip
def test_any_records(records: list[dict[str, Any]], shape: str, ensure_ascii: bool) -> None:
    if shape == "object":
        text, name, n = _dumps(records[0], ensure_ascii), "a.json", 1
    elif shape == "list":
        text, name, n = _dumps(records, ensure_ascii), "a.json", len(records)
    else:
        text = "\n".join(_dumps(r, ensure_ascii) for r in records)
        name, n = "a.jsonl", len(records)
    check(read_input_file(name, _encode(text)), n)


@HEAVY
@given(depth=st.integers(500, 150_000), shape=st.sampled_from(["list", "dict", "field", "jsonl"]))
def test_deeply_nested_json(depth: int, shape: str) -> None:
    nested = "[" * depth + "]" * depth if shape != "dict" else '{"a": ' * depth + "1" + "}" * depth
    if shape == "field":  # a fine article with a deep field beside its text
        text = '{"text": "' + " ".join(WORDS * 3) + '", "extra": ' + nested + "}"
    else:
        text = nested
    name = "deep.jsonl" if shape == "jsonl" else "deep.json"
    n_records = 1 if shape in ("field", "jsonl", "dict") else None
    check(read_input_file(name, text.encode()), n_records)


# --- any CSV ---------------------------------------------------------------------------


@PROPERTY
@given(
    header=st.lists(st.sampled_from(FIELD_NAMES) | st.text(max_size=6), min_size=1, max_size=6),
    rows=st.lists(st.lists(CELL, min_size=1, max_size=7), max_size=5),
)
def test_any_csv(header: list[str], rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)  # ragged on purpose: rows are as long as they come
    result = read_input_file("table.csv", buffer.getvalue().encode("utf-8"))
    check(result, len(rows))


@HEAVY
@given(size=st.integers(120_000, 400_000), quoted=st.booleans())
def test_huge_csv_cell(size: int, quoted: bool) -> None:
    cell = (" ".join(WORDS) + " ") * (size // 200 + 1)
    cell = cell[:size]
    text = "title,text\nBig," + (f'"{cell}"' if quoted else cell.replace(",", " ")) + "\n"
    check(read_input_file("big.csv", text.encode()), 1)


# --- the cleaner on what the reader made -----------------------------------------------


def _article_like(lines: list[str], name: str) -> bytes:
    text = "\n".join(lines)
    if name.endswith(".html"):
        text = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    elif name.endswith(".jsonl"):
        text = json.dumps({"title": lines[0] if lines else "", "text": text}, ensure_ascii=False)
    return _encode(text)


def _with_junk(words: list[str], junk: list[str], at: int) -> str:
    at = at % (len(words) + 1)
    return " ".join([*words[:at], *junk, *words[at:]])


# Lines of real words with a little junk in each: often enough words to be an article.
ARTICLE_LINES = st.lists(
    st.builds(_with_junk, st.lists(st.sampled_from(WORDS), max_size=40),
              st.lists(PIECES, max_size=4), st.integers(0, 40)),
    max_size=10,
)  # fmt: skip


@settings(PROPERTY, max_examples=50)
@given(docs=st.lists(st.tuples(st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl"]), ARTICLE_LINES),
                     min_size=1, max_size=4))  # fmt: skip
def test_cleaner_never_raises_nor_yields_empty_bodies(docs: list[tuple[str, list[str]]]) -> None:
    rows = []
    for i, (name, lines) in enumerate(docs):
        result = read_input_file(f"{i}/{name}", _article_like(lines, name))
        check(result)
        rows.extend(result.sources)
    if not rows:
        return
    sources = pl.DataFrame(rows, schema=SOURCE_SCHEMA)
    cleaned, rejected = clean_sources(sources)
    assert cleaned.height + rejected.height == sources.height
    for body in cleaned["body"]:
        assert body is not None and body.strip(), "article with an empty body"
