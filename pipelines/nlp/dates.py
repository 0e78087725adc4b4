"""Temporal expressions in article text, resolved to TIMEX3 values.

Absolute dates ("2024-03-26", "March 26, 2024", "26 March 2024", "26.03.2024",
"03/26/2024", "Q3 2024", "February 2022", "in 2019", "nineteen ninety-six") resolve on
their own. Relative ones ("yesterday", "tonight", "this morning", "on Wednesday", "Monday
night", "next week", "last month", "earlier this year", "two years ago", "in two weeks",
"in September", "26 March", "Christmas") resolve against the article's published date,
and stay unresolved (value None) when the article states no date: never guessed. Anaphoric
ones ("the following year", "that day", "two days later", "May the following year",
and in past narrative "the next day") count from the last date named before them, of a
fine enough precision, and stay unresolved when there is none; "the day" right after a
day and a comma ("Oct. 12, the day before the crash") is that day. A range of days in one
month ("April 24 and 25", "24-25 April") gives one mention per day, as a range of years
("1995-96") or months ("January-March 1997") gives one per year or month.
"A week ago" and "two weeks ago" name a day; more weeks back, a week.

Tense decides the direction of an expression that names a day, month or quarter without
saying which one. In reporting (past tense) a bare weekday, a year-less date or month is
the most recent such one, the publication day included; in future tense ("will meet on
Friday", "is due in September", "agreed to meet on Friday", "payable Dec. 15") the next
one, the publication day included; so in the present tense of a scheduled event ("talks
resume Monday"). The tense comes from the cue words nearest the expression: before it in
its clause, else before it in its sentence, else after it in its clause. A year-less date
with no cue, or after "by"/"until"/"to", or named as a deadline, takes the occurrence
nearest the publication date (news omits the year of dates of the current year), as does
one whose only cue is in another clause when that cue would send it more than half a
year away; a month with no cue is the most recent.

Month names that are also words ("may", "march") only count when capitalised and beside
a day or year, or after a preposition; other month names may stand alone when
capitalised and not part of a name. A four-digit year stands alone unless it is a count
or amount ("2019 people", "$2000", "2020 percent"). Values follow TIMEX3: YYYY-MM-DD,
YYYY-Www (ISO week), YYYY-MM, YYYY-Qn, YYYY.

The patterns are regular expressions run only around trigger strings (digits, month and
weekday names, units of time) that an Aho-Corasick automaton finds in one pass.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta

import ahocorasick_rs
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
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "fifty": 50,
    "hundred": 100,
    "of": 2,  # "a couple of"
}
_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_TENS |= {"eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

# -- pattern pieces ------------------------------------------------------------------------

_FULL_MONTHS = [m for m in MONTHS if len(m) > 3 or m == "may"]
_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# A month beside a day or year: full name, or abbreviation (with or without its dot).
_MONTH_CAP = (
    r"(?P<month>"
    + "|".join(m.capitalize() for m in sorted(_FULL_MONTHS, key=len, reverse=True))
    + rf"|(?:{_ABBR})\.?)"
)
# A month on its own: a full name, or an abbreviation with its dot.
_MONTH_ALONE = (
    r"(?P<month>"
    + "|".join(m.capitalize() for m in sorted(_FULL_MONTHS, key=len, reverse=True))
    + rf"|(?:{_ABBR})\.)"
)
# Full names that are not also common words, allowed with no preposition before them.
_MONTH_BARE = (
    r"(?P<month>"
    + "|".join(
        m.capitalize()
        for m in sorted(_FULL_MONTHS, key=len, reverse=True)
        if m not in ("may", "march")
    )
    + rf"|(?:{_ABBR})\.)"
)
_ORDINAL_WORD = "|".join(
    sorted(
        list(ORDINALS) + [f"{t}[- ]{o}" for t in ("twenty", "thirty") for o in list(ORDINALS)[:9]],
        key=len,
        reverse=True,
    )
)
_DAY = rf"(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b|(?i:{_ORDINAL_WORD})\b)"
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)\b"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?"
_CARDINAL = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|fifteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten"
)
_NUM = rf"(?P<n>\d+|(?i:a\s+couple\s+of|(?:a|one)\s+hundred|{_CARDINAL}|a|an))"
_SPOKEN_YEAR = (
    r"(?P<spoken>(?i:nineteen[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"|two[- ]thousand(?:(?:[- ]and)?[- ](?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?))\b"
)
_I = "(?i:{})"


def _i(pattern: str) -> str:
    """A case-insensitive piece of a pattern that is otherwise case-sensitive."""
    return _I.format(pattern)


# Words that make a four-digit number a count or amount rather than a year.
_COUNTED = _i(
    r"(?:percent|per\s+cent|people|persons|troops|soldiers|men|women|children|dollars"
    r"|euros|pounds|rubles|roubles|yuan|yen|shares|votes|cases|deaths|units|km|kilometers"
    r"|kilometres|miles|tons|tonnes|meters|metres|feet|points|jobs|members|workers"
    r"|residents|refugees|civilians|times|barrels|hectares|acres|calories|rounds|pages)\b"
)
_LEFT = r"(?<![\w$€£#.,/-])"  # not inside a number, amount or word
# A number after a day and a comma is its year, the next day of a list or a time, unless
# a count ("On Jan. 5, 80 people died").
_COUNT_AFTER = r",\s+\d{1,3}(?:,\d{3})*\s+[a-z]"
_DATE_MD = rf"{_MONTH_CAP}\s+{_DAY}(?!(?!{_COUNT_AFTER})\s*[,.]?\s*\d)(?![:\d])"
_DATE_DM = rf"{_DAY}\s+(?:{_i('of')}\s+)?{_MONTH_CAP}(?!(?!\.?{_COUNT_AFTER})\.?,?\s+\d)"
# Two days of one month ("April 24 and 25", "24-25 April 2024"): each day is a date.
_RANGE_JOIN = r"(?:\s*[-–]\s*|\s+(?:and|or|to|through|until|till)\s+)"
_DAY2 = r"(?P<day2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\b"

_SHORT_YEAR_LEAD = re.compile(
    rf"(?:\b{_MONTH_CAP}|\b(?i:in|since|until|by|during|of|from|before|after|fiscal|class of"
    r"|and|to|through))\s+$"
)

_COUNT_BEFORE = re.compile(rf"\b{_NUM}\s+$")

# Order matters: longer, more specific patterns first; overlaps keep the earlier pattern.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "iso",
        re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    ),
    (
        "weekday_md",
        re.compile(rf"\b{_WEEKDAY},?\s+{_MONTH_CAP}\s+{_DAY}(?:,?\s+{_YEAR})?"),
    ),
    (
        "weekday_dm",
        re.compile(
            rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH_CAP}(?:,?\s+{_YEAR})?"
        ),
    ),
    ("week_of_mdy", re.compile(rf"\b{_i('the week of')}\s+{_MONTH_CAP}\s+{_DAY}(?:,?\s+{_YEAR})?")),
    ("week_of_dmy", re.compile(rf"\b{_i('the week of')}\s+{_DAY}\s+{_MONTH_CAP}(?:,?\s+{_YEAR})?")),
    ("dmy_dots", re.compile(rf"{_LEFT}(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.{_YEAR}(?!\.\d)")),
    ("slash", re.compile(rf"{_LEFT}(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/{_YEAR}(?!/)")),
    (
        "md_range",
        re.compile(
            rf"\b{_MONTH_CAP}\s+{_DAY}{_RANGE_JOIN}{_DAY2}(?:,?\s+{_YEAR})?"
            rf"(?![:.,]?\d|\s*(?:%|{_COUNTED}))"
        ),
    ),
    (
        "dm_range",
        re.compile(
            rf"{_LEFT}{_DAY2}{_RANGE_JOIN}{_DAY}\s+(?:{_i('of')}\s+)?{_MONTH_CAP}"
            rf"(?:,?\s+{_YEAR})?(?!\.?,?\s+\d)"
        ),
    ),
    (
        # "1995-96", "fiscal 1998/99", "1995-1996": each year its own mention.
        "year_range",
        re.compile(
            r"(?P<year>(?:19|20)\d\d)(?<![\w$€£#.,/-]\d{4})\s*[-–/]\s*"
            rf"(?P<year2>(?:19|20)?\d\d)(?![\w%'’]|[-/–.,]\d|\s*(?:%|{_COUNTED}))"
        ),
    ),
    (
        # "January-November 1997", "the January-March period": each month its own mention.
        "month_range",
        re.compile(
            rf"\b{_MONTH_CAP}\s*[-–]\s*(?P<month2>"
            + "|".join(m.capitalize() for m in sorted(_FULL_MONTHS, key=len, reverse=True))
            + rf"|(?:{_ABBR})\.?)(?:,?\s+{_YEAR})?(?![\w-])"
        ),
    ),
    (
        "mdy",
        re.compile(rf"\b{_MONTH_CAP}\s+{_DAY},?\s+(?:{_YEAR}|{_SPOKEN_YEAR}(?![\w-]))"),
    ),
    (
        "dmy",
        re.compile(rf"\b(?:{_i('the')}\s+)?{_DAY}\s+(?:{_i('of')}\s+)?{_MONTH_CAP},?\s+{_YEAR}"),
    ),
    (
        "month_rel_year",
        re.compile(
            rf"\b{_MONTH_CAP}(?:\s+{_DAY})?,?\s+(?:{_i('of')}\s+)?"
            + _i(r"(?P<mod>last|this|next|the\s+previous|the\s+following|the\s+same|that)\s+year")
            + r"\b"
        ),
    ),
    (
        # "the 20th of this month", "the 5th of last month"
        "day_of_month_rel",
        re.compile(
            rf"\b(?:{_i('the')}\s+)?{_DAY}\s+{_i('of')}\s+"
            + _i(r"(?P<mod>this|last|next|the\s+previous|the\s+following)\s+month\b")
        ),
    ),
    ("md", re.compile(rf"\b{_DATE_MD}")),
    ("dm", re.compile(rf"\b(?:{_i('the')}\s+)?{_DATE_DM}")),
    (
        "month_part",
        re.compile(
            _i(
                r"\b(?P<part>(?:the\s+)?(?:beginning|start|end|middle|close|first\s+half"
                r"|second\s+half|first\s+days?|last\s+days?)\s+of\s+|mid-?\s*|early[\s-]+"
                r"|late[\s-]+)"
            )
            + rf"{_MONTH_CAP}(?:,?\s+{_YEAR})?(?![\w-])"
        ),
    ),
    ("my_spoken", re.compile(rf"\b{_MONTH_CAP},?\s+{_SPOKEN_YEAR}(?![\w-])")),
    (
        # "in '94", "fiscal '97", "January '97": a year by its last two digits, after a
        # month or one of the words of `_SHORT_YEAR_LEAD` (checked apart: faster).
        "year_short",
        re.compile(r"['’](?<=\s['’])(?P<yy>\d\d)(?![\w'’%-]|[,.]\d|\s*(?:%|" + _COUNTED + r"))"),
    ),
    ("my", re.compile(rf"\b{_MONTH_CAP},?\s+(?:{_i('of')}\s+)?{_YEAR}")),
    (
        "quarter",
        re.compile(
            _i(
                r"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
                r"(?:[\s-]+(?:fiscal|calendar))?[\s-]+quarter\b"
            )
            + rf"(?:,?\s+(?:{_i('of')}\s+)?(?:{_i('fiscal')}\s+)?{_YEAR})?"
        ),
    ),
    ("quarter_q", re.compile(rf"\b(?P<q>Q[1-4])(?:\s*[-/]?\s*{_YEAR}|\b)")),
    ("quarter_yq", re.compile(rf"\b{_YEAR}\s*[-/]?\s*(?P<q>Q[1-4])\b")),
    (
        "anaphor",
        re.compile(
            _i(
                r"\b(?=[let])(?P<mod>(?:later|earlier)\s+that|that\s+same|that|the\s+same|the\s+next"
                r"|the\s+following|the\s+previous|the\s+preceding|the\s+prior)\s+"
                r"(?P<unit>day|week|month|year)(?![\w'-])"
            )
        ),
    ),
    (
        "anaphor",
        re.compile(
            _i(r"\b(?=t)the\s+(?P<unit>day|week|month|year)\s+(?P<mod>before|after|earlier|later)")
            + r"(?=\s*[,.;:)]|\s+(?:and|but|when|as|he|she|they|it)\b)"
        ),
    ),
    # "Oct. 12, the day before the crash": "the day" in apposition to the date before it
    # (dev: the 1 annotated such "the day" has the date's value; 1 more is not annotated).
    ("apposed_day", re.compile(r"(?<=, )the\s+day\b(?![\w'-])")),
    (
        "relunit",
        re.compile(
            _i(
                r"\b(?P<mod>last|next|this|this\s+past|the\s+past|past|this\s+coming|the\s+coming|coming"
                r"|the\s+previous|previous|earlier\s+this|later\s+this|earlier\s+in\s+the"
                r"|later\s+in\s+the|the\s+current|current|the\s+following|the\s+end\s+of\s+the"
                r"|the\s+end\s+of\s+this|the\s+end\s+of\s+last|the\s+end\s+of\s+next"
                r"|the\s+start\s+of\s+the|the\s+beginning\s+of\s+the)\s+"
                r"(?:(?P<fiscal>fiscal|calendar|full)\s+)?(?P<unit>week|month|year|quarter)"
                r"(?![\w-])"
            )
        ),
    ),
    ("the_year_n", re.compile(rf"\b{_i('the year')}\s+(?:{_YEAR}|{_SPOKEN_YEAR})")),
    (
        "the_year",
        re.compile(
            _i(
                r"\b(?P<lead>for|in|during|through|throughout|of|over)\s+the\s+"
                r"(?:(?:current|full|fiscal|calendar|whole|entire)\s+)*year\b"
            )
            + r"(?!\s+(?:before|after|earlier|ago|later|that|when|in\s+which|of|\d)|[-'])"
        ),
    ),
    (
        "the_year",
        re.compile(_i(r"\bthe\s+(?:current|full|fiscal|calendar)(?:\s+fiscal)?\s+year\b")),
    ),
    (
        "year_end",
        re.compile(_i(r"\b(?:(?P<last>last\s+)|this\s+)?year(?:[-\s]end|'s\s+end)\b")),
    ),
    (
        "month",
        re.compile(
            _i(
                r"\b(?P<mod>in|since|until|till|by|during|last|next|this|this\s+past"
                r"|this\s+coming|from|before|after|through|for|of|on|to|between|and|or"
                r"|early|late|mid-?|in\s+early|in\s+late|in\s+mid-?|since\s+early"
                r"|since\s+late|since\s+mid-?)"
            )
            + rf"\s+{_MONTH_ALONE}(?!\s*[0-3]?\d)(?![\w-])"
        ),
    ),
    ("month_bare", re.compile(rf"(?<![\w-]){_MONTH_BARE}(?!\s+[A-Z\d])(?![\w-])")),
    (
        # "the March vote", "the May elections": March and May, words too, only as the
        # modifier of a noun after "the" (not "the March on Rome", "the May government").
        "month_attr",
        re.compile(
            r"(?<=\b[Tt]he )(?P<month>March|May)(?=\s+[a-z]{3,})(?!\s+(?:of|on|onto|to|for|in|into"
            r"|at|by|and|or|from|with|against|through|toward|towards|past|across|was|is|were"
            r"|are|has|had|have|will|would|could|should|might|must|can|government|cabinet"
            r"|administration|ministry|era|team|camp|years|doctrine|deal|plan)\b)"
        ),
    ),
    (
        "year",
        re.compile(
            rf"{_LEFT}(?:{_i('in|since|until|by|during|early|late|of|from|before|after|around')}\s+)?"
            rf"(?:{_i('fiscal')}\s+|{_i('mid')}-?|{_i('post')}-|{_i('pre')}-)?"
            rf"(?P<year>(?:19|20)\d\d)(?![\w%,.]\d|[-/–]\d|[\w%]|['’](?!s\b)|(?<=0)['’]s\b"
            rf"|\s*(?:%|{_COUNTED}))"
        ),
    ),
    (
        "year",
        re.compile(
            _i(r"\b(?:in|since|until|by|during|early|late|of|from|before|after|around)")
            + r"\s+(?P<year>1[5-8]\d\d)(?![\w%,.-])"
        ),
    ),
    (
        "spoken_year",
        re.compile(
            rf"\b{_SPOKEN_YEAR}(?![\w-])(?!\s+(?:{_i('people|dollars|percent|of|to|and')}))"
        ),
    ),
    (
        "relday",
        re.compile(
            _i(
                r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
                r"|yesterday|today|tomorrow|tonight|this\s+morning|this\s+afternoon"
                r"|this\s+evening|last\s+night|(?:later|earlier)\s+in\s+the\s+day)\b"
            )
            + r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:"
            + _i(
                r"(?P<mod>last|next|this|this\s+past|this\s+coming|the\s+coming|coming"
                r"|the\s+previous|the\s+following|previous|on|on\s+last|on\s+next"
                r"|on\s+the\s+previous|late|early|by|until|since|from|before|after)"
            )
            + rf"\s+)?{_WEEKDAY}{_PART}\b"
            # "Wednesday (of) last week": that week's day (a lookahead: "last week" stays
            # its own mention).
            + _i(r"(?=,?\s+(?:of\s+)?(?P<wk>last|next|this)\s+week\b)?")
        ),
    ),
    (
        # The count before the unit ("two", "a couple of") is `_COUNT_BEFORE`, checked
        # apart: the many number words tried at every word would be slow.
        "ago",
        re.compile(
            _i(
                r"(?P<unit>minute|hour|day|week|month|year|decade)s?(?:\s+or\s+so)?"
                r"\s+(?P<dir>ago|earlier|later|from\s+(?:now|today)|hence)"
            )
            + r"\b"
        ),
    ),
    (
        "in_n",
        re.compile(
            rf"\b{_i('in')}\s+{_NUM}\s+"
            + _i(r"(?P<unit>day|week|month|year)s?(?:'\s*time)?")
            + r"(?![\w-])"
        ),
    ),
    ("ago_adj", re.compile(_i(r"\b(?P<unit>year|month|week)-(?:ago|earlier)\b"))),
    # "twice as high a dividend this year as last", "more this month than last": the unit
    # of "this year" is left out after "last" (the mention is "last" alone)
    (
        "elided_last",
        re.compile(
            _i(r"\bthis\s+(?P<unit>year|month|week)\b")
            # "last" ends the clause ("as last.", "than last, and", "than last and")
            + r"[^.;:!?]{0,60}?\b(?:as|than)\s+(?P<last>last)\b"
            + r"(?=\s*(?:[,.;:!?)\]\"”’']|$|and\b|but\b|or\b))"
        ),
    ),
    (
        "holiday",
        re.compile(
            r"\b(?:"
            + _i(r"(?P<mod>last|next|this|on|since|until|by|before|after|at|over)\s+")
            + r")?(?P<holiday>Christmas Eve|Christmas Day|Christmas|New Year's Eve|New Year's Day"
            r"|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine's Day|Easter Sunday"
            r"|Easter Monday|Easter|Good Friday|Labor Day|Memorial Day|Boxing Day|Election Day)"
            rf"(?:,?\s+{_YEAR})?(?![\w'-])(?!\s+{_i('week|weekend|holidays?|break|season')})"
        ),
    ),
]


@dataclass(frozen=True)
class Resolved:
    value: str | None
    day: date | None
    precision: str


@dataclass(frozen=True)
class _Anaphor(Resolved):
    """A date relative to the story's last date, not to the publication date ("the
    following year", "that day"): `step` units after it, optionally at a given month and
    day ("May the following year"). Its value is filled in once the mentions before it
    are known."""

    step: int = 0
    month: int | None = None
    day_of_month: int | None = None
    apposed: bool = False  # the same day as the date just before it, else no date
    weekday: int | None = None  # "the following Monday": the first such day after it


# -- tense ---------------------------------------------------------------------------------

# Common verbs whose infinitive ("agreed to meet on Friday") points after the main verb.
_VERBS = (
    "meet|hold|visit|sign|leave|resume|begin|start|attend|travel|discuss|vote|decide"
    "|release|publish|announce|complete|acquire|purchase|buy|sell|admit|join|testify"
    "|submit|conclude|host|launch|open|pay|deliver|present|receive|review|consider"
    "|expire|finish|become|go|come|arrive|fly|return|hand|transfer|redeem|issue|file"
    "|appear|speak|address|reopen|reconvene|convene|gather|celebrate|introduce|implement"
    "|deploy|withdraw|lift|impose|extend|approve|ratify|enter|compete|play|face|hear|rule"
    "|respond"
)
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|wo\s+n't|would|must"
    r"|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated|going|to)"
    r"|(?:is|are|am)\s+(?!being\b|saying\b)[a-z]{3,}ing\b"
    r"|to\s+be\s+held|plans?\s+to|intends?\s+to|upcoming|aims?\s+to|hopes?\s+to"
    r"|ahead\s+of|as\s+(?:soon|early)\s+as|payable|of\s+record|expires?|expiring"
    r"|deadline|set\s+(?:for|to)|supposed\s+to|effective|scheduled|planned|planning"
    r"|expects?|expecting|anticipates?|anticipating|predicts?|forecasts|due(?!\s+to\b)"
    r"|expected(?=\s+(?:on\s+|in\s+|by\s+)?$)"
    rf"|postponed|delayed|adjourned|deferred|put\s+off|pushed\s+back|to\s+(?:be|{_VERBS}))\b"
    r"|'ll\b|\b(?-i:may|might|should|can)\b(?!\s+(?:not\s+)?have\b)",
    re.I,
)
_PRESENT = re.compile(r"\b(?:is|are|am|says)\b", re.I)
# News writes scheduled events in the present tense ("talks resume Monday", "the court
# rules on Friday"): these verbs in it point ahead, unless a noun ("the vote Monday") or
# negated ("did not meet Monday").
_SCHEDULED = re.compile(
    r"\b(?:begin|start|open|resume|meet"
    r"|arrive|travel|visit|leave|return|hold|vote|face|play|host|close|end|expire|head|fly"
    r"|take|launch|rule|sign|convene|reconvene|gather|testify|appear|attend|tour|kick\s+off"
    r"|go(?:es)?)s?\b",
    re.I,
)
# Checked only where one of those verbs matched (cheaper than lookbehinds at every place).
_NOT_SCHEDULED_AFTER = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|not|did|to|have|has|had)|'s|s'|n't)\s+$", re.I
)
_IRREGULAR_PAST = (
    "said|was|were|had|did|met|went|came|told|took|gave|made|held|left|began|won|lost|saw"
    "|spoke|fell|rose|sent|led|ran|became|brought|bought|paid|found|got|hit|put|shot"
    "|struck|thought|wrote|wore|sold|kept|broke|chose|drove|flew|fought|knew|meant|tore"
    "|sought|stood|sat|spent|swore|taught|threw|understood|woke|ago|earlier|last|since"
    "|previously|recently|has|have|been|former|began|beat|bit|blew|built|caught|cut"
    "|drew|dug|fed|felt|forgot|froze|grew|hung|heard|hid|laid|lay|lent|let|lit|quit"
    "|rang|rode|sank|shook|shut|slept|slid|split|spread|sprang|stole|stuck|stung|swam"
    "|swept|swung|withdrew|overthrew|upheld"
)
_PAST = re.compile(rf"\b(?:{_IRREGULAR_PAST}|[a-z]{{2,}}ed)\b|'d\b", re.I)
_NOT_PAST = {"need", "indeed", "speed", "united", "hundred", "red", "bed", "proceed", "feed"}
_NOT_PAST |= {"seed", "breed", "exceed", "succeed", "embed", "shed", "wed", "bred"}
_NOT_PAST |= {"scheduled", "expected", "limited", "based", "armed", "related", "proposed"}
_NOT_PAST |= {"elected", "planned", "unspecified", "unexpected", "detailed", "advanced"}
_NOT_PAST |= {"preferred", "listed", "owned", "alleged", "unidentified", "unnamed"}
_NOT_PAST |= {"postponed", "delayed", "adjourned", "deferred"}
_PASSIVE = re.compile(r"\b(?:be|being|to|get|is|are|am)\s+(?:\w+ly\s+)?$", re.I)
_CLAUSE = re.compile(r",\s|;|:|\s--?\s|\s[-–—]\s|\(|\)|``|''|[\"“”]")
_WINDOW = 160
_FIRST_WORD = re.compile(r"\s*(\w+)")
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.I)


def _nearest_cue(fragment: str, from_end: bool, within: int | None = None) -> int | None:
    best: tuple[int, int] | None = None  # (distance, tense)
    for pattern, sign in ((_FUTURE, 1), (_PAST, -1), (_PRESENT, 0), (_SCHEDULED, 1)):
        for m in pattern.finditer(fragment):
            if pattern is _SCHEDULED and _NOT_SCHEDULED_AFTER.search(
                fragment, max(0, m.start() - 8), m.start()
            ):
                continue
            if sign < 0 and (
                m.group(0).lower() in _NOT_PAST or _PASSIVE.search(fragment, 0, m.start())
            ):
                continue
            distance = len(fragment) - m.end() if from_end else m.start()
            if best is None or distance < best[0]:
                # After a fronted date ("On Friday, the government planned to pay") the
                # verb "planned" tells when the planning was: the past (dev: 2 of 2).
                past_plan = not from_end and m.group(0).lower() == "planned"
                best = (distance, -1 if past_plan else sign)
    if best is None or (within is not None and best[0] > within):
        return None
    return best[1]


def tense_of(
    text: str, start: int, end: int, sentence: tuple[int, int] | None = None
) -> int | None:
    """+1 when the verbs nearest the span in its sentence speak of the future, -1 when they
    speak of the past, 0 for the present, None when nothing tells. The nearest cue before the
    span in its clause decides (the verb usually precedes its time adjunct); else the
    nearest before it in the sentence; else the nearest after it in its clause (a fronted
    "On Friday, ministers will ...")."""
    return _tense_cue(text, start, end, sentence)[0]


def _tense_cue(
    text: str, start: int, end: int, sentence: tuple[int, int] | None = None
) -> tuple[int | None, bool]:
    """`tense_of`, and whether its cue lies in another clause before the span's (weaker
    evidence: that verb may not govern the date)."""
    lo, hi = sentence if sentence is not None else (0, len(text))
    left = text[max(lo, start - _WINDOW) : start]
    cuts = [m.end() for m in _CLAUSE.finditer(left)]
    clause_left = left[cuts[-1] :] if cuts else left
    right = text[end : min(hi, end + _WINDOW // 2)]
    lead = re.match(r"\s*,?\s*", right)
    offset = lead.end() if lead else 0
    stop = _CLAUSE.search(right, offset)
    clause_right = right[: stop.start()] if stop else right
    first = _FIRST_WORD.match(clause_right)
    if first and _ATTRIBUTIVE.search(left) and _SCHEDULED.fullmatch(first.group(1)):
        # "the Jan. 5 vote", "a Friday meeting": a noun the date modifies, not a verb
        clause_right = " " * first.end() + clause_right[first.end() :]
    steps = ((clause_left, True, None), (clause_right, False, 12))
    steps += ((left, True, None), (clause_right, False, None))
    for step, (fragment, from_end, within) in enumerate(steps):
        cue = _nearest_cue(fragment, from_end, within)
        if cue is not None:
            return cue, step == 2
    return None, False


# -- resolution ----------------------------------------------------------------------------


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day_number(text: str) -> int:
    text = text.lower()
    digits = re.sub(r"(st|nd|rd|th)$", "", text)
    if digits.isdigit():
        return int(digits)
    parts = re.split(r"[- ]", text)
    if len(parts) == 2:
        return {"twenty": 20, "thirty": 30}[parts[0]] + ORDINALS[parts[1]]
    return ORDINALS[text]


def _spoken_year(text: str) -> int:
    words = [w for w in re.split(r"[- ]+", text.lower()) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        number = 2000
    else:
        rest = words[1:]
        number = 1900
    for word in rest:
        number += _UNITS.get(word) or _TEENS.get(word) or _TENS.get(word, 0)
    return number


def _count(text: str) -> int:
    """The number a count of units is written with ("3", "a", "a couple of", "forty-two")."""
    if text.isdigit():
        return int(text)
    words = re.split(r"[- ]+", text)
    if words[-1] in ("of", "hundred"):
        return NUMBER_WORDS[words[-1]]
    return sum(
        NUMBER_WORDS.get(w) or _UNITS.get(w) or _TEENS.get(w) or _TENS.get(w, 0) for w in words
    )


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _day(d: date) -> Resolved:
    return Resolved(d.isoformat(), d, "day")


def _month(d: date) -> Resolved:
    d = d.replace(day=1)
    return Resolved(d.strftime("%Y-%m"), d, "month")


def _year(year: int) -> Resolved:
    return Resolved(f"{year:04d}", date(year, 1, 1), "year")


def _week(d: date) -> Resolved:
    monday = d - timedelta(days=d.weekday())
    return Resolved(_iso_week(d), monday, "week")


def _quarter(year: int, q: int) -> Resolved:
    return Resolved(f"{year}-Q{q}", date(year, 3 * q - 2, 1), "quarter")


def _yearless_day(month: int, day: int, anchor: date, tense: int, reach: int | None = None) -> date:
    """The month/day occurrence before (reporting, tense -1) or after (future, +1) the
    anchor, that day included; the nearest one when the tense says nothing (0), or when
    the tense would send it more than `reach` days away. 29 February falls in the nearest
    leap year that way."""
    years = [anchor.year + k for k in range(-8, 9) if _valid(anchor.year + k, month, day)]
    options = [date(y, month, day) for y in years]
    nearest = min(options, key=lambda o: abs((o - anchor).days))
    if tense > 0:
        chosen = min(o for o in options if o >= anchor)
    elif tense < 0:
        chosen = max(o for o in options if o <= anchor)
    else:
        return nearest
    return nearest if reach is not None and abs((chosen - anchor).days) > reach else chosen


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _yearless_month(month: int, anchor: date, tense: int, reach: int | None = None) -> date:
    """The month before (reporting) or after (future) the anchor, the anchor's month
    included; the nearest one when the tense says nothing, or when the tense would send
    its middle more than `reach` days away."""
    nearest = (
        anchor.year - 1
        if month - anchor.month > 6
        else anchor.year + 1
        if anchor.month - month > 6
        else anchor.year
    )
    if tense > 0:
        year = anchor.year if month >= anchor.month else anchor.year + 1
    elif tense < 0:
        year = anchor.year if month <= anchor.month else anchor.year - 1
    else:
        year = nearest
    if reach is not None and abs((date(year, month, 15) - anchor).days) > reach:
        year = nearest
    return date(year, month, 1)


def _weekday_date(
    target: int, anchor: date, mod: str, tense: int, reach: int | None = None
) -> date:
    mod = re.sub(r"\s+", " ", mod.lower()).replace("on ", "").strip()
    if mod in ("next", "this coming", "the coming", "coming", "the following"):
        return anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
    if mod in ("until", "by", "till") and tense >= 0:
        tense = 1
    if mod in ("last", "the previous", "previous", "this past", "since"):
        return anchor - timedelta(days=(anchor.weekday() - target) % 7 or 7)
    after = anchor + timedelta(days=(target - anchor.weekday()) % 7)
    before = anchor - timedelta(days=(anchor.weekday() - target) % 7)
    chosen = after if tense > 0 else before
    if reach is not None and abs((chosen - anchor).days) > reach:
        return min((before, after), key=lambda o: abs((o - anchor).days))
    return chosen


def _easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (or with n = -1 the last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = _add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(name: str, year: int) -> date:
    name = name.lower()
    fixed = {
        "christmas eve": (12, 24),
        "christmas day": (12, 25),
        "christmas": (12, 25),
        "boxing day": (12, 26),
        "new year's eve": (12, 31),
        "new year's day": (1, 1),
        "independence day": (7, 4),
        "halloween": (10, 31),
        "valentine's day": (2, 14),
    }
    if name in fixed:
        return date(year, *fixed[name])
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if name == "election day":  # US: the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    easter = _easter(year)
    offset = {"good friday": -2, "easter monday": 1}.get(name, 0)
    return easter + timedelta(days=offset)


def _resolve(
    kind: str,
    g: dict[str, str | None],
    anchor: date | None,
    tense: int,
    reach: int | None = None,
) -> Resolved | None:
    """TIMEX3 value of one match; None when the match is not a date after all. `reach`:
    how many days away the tense may send a year-less day, month or bare weekday before
    the occurrence nearest the anchor wins instead (None: no limit)."""
    try:
        return _resolve_kind(kind, g, anchor, tense, reach)
    except (ValueError, KeyError, OverflowError):
        return None


def _resolve_kind(
    kind: str, g: dict[str, str | None], anchor: date | None, tense: int, reach: int | None
) -> Resolved | None:
    month = _month_number(g["month"]) if g.get("month") else None
    day = _day_number(g["day"]) if g.get("day") else None
    year = int(g["year"]) if g.get("year") else None
    if kind in ("iso", "dmy_dots"):
        return _day(date(int(g["year"] or 0), int(g["mnum"] or 0), int(g["day"] or 0)))
    if kind == "slash":
        a, b = int(g["a"] or 0), int(g["b"] or 0)
        first, second = (a, b) if a <= 12 else (b, a)  # month first unless it cannot be one
        return _day(date(year or 0, first, second))
    if kind in ("mdy", "dmy"):
        if year is None and g.get("spoken"):
            year = _spoken_year(g["spoken"] or "")
        return _day(date(year or 0, month or 0, day or 0))
    if kind in ("weekday_md", "weekday_dm"):
        if year is not None:
            return _day(date(year, month or 0, day or 0))
        if anchor is None:
            return Resolved(None, None, "day")
        target = WEEKDAYS.index((g["weekday"] or "").lower())
        options = [
            date(anchor.year + k, month or 0, day or 0)
            for k in (-1, 0, 1)
            if _valid(anchor.year + k, month or 0, day or 0)
        ]
        matching = [o for o in options if o.weekday() == target] or options
        return _day(min(matching, key=lambda o: abs((o - anchor).days)))
    if kind in ("week_of_mdy", "week_of_dmy"):
        if year is None:
            if anchor is None:
                return Resolved(None, None, "week")
            return _week(_yearless_day(month or 0, day or 0, anchor, tense, reach))
        return _week(date(year, month or 0, day or 0))
    if kind == "month_rel_year":
        mod = re.sub(r"\s+", " ", (g["mod"] or "").lower())
        step = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(mod, 0)
        if mod.startswith("the") or mod == "that":  # anaphoric: relative to a year named earlier
            return _Anaphor(None, None, "day" if day else "month", step, month, day)
        if anchor is None:
            return Resolved(None, None, "day" if day else "month")
        target_year = anchor.year + step
        if day:
            return _day(date(target_year, month or 0, day))
        return _month(date(target_year, month or 0, 1))
    if kind == "day_of_month_rel":
        mod = re.sub(r"\s+", " ", (g["mod"] or "").lower())
        if mod.startswith("the "):  # anaphoric: "the 5th of the following month"
            return None
        if anchor is None:
            return Resolved(None, None, "day")
        step = {"last": -1, "next": 1}.get(mod, 0)
        return _day(_add_months(anchor.replace(day=1), step).replace(day=day or 0))
    if kind in ("md_range", "dm_range"):
        if year is not None:
            return _day(date(year, month or 0, day or 0))
        kind = kind[:2]
    if kind in ("md", "dm"):
        if not _valid(2000, month or 0, day or 0):  # a leap year: 29 February is a date
            return None
        if anchor is None:
            return Resolved(None, None, "day")
        return _day(_yearless_day(month or 0, day or 0, anchor, tense, reach))
    if kind == "month_part":
        if year is not None:
            return _month(date(year, month or 0, 1))
        if anchor is None:
            return Resolved(None, None, "month")
        return _month(_yearless_month(month or 0, anchor, tense, reach))
    if kind == "my_spoken":
        return _month(date(_spoken_year(g["spoken"] or ""), month or 0, 1))
    if kind == "my":
        return _month(date(year or 0, month or 0, 1))
    if kind in ("month", "month_bare", "month_attr"):
        if anchor is None:
            return Resolved(None, None, "month")
        mod = re.sub(r"\s+", " ", (g.get("mod") or "").lower())
        if mod in ("last", "this past"):
            # the most recent past such month ("last December" written in January is the
            # December just ended; one gold instance says otherwise, too few to follow)
            y = anchor.year - 1 if (month or 0) >= anchor.month else anchor.year
            return _month(date(y, month or 0, 1))
        if mod in ("next", "this coming"):
            y = anchor.year + 1 if (month or 0) <= anchor.month else anchor.year
            return _month(date(y, month or 0, 1))
        if mod == "this":
            return _month(date(anchor.year, month or 0, 1))
        if mod in ("since", "since early", "since late", "since mid", "since mid-"):
            tense = -1
        elif mod in ("until", "till"):
            tense = 1
        return _month(_yearless_month(month or 0, anchor, tense, reach))
    if kind in ("quarter", "quarter_q", "quarter_yq"):
        q_text = (g["q"] or "").lower()
        q = (
            int(q_text[1])
            if q_text.startswith("q")
            else (int(q_text[0]) if q_text[0].isdigit() else ORDINALS[q_text])
        )
        if year is not None:
            return _quarter(year, q)
        if anchor is None:
            return Resolved(None, None, "quarter")
        current = (anchor.month - 1) // 3 + 1
        if tense > 0:
            return _quarter(anchor.year if q >= current else anchor.year + 1, q)
        return _quarter(anchor.year if q <= current else anchor.year - 1, q)
    if kind == "relunit":
        unit = (g["unit"] or "").lower()
        mod = re.sub(r"\s+", " ", (g["mod"] or "").lower())
        if mod in ("the following", "the previous"):  # anaphoric: relative to the story
            return _Anaphor(None, None, unit, 1 if mod == "the following" else -1)
        if anchor is None:
            return Resolved(None, None, unit)
        if mod in ("last", "previous", "this past", "the end of last", "the past", "past"):
            step = -1
        elif mod in ("next", "the coming", "coming", "this coming", "the end of next"):
            step = 1
        else:
            step = 0
        return _shifted(anchor, unit, step)
    if kind == "anaphor":
        mod = re.sub(r"\s+", " ", (g["mod"] or "").lower())
        if mod == "the next" and tense >= 0:
            return None  # "the next year" ahead of the publication date: not anaphoric
        step = 1 if mod in ("the next", "the following", "after", "later") else 0
        if mod in ("the previous", "the preceding", "the prior", "before", "earlier"):
            step = -1
        return _Anaphor(None, None, (g["unit"] or "").lower(), step)
    if kind == "apposed_day":
        return _Anaphor(None, None, "day", apposed=True)
    if kind == "the_year":
        if anchor is None:
            return Resolved(None, None, "year")
        return _year(anchor.year)
    if kind == "year_end":
        if anchor is None:
            return Resolved(None, None, "year")
        return _year(anchor.year - (1 if g.get("last") else 0))
    if kind == "the_year_n":
        return _year(year if year is not None else _spoken_year(g["spoken"] or ""))
    if kind == "year":
        return _year(year or 0)
    if kind == "spoken_year":
        return _year(_spoken_year(g["spoken"] or ""))
    if kind == "year_short":
        yy = int(g["yy"] or 0)
        base = anchor.year if anchor is not None else 2000
        full = 2000 + yy if 2000 + yy <= base + 10 else 1900 + yy
        return _month(date(full, month, 1)) if month else _year(full)
    if kind == "relday":
        if anchor is None:
            return Resolved(None, None, "day")
        word = re.sub(r"\s+", " ", (g["word"] or "").lower())
        shift = {
            "yesterday": -1,
            "tomorrow": 1,
            "last night": -1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }.get(word, 0)
        return _day(anchor + timedelta(days=shift))
    if kind == "weekday":
        if anchor is None:
            return Resolved(None, None, "day")
        target = WEEKDAYS.index((g["weekday"] or "").lower())
        mod = (g.get("mod") or "").lower()
        if mod == "the following":  # anaphoric: the first such day after the story's date
            return _Anaphor(None, None, "day", weekday=target)
        week = (g.get("wk") or "").lower()
        if week:
            step = {"last": -1, "next": 1}.get(week, 0)
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
            return _day(monday + timedelta(days=target))
        return _day(_weekday_date(target, anchor, mod, tense, reach))
    if kind == "ago":
        unit = (g["unit"] or "").lower()
        n_text = (g["n"] or "").lower()
        n = _count(n_text)
        if (g.get("dir") or "").lower() == "later":  # after the story's last date
            if unit not in ("day", "week", "month", "year"):
                return None
            return _Anaphor(None, None, unit, n)
        if anchor is None:
            precision = {"minute": "day", "hour": "day", "decade": "year"}.get(unit, unit)
            return Resolved(None, None, precision)
        if unit in ("minute", "hour"):
            return _day(anchor) if n < 24 or unit == "minute" else None
        if (g.get("dir") or "").lower()[:1] in ("f", "h"):  # "a year from now": ahead
            n = -n
            if unit == "decade":
                return None
        if unit == "day":
            return _day(anchor - timedelta(days=n))
        if unit == "week":
            # "a week ago", "two weeks ago" name the day (that weekday then); more weeks
            # back are vaguer, a week (dev: 2 of 2 each way)
            shifted = anchor - timedelta(weeks=n)
            return _day(shifted) if abs(n) <= 2 else _week(shifted)
        if unit == "month":
            return _month(_add_months(anchor.replace(day=1), -n))
        if unit == "decade":
            return _year(anchor.year - 10 * n)
        return _year(anchor.year - n)
    if kind == "in_n":
        if tense <= 0:
            return None  # "in two years" of the past is a duration, not a date
        unit = (g["unit"] or "").lower()
        n_text = (g["n"] or "").lower()
        n = _count(n_text)
        if anchor is None:
            return Resolved(None, None, unit)
        if unit == "day":
            return _day(anchor + timedelta(days=n))
        if unit == "week":
            return _week(anchor + timedelta(weeks=n))
        if unit == "month":
            return _month(_add_months(anchor.replace(day=1), n))
        return _year(anchor.year + n)
    if kind in ("ago_adj", "elided_last"):
        unit = (g["unit"] or "").lower()
        if anchor is None:
            return Resolved(None, None, unit)
        if unit == "week":
            return _week(anchor - timedelta(weeks=1))
        if unit == "month":
            return _month(_add_months(anchor.replace(day=1), -1))
        return _year(anchor.year - 1)
    if kind == "holiday":
        name = g["holiday"] or ""
        if year is not None:
            return _day(_holiday(name, year))
        if anchor is None:
            return Resolved(None, None, "day")
        mod = (g.get("mod") or "").lower()
        direction = -1 if mod in ("last", "since") else 1 if mod in ("next", "until") else tense
        this = _holiday(name, anchor.year)
        if direction == 0:  # the present tense: the nearest one
            options = [_holiday(name, anchor.year + k) for k in (-1, 0, 1)]
            return _day(min(options, key=lambda o: abs((o - anchor).days)))
        if direction > 0:
            return _day(this if this >= anchor else _holiday(name, anchor.year + 1))
        return _day(this if this <= anchor else _holiday(name, anchor.year - 1))
    return None


_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+\s+$")


def _part_of_name(text: str, start: int) -> bool:
    """A capitalised month right after a capitalised word that does not open a sentence
    ("Theresa May", "Rue August")."""
    return _NAME_BEFORE.search(text, max(0, start - 30), start) is not None


_LAST_WORD = re.compile(r"(\w+)\s+$")
_YEARLESS = {"md", "dm", "md_range", "dm_range", "month", "month_bare", "month_attr"}
_YEARLESS |= {"month_part"}
# A verb of another clause only sends a year-less date this far (days) from the
# publication date; beyond that the nearest occurrence is likelier (news writes the year
# of a date that is not in the coming or past half year).
_WEAK_REACH = 183
# A date named as a deadline ("set Nov. 10 as the deadline", "by the Tuesday deadline")
# is as likely just past as still ahead: the nearest one.
_DEADLINE = re.compile(r"\bdeadlines?\b", re.I)
_TENSED = {"week_of_mdy", "week_of_dmy", "md", "dm", "month_part", "month", "quarter"}
_TENSED |= {"md_range", "dm_range", "anaphor", "month_attr", "month_range"}
_TENSED |= {"quarter_q", "weekday", "holiday", "month_bare", "in_n"}


# Every pattern's match holds one of its triggers (a digit, a month or a weekday name, a
# unit of time, a holiday, a spoken year), and a pattern only runs around its own: the
# day-and-month patterns, the costliest, then read the stretches near month names, not
# every stretch near a number.
_DIGITS = frozenset("0123456789")
# Month names count capitalized only, as the patterns write them ("may", "market" do not).
_MONTH_NAMES = frozenset(m[:3].capitalize() for m in _FULL_MONTHS)
_WEEKDAYS = frozenset({"day"})  # Monday ... Sunday
_TIME_UNITS = frozenset({"day", "week", "month", "year", "quarter", "decade", "hour", "minute"})
_KIND_TRIGGERS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["iso", "dmy_dots", "slash", "quarter_yq", "year", "year_short", "year_range"], _DIGITS
    ),
    **dict.fromkeys(["weekday_md", "weekday_dm", "weekday"], _WEEKDAYS),
    **dict.fromkeys(["week_of_mdy", "week_of_dmy"], frozenset({"week"})),
    **dict.fromkeys(
        [
            *("md_range", "dm_range", "mdy", "dmy", "month_rel_year", "md", "dm"),
            "month_range",
            *("month_part", "my_spoken", "my", "month"),
        ],
        _MONTH_NAMES,
    ),
    **dict.fromkeys(["month_bare", "month_attr"], _MONTH_NAMES),
    "quarter": frozenset({"quarter"}),
    "quarter_q": frozenset({"q1", "q2", "q3", "q4"}),
    "relunit": frozenset({"week", "month", "year", "quarter"}),
    "day_of_month_rel": frozenset({"month"}),
    "anaphor": frozenset({"day", "week", "month", "year"}),
    "apposed_day": frozenset({"day"}),
    **dict.fromkeys(["the_year_n", "the_year", "year_end"], frozenset({"year"})),
    "spoken_year": frozenset({"nineteen", "thousand"}),
    "relday": frozenset({"day", "night", "morning", "afternoon", "evening", "tomorrow"}),
    "ago": _TIME_UNITS - {"quarter"},
    "in_n": frozenset({"day", "week", "month", "year"}),
    "ago_adj": frozenset({"year", "month", "week"}),
    "elided_last": frozenset({"last"}),
    "holiday": frozenset({"christmas", "easter", "thanksgiving", "halloween", "day", "year"}),
}
_TRIGGERS = sorted(frozenset().union(*_KIND_TRIGGERS.values()))
_FORM_TRIGGER = {
    form: trigger
    for trigger in _TRIGGERS
    for form in (
        (trigger,) if trigger in _MONTH_NAMES else (trigger, trigger.capitalize(), trigger.upper())
    )
}
_TRIGGER_FORMS = sorted(_FORM_TRIGGER)
_TRIGGER_OF_FORM = [_FORM_TRIGGER[form] for form in _TRIGGER_FORMS]
_TRIGGER_AUTOMATON = ahocorasick_rs.AhoCorasick(
    _TRIGGER_FORMS, matchkind=ahocorasick_rs.MatchKind.Standard
)
_REACH = 80  # no match reaches further than this from its trigger


def _candidate_windows(text: str) -> dict[frozenset[str], list[tuple[int, int]]]:
    """For each set of triggers, the disjoint (start, end) stretches of `text` around them."""
    # Overlapping: "decade" must count as a unit even though it starts with "dec".
    hits = [
        (_TRIGGER_OF_FORM[form], start, end)
        for form, start, end in _TRIGGER_AUTOMATON.find_matches_as_indexes(text, overlapping=True)
    ]
    hits.sort(key=lambda hit: hit[1])
    out: dict[frozenset[str], list[tuple[int, int]]] = {}
    for triggers in set(_KIND_TRIGGERS.values()):
        windows: list[list[int]] = []
        for trigger, start, end in hits:
            if trigger not in triggers:
                continue
            lo, hi = max(0, start - _REACH), end + _REACH
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        out[triggers] = [(lo, min(hi, len(text))) for lo, hi in windows]
    return out


def find_date_mentions(
    text: str, anchor: date | None, spans: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, str, Resolved]]:
    """(start, end, mention text, resolution) for each temporal expression, non-overlapping;
    `spans` are the sentences of `text` when already known."""
    found: list[tuple[int, int, str, Resolved]] = []
    taken: list[tuple[int, int]] = []
    windows = _candidate_windows(text)
    if not any(windows.values()):
        return found
    sentences = split_sentences(text) if spans is None else spans
    for kind, pattern in PATTERNS:
        stretches = windows[_KIND_TRIGGERS[kind]]
        for match in (m for lo, hi in stretches for m in pattern.finditer(text, lo, hi)):
            start, end = match.span("last" if kind == "elided_last" else 0)
            if any(start < e and s < end for s, e in taken):
                continue
            if kind == "month_bare" and _part_of_name(text, start):
                continue
            lead_month = count = None
            if kind == "ago":
                count = _COUNT_BEFORE.search(text, max(0, start - 24), start)
                if count is None:
                    continue
                start = count.start()
                if any(start < e and s < end for s, e in taken):
                    continue
            if kind == "year_short":
                short_lead = _SHORT_YEAR_LEAD.search(text, max(0, start - 14), start)
                if short_lead is None:
                    continue
                lead_month = short_lead.group("month")
                if lead_month:
                    start = short_lead.start()
                    if any(start < e and s < end for s, e in taken):
                        continue
            tense, reach = 0, None
            if kind in _TENSED:
                sentence = sentences[sentence_index_of(sentences, start)] if sentences else None
                told, weak = _tense_cue(text, start, end, sentence)
                tense = 0 if told is None else told
                if weak and kind in ("md", "dm", "md_range", "dm_range", "month_bare"):
                    reach = _WEAK_REACH
                lo, hi = sentence if sentence else (0, len(text))
                if kind in _YEARLESS | {"weekday"} and _DEADLINE.search(
                    text, max(lo, start - 30), min(hi, end + 25)
                ):
                    reach = 0  # a deadline: the nearest such day, whatever the verbs
                before = _LAST_WORD.search(text, max(0, start - 20), start)
                lead = (before.group(1) if before else "").lower()
                first = match.group(0).split(None, 1)[0].lower()
                deadline = {lead, first} & {"by", "until", "till", "to", "through"}
                if kind in _YEARLESS and deadline:
                    tense = 0  # a deadline or extension: the nearest such day
                elif (
                    kind in ("month", "month_bare", "month_attr", "month_part")
                    and told is None
                    and not deadline
                ):
                    tense = -1  # news reports the past
                elif kind == "weekday" and text.startswith("'s", end) and tense > 0:
                    tense = 1 if lead in ("of", "before", "upcoming") else -1
            groups = match.groupdict()
            if lead_month:
                groups["month"] = lead_month
            if count is not None:
                groups["n"] = count.group("n")
            if kind in ("year_range", "month_range", "md_range", "dm_range"):
                ranged = (
                    _pair_mentions(kind, match, anchor, tense)
                    if kind in ("year_range", "month_range")
                    else _range_mentions(kind, match, anchor, tense, reach)
                )
                if ranged is None:
                    continue
                found += [(a, b, text[a:b], r) for a, b, r in ranged]
                taken.append((start, end))
                continue
            resolved = _resolve(kind, groups, anchor, tense, reach)
            if resolved is not None:
                found.append((start, end, text[start:end], resolved))
                taken.append((start, end))
    return _resolve_anaphors(sorted(found, key=lambda f: f[0]))


# The precisions a date must have to anchor an anaphor of each unit ("the following
# month" needs a known month).
_ANTECEDENT_PRECISIONS = {
    "day": {"day"},
    "week": {"day", "week"},
    "month": {"day", "month"},
    "quarter": {"day", "month", "quarter"},
    "year": {"day", "week", "month", "quarter", "year"},
}


def _resolve_anaphors(
    found: list[tuple[int, int, str, Resolved]],
) -> list[tuple[int, int, str, Resolved]]:
    """Values of the anaphors ("the following year", "that day"), from the last date
    before each of a fine enough precision: in a narrative the story's own time, which
    moves with each date it names. Unresolved when the text names none before."""
    out: list[tuple[int, int, str, Resolved]] = []
    for start, end, text, resolved in found:
        if isinstance(resolved, _Anaphor) and resolved.apposed:
            before = out[-1] if out else None
            if before is None or before[1] != start - 2 or before[3].precision != "day":
                continue  # not in apposition to a day: not a date
            resolved = before[3]
        elif isinstance(resolved, _Anaphor):
            unit = "year" if resolved.month else resolved.precision
            antecedent = next(
                (
                    r.day
                    for *_, r in reversed(out)
                    if r.day is not None and r.precision in _ANTECEDENT_PRECISIONS[unit]
                ),
                None,
            )
            if antecedent is not None:
                with suppress(ValueError, OverflowError):  # 29 February of a common year
                    resolved = _shift(antecedent, resolved, unit)
        out.append((start, end, text, resolved))
    return out


def _shift(antecedent: date, anaphor: _Anaphor, unit: str) -> Resolved:
    step = anaphor.step
    if anaphor.month:
        year = antecedent.year + step
        if anaphor.day_of_month:
            return _day(date(year, anaphor.month, anaphor.day_of_month))
        return _month(date(year, anaphor.month, 1))
    if anaphor.weekday is not None:
        return _day(antecedent + timedelta(days=(anaphor.weekday - antecedent.weekday()) % 7 or 7))
    return _shifted(antecedent, unit, step)


def _shifted(anchor: date, unit: str, step: int) -> Resolved:
    """The day, week, month, quarter or year `step` units from the one holding `anchor`."""
    if unit == "day":
        return _day(anchor + timedelta(days=step))
    if unit == "week":
        return _week(anchor + timedelta(weeks=step))
    if unit == "month":
        return _month(_add_months(anchor.replace(day=1), step))
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + step
        return _quarter(index // 4, index % 4 + 1)
    return _year(anchor.year + step)


def _range_mentions(
    kind: str, match: re.Match[str], anchor: date | None, tense: int, reach: int | None
) -> list[tuple[int, int, Resolved]] | None:
    """The two days of a range, each its own mention, in the year of the day that carries
    the month; None when the days are not in increasing order (then not a range)."""
    groups = match.groupdict()
    first, second = _day_number(groups["day"] or ""), _day_number(groups["day2"] or "")
    if (first >= second) if kind == "md_range" else (second >= first):
        return None
    resolved = _resolve(kind, groups, anchor, tense, reach)
    if resolved is None:
        return None
    other = resolved
    if resolved.day is not None:
        try:
            other = _day(resolved.day.replace(day=second))
        except ValueError:
            return None
    if kind == "md_range":
        return [
            (match.start(), match.end("day"), resolved),
            (match.start("day2"), match.end(), other),
        ]
    return [
        (match.start("day2"), match.end("day2"), other),
        (match.start("day"), match.end(), resolved),
    ]


def _pair_mentions(
    kind: str, match: re.Match[str], anchor: date | None, tense: int
) -> list[tuple[int, int, Resolved]] | None:
    """The two years of "1995-96" or the two months of "January-March 1997", each its own
    mention; None when the second does not follow the first (then not a range)."""
    if kind == "year_range":
        first, second_text = int(match.group("year")), match.group("year2")
        second = (
            int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        )
        if not first < second <= first + 30:
            return None
        return [
            (match.start("year"), match.end("year"), _year(first)),
            (match.start("year2"), match.end(), _year(second)),
        ]
    m1, m2 = _month_number(match.group("month")), _month_number(match.group("month2"))
    if m1 >= m2:
        return None
    if match.group("year"):
        year = int(match.group("year"))
    elif anchor is None:
        unresolved = Resolved(None, None, "month")
        return [
            (match.start(), match.end("month"), unresolved),
            (match.start("month2"), match.end(), unresolved),
        ]
    else:  # the year of the last month: the most recent one unless the future is told
        year = _yearless_month(m2, anchor, tense if tense > 0 else -1).year
    return [
        (match.start(), match.end("month"), _month(date(year, m1, 1))),
        (match.start("month2"), match.end(), _month(date(year, m2, 1))),
    ]


def extract_date_mentions(articles: pl.DataFrame) -> pl.DataFrame:
    """Date mentions of each article (article_id, body, published_date in)."""
    rows = []
    for article_id, body, published in articles.select(
        "article_id", "body", "published_date"
    ).iter_rows():
        if not body:
            continue
        spans = split_sentences(body)
        for start, end, text, r in find_date_mentions(body, published, spans):
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
