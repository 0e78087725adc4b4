"""Temporal expressions in article text, resolved to TIMEX3 values.

Absolute dates resolve on their own; relative ones ("yesterday", "on Wednesday", "next
week", "last year", "two years ago") resolve against the article's published date, and
stay unresolved (value None) when the article states no date. A bare weekday in reporting
means the most recent such day, the publication day included; after "next" the next one.
Month names that are also words ("may", "march") only count when capitalised and beside
a day or year, or after "in"/"since"/"until".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import polars as pl

from pipelines.nlp.sentences import sentence_index_of, split_sentences
from pipelines.text.dateparse import MONTHS

DATE_MENTION_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "sentence_index": pl.Int64(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "mention_text": pl.String(),
    "resolved_value": pl.String(),
    "resolved_date": pl.Date(),
    "precision": pl.String(),
}

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

_MONTH_NAMES = sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)
_MONTH_CAP = (
    r"(?P<month>"
    + "|".join(m.capitalize() for m in _MONTH_NAMES)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Order matters: longer, more specific patterns first; overlaps keep the earliest-longest.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy_dots", re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH_CAP}\s+{_DAY},?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+{_MONTH_CAP},?\s+{_YEAR}\b")),
    ("md", re.compile(rf"\b{_MONTH_CAP}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?![\d:])")),
    ("dm", re.compile(rf"\b{_DAY}\s+{_MONTH_CAP}\b(?!,?\s+(?:19|20)\d\d)")),
    ("my", re.compile(rf"\b{_MONTH_CAP},?\s+{_YEAR}\b")),
    (
        "month",
        re.compile(
            rf"\b(?:in|since|until|by|during|early|late|mid-?|last|next|this)\s+{_MONTH_CAP}(?!\s*[0-3]?\d)\b"
        ),
    ),
    ("year", re.compile(rf"\b(?:in|since|until|by|during|early|late|of|mid-?)\s+{_YEAR}\b(?!-)")),
    ("relday", re.compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.I)),
    (
        "weekday",
        re.compile(rf"\b(?:(?P<mod>last|next|this|on|on\s+last|on\s+next)\s+)?{_WEEKDAY}\b"),
    ),
    (
        "relunit",
        re.compile(
            r"\b(?P<mod>last|next|this|earlier\s+this|later\s+this|past)\s+(?P<unit>week|month|year)\b",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(?P<unit>day|week|month|year)s?\s+ago\b",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class Resolved:
    value: str | None
    day: date | None
    precision: str


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _resolve(
    kind: str, g: dict[str, str | None], anchor: date | None, text: str
) -> Resolved | None:
    """TIMEX3 value of one match; None when the match is not a date after all."""
    try:
        if kind in ("iso", "dmy_dots", "mdy", "dmy"):
            month = int(g["mnum"]) if g.get("mnum") else _month_number(g["month"] or "")
            d = date(int(g["year"] or 0), month, int(g["day"] or 0))
            return Resolved(d.isoformat(), d, "day")
        if kind in ("md", "dm"):
            month, day = _month_number(g["month"] or ""), int(g["day"] or 0)
            if anchor is None:
                return Resolved(None, None, "day")
            # The occurrence nearest the publication date.
            options = [date(anchor.year + k, month, day) for k in (-1, 0, 1)]
            d = min(options, key=lambda o: abs((o - anchor).days))
            return Resolved(d.isoformat(), d, "day")
        if kind == "my":
            d = date(int(g["year"] or 0), _month_number(g["month"] or ""), 1)
            return Resolved(d.strftime("%Y-%m"), d, "month")
        if kind == "month":
            month = _month_number(g["month"] or "")
            if anchor is None:
                return Resolved(None, None, "month")
            lowered = text.lower()
            year = anchor.year
            if lowered.startswith("last") and month >= anchor.month:
                year -= 1
            elif lowered.startswith("next") and month <= anchor.month:
                year += 1
            d = date(year, month, 1)
            return Resolved(d.strftime("%Y-%m"), d, "month")
        if kind == "year":
            d = date(int(g["year"] or 0), 1, 1)
            return Resolved(str(d.year), d, "year")
        if kind == "relday":
            if anchor is None:
                return Resolved(None, None, "day")
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[(g["word"] or "").lower()]
            d = anchor + timedelta(days=shift)
            return Resolved(d.isoformat(), d, "day")
        if kind == "weekday":
            if anchor is None:
                return Resolved(None, None, "day")
            target = WEEKDAYS.index((g["weekday"] or "").lower())
            mod = (g.get("mod") or "").lower().replace("on ", "").strip()
            if mod == "next":
                delta = (target - anchor.weekday()) % 7 or 7
            elif mod == "last":
                delta = -((anchor.weekday() - target) % 7 or 7)
            else:
                delta = -((anchor.weekday() - target) % 7)
            d = anchor + timedelta(days=delta)
            return Resolved(d.isoformat(), d, "day")
        if kind == "relunit":
            if anchor is None:
                return Resolved(None, None, (g["unit"] or "").lower())
            unit, mod = (g["unit"] or "").lower(), (g["mod"] or "").lower()
            step = -1 if mod in ("last", "past") else 1 if mod == "next" else 0
            if unit == "week":
                d = anchor + timedelta(weeks=step)
                d = d - timedelta(days=d.weekday())
                return Resolved(_iso_week(d), d, "week")
            if unit == "month":
                d = _add_months(anchor.replace(day=1), step)
                return Resolved(d.strftime("%Y-%m"), d, "month")
            d = date(anchor.year + step, 1, 1)
            return Resolved(str(d.year), d, "year")
        if kind == "ago":
            unit = (g["unit"] or "").lower()
            n_text = (g["n"] or "").lower()
            n = int(n_text) if n_text.isdigit() else NUMBER_WORDS[n_text]
            if anchor is None:
                return Resolved(None, None, unit)
            if unit == "day":
                d = anchor - timedelta(days=n)
                return Resolved(d.isoformat(), d, "day")
            if unit == "week":
                d = anchor - timedelta(weeks=n)
                d = d - timedelta(days=d.weekday())
                return Resolved(_iso_week(d), d, "week")
            if unit == "month":
                d = _add_months(anchor.replace(day=1), -n)
                return Resolved(d.strftime("%Y-%m"), d, "month")
            d = date(anchor.year - n, 1, 1)
            return Resolved(str(d.year), d, "year")
    except (ValueError, KeyError):
        return None
    return None


def find_date_mentions(text: str, anchor: date | None) -> list[tuple[int, int, str, Resolved]]:
    """(start, end, mention text, resolution) for each temporal expression, non-overlapping."""
    found: list[tuple[int, int, str, Resolved]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e, _, _ in found):
                continue
            resolved = _resolve(kind, match.groupdict(), anchor, match.group(0))
            if resolved is not None:
                found.append((start, end, match.group(0), resolved))
    return sorted(found, key=lambda f: f[0])


def extract_date_mentions(articles: pl.DataFrame) -> pl.DataFrame:
    """Date mentions of each article (article_id, body, published_date in)."""
    rows = []
    for article_id, body, published in articles.select(
        "article_id", "body", "published_date"
    ).iter_rows():
        spans = split_sentences(body)
        for start, end, text, r in find_date_mentions(body, published):
            rows.append(
                (
                    article_id,
                    sentence_index_of(spans, start),
                    start,
                    end,
                    text,
                    r.value,
                    r.day,
                    r.precision,
                )
            )
    return pl.DataFrame(rows, schema=DATE_MENTION_SCHEMA, orient="row")
