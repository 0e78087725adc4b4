from datetime import date

import polars as pl
import pytest

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actor_mentions
from pipelines.nlp.dates import extract_date_mentions, find_date_mentions
from pipelines.nlp.events import EventPatterns, code_events
from pipelines.nlp.quotes import extract_quotes
from pipelines.nlp.sentences import sentence_frame, split_sentences
from pipelines.settings import SEEDS_DIR


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    actors = pl.DataFrame(
        {
            "actor_id": ["country_aut", "country_irn", "person_lena_brandt", "org_iaea"],
            "name": ["Austria", "Iran", "Lena Brandt", "IAEA"],
            "actor_type": ["country", "country", "person", "organization"],
            "country_code": ["AUT", "IRN", "AUT", None],
            "cameo_code": ["AUT", "IRN", "AUTGOV", "IGOUNOIAE"],
        }
    )
    aliases = pl.DataFrame(
        {
            "actor_id": [
                "country_aut",
                "country_aut",
                "country_aut",
                "country_irn",
                "country_irn",
                "person_lena_brandt",
                "person_lena_brandt",
                "org_iaea",
            ],
            "alias": [
                "Austria",
                "Austrian",
                "Vienna",
                "Iran",
                "Tehran",
                "Lena Brandt",
                "Brandt",
                "IAEA",
            ],
            "alias_kind": [
                "name",
                "demonym",
                "capital",
                "name",
                "capital",
                "name",
                "surname",
                "abbreviation",
            ],
        }
    )
    return ActorMatcher(ActorDictionary(actors=actors, aliases=aliases))


def test_sentences_split_on_punctuation_not_abbreviations():
    text = "Mr. Brandt arrived in the U.S. on Monday with Messrs. Vale and Reyes. Talks began at 9 a.m. sharp! “Will they end?” she asked.\n\nNew paragraph"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Mr. Brandt arrived in the U.S. on Monday with Messrs. Vale and Reyes.",
        "Talks began at 9 a.m. sharp!",
        "“Will they end?” she asked.",
        "New paragraph",
    ]
    # asterisks separating the sections of a page flattened to one line end a sentence
    text = "The talks ended late.*** President: Thank you. * * * Next item"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The talks ended late.",
        "President: Thank you.",
        "Next item",
    ]
    # straight marks glued between sentences, as scraped releases write them: an opening
    # one starts the next sentence; of two, the second does
    text = 'Things went wrong."Putin is to blame," they say. He said:"We came.""We saw." Mr."X"'
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Things went wrong.",
        '"Putin is to blame," they say.',
        'He said:"We came."',
        '"We saw."',
        'Mr."X"',
    ]


def test_actor_mentions_longest_whole_word_and_capital_as_place(matcher):
    text = "Lena Brandt said Vienna rejected the offer. Brandt spoke at a briefing in Vienna. Austrians and Iranians watched. Tehran's envoy and the IAEA met."
    found = [(text[s:e], actor) for s, e, actor, _ in matcher.find(text)]
    assert found == [
        ("Lena Brandt", "person_lena_brandt"),
        ("Vienna", "country_aut"),
        ("Brandt", "person_lena_brandt"),
        ("Austrians", "country_aut"),
        ("Tehran", "country_irn"),
        ("IAEA", "org_iaea"),
    ]


def test_mentions_frame_has_sentence_and_offsets(matcher):
    articles = pl.DataFrame(
        {"article_id": ["a1"], "body": ["Talks resumed. Iran and Austria agreed."]}
    )
    mentions = extract_actor_mentions(articles, matcher)
    assert mentions.select(
        "actor_id", "sentence_index", "char_start", "char_end", "mention_text"
    ).rows() == [
        ("country_irn", 1, 15, 19, "Iran"),
        ("country_aut", 1, 24, 31, "Austria"),
    ]


def test_quotes_with_speakers_before_after_and_pronoun(matcher):
    body = (
        "“We will not accept any deal that ignores our security,” Lena Brandt said on Monday.\n\n"
        "“The door remains open for talks next week,” she added.\n\n"
        "An unnamed official said: “Nobody expects a breakthrough this year at all.”"
    )
    articles = pl.DataFrame({"article_id": ["a1"], "body": [body]})
    quotes = extract_quotes(articles, extract_actor_mentions(articles, matcher))
    assert quotes.select("speaker_text", "speaker_actor_id", "quote_text").rows() == [
        (
            "Lena Brandt",
            "person_lena_brandt",
            "We will not accept any deal that ignores our security",
        ),
        # A pronoun keeps its text and resolves to the person named last.
        ("she", "person_lena_brandt", "The door remains open for talks next week"),
        ("An unnamed official", None, "Nobody expects a breakthrough this year at all."),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "They met on Wednesday.",
            date(2025, 4, 23),
            [("on Wednesday", "2025-04-23", "day")],
        ),  # a Wednesday: that day
        ("They met on Monday.", date(2025, 4, 23), [("on Monday", "2025-04-21", "day")]),
        ("They met on Thursday.", date(2025, 4, 23), [("on Thursday", "2025-04-17", "day")]),
        ("They meet next Friday.", date(2025, 4, 23), [("next Friday", "2025-04-25", "day")]),
        ("It happened yesterday.", date(2026, 4, 23), [("yesterday", "2026-04-22", "day")]),
        ("Signed on March 26, 2024 in Geneva.", None, [("March 26, 2024", "2024-03-26", "day")]),
        (
            "Signed on 26 March 2024 and 26.03.2024.",
            None,
            [("26 March 2024", "2024-03-26", "day"), ("26.03.2024", "2024-03-26", "day")],
        ),
        ("Talks resume next week.", date(2026, 4, 23), [("next week", "2026-W18", "week")]),
        (
            "Elections were held two years ago.",
            date(2026, 4, 23),
            [("two years ago", "2024", "year")],
        ),
        (
            "The deal was signed in September.",
            date(2026, 11, 2),
            [("in September", "2026-09", "month")],
        ),
        ("The deal was signed in 2019.", None, [("in 2019", "2019", "year")]),
        ("It happened yesterday.", None, [("yesterday", None, "day")]),  # no anchor: unresolved
        ("They may march on the capital and do a deal.", date(2026, 4, 23), []),
    ],
)
def test_date_mentions(text, published, expected):
    found = [(t, r.value, r.precision) for _, _, t, r in find_date_mentions(text, published)]
    assert found == expected


def test_events_code_source_target_and_skip_negation(matcher):
    verbs = EventPatterns.from_seed(SEEDS_DIR / "event_verb_patterns.csv")
    body = "Iran accused Austria of stalling on Monday. Austria did not reject the plan. If Iran attacked Austria, talks would end."
    articles = pl.DataFrame(
        {"article_id": ["a1"], "body": [body], "published_date": [date(2026, 4, 23)]}
    )
    mentions = extract_actor_mentions(articles, matcher)
    dates = extract_date_mentions(articles)
    events = code_events(sentence_frame(articles), mentions, dates, articles, verbs)
    assert events.select(
        "sentence_index", "event_code", "source_actor_id", "target_actor_id", "event_date"
    ).rows() == [
        (0, "112", "country_irn", "country_aut", date(2026, 4, 20)),
    ]
