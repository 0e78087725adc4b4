"""Temporal expressions: finding them and resolving them to TIMEX3 values.

All sentences here are invented for the tests. 2024-03-26 is a Tuesday.
"""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from pipelines.evaluation.dates import evaluate_seed_dates, evaluate_timex, precision_of
from pipelines.nlp.dates import DATE_MENTION_SCHEMA, extract_date_mentions, find_date_mentions

TUESDAY = date(2024, 3, 26)


def found(text: str, published: date | None = TUESDAY) -> list[tuple[str, str | None]]:
    return [(t, r.value) for _, _, t, r in find_date_mentions(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accord of 2024-03-01 holds.", [("2024-03-01", "2024-03-01")]),
        ("It was signed on March 1, 2024.", [("March 1, 2024", "2024-03-01")]),
        ("It was signed on 1 March 2024.", [("1 March 2024", "2024-03-01")]),
        ("It was signed on 01.03.2024.", [("01.03.2024", "2024-03-01")]),
        ("It was signed on the 1st of March, 2024.", [("the 1st of March, 2024", "2024-03-01")]),
        ("The truce dates from February 2022.", [("February 2022", "2022-02")]),
        ("Prices fell in 2019.", [("in 2019", "2019")]),
        ("Growth slowed in Q3 2023.", [("Q3 2023", "2023-Q3")]),
        ("Output rose in the second quarter of 2023.", [("the second quarter of 2023", "2023-Q2")]),
        ("The fund closed Sunday, March 24.", [("Sunday, March 24", "2024-03-24")]),
        ("Results came in the week of March 4, 2024.", [("the week of March 4, 2024", "2024-W10")]),
    ],
)
def test_absolute_dates(text, expected):
    assert found(text, None) == expected or found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ended yesterday.", [("yesterday", "2024-03-25")]),
        ("The envoy arrives today.", [("today", "2024-03-26")]),
        ("The envoy lands tomorrow.", [("tomorrow", "2024-03-27")]),
        ("The vote is tonight.", [("tonight", "2024-03-26")]),
        ("The vote was held this morning.", [("this morning", "2024-03-26")]),
        ("Shelling resumed on Monday night.", [("on Monday night", "2024-03-25")]),
        ("The ministers spoke last Thursday.", [("last Thursday", "2024-03-21")]),
        ("The ministers meet next Friday.", [("next Friday", "2024-03-29")]),
        ("Talks resume next week.", [("next week", "2024-W14")]),
        ("Talks stalled this week.", [("this week", "2024-W13")]),
        ("Inflation eased last month.", [("last month", "2024-02")]),
        ("The pact was agreed earlier this year.", [("earlier this year", "2024")]),
        ("The port was blockaded two years ago.", [("two years ago", "2022")]),
        ("The council met three days ago.", [("three days ago", "2024-03-23")]),
        ("Profits grew last year.", [("last year", "2023")]),
        ("The mission lasts until next year.", [("next year", "2025")]),
        ("Sales dropped last quarter.", [("last quarter", "2023-Q4")]),
    ],
)
def test_relative_expressions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reporting: the most recent such day, the publication day included.
        ("The delegates met on Tuesday.", "2024-03-26"),
        ("The delegates met on Wednesday.", "2024-03-20"),
        ("The minister said on Friday that the offer stands.", "2024-03-22"),
        # Future tense: the next one.
        ("The delegates will meet on Wednesday.", "2024-03-27"),
        ("The summit is scheduled to open on Friday.", "2024-03-29"),
        ("The committee is expected to vote on Monday.", "2024-04-01"),
        ("On Saturday, the envoys will travel to the capital.", "2024-03-30"),
    ],
)
def test_bare_weekday_follows_the_tense(text, expected):
    assert [v for _, v in found(text)] == [expected]


def test_two_weekdays_in_one_sentence_take_their_own_verbs():
    text = "The spokesman said on Monday that the cabinet will decide on Thursday."
    assert found(text) == [("on Monday", "2024-03-25"), ("on Thursday", "2024-03-28")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year-less day: the most recent in reporting, the next one in future tense.
        ("The border reopened on 20 March.", [("20 March", "2024-03-20")]),
        ("The border reopened on 2 April.", [("2 April", "2023-04-02")]),
        ("The border will reopen on 2 April.", [("2 April", "2024-04-02")]),
        ("The border will reopen on 20 March.", [("20 March", "2025-03-20")]),
        ("The new tariff takes effect June 1.", [("June 1", "2024-06-01")]),
        # A year-less month, the same way.
        ("The minister resigned in September.", [("in September", "2023-09")]),
        ("Elections will be held in September.", [("in September", "2024-09")]),
        ("The grain deal was extended in March.", [("in March", "2024-03")]),
        ("The plant will close in February.", [("in February", "2025-02")]),
        ("The troops withdrew at the end of August.", [("the end of August", "2023-08")]),
        ("Inflation peaked in mid-January.", [("mid-January", "2024-01")]),
        ("Their talks in June last year failed.", [("June last year", "2023-06")]),
    ],
)
def test_yearless_dates_and_months_follow_the_tense(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Crowds may march to the square and do a sit-in.",
        "Prices march upward; rents may follow.",
        "A delegation and a do-nothing council.",
        "May I ask a question? March on, they said.",
        "The ship carried 2021 tonnes of grain and 1998 people.",
        "Turnout rose 2019 percent, or so the joke goes.",
        "Theresa May spoke to the press.",
        "Invoice 2023-118 was paid with 1,995 euros.",
    ],
)
def test_no_false_positives(text):
    assert found(text) == []


def test_capitalised_months_still_count_beside_a_day_or_after_a_preposition():
    assert found("The ceasefire began on May 9 and ended in March.") == [
        ("May 9", "2023-05-09"),
        ("in March", "2024-03"),
    ]


def test_relative_expressions_stay_unresolved_without_a_published_date():
    text = (
        "Yesterday the envoys met on Friday, two hours ago, and plan talks next week, "
        "in September and on 26 March; the truce dates from February 2022."
    )
    result = found(text, None)
    assert [t for t, _ in result] == [
        "Yesterday",
        "on Friday",
        "two hours ago",
        "next week",
        "in September",
        "26 March",
        "February 2022",
    ]
    assert [v for _, v in result] == [None] * 6 + ["2022-02"]


def test_extract_date_mentions_frame():
    articles = pl.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "body": [
                "Talks stalled. The envoys met yesterday.",
                "They will meet in April.",
                "",
            ],
            "published_date": [TUESDAY, None, TUESDAY],
        },
        schema_overrides={"published_date": pl.Date},
    )
    frame = extract_date_mentions(articles)
    assert frame.schema == pl.Schema(DATE_MENTION_SCHEMA)
    assert frame.rows() == [
        ("a", 1, 30, 39, "yesterday", "2024-03-25", date(2024, 3, 25), "day"),
        ("b", 0, 15, 23, "in April", None, None, "month"),
    ]


def test_precision_of_timex_values():
    assert [precision_of(v) for v in ("2024-03-26", "2024-W13", "2024-03", "2024", "P1D")] == [
        "day",
        "week",
        "month",
        "year",
        None,
    ]


def test_bars_on_shared_data(shared_data):
    timex = evaluate_timex(shared_data / "timex")
    assert timex.total > 1000
    assert timex.accuracy >= 0.90, timex.errors[:20]
    seeds = evaluate_seed_dates(shared_data / "seeds.gold.json")
    assert seeds.total > 0
    assert seeds.right == seeds.total, seeds.errors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band toured in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
        ("Plans for the year two thousand were made.", [("the year two thousand", "2000")]),
        ("Shops closed on Christmas Day.", [("on Christmas Day", "2023-12-25")]),
        ("The dividend is payable Dec. 15.", [("Dec. 15", "2024-12-15")]),
        ("The panel will rule in two weeks.", [("in two weeks", "2024-W15")]),
        ("The club thrived in the 1990s.", []),
        ("The treaty was redrafted the following week.", [("the following week", None)]),
        ("Growth slowed in the third quarter.", [("the third quarter", "2023-Q3")]),
        ("Growth will pick up in the third quarter.", [("the third quarter", "2024-Q3")]),
    ],
)
def test_more_expressions(text, expected):
    assert found(text) == expected


def test_every_pattern_runs_around_its_own_triggers():
    from pipelines.nlp.dates import _KIND_TRIGGERS, _TRIGGER_OF_FORM, PATTERNS

    assert {kind for kind, _ in PATTERNS} <= set(_KIND_TRIGGERS)
    assert set().union(*_KIND_TRIGGERS.values()) == set(_TRIGGER_OF_FORM)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "decade" starts with "Dec"/"dec": it must still count as a unit of time
        ("The border was drawn two decades ago.", ["two decades ago"]),
        # a day and month far from any digit or other trigger
        (
            "Envoys " + "spoke at length " * 20 + "on the third of September.",
            ["the third of September"],
        ),
        # lowercase month words ("may", "march on") are not months
        ("They may march on the capital.", []),
        ("Markets rallied in March and again on Sept. 3.", ["in March", "Sept. 3"]),
    ],
)
def test_mentions_found_around_their_triggers(text, expected):
    assert [t for t, _ in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range of days in one month: one mention per day, both in the month's year.
        (
            "The summit runs on April 24 and 25.",
            [("April 24", "2024-04-24"), ("25", "2024-04-25")],
        ),
        ("Talks were held 4-5 March 2023.", [("4", "2023-03-04"), ("5 March 2023", "2023-03-05")]),
        # not a range: a count follows, or the days do not increase
        ("Troops left on May 3 and 4 soldiers died.", [("May 3", "2023-05-03")]),
    ],
)
def test_day_ranges(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plant opened on 2 May 2019. The following year it closed.",
            [("2 May 2019", "2019-05-02"), ("The following year", "2020")],
        ),
        (
            "The envoy arrived on 10 January. Two days later, talks began.",
            [("10 January", "2024-01-10"), ("Two days later", "2024-01-12")],
        ),
        (
            "The army left on 5 January 2024; the next day, rebels took the town.",
            [("5 January 2024", "2024-01-05"), ("the next day", "2024-01-06")],
        ),
        (
            "Rebels took the town in 2019 and lost it in June the following year.",
            [("in 2019", "2019"), ("June the following year", "2020-06")],
        ),
        (
            "The strike began in March 2021. Later that month, the mines shut.",
            [("March 2021", "2021-03"), ("Later that month", "2021-03")],
        ),
        # an anaphor takes the last date of a fine enough precision
        (
            "The deal was signed on 3 May 2020. In 2021 prices rose; the following day, no.",
            [
                ("3 May 2020", "2020-05-03"),
                ("In 2021", "2021"),
                ("the following day", "2020-05-04"),
            ],
        ),
        # none before: unresolved, never counted from the publication date
        ("The following month, the mines shut.", [("The following month", None)]),
    ],
)
def test_anaphors_count_from_the_last_date_named(text, expected):
    assert found(text) == expected


def test_anaphors_resolve_without_a_published_date():
    text = "The bridge opened on 1 June 1999. Three weeks later it cracked."
    assert found(text, None) == [("1 June 1999", "1999-06-01"), ("Three weeks later", "1999-W25")]


def test_the_next_day_ahead_of_the_publication_date_is_not_anaphoric():
    assert found("The result will come in the next day or two.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past verb, but a deadline: the nearest such day
        ("Bidders have set 2 April as the deadline.", [("2 April", "2024-04-02")]),
        ("The company extended the Friday deadline for bids.", [("Friday", "2024-03-29")]),
    ],
)
def test_deadlines_take_the_nearest_day(text, expected):
    assert found(text) == expected


def test_a_cue_of_another_clause_does_not_send_a_date_a_year_away():
    # "would" governs the first clause only; the blasts are eleven months off the other way
    text = "Aid would flow to the city, where the March 20 terrorist blasts killed 50."
    assert found(text) == [("March 20", "2024-03-20")]
    # in the date's own clause the tense still decides
    assert found("The border will reopen on 20 March.") == [("20 March", "2025-03-20")]


def test_a_cue_of_another_clause_does_not_send_a_bare_month_a_year_away():
    # "to look" is the verb of the clause before; the accord's December is the one just past
    text = "The firm said it is continuing to look for a buyer, under a December accord."
    assert found(text) == [("December", "2023-12")]
    # a future verb of the month's own clause still sends it ahead
    assert found("The firm will sign a December accord.") == [("December", "2024-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scheduled events in the present tense lie ahead
        ("The talks resume Monday in Geneva.", "2024-04-01"),
        ("The court rules on Friday.", "2024-03-29"),
        ("Voters go to the polls Sunday.", "2024-03-31"),
        # a noun, a negation or a perfect is no schedule
        ("After the vote Monday, the party split.", "2024-03-25"),
        ("He did not meet the envoy on Monday.", "2024-03-25"),
        ("Prices have come down since Friday.", "2024-03-22"),
    ],
)
def test_present_tense_of_a_schedule(text, expected):
    assert [v for _, v in found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March accession will let them vote.", [("March", "2024-03")]),
        ("Observers praised the May elections.", [("May", "2023-05")]),
        ("The March on the capital began at dawn.", []),
        ("The May government fell.", []),
    ],
)
def test_march_and_may_modifying_a_noun(text, expected):
    assert found(text) == expected


def test_later_in_the_day_is_the_publication_day():
    assert found("The envoy reached the capital later in the day.") == [
        ("later in the day", "2024-03-26")
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the most recent past such month, the one just ended included
        ("The bridge collapsed last February.", date(2024, 3, 5), [("last February", "2024-02")]),
        ("The bridge collapsed last January.", date(2024, 3, 5), [("last January", "2024-01")]),
        ("The bridge collapsed last December.", date(2024, 1, 9), [("last December", "2023-12")]),
        ("The bridge collapsed last March.", date(2024, 3, 5), [("last March", "2023-03")]),
        ("The bridge collapsed last November.", date(2024, 1, 9), [("last November", "2023-11")]),
        (
            "The bridge collapsed this past February.",
            date(2024, 3, 5),
            [("this past February", "2024-02")],
        ),
    ],
)
def test_last_month_name(text, published, expected):
    assert found(text, published) == expected


def test_planned_after_a_fronted_weekday_is_the_planning():
    assert found("On Friday, the ministry planned to pay the first claims.") == [
        ("On Friday", "2024-03-22")
    ]
    assert found("Farmers planned a march on Friday.") == [("on Friday", "2024-03-29")]


def test_day_in_apposition_to_a_date():
    assert found("Shares slid after March 12, the day before the vote.") == [
        ("March 12", "2024-03-12"),
        ("the day", "2024-03-12"),
    ]
    assert found("It was, the day said, fine.") == []


def test_expects_points_ahead():
    assert found("The company expects to close the sale in June.") == [("in June", "2024-06")]


def test_timex_halves_split_the_documents(shared_data):
    from pipelines.evaluation.dates import timex_half

    assert timex_half("some-doc.tml") == timex_half("some-doc.tml")
    assert {timex_half(f"doc{i}") for i in range(20)} == {"dev", "test"}
    overall = evaluate_timex(shared_data / "timex")
    dev, test = (evaluate_timex(shared_data / "timex", half) for half in ("dev", "test"))
    assert dev.total and test.total
    assert (dev.total + test.total, dev.right + test.right) == (overall.total, overall.right)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after a day and a comma is not its year
        ("On March 5, 80 people were hurt.", [("March 5", "2024-03-05")]),
        ("On 5 March, 1,200 people marched.", [("5 March", "2024-03-05")]),
        # two-digit years, and a year's possessive (not a decade's)
        (
            "The law passed in '94 and changed in January '97.",
            [("'94", "1994"), ("January '97", "1997-01")],
        ),
        ("Her 2023's results were weak.", [("2023", "2023")]),
        ("Sales fell in the 1990's.", []),
        # ranges of years and months: each its own mention
        ("Output rose in fiscal 2022-23.", [("2022", "2022"), ("23", "2023")]),
        ("Output rose in 2019-2021.", [("2019", "2019"), ("2021", "2021")]),
        (
            "Exports rose in January-February 2024.",
            [("January", "2024-01"), ("February 2024", "2024-02")],
        ),
        (
            "Exports rose in the January-March period.",
            [("January", "2024-01"), ("March", "2024-03")],
        ),
        ("Output rose from 2021-19.", []),  # not in order: not a range
        # a weekday of a named week
        (
            "The vote was Wednesday last week.",
            [("Wednesday", "2024-03-20"), ("last week", "2024-W12")],
        ),
        (
            "The vote is Wednesday next week.",
            [("Wednesday", "2024-04-03"), ("next week", "2024-W14")],
        ),
        # counts of units: "a couple of", number words, "or so", "from now"
        ("It happened a couple of days ago.", [("a couple of days ago", "2024-03-24")]),
        ("It happened a week or so ago.", [("a week or so ago", "2024-03-19")]),
        ("It happened forty years ago.", [("forty years ago", "1984")]),
        ("It happened twenty-five years ago.", [("twenty-five years ago", "1999")]),
        ("The deal closes a year from now.", [("a year from now", "2025")]),
        ("The deal closes 10 days from now.", [("10 days from now", "2024-04-05")]),
        # a spoken year after a day
        (
            "It ended on March third, two thousand four.",
            [("March third, two thousand four", "2004-03-03")],
        ),
        # a month of a year named before ("that year")
        (
            "In 2019 the war began. In May of that year talks failed.",
            [("In 2019", "2019"), ("May of that year", "2019-05")],
        ),
        # a day of a month named relative to the publication date
        ("Rent is due on the 30th of this month.", [("the 30th of this month", "2024-03-30")]),
        ("It was paid on the 5th of last month.", [("the 5th of last month", "2024-02-05")]),
        # "the following Monday": the first Monday after the story's last day
        (
            "The strike began on March 4. The following Monday talks failed.",
            [("March 4", "2024-03-04"), ("The following Monday", "2024-03-11")],
        ),
    ],
)
def test_coverage_forms(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ruling is due Friday.", [("Friday", "2024-03-29")]),
        ("The ministers are meeting Thursday.", [("Thursday", "2024-03-28")]),
        ("A ruling expected Monday was delayed.", [("Monday", "2024-04-01")]),
        # "vote" modified by the date is a noun, not a scheduled verb
        ("The April 5 vote was close.", [("April 5", "2023-04-05")]),
        ("Talks resume April 5.", [("April 5", "2024-04-05")]),
    ],
)
def test_future_cues(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one or two weeks back name a day (that weekday then) ...
        ("The mayor resigned a week ago.", [("a week ago", "2024-03-19")]),
        ("The strike began two weeks ago.", [("two weeks ago", "2024-03-12")]),
        ("The fair opens two weeks from now.", [("two weeks from now", "2024-04-09")]),
        # ... more weeks back only a week
        ("The dam broke five weeks ago.", [("five weeks ago", "2024-W08")]),
        ("Trading halted three weeks earlier.", [("three weeks earlier", "2024-W10")]),
    ],
)
def test_weeks_ago_day_or_week(text, expected):
    assert found(text) == expected


def test_last_after_this_year_as_or_than_is_the_unit_before():
    assert found("The port handled twice as much grain this year as last, officials said.") == [
        ("this year", "2024"),
        ("last", "2023"),
    ]
    assert found("Orders rose faster this month than last and will rise again.") == [
        ("this month", "2024-03"),
        ("last", "2024-02"),
    ]
    # "last" that opens a phrase of its own is no elided unit
    assert found("The envoy came this week as last promised.") == [("this week", "2024-W13")]
