"""Exact-duplicate detection across the whole history, over polars frames.

Each source links to one canonical article. A body whose normalized hash was seen in an
earlier load joins that article; within a batch, the canonical copy is chosen by a stated
rule: the most complete body, then the earliest published date, then the first path.
"""

from __future__ import annotations

import polars as pl

LINK_SCHEMA: dict[str, pl.DataType] = {
    "source_key": pl.String(),
    "article_id": pl.String(),
    "is_duplicate": pl.Boolean(),
    "duplicate_kind": pl.String(),
    "similarity": pl.Float64(),
}


def article_id_for(body_hash: pl.Expr) -> pl.Expr:
    """Article ids are derived from the canonical body's hash, so re-runs give the same id."""
    return pl.lit("art_") + body_hash.str.slice(0, 16)


def dedupe_articles(new: pl.DataFrame, history: pl.DataFrame) -> pl.DataFrame:
    """Link each new cleaned source to its article.

    new: source_key, body_hash, n_words, published_date, source_file, source_record.
    history: body_hash, article_id of the canonical articles already in the warehouse.
    Returns one row per new source with LINK_SCHEMA columns.
    """
    if new.is_empty():
        return pl.DataFrame(schema=LINK_SCHEMA)
    ordered = new.sort(
        by=["n_words", "published_date", "source_file", "source_record"],
        descending=[True, False, False, False],
        nulls_last=True,
    ).with_row_index("order")
    known = history.select("body_hash", pl.col("article_id").alias("known_article_id")).unique(
        "body_hash"
    )
    linked = ordered.join(known, on="body_hash", how="left")
    first_in_batch = pl.col("order") == pl.col("order").min().over("body_hash")
    is_duplicate = pl.col("known_article_id").is_not_null() | ~first_in_batch
    return (
        linked.with_columns(
            article_id=pl.coalesce("known_article_id", article_id_for(pl.col("body_hash"))),
            is_duplicate=is_duplicate,
        )
        .with_columns(
            duplicate_kind=pl.when(pl.col("is_duplicate")).then(pl.lit("exact")),
            similarity=pl.when(pl.col("is_duplicate")).then(pl.lit(1.0)),
        )
        .sort("order")
        .select(list(LINK_SCHEMA))
        .cast(LINK_SCHEMA)  # type: ignore[arg-type]
    )
