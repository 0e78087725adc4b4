"""Quality: a Great Expectations suite per stage output, reported as Dagster asset checks.

Each stage validates its new rows before it writes them (`run_suite`) and reports the
result as an asset check of its own asset (`suite_check`, `check_result`):
- a critical failure: the stage writes nothing (its input stays pending, so nothing is
  lost) and, the check being blocking, nothing downstream runs; `newsevents run` exits
  non-zero naming the expectation;
- a warning: the rows written, the failing ones (row-level expectations) recorded in
  raw.quality_quarantine and left out of the marts, the check shown as a warning;
- a page of each validation that found something (of every one with
  NEWSEVENTS_DATA_DOCS=always), readable offline, in `<warehouse folder>/quality_docs`,
  named after its asset and batch and linked from the check.
This module also holds the articles stage itself (`validated_articles`).
"""

import os
from pathlib import Path
from typing import Any

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from pipelines import settings
from pipelines.batches import LOAD_BATCHES, SINGLE_RUN, batch_of
from pipelines.quality.gx_runner import QUALITY_QUARANTINE_SCHEMA, SuiteResult, validate_frame
from pipelines.quality.validation_page import write_validation_page
from pipelines.raw_store import PROGRESS_SCHEMA, append_frames, pending_articles, progress_rows

QUARANTINE_KEY = ["record_id", "suite", "expectation", "column_name"]
DATA_DOCS_ENV = "NEWSEVENTS_DATA_DOCS"


def docs_dir() -> Path:
    """Where the validation pages go: a folder beside the warehouse file."""
    return settings.warehouse_path().parent / "quality_docs"


def run_suite(
    name: str, frame: pl.DataFrame, parameters: dict[str, Any] | None = None
) -> SuiteResult:
    """Validate `frame` with expectations/<name>.json. An empty batch has nothing to check:
    GX (seconds to import) is not started for it."""
    if frame.is_empty():
        return SuiteResult(suite=name, n_rows=0)
    return validate_frame(frame, settings.expectations_dir() / f"{name}.json", parameters)


def batch_parameters(articles: pl.DataFrame) -> dict[str, Any]:
    """Suite parameters relating an extraction stage to its batch of articles."""
    return {
        "batch_article_ids": articles["article_id"].to_list(),
        "batch_words": int(articles["n_words"].sum() or 0) if "n_words" in articles.columns else 0,
    }


def suite_check_name(asset: str) -> str:
    """The name of the suite's check on `asset`: the asset's, whatever the suite's file."""
    return f"{asset}_suite"


def suite_check(name: str, asset: str) -> dg.AssetCheckSpec:
    """The blocking asset check of a suite on the asset whose rows it validates."""
    return dg.AssetCheckSpec(
        suite_check_name(asset),
        asset=asset,
        blocking=True,
        description=(
            f"Great Expectations suite expectations/{name}.json on the rows this run adds: a "
            "critical failure stops the run, a warning quarantines the failing rows."
        ),
    )


def quarantine_write(result: SuiteResult) -> tuple[str, pl.DataFrame, dict, list[str]]:
    """The append_frames entry recording a suite's quarantined rows."""
    return ("quality_quarantine", result.quarantine, QUALITY_QUARANTINE_SCHEMA, QUARANTINE_KEY)


def check_metadata(result: SuiteResult) -> dict[str, object]:
    """Failed expectations with observed values and examples, for the check's UI page."""
    failed = [o for o in result.outcomes if not o.success]
    metadata: dict[str, object] = {
        "rows_validated": result.n_rows,
        "expectations": len(result.outcomes),
        "failed_expectations": len(failed),
        "rows_quarantined": result.quarantine.height,
        "validation_seconds": round(result.seconds, 3),
        "failures": dg.MetadataValue.json(
            [
                {
                    "expectation": o.label,
                    "severity": o.severity,
                    "unexpected_count": o.unexpected_count,
                    "observed_value": o.observed_value
                    if isinstance(o.observed_value, int | float | str | None)
                    else str(o.observed_value),
                    "examples": [str(e) for e in o.examples],
                    "why": o.why,
                }
                for o in failed
            ]
        ),
    }
    return metadata


def check_result(
    context: dg.AssetExecutionContext, result: SuiteResult, asset: str
) -> dg.AssetCheckResult:
    """The asset check of a suite's result; warnings also go to the run's log."""
    for outcome in result.warnings:
        context.log.warning(
            f"expectation failed: {outcome.label} ({outcome.unexpected_count} rows) {outcome.why}"
        )
    failing = result.blocking_failures or result.warnings
    metadata = check_metadata(result)
    if result.outcomes and (failing or os.environ.get(DATA_DOCS_ENV, "").lower() == "always"):
        # the validation's page, named after its asset and batch, a link on the check
        page = write_validation_page(result, asset, batch_of(context) or "unbatched", docs_dir())
        metadata["data_docs"] = dg.MetadataValue.url(page.resolve().as_uri())
        metadata["data_docs_path"] = dg.MetadataValue.path(str(page))
    return dg.AssetCheckResult(
        asset_key=asset,
        check_name=suite_check_name(asset),
        passed=not failing,
        severity=dg.AssetCheckSeverity.ERROR
        if result.blocking_failures
        else dg.AssetCheckSeverity.WARN,
        description="; ".join(o.label for o in failing)
        or ("all expectations met" if result.outcomes else "no new rows to validate"),
        metadata=metadata,
    )


@dg.asset(
    partitions_def=LOAD_BATCHES,
    backfill_policy=SINGLE_RUN,
    deps=["deduplicated_articles"],
    group_name="quality",
    kinds={"python", "great_expectations"},
    check_specs=[suite_check("articles", "validated_articles")],
    description=(
        "New canonical articles validated by the Great Expectations articles suite. Rows failing a "
        "row-level expectation go to raw.quality_quarantine (left out of the marts); a critical "
        "failure blocks everything downstream."
    ),
)
def validated_articles(context: dg.AssetExecutionContext, warehouse: DuckDBResource):  # type: ignore[no-untyped-def]
    with warehouse.get_connection() as conn:
        batch = pending_articles(conn, "validated", require_validated=False)
        result = run_suite("articles", batch)
        if result.success:
            append_frames(
                conn,
                context.run.run_id,
                [
                    quarantine_write(result),
                    (
                        "progress",
                        progress_rows(batch["article_id"], "validated"),
                        PROGRESS_SCHEMA,
                        ["article_id", "stage"],
                    ),
                ],
            )
        # On a blocking failure nothing is marked validated: the batch is checked again next run.
    metadata = check_metadata(result)
    yield dg.MaterializeResult(metadata={k: v for k, v in metadata.items() if k != "failures"})
    yield check_result(context, result, "validated_articles")
