"""Every stage's Great Expectations suite: a clean batch passes all its expectations; a
corrupted one fails exactly the expectations it should, with the quarantine rows to show.

Clean batches come from the real stage functions run on an invented article; corruptions
are made by hand.
"""

from __future__ import annotations

from datetime import date, timedelta

import polars as pl
import pytest

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
from pipelines.nlp.dates import extract_date_mentions
from pipelines.nlp.events import EventPatterns, code_events
from pipelines.nlp.sentences import sentence_frame
from pipelines.quality.gx_runner import ExpectationOutcome, SuiteResult, validate_frame
from pipelines.raw_store import ARTICLE_BATCH_SCHEMA
from pipelines.settings import EXPECTATIONS_DIR, SEEDS_DIR
from pipelines.text.dedupe import LINK_SCHEMA
from pipelines.text.read import SOURCE_SCHEMA, read_input_file

PARAGRAPH = (
    "Russia and Ukraine exchanged prisoners on Tuesday, the Ukrainian foreign ministry said. "
    "“This is a first step,” said Vladimir Putin. Iran condemned Israel on March 3, 2026."
)
BODY = "\n\n".join([PARAGRAPH] * 3)
CAMEO = pl.read_csv(SEEDS_DIR / "cameo_event_codes.csv", infer_schema=False)["event_code"]


def validate(name: str, frame: pl.DataFrame, **parameters) -> SuiteResult:
    return validate_frame(frame, EXPECTATIONS_DIR / f"{name}.json", parameters or None)


def with_rows(frame: pl.DataFrame, rows: list[dict]) -> pl.DataFrame:
    """`frame` with corrupted copies of its rows appended."""
    return pl.concat([frame, pl.DataFrame(rows, schema=frame.schema)])


def failed(result: SuiteResult) -> set[str]:
    return {o.label for o in result.outcomes if not o.success}


def quarantined(result: SuiteResult) -> set[tuple[str, str]]:
    return set(result.quarantine.select("record_id", "expectation").iter_rows())


@pytest.fixture(scope="module")
def articles() -> pl.DataFrame:
    rows = [
        {
            "article_id": f"art_00000000000000a{i}",
            "source_key": f"k{i}",
            "title": f"Prisoner exchange {i}",
            "body": BODY,
            "published_date": date(2026, 3, 5),
            "published_date_source": "metadata",
            "language": "en",
            "n_words": len(BODY.split()),
        }
        for i in (1, 2)
    ]
    return pl.DataFrame(rows, schema=ARTICLE_BATCH_SCHEMA)


@pytest.fixture(scope="module")
def extracted(articles):
    matcher = ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))
    mentions, quotes = extract_actors_and_quotes(articles, matcher)
    dates = extract_date_mentions(articles)
    verbs = EventPatterns.from_seed(SEEDS_DIR / "event_verb_patterns.csv")
    events = code_events(sentence_frame(articles), mentions, dates, articles, verbs)
    assert mentions.height and quotes.height and dates.height and events.height
    return mentions, quotes, dates, events


@pytest.fixture(scope="module")
def parameters(articles) -> dict:
    return {
        "batch_article_ids": articles["article_id"].to_list(),
        "batch_words": int(articles["n_words"].sum()),
        "cameo_codes": CAMEO.to_list(),
    }


def test_clean_batches_pass_every_suite(articles, extracted, parameters, tmp_path):
    mentions, quotes, dates, events = extracted
    raw = read_input_file("wire/one.txt", BODY.encode()).sources
    sources = pl.DataFrame(raw, schema=SOURCE_SCHEMA)
    links = pl.DataFrame(
        [
            ("k1", "art_00000000000000a1", False, None, None),
            ("k2", "art_00000000000000a1", True, "near", 0.8),
        ],
        schema=LINK_SCHEMA,
        orient="row",
    )
    batches = {
        "sources": sources,
        "duplicate_links": links,
        "articles": articles,
        "actor_mentions": mentions,
        "article_quotes": quotes,
        "date_mentions": dates,
        "events": events,
    }
    for name, frame in batches.items():
        result = validate_frame(frame, EXPECTATIONS_DIR / f"{name}.json", parameters)
        assert failed(result) == set(), name
        assert result.success and result.quarantine.is_empty(), name
        assert len(result.outcomes) >= 6, name


def test_a_validation_page_reads_offline_and_is_named_after_its_batch(tmp_path):
    from datetime import UTC, datetime

    from pipelines.quality.validation_page import write_validation_page

    result = SuiteResult(suite="sources", n_rows=2)
    result.outcomes.append(
        ExpectationOutcome(
            suite="sources",
            expectation="expect_column_values_to_not_be_null",
            column="text",
            severity="warning",
            success=False,
            unexpected_count=1,
            observed_value=None,
            examples=[None],
            why="a record <with> no text",
        )
    )
    at = datetime(2026, 12, 5, 11, tzinfo=UTC)
    page = write_validation_page(result, "raw_sources", "20261205T110000-ab12", tmp_path, at)
    assert page == tmp_path / "raw_sources" / "20261205T110000-ab12.html"
    text = page.read_text()
    assert "sources on raw_sources, batch 20261205T110000-ab12" in text
    assert "failed (warning)" in text and "a record &lt;with&gt; no text" in text
    # nothing fetched: no script, no stylesheet or font from elsewhere
    assert "<script" not in text and "http" not in text
    index = (tmp_path / "index.html").read_text()
    assert 'href="raw_sources/20261205T110000-ab12.html"' in index


def test_corrupted_sources_and_links(parameters):
    raw = read_input_file("wire/one.txt", BODY.encode()).sources[0]
    sources = pl.DataFrame(
        [raw, raw, raw | {"source_key": "k9", "raw_text": "", "content_sha256": "not-a-hash"}],
        schema=SOURCE_SCHEMA,
    )
    result = validate("sources", sources)
    assert failed(result) == {
        "sources.expect_column_values_to_be_unique(source_key)",
        "sources.expect_column_values_to_match_regex(content_sha256)",
        "sources.expect_column_values_to_be_between(raw_chars)",
    }
    assert not result.success
    assert quarantined(result) == {("k9", "expect_column_values_to_be_between")}

    links = pl.DataFrame(
        [
            ("k1", "art_00000000000000a1", True, None, 0.9),  # a duplicate without a kind
            ("k2", "art_00000000000000a1", True, "fuzzy", 1.3),
        ],
        schema=LINK_SCHEMA,
        orient="row",
    )
    assert failed(validate("duplicate_links", links)) == {
        "duplicate_links.expect_column_values_to_be_in_set(duplicate_kind)",
        "duplicate_links.expect_column_values_to_be_between(similarity)",
        "duplicate_links.expect_column_pair_values_to_be_equal(is_duplicate)",
    }


def test_corrupted_articles(articles):
    good = articles.row(0, named=True)
    boilerplate = "Accept all cookies. All rights reserved. Sign up for our newsletter."
    batch = pl.DataFrame(
        [
            good,
            good,  # duplicate key
            good
            | {
                "article_id": "art_00000000000000b3",
                "published_date": date.today() + timedelta(days=30),
            },
            good | {"article_id": "art_00000000000000b4", "body": boilerplate, "n_words": 0},
            good | {"article_id": "not-an-id"},
        ],
        schema=ARTICLE_BATCH_SCHEMA,
    )
    result = validate("articles", batch)
    assert failed(result) == {
        "articles.expect_column_values_to_be_unique(article_id)",
        "articles.expect_column_values_to_match_regex(article_id)",
        "articles.expect_column_values_to_be_in_set(published_in_future)",
        "articles.expect_column_values_to_be_between(n_words)",
        "articles.expect_column_values_to_not_match_regex_list(body)",
    }
    assert {o.expectation for o in result.blocking_failures} == {
        "expect_column_values_to_be_unique",
        "expect_column_values_to_match_regex",
    }
    # a date in the future is recorded, never quarantined (the cleaner refuses such dates)
    assert quarantined(result) == {
        ("art_00000000000000b4", "expect_column_values_to_be_between"),
        ("art_00000000000000b4", "expect_column_values_to_not_match_regex_list"),
    }
    unique = next(
        o for o in result.outcomes if o.expectation == "expect_column_values_to_be_unique"
    )
    assert unique.unexpected_count == 2
    assert unique.examples == [good["article_id"]] * 2


def test_corrupted_mentions_quotes_and_dates(extracted, parameters):
    mentions, quotes, dates, _ = extracted
    first = mentions.row(0, named=True)
    bad_mentions = with_rows(
        mentions,
        [
            first | {"article_id": "art_00000000000000ff"},  # not in the batch
            first | {"char_start": 900, "char_end": 890, "mention_text": "x" * 300},
            first | {"char_start": 950, "char_end": 956, "actor_country": "Russia"},
        ],
    )
    result = validate("actor_mentions", bad_mentions, **parameters)
    assert failed(result) == {
        "actor_mentions.expect_column_values_to_be_in_set(article_in_batch)",
        "actor_mentions.expect_column_pair_values_a_to_be_greater_than_b(char_end)",
        "actor_mentions.expect_column_value_lengths_to_be_between(mention_text)",
        "actor_mentions.expect_column_values_to_match_regex(actor_country)",
    }
    assert not result.success
    assert {r for r, _ in quarantined(result)} == {
        f"{first['article_id']}:900:{first['actor_id']}",
        f"{first['article_id']}:950:{first['actor_id']}",
    }

    quote = quotes.row(0, named=True)
    long_quote = with_rows(
        quotes, [quote | {"char_start": 5000, "char_end": 12000, "quote_text": "y" * 7000}]
    )
    result = validate("article_quotes", long_quote, **parameters)
    assert failed(result) == {
        "article_quotes.expect_column_value_lengths_to_be_between(quote_text)"
    }
    assert result.success  # a warning: the row is quarantined, the batch goes on
    assert quarantined(result) == {
        (f"{quote['article_id']}:5000", "expect_column_value_lengths_to_be_between")
    }

    mention = dates.row(0, named=True)
    bad_dates = with_rows(
        dates,
        [
            mention | {"char_start": 2000, "char_end": 2005, "resolved_value": "03/01/2026"},
            mention
            | {
                "char_start": 2100,
                "char_end": 2105,
                "resolved_value": "2999-01",
                "resolved_date": date(2999, 1, 1),
            },
            mention | {"char_start": 2200, "char_end": 2205, "precision": "fortnight"},
        ],
    )
    result = validate("date_mentions", bad_dates, **parameters)
    assert failed(result) == {
        "date_mentions.expect_column_values_to_match_regex(resolved_value)",
        "date_mentions.expect_column_values_to_be_between(resolved_year)",
        "date_mentions.expect_column_values_to_be_in_set(precision)",
    }
    assert result.success
    article = mention["article_id"]
    assert {r for r, _ in quarantined(result)} == {
        f"{article}:2000",
        f"{article}:2100",
        f"{article}:2200",
    }


def test_corrupted_events(extracted, parameters):
    events = extracted[3]
    event = events.row(0, named=True)
    bad = with_rows(
        events,
        [
            event | {"event_id": "x:1", "event_code": "42"},  # the leading zero lost
            event | {"event_id": "x:2", "event_code": "1990"},  # not in the codebook
            event | {"event_id": "x:3", "event_date": date(1066, 10, 14)},
            event,  # duplicate key
        ],
    )
    result = validate("events", bad, **parameters)
    assert failed(result) == {
        "events.expect_column_values_to_be_unique(event_id)",
        "events.expect_column_values_to_match_regex(event_code)",
        "events.expect_column_values_to_be_in_set(event_code)",
        "events.expect_column_values_to_be_between(event_year)",
    }
    assert [o.expectation for o in result.blocking_failures] == [
        "expect_column_values_to_be_unique"
    ]
    assert quarantined(result) == {
        ("x:1", "expect_column_values_to_match_regex"),
        ("x:1", "expect_column_values_to_be_in_set"),
        ("x:2", "expect_column_values_to_be_in_set"),
        ("x:3", "expect_column_values_to_be_between"),
    }
    codes = next(o for o in result.outcomes if o.column == "event_code" and not o.success)
    assert codes.unexpected_count >= 1 and codes.examples
