"""Exact-duplicate detection across the whole history, over polars frames.

Each source links to one canonical article. A body whose normalized hash was seen in an
earlier load joins that article; within a batch, the canonical copy is chosen by a stated
rule: the most complete body, then the earliest published date, then the first path.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import polars as pl

if TYPE_CHECKING:
    from pipelines.text.near_dupes import Shingles

# What `dedupe_articles` reads of each new cleaned source, and of the history.
DEDUPE_INPUT_SCHEMA: dict[str, pl.DataType] = {
    "source_key": pl.String(),
    "body_hash": pl.String(),
    "n_words": pl.Int64(),
    "published_date": pl.Date(),
    "source_file": pl.String(),
    "source_record": pl.Int64(),
}
HISTORY_HASH_SCHEMA: dict[str, pl.DataType] = {"body_hash": pl.String(), "article_id": pl.String()}

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


def dedupe_articles(new: pl.DataFrame, history: pl.DataFrame | None = None) -> pl.DataFrame:
    """Link each new cleaned source to its article.

    new: DEDUPE_INPUT_SCHEMA columns of the new cleaned sources.
    history: HISTORY_HASH_SCHEMA rows of the canonical articles already in the warehouse
    (none: an empty history).
    Returns one row per new source with LINK_SCHEMA columns.
    """
    if new.is_empty():
        return pl.DataFrame(schema=LINK_SCHEMA)
    if history is None:
        history = pl.DataFrame(schema=HISTORY_HASH_SCHEMA)
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


def link_near_duplicates(
    links: pl.DataFrame,
    bodies: Mapping[str, str] | pl.DataFrame,
    history_bands: pl.DataFrame,
    history_bodies: dict[str, str],
    threshold: float | None = None,
    history_signatures: dict | None = None,
    batch_signatures: np.ndarray | None = None,
    batch_shingles: Sequence[Shingles] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Second pass: join new articles that are near copies of an earlier one.

    links: the exact pass's output, in canonical-rule order. bodies: source_key -> body of
    the batch (a mapping, or a frame of source_key and body: its texts stay in polars); batch_signatures, batch_shingles: the signatures and shingles of the exact
    pass's new articles, in order, when the caller computed them already. Returns the updated links (LINK_SCHEMA), and the LSH rows and signatures of
    the articles that stay canonical. A text that is an exact copy of a near copy follows it, with the near
    copy's similarity to the canonical body.
    """
    from pipelines.text.near_dupes import NEAR_DUPLICATE_JACCARD, cluster_near_duplicates

    leaders = links.filter(~pl.col("is_duplicate"))
    leader_bodies = (
        leaders.select("source_key").join(
            bodies.select("source_key", "body"), on="source_key", how="left", maintain_order="left"
        )["body"]
        if isinstance(bodies, pl.DataFrame)
        else [bodies[key] for key in leaders["source_key"]]
    )
    result = cluster_near_duplicates(
        leaders["article_id"].to_list(),
        leader_bodies,
        history_bands,
        history_bodies,
        threshold=NEAR_DUPLICATE_JACCARD if threshold is None else threshold,
        history_signatures=history_signatures,
        batch_signatures=batch_signatures,
        batch_shingles=batch_shingles,
    )
    moved = pl.DataFrame(
        {
            "article_id": leaders["article_id"],
            "new_article_id": result.article_id,
            "near": result.is_duplicate,
            "near_similarity": result.similarity,
        },
        schema={
            "article_id": pl.String,
            "new_article_id": pl.String,
            "near": pl.Boolean,
            "near_similarity": pl.Float64,
        },
    ).filter(pl.col("near"))
    updated = (
        links.join(moved, on="article_id", how="left", maintain_order="left")
        .with_columns(
            article_id=pl.coalesce("new_article_id", "article_id"),
            is_duplicate=pl.col("is_duplicate") | pl.col("near").fill_null(False),
            duplicate_kind=pl.when(pl.col("near").fill_null(False))
            .then(pl.lit("near"))
            .otherwise("duplicate_kind"),
            similarity=pl.when(pl.col("near").fill_null(False))
            .then("near_similarity")
            .otherwise("similarity"),
        )
        .select(list(LINK_SCHEMA))
        .cast(LINK_SCHEMA)  # type: ignore[arg-type]
    )
    return updated, result.new_bands, result.new_signatures
