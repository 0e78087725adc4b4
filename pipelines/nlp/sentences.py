"""Sentence boundaries with character offsets into the article body.

Rule-based: a sentence ends at . ! ? (plus closing quotes or brackets) followed by space
and a capital, digit or opening quote, unless the dot ends a known abbreviation or an
initial; a paragraph break always ends one. Offsets are 0-based, end-exclusive.
"""

from __future__ import annotations

import re
import string
import sys
from bisect import bisect_right

import ahocorasick_rs
import polars as pl

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    # the plural of "Mr." in business news: "Messrs. Vale and Reyes"
    "messrs",
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
    # the clergy's and more ranks: "the Rev. Marcus Bell", "Fr. Tom Reyes", "Cmdr. Ann Vale"
    "rev",
    "fr",
    "cmdr",
    "cpl",
    "brig",
    "supt",
    "insp",
}
_END_PUNCTUATION = ".!?…"
_CLOSERS = "\"'”’)]"
_OPENERS = "\"'“‘(["
_SPACES = " \t\n\r\u00a0"
_LONG_TAILS = {a[-4:] for a in _ABBREVIATIONS if len(a) >= 4}
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def boundary_keys() -> dict[str, tuple[int, int]]:
    """Aho-Corasick keys of sentence-boundary candidates: end punctuation, up to two closing
    quotes or brackets, then whitespace ('." ', "?” ") -> (0, closers); paragraph breaks ->
    (1, length). Only these candidates reach Python (a regex scan was the bottleneck)."""
    keys: dict[str, tuple[int, int]] = {}
    closings = ["", *_CLOSERS, *(a + b for a in _CLOSERS for b in _CLOSERS)]
    for mark in _END_PUNCTUATION:
        for closing in closings:
            for space in _SPACES:
                keys[mark + closing + space] = (0, len(closing))
    # a straight mark glued between two sentences ('wrong."Putin is', 'together.""I am'):
    # (2, marks); the letter after is a capital
    for mark in _END_PUNCTUATION:
        for marks in ('"', '""'):
            for letter in string.ascii_uppercase:
                keys[mark + marks + letter] = (2, len(marks))
    # "***" and "* * *" separate sections of a page flattened to one line
    for paragraph_break in ("\n\n", "\n \n", "\n\t\n", "\r\n\r\n", "\n\u00a0\n", "***", "* * *"):
        keys[paragraph_break] = (1, len(paragraph_break))
    return keys


_BOUNDARY_KEYS = boundary_keys()
_BOUNDARY_VALUES = list(_BOUNDARY_KEYS.values())
_AUTOMATON = ahocorasick_rs.AhoCorasick(
    list(_BOUNDARY_KEYS), matchkind=ahocorasick_rs.MatchKind.Standard
)


def _is_abbreviation(text: str, dot_at: int) -> bool:
    tail = text[dot_at - 4 : dot_at]
    # Most sentences end in a word of four lowercase letters or more: few abbreviations do.
    if tail.isalpha() and tail.islower() and len(tail) == 4 and tail not in _LONG_TAILS:
        return False
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


def boundaries_from_hits(text: str, hits: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """(end of a sentence, start of the gap after it) from the (end_index, kind, length)
    hits of the boundary keys, in text order."""
    out: list[tuple[int, int]] = []
    last_end = -1
    for end_index, kind, length in hits:
        if kind == 1:  # a paragraph break always ends a sentence
            gap_start = end_index - length + 1
            if gap_start >= last_end:
                out.append((gap_start, end_index + 1))
                last_end = end_index + 1
            continue
        if kind == 2:
            glued = _glued_boundary(text, end_index, length)
            if glued is not None and glued >= last_end:
                out.append((glued, glued))
                last_end = glued
            continue
        end = end_index  # the whitespace after the mark and its closers
        if end < last_end:
            continue
        position = end - length - 1  # the punctuation mark
        if text[position] == "." and text[position - 1 : position] != ".":
            # Inline fast path: a word of four lowercase letters or more before the dot is
            # not one of the few long abbreviations.
            tail = text[position - 4 : position]
            if not (tail.isalpha() and tail.islower() and tail not in _LONG_TAILS) and (
                _is_abbreviation(text, position)
            ):
                continue
        elif text[position] == ".":
            dot_start = position
            while dot_start > 0 and text[dot_start - 1] == ".":
                dot_start -= 1
            if _is_abbreviation(text, dot_start):
                continue
        # Usually one space, then a capital: checked inline before the general walk.
        following = text[end + 1 : end + 2]
        if (following.isupper() or following.isdigit()) or (
            not following.islower() and _sentence_starts_at(text, end)
        ):
            out.append((end, end))
            last_end = end
    return out


def _glued_boundary(text: str, letter_at: int, marks: int) -> int | None:
    """Where a sentence ends at straight marks glued between two sentences, no space around
    them, as scraped releases write them: between the two marks of '.""I', else before
    the mark ('wrong."Putin is'), which such pages glue to what comes before when it opens
    a quotation and follow with a space when it closes one. None after an abbreviation
    ('Mr."')."""
    position = letter_at - marks - 1  # the punctuation mark
    if text[position] == "." and _is_abbreviation(text, position):
        return None
    return position + marks


def spans_from_boundaries(text: str, boundaries: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence (start, end) spans, whitespace trimmed, between the boundaries."""
    out: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    for end, gap_end in [*boundaries, (size, size)]:
        # Trim by walking over the (few) spaces at each edge, without copying the text.
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            out.append((start, stop))
        start = gap_end
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, whitespace trimmed."""
    hits = [
        (end - 1, *_BOUNDARY_VALUES[index])
        for index, _, end in _AUTOMATON.find_matches_as_indexes(text, overlapping=True)
    ]
    return spans_from_boundaries(text, boundaries_from_hits(text, hits))


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
