"""Dedupe: link every cleaned source to its canonical article, across all history."""

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from pipelines.assets._metadata import preview
from pipelines.raw_store import append_frames, ensure_table, query_frame
from pipelines.text.articles import CLEANED_SCHEMA
from pipelines.text.dedupe import LINK_SCHEMA, dedupe_articles

_NEW_SCHEMA = {
    "source_key": pl.String(),
    "body_hash": pl.String(),
    "n_words": pl.Int64(),
    "published_date": pl.Date(),
    "source_file": pl.String(),
    "source_record": pl.Int64(),
}
_HISTORY_SCHEMA = {"body_hash": pl.String(), "article_id": pl.String()}


@dg.asset(
    deps=["cleaned_articles"],
    group_name="dedupe",
    kinds={"python", "polars", "duckdb"},
    description=(
        "Links from each cleaned source to its canonical article (raw.article_links). Exact "
        "duplicates share a normalized-body hash, checked against every article loaded before, "
        "so a copy arriving weeks later joins the original. Canonical: most complete body, then "
        "earliest published, then first path."
    ),
)
def deduplicated_articles(
    context: dg.AssetExecutionContext, warehouse: DuckDBResource
) -> dg.MaterializeResult:
    with warehouse.get_connection() as conn:
        ensure_table(conn, "article_links", LINK_SCHEMA)
        ensure_table(conn, "cleaned_articles", CLEANED_SCHEMA)
        new = query_frame(
            conn,
            """SELECT c.source_key, c.body_hash, c.n_words, c.published_date, s.source_file, s.source_record
               FROM raw.cleaned_articles c JOIN raw.sources s USING (source_key)
               WHERE c.source_key NOT IN (SELECT source_key FROM raw.article_links)""",
            _NEW_SCHEMA,
        )
        # Only hashes and ids of the history are read, never its text.
        history = query_frame(
            conn,
            """SELECT c.body_hash, l.article_id FROM raw.article_links l
               JOIN raw.cleaned_articles c USING (source_key) WHERE NOT l.is_duplicate""",
            _HISTORY_SCHEMA,
        )
        links = dedupe_articles(new, history)
        append_frames(
            conn, context.run.run_id, [("article_links", links, LINK_SCHEMA, ["source_key"])]
        )
    n_dup = links.filter(pl.col("is_duplicate")).height
    context.log.info(
        f"{links.height} new sources: {links.height - n_dup} new articles, {n_dup} duplicates"
    )
    return dg.MaterializeResult(
        metadata={
            "sources_linked": links.height,
            "new_articles": links.height - n_dup,
            "duplicates": n_dup,
            "preview": preview(
                links.filter(pl.col("is_duplicate")), ["source_key", "article_id", "duplicate_kind"]
            ),
        }
    )
