"""Sentence boundaries with character offsets into the article body.

Rule-based: a sentence ends at . ! ? (plus closing quotes or brackets) followed by space
and a capital, digit or opening quote, unless the dot ends a known abbreviation or an
initial; a paragraph break always ends one. Offsets are 0-based, end-exclusive.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right

import ahocorasick
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
_END_PUNCTUATION = ".!?…"
_CLOSERS = "\"'”’)]"
_OPENERS = "\"'“‘(["
_SPACES = " \t\n\r\u00a0"
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def _boundary_automaton() -> ahocorasick.Automaton:
    # Every "punctuation or closer, then whitespace" pair, found in one C pass; the few
    # hits are then checked in Python (a regex scan of the whole text was the bottleneck).
    automaton = ahocorasick.Automaton()
    for mark in _END_PUNCTUATION + _CLOSERS:
        for space in _SPACES:
            automaton.add_word(mark + space, 0)
    automaton.add_word("\n", 1)
    automaton.make_automaton()
    return automaton


_AUTOMATON = _boundary_automaton()


def _is_abbreviation(text: str, dot_at: int) -> bool:
    token_start = max(text.rfind(" ", 0, dot_at), text.rfind("\n", 0, dot_at)) + 1
    token = text[token_start:dot_at].lstrip(_OPENERS).lower()
    # "Gen." / "U.S." / "a.m." / single initials "J." are abbreviations, not sentence ends.
    return (
        token in _ABBREVIATIONS
        or (len(token) == 1 and token.isalpha())
        or (len(token) > 2 and _DOTTED_INITIALS.fullmatch(token) is not None)
    )


def _sentence_starts_at(text: str, position: int) -> bool:
    """True when the next non-space character from `position` opens a sentence."""
    size = len(text)
    while position < size and text[position] in _SPACES:
        position += 1
    if position < size and text[position] in _OPENERS:
        position += 1
    if position >= size:
        return False
    char = text[position]
    return char.isdigit() or (char.isupper() and char.isalpha())


SENTENCE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "sentence_index": pl.Int64(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "sentence_text": pl.String(),
}


def _boundaries(text: str) -> list[tuple[int, int]]:
    """(end of a sentence, start of the gap after it) in text order."""
    out: list[tuple[int, int]] = []
    last_end = -1
    for end_index, kind in _AUTOMATON.iter(text):
        if kind == 1:  # a newline: a paragraph break when only spaces lie before the next one
            following = text.find("\n", end_index + 1)
            if (
                following != -1
                and not text[end_index + 1 : following].strip()
                and end_index > last_end
            ):
                out.append((end_index, following))
                last_end = following
            continue
        end = end_index  # the whitespace after the mark
        position = end - 1
        while position >= 0 and text[position] in _CLOSERS:
            position -= 1
        if position < 0 or text[position] not in _END_PUNCTUATION or end < last_end:
            continue
        if text[position] == ".":
            dot_start = position
            while dot_start > 0 and text[dot_start - 1] == ".":
                dot_start -= 1
            if _is_abbreviation(text, dot_start):
                continue
        if _sentence_starts_at(text, end):
            out.append((end, end))
            last_end = end
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end, gap_end in _boundaries(text):
        spans.append((start, end))
        start = gap_end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        segment = text[s:e]
        stripped = segment.strip()
        if stripped:
            s += len(segment) - len(segment.lstrip())
            out.append((s, s + len(stripped)))
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
    return max(bisect_right(spans, (offset, sys.maxsize)) - 1, 0)
