"""Clean: raw sources to clean bodies, titles and metadata."""

from functools import partial

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from pipelines.assets._metadata import preview, raw_table
from pipelines.batches import LOAD_BATCHES, SINGLE_RUN
from pipelines.progress import stage_progress
from pipelines.quality.gx_runner import QUALITY_QUARANTINE_SCHEMA
from pipelines.raw_store import append_frames, ensure_table, query_frame
from pipelines.text.articles import CLEAN_QUARANTINE_SCHEMA, CLEANED_SCHEMA, clean_sources
from pipelines.text.dateparse import today_utc
from pipelines.text.read import SOURCE_SCHEMA
from pipelines.workers import map_slices


@dg.multi_asset(
    # the step's name in runs and summaries: its main asset's
    name="cleaned_articles",
    partitions_def=LOAD_BATCHES,
    backfill_policy=SINGLE_RUN,
    specs=[
        dg.AssetSpec(
            "cleaned_articles",
            deps=["raw_sources"],
            group_name="clean",
            metadata=raw_table("cleaned_articles", CLEANED_SCHEMA),
            kinds={"python", "polars", "duckdb"},
            description=(
                "Cleaned articles (raw.cleaned_articles): body without page furniture (paragraphs "
                "joined by a blank line), title (at most 500 characters, title_truncated when cut), "
                "published date and its source (a stated date outside 1800-01-01 .. load date + 2 "
                "days, or not a real date, is refused and kept in published_date_rejected), "
                "publisher, author, url, language, word count and the normalized body hash. No "
                "text column holds control characters."
            ),
        ),
        dg.AssetSpec(
            "clean_quarantine",
            deps=["raw_sources"],
            group_name="clean",
            metadata=raw_table("clean_quarantine", CLEAN_QUARANTINE_SCHEMA),
            kinds={"duckdb"},
            description=(
                "Sources in which the cleaner found no article (raw.clean_quarantine), with the "
                "reason: no_words (no letter or digit left: only punctuation or markup) or "
                "no_article_body (a page with fewer than 25 words once furniture is removed)."
            ),
        ),
    ],
)
def clean_sources_asset(context: dg.AssetExecutionContext, warehouse: DuckDBResource):
    """Clean every source not cleaned yet."""
    with warehouse.get_connection() as conn:
        ensure_table(conn, "cleaned_articles", CLEANED_SCHEMA)
        ensure_table(conn, "clean_quarantine", CLEAN_QUARANTINE_SCHEMA)
        ensure_table(conn, "quality_quarantine", QUALITY_QUARANTINE_SCHEMA)
        columns = ", ".join(f's."{c}"' for c in SOURCE_SCHEMA)
        pending = query_frame(
            conn,
            f"""SELECT {columns} FROM raw.sources s
                WHERE s.source_key NOT IN (SELECT source_key FROM raw.cleaned_articles)
                  AND s.source_key NOT IN (SELECT source_key FROM raw.clean_quarantine)
                  AND s.source_key NOT IN (
                      SELECT record_id FROM raw.quality_quarantine WHERE suite = 'sources')""",
            SOURCE_SCHEMA,
        )
        # Per-page work (trafilatura, the line classifier) in worker processes when large;
        # one load date for every slice (it bounds the published dates accepted).
        with stage_progress("clean", context.log.info):
            parts = map_slices(partial(clean_sources, load_date=today_utc()), pending)
        cleaned = pl.concat([part for part, _ in parts], how="vertical")
        rejected = pl.concat([part for _, part in parts], how="vertical")
        context.log.info(
            f"cleaned {cleaned.height} sources, {rejected.height} without article text"
        )
        append_frames(
            conn,
            context.run.run_id,
            [
                ("cleaned_articles", cleaned, CLEANED_SCHEMA, ["source_key"]),
                ("clean_quarantine", rejected, CLEAN_QUARANTINE_SCHEMA, ["source_key"]),
            ],
        )
    yield dg.MaterializeResult(
        asset_key="cleaned_articles",
        metadata={
            "articles_cleaned": cleaned.height,
            "with_published_date": cleaned.filter(pl.col("published_date").is_not_null()).height,
            "published_dates_refused": cleaned.filter(
                pl.col("published_date_rejected").is_not_null()
            ).height,
            "titles_truncated": cleaned.filter(pl.col("title_truncated")).height,
            "preview": preview(
                cleaned, ["title", "published_date", "publisher", "language", "n_words"]
            ),
        },
    )
    yield dg.MaterializeResult(
        asset_key="clean_quarantine",
        metadata={
            "sources_quarantined": rejected.height,
            "quarantine": preview(
                rejected, ["source_file", "source_record", "reason_kind", "reason"], rows=20
            ),
        },
    )
