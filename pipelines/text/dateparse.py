"""Parsing the date strings that state when an article was published, and the one rule
that decides whether a stated date is used.

Metadata dates come in a handful of shapes: ISO 8601 (with or without time), "14 October
2026", "October 14, 2026", "Oct. 14, 2026", "14.10.2026" (or "10.14.2026" when the day
cannot be read first) and "10/14/2026". Any four-digit
year is read, so that "0000-00-00" or "9999-12-31" is recognized as a stated date and
refused by the rule below, not mistaken for text.

The published-date rule (`stated_published_date`, used for record fields, page metadata
and date lines in the text alike): a stated date is used only when it is a real calendar
date, written without a sign, between 1800-01-01 and the load date plus 2 days (a feed
may be a day ahead in its time zone). Anything else (2099-01-01, 9999-12-31, 0000-00-00,
-2024-01-01, "soon") is refused: the article keeps no published date rather than a wrong
one, because every relative date in it resolves against that date. The refused value is
returned as written, for the `published_date_rejected` column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

EARLIEST_PUBLISHED = date(1800, 1, 1)
# A feed may date its articles a day ahead of the load in its own time zone.
FUTURE_SLACK = timedelta(days=2)
# A refused value is kept as written up to this length; longer is not a date but a dump
# (the raw source keeps all of it).
MAX_REJECTED_CHARS = 200

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# A sign glued to an ISO date ("-2024-01-01", "+2024-...") makes it an expanded or
# negative year, not the date without its sign.
_SIGN = r"(?P<sign>(?<![\w.])[+\-\u2212](?=\d))?"

DATE_PATTERNS: list[re.Pattern[str]] = [
    re.compile(rf"{_SIGN}\b(?P<year>\d{{4}})-(?P<mnum>\d\d)-(?P<day>\d\d)(?:[T ][0-9:.+\-Z]*)?\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    # Dots: day first (European style) unless the second number cannot be a month
    # ("03.17.2021", a US site's month first).
    re.compile(r"\b(?P<da>[0-3]?\d)\.(?P<db>[0-3]?\d)\.(?P<year>\d{4})\b"),
    # Slashes: month first (US style) unless the first number cannot be a month.
    re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4})\b"),
]


@dataclass(frozen=True)
class StatedDate:
    """A published date as a source states it: `value` when the rule accepts it (else
    None), `written` as stated (the date in a line of text, or the whole field)."""

    written: str
    value: date | None


def today_utc() -> date:
    """The load date when the caller gives none."""
    return datetime.now(UTC).date()


def _find(text: str) -> tuple[re.Match[str], date | None] | None:
    """The first date-shaped string in `text` that is a real calendar date, in the order of
    `DATE_PATTERNS`; else the first date-shaped string, with None for its date."""
    invalid: tuple[re.Match[str], date | None] | None = None
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        parsed = _to_date(match.groupdict())
        if parsed is not None:
            return match, parsed
        invalid = invalid or (match, None)
    return invalid


def parse_date(text: str | None) -> date | None:
    """The first date written in `text` as a real calendar date, or None. This does not
    apply the published-date rule (see `stated_published_date`)."""
    if not text:
        return None
    found = _find(text)
    return found[1] if found else None


def states_date(text: str) -> bool:
    """Whether `text` holds something written as a date (a real one or not)."""
    return _find(text) is not None


def is_published_date(value: date | None, load_date: date) -> bool:
    """The published-date rule's range: 1800-01-01 to the load date plus 2 days."""
    return value is not None and EARLIEST_PUBLISHED <= value <= load_date + FUTURE_SLACK


def stated_published_date(
    text: str | None, load_date: date, *, whole_field: bool = False
) -> StatedDate | None:
    """The published date `text` states, judged by the rule (module docstring).

    None when `text` states no date: in a line of text, when it holds nothing date-shaped;
    for a field (`whole_field`: a record's `published`, a page's meta tag), only when it is
    empty, since a non-empty field is a statement even when it is garbage. `written` is
    the date as it appears in a line, or the whole field.
    """
    if not text or not text.strip():
        return None
    found = _find(text)
    if found is None and not whole_field:
        return None
    if found is None:
        return StatedDate(written=" ".join(text.split())[:MAX_REJECTED_CHARS], value=None)
    match, value = found
    written = " ".join(text.split()) if whole_field else match.group(0).strip()
    if match.groupdict().get("sign") or not is_published_date(value, load_date):
        value = None
    return StatedDate(written=written[:MAX_REJECTED_CHARS], value=value)


def _to_date(groups: dict[str, str | None]) -> date | None:
    year = int(groups["year"] or 0)
    if groups.get("a") is not None:
        a, b = int(groups["a"] or 0), int(groups["b"] or 0)
        month, day = (a, b) if a <= 12 else (b, a)
    elif groups.get("da") is not None:
        a, b = int(groups["da"] or 0), int(groups["db"] or 0)
        day, month = (a, b) if b <= 12 else (b, a)
    else:
        day = int(groups["day"] or 0)
        month = (
            int(groups["mnum"]) if groups.get("mnum") else MONTHS[(groups["month"] or "").lower()]
        )
    try:
        return date(year, month, day)
    except ValueError:  # month 13, 31 February, year 0000
        return None
