"""Extract: actor mentions, quotes, date mentions and coded events from validated canonical articles.

Each asset processes only the articles it has not seen (a progress marker per article), so
duplicates never reach it and re-runs add nothing.
"""

from functools import cache

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from pipelines.assets._metadata import preview, raw_table
from pipelines.assets.quality import (
    batch_parameters,
    check_result,
    quarantine_write,
    run_suite,
    suite_check,
)
from pipelines.batches import LOAD_BATCHES, SINGLE_RUN
from pipelines.nlp.actors import MENTION_SCHEMA, dictionary_fingerprint
from pipelines.nlp.dates import DATE_MENTION_SCHEMA, extract_date_mentions
from pipelines.nlp.events import (
    EVENT_DATE_COLUMNS,
    EVENT_MENTION_COLUMNS,
    EVENT_QUOTE_COLUMNS,
    EVENT_SCHEMA,
)
from pipelines.nlp.parallel import actors_and_quotes_of, events_of
from pipelines.nlp.quotes import QUOTE_SCHEMA
from pipelines.progress import stage_progress
from pipelines.quality.gx_runner import SuiteResult
from pipelines.raw_store import (
    PROGRESS_SCHEMA,
    append_frames,
    pending_articles,
    progress_rows,
    read_for_articles,
)
from pipelines.settings import SEEDS_DIR
from pipelines.workers import map_slices


@cache
def dictionary_stage(stage: str, extra_seeds: tuple[str, ...] = ()) -> str:
    """`stage` tagged with the dictionary and extractor version: when an analyst edits the
    actor seeds (or the extractor changes), every article is extracted again on the next run,
    its old rows replaced, instead of old articles keeping stale actors."""
    return f"{stage}@{dictionary_fingerprint(SEEDS_DIR, extra_seeds)}"


@cache
def cameo_codes() -> list[str]:
    return pl.read_csv(SEEDS_DIR / "cameo_event_codes.csv", infer_schema=False)[
        "event_code"
    ].to_list()


def _store(
    conn,  # type: ignore[no-untyped-def]
    run_id: str,
    outputs: list[tuple[str, pl.DataFrame, dict, str]],
    batch: pl.DataFrame,
    stage: str,
) -> list[SuiteResult]:
    """Validate each (table, rows, schema, suite); unless a critical expectation failed,
    write the rows, their quarantine and the stage's progress marker in one transaction,
    replacing by article: a re-processed article gets exactly its new rows. On a critical
    failure nothing is written and the batch stays pending."""
    parameters = batch_parameters(batch) | {"cameo_codes": cameo_codes()}
    results = [run_suite(suite, rows, parameters) for _, rows, _, suite in outputs]
    if not all(result.success for result in results):
        return results
    writes = [(table, rows, schema, ["article_id"]) for table, rows, schema, _ in outputs]
    writes += [quarantine_write(result) for result in results]
    writes.append(
        (
            "progress",
            progress_rows(batch["article_id"], stage),
            PROGRESS_SCHEMA,
            ["article_id", "stage"],
        )
    )
    append_frames(conn, run_id, writes)
    return results


@dg.multi_asset(
    partitions_def=LOAD_BATCHES,
    backfill_policy=SINGLE_RUN,
    specs=[
        dg.AssetSpec(
            "actor_mentions",
            deps=["validated_articles"],
            group_name="extract",
            metadata=raw_table("actor_mentions", MENTION_SCHEMA),
            kinds={"python", "duckdb"},
            description=(
                "Actor mentions: one Aho-Corasick automaton over the actor dictionary seeds "
                "(names, aliases, demonyms, capitals used as governments), role phrases "
                "resolved to office holders by date, and people and organizations discovered "
                "from context (is_known = false), with sentence index and offsets. Editing the "
                "seeds re-extracts every article."
            ),
        ),
        dg.AssetSpec(
            "article_quotes",
            deps=["actor_mentions"],
            group_name="extract",
            metadata=raw_table("quotes", QUOTE_SCHEMA),
            kinds={"python", "duckdb"},
            description=(
                "Direct and partial quotations with their speaker text, resolved to an actor "
                "(named, role, pronoun, body or apposition) where possible."
            ),
        ),
    ],
    check_specs=[
        suite_check("actor_mentions", "actor_mentions"),
        suite_check("article_quotes", "article_quotes"),
    ],
)
def actors_and_quotes(context: dg.AssetExecutionContext, warehouse: DuckDBResource):
    """Mentions and quotes in one pass per article (the quotes need the article's mentions
    and sentences); a large batch is spread over worker processes."""
    with warehouse.get_connection() as conn:
        stage = dictionary_stage("actors_and_quotes")
        batch = pending_articles(conn, stage)
        context.log.info(f"extracting actors and quotes from {batch.height} articles")
        with stage_progress("actors and quotes", context.log.info):
            mentions, quotes = actors_and_quotes_of(batch, SEEDS_DIR)
        checked = _store(
            conn,
            context.run.run_id,
            [
                ("actor_mentions", mentions, MENTION_SCHEMA, "actor_mentions"),
                ("quotes", quotes, QUOTE_SCHEMA, "article_quotes"),
            ],
            batch,
            stage,
        )
    yield dg.MaterializeResult(
        asset_key="actor_mentions",
        metadata={
            "articles": batch.height,
            "mentions": mentions.height,
            "distinct_actors": mentions["actor_id"].n_unique(),
            "discovered_actors": mentions.filter(~pl.col("is_known_actor"))["actor_id"].n_unique(),
            "preview": preview(
                mentions, ["article_id", "actor_id", "mention_text", "alias_kind", "sentence_index"]
            ),
        },
    )
    yield dg.MaterializeResult(
        asset_key="article_quotes",
        metadata={
            "articles": batch.height,
            "quotes": quotes.height,
            "with_speaker_actor": quotes.filter(pl.col("speaker_actor_id").is_not_null()).height,
            "preview": preview(
                quotes, ["speaker_text", "speaker_actor_id", "attribution", "quote_text"]
            ),
        },
    )
    yield check_result(context, checked[0], "actor_mentions")
    yield check_result(context, checked[1], "article_quotes")


@dg.asset(
    partitions_def=LOAD_BATCHES,
    backfill_policy=SINGLE_RUN,
    deps=["validated_articles"],
    group_name="extract",
    metadata=raw_table("date_mentions", DATE_MENTION_SCHEMA),
    kinds={"python", "duckdb"},
    description=(
        "Temporal expressions with TIMEX3 values; relative ones resolved against the published "
        "date, unresolved when the article states none."
    ),
    check_specs=[suite_check("date_mentions", "date_mentions")],
)
def date_mentions(context: dg.AssetExecutionContext, warehouse: DuckDBResource):  # type: ignore[no-untyped-def]
    with warehouse.get_connection() as conn:
        batch = pending_articles(conn, "date_mentions")
        with stage_progress("date mentions", context.log.info):
            dates = pl.concat(
                map_slices(
                    extract_date_mentions, batch.select("article_id", "body", "published_date")
                ),
                how="vertical",
            )
        checked = _store(
            conn,
            context.run.run_id,
            [("date_mentions", dates, DATE_MENTION_SCHEMA, "date_mentions")],
            batch,
            "date_mentions",
        )
    yield dg.MaterializeResult(
        metadata={
            "articles": batch.height,
            "date_mentions": dates.height,
            "resolved": dates.filter(pl.col("resolved_value").is_not_null()).height,
            "preview": preview(dates, ["mention_text", "resolved_value", "precision"]),
        }
    )
    yield check_result(context, checked[0], "date_mentions")


@dg.asset(
    partitions_def=LOAD_BATCHES,
    backfill_policy=SINGLE_RUN,
    deps=["actor_mentions", "article_quotes", "date_mentions"],
    group_name="extract",
    metadata=raw_table("events", EVENT_SCHEMA),
    kinds={"python", "duckdb"},
    description=(
        "CAMEO-coded events per sentence, read off the sentence's dependency parse with the "
        "event_verb_patterns seed: source actor, event code, target actor, trigger, sentence "
        "and how it was found (event_explanation); dated by the sentence's date or the "
        "published date. Negated, conditional and questioned acts are skipped."
    ),
    check_specs=[suite_check("events", "coded_events")],
)
def coded_events(context: dg.AssetExecutionContext, warehouse: DuckDBResource):  # type: ignore[no-untyped-def]
    with warehouse.get_connection() as conn:
        stage = dictionary_stage("events", ("event_verb_patterns.csv", "places.csv"))
        batch = pending_articles(conn, stage)
        batch = batch.select("article_id", "title", "body", "published_date", "n_words")
        mention_schema = {c: MENTION_SCHEMA[c] for c in EVENT_MENTION_COLUMNS}
        mentions = read_for_articles(conn, "actor_mentions", mention_schema, batch["article_id"])
        date_schema = {c: DATE_MENTION_SCHEMA[c] for c in EVENT_DATE_COLUMNS}
        dates = read_for_articles(conn, "date_mentions", date_schema, batch["article_id"])
        # "I" and "we" in a quote or transcript turn are its speaker
        quote_schema = {c: QUOTE_SCHEMA[c] for c in EVENT_QUOTE_COLUMNS}
        quotes = read_for_articles(conn, "quotes", quote_schema, batch["article_id"])
        with stage_progress("events", context.log.info):
            events = events_of(batch, mentions, dates, SEEDS_DIR, quotes=quotes)
        checked = _store(
            conn, context.run.run_id, [("events", events, EVENT_SCHEMA, "events")], batch, stage
        )
    yield dg.MaterializeResult(
        metadata={
            "articles": batch.height,
            "events": events.height,
            "preview": preview(
                events, ["source_actor_id", "event_code", "target_actor_id", "trigger_text"]
            ),
        }
    )
    yield check_result(context, checked[0], "coded_events")
