"""Parsing the date strings that state when an article was published.

Metadata dates come in a handful of shapes: ISO 8601 (with or without time), "14 October
2026", "October 14, 2026", "Oct. 14, 2026", "14.10.2026" and "10/14/2026". Anything else
returns None: a wrong publication date is worse than none, because every relative date in
the article resolves against it.
"""

from __future__ import annotations

import re
from datetime import date

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
_YEAR = r"(?P<year>(?:19|20)\d\d)"

DATE_PATTERNS: list[re.Pattern[str]] = [
    re.compile(
        r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?:[T ][0-9:.+\-Z]*)?\b"
    ),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
    # Slashes: month first (US style) unless the first number cannot be a month.
    re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),
]


def parse_date(text: str | None) -> date | None:
    """The first date found in `text`, or None."""
    if not text:
        return None
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        parsed = _to_date(match.groupdict())
        if parsed is not None:
            return parsed
    return None


def _to_date(groups: dict[str, str | None]) -> date | None:
    year = int(groups["year"] or 0)
    if groups.get("a") is not None:
        a, b = int(groups["a"] or 0), int(groups["b"] or 0)
        month, day = (a, b) if a <= 12 else (b, a)
    else:
        day = int(groups["day"] or 0)
        month = (
            int(groups["mnum"]) if groups.get("mnum") else MONTHS[(groups["month"] or "").lower()]
        )
    try:
        return date(year, month, day)
    except ValueError:
        return None
