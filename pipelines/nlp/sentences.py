"""Sentence boundaries with character offsets into the article body.

Rule-based: a sentence ends at . ! ? (plus closing quotes or brackets) followed by space
and a capital, digit or opening quote, unless the dot ends a known abbreviation or an
initial; a paragraph break always ends one. Offsets are 0-based, end-exclusive.
"""

from __future__ import annotations

import re

import polars as pl

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "adm",
    "gov",
    "sen",
    "rep",
    "st",
    "mt",
    "no",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
    "amb",
    "pres",
    "min",
    "dept",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "est",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])|\n\s*\n")
_LAST_TOKEN = re.compile(r"(\S+)$")

SENTENCE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "sentence_index": pl.Int64(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "sentence_text": pl.String(),
}


def _is_abbreviation(text: str, dot_at: int) -> bool:
    match = _LAST_TOKEN.search(text, 0, dot_at)
    if not match:
        return False
    token = match.group(1).lstrip("(\"'“‘").lower()
    # "U.S." / "U.N." / single initials "J." are abbreviations, not sentence ends.
    return (
        token in _ABBREVIATIONS
        or len(token) == 1
        or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))
    )


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0).startswith(".") and _is_abbreviation(text, match.start()):
            continue
        end = match.start() if match.group(0).startswith("\n") else match.end()
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def sentence_frame(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per sentence of each article (columns: article_id, body in; SENTENCE_SCHEMA out)."""
    rows = [
        (article_id, i, s, e, body[s:e])
        for article_id, body in articles.select("article_id", "body").iter_rows()
        for i, (s, e) in enumerate(split_sentences(body))
    ]
    return pl.DataFrame(rows, schema=SENTENCE_SCHEMA, orient="row")


def sentence_index_of(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence containing `offset` (the last sentence starting at or before it)."""
    lo, hi = 0, len(spans) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if spans[mid][0] <= offset:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best
