from datetime import date

import polars as pl

from pipelines.text.dedupe import DEDUPE_INPUT_SCHEMA, dedupe_articles


def frame(rows):
    return pl.DataFrame(rows, schema=DEDUPE_INPUT_SCHEMA, orient="row")


def test_exact_duplicates_within_a_batch_share_the_first_copy():
    new = frame(
        [
            ("s2", "h" * 64, 100, date(2026, 1, 2), "b.txt", None),
            ("s1", "h" * 64, 100, date(2026, 1, 1), "a.txt", None),
            ("s3", "g" * 64, 80, None, "c.txt", None),
        ]
    )
    links = dedupe_articles(new)
    by_key = {r["source_key"]: r for r in links.iter_rows(named=True)}
    assert by_key["s1"]["is_duplicate"] is False  # earliest published wins among equal bodies
    assert by_key["s1"]["duplicate_kind"] is None and by_key["s1"]["similarity"] is None
    assert by_key["s2"]["is_duplicate"] is True and by_key["s2"]["duplicate_kind"] == "exact"
    assert by_key["s2"]["similarity"] == 1.0
    assert by_key["s1"]["article_id"] == by_key["s2"]["article_id"] == "art_" + "h" * 16
    assert by_key["s3"]["article_id"] == "art_" + "g" * 16 and by_key["s3"]["is_duplicate"] is False


def test_a_copy_in_a_later_load_joins_the_existing_article():
    history = pl.DataFrame({"body_hash": ["h" * 64], "article_id": ["art_existing00000"]})
    links = dedupe_articles(frame([("s9", "h" * 64, 100, None, "late.txt", None)]), history)
    row = links.row(0, named=True)
    assert (row["article_id"], row["is_duplicate"], row["duplicate_kind"]) == (
        "art_existing00000",
        True,
        "exact",
    )
