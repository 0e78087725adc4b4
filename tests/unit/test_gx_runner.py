from datetime import date

import polars as pl
import pytest

from pipelines.quality.gx_runner import validate_frame
from pipelines.settings import EXPECTATIONS_DIR

SUITE = EXPECTATIONS_DIR / "articles.json"
BODY = " ".join(["Delegates from both countries met in Geneva to discuss the ceasefire."] * 4)


def batch(rows: list[dict]) -> pl.DataFrame:
    frame = pl.DataFrame(
        rows,
        schema={
            "article_id": pl.String,
            "body": pl.String,
            "n_words": pl.Int64,
            "published_date": pl.Date,
            "published_date_source": pl.String,
            "language": pl.String,
        },
    )
    return frame.with_columns(published_year=pl.col("published_date").dt.year())


def good(article_id: str, **overrides) -> dict:
    row = {
        "article_id": article_id,
        "body": BODY,
        "n_words": 44,
        "published_date": date(2026, 3, 1),
        "published_date_source": "metadata",
        "language": "en",
    }
    row.update(overrides)
    return row


@pytest.fixture(scope="module")
def clean_result():
    return validate_frame(
        batch(
            [
                good("art_00000000000000a1"),
                good("art_00000000000000a2", published_date=None, published_date_source=None),
            ]
        ),
        SUITE,
    )


def test_a_clean_batch_passes_every_expectation(clean_result):
    assert clean_result.success
    assert [o.label for o in clean_result.outcomes if not o.success] == []
    assert clean_result.quarantine.is_empty()
    assert clean_result.n_rows == 2


def test_a_corrupted_batch_fails_exactly_the_expectations_it_should():
    result = validate_frame(
        batch(
            [
                good("art_00000000000000b1"),
                good("art_00000000000000b1"),  # duplicate key
                good("art_00000000000000b3", published_date=date(2207, 1, 1)),  # far future
                good(
                    "art_00000000000000b4", body=BODY + " Accept all cookies. All rights reserved."
                ),  # furniture left in
                good("not-an-id"),
            ]
        ),
        SUITE,
    )
    failed = {o.label for o in result.outcomes if not o.success}
    assert failed == {
        "articles.expect_column_values_to_be_unique(article_id)",
        "articles.expect_column_values_to_match_regex(article_id)",
        "articles.expect_column_values_to_be_between(published_year)",
        "articles.expect_column_values_to_not_match_regex_list(body)",
    }
    assert not result.success  # unique and regex on the key are critical
    assert {o.expectation for o in result.blocking_failures} == {
        "expect_column_values_to_be_unique",
        "expect_column_values_to_match_regex",
    }
    quarantined = dict(result.quarantine.select("record_id", "expectation").iter_rows())
    assert quarantined == {
        "art_00000000000000b3": "expect_column_values_to_be_between",
        "art_00000000000000b4": "expect_column_values_to_not_match_regex_list",
    }
    unique = next(
        o for o in result.outcomes if o.expectation == "expect_column_values_to_be_unique"
    )
    assert unique.unexpected_count == 2
    assert unique.examples == ["art_00000000000000b1", "art_00000000000000b1"]
