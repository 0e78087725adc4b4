"""Quality: the Great Expectations articles suite, run on each new batch, as a blocking check."""

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from pipelines.quality.gx_runner import QUALITY_QUARANTINE_SCHEMA, SuiteResult, validate_frame
from pipelines.raw_store import PROGRESS_SCHEMA, append_frames, pending_articles, progress_rows
from pipelines.settings import EXPECTATIONS_DIR

ARTICLES_SUITE = EXPECTATIONS_DIR / "articles.json"
ARTICLES_CHECK = "articles_suite"


def check_metadata(result: SuiteResult) -> dict[str, object]:
    """Failed expectations with observed values and examples, for the check's UI page."""
    failed = [o for o in result.outcomes if not o.success]
    return {
        "rows_validated": result.n_rows,
        "expectations": len(result.outcomes),
        "failed_expectations": len(failed),
        "rows_quarantined": result.quarantine.height,
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


@dg.asset(
    deps=["deduplicated_articles"],
    group_name="quality",
    kinds={"python", "great_expectations"},
    check_specs=[
        dg.AssetCheckSpec(
            ARTICLES_CHECK,
            asset="validated_articles",
            blocking=True,
            description="The articles suite (expectations/articles.json): a critical failure stops the run.",
        )
    ],
    description=(
        "New canonical articles validated by the Great Expectations articles suite. Rows failing a "
        "row-level expectation go to raw.quality_quarantine (left out of the marts); a critical "
        "failure blocks everything downstream."
    ),
)
def validated_articles(context: dg.AssetExecutionContext, warehouse: DuckDBResource):  # type: ignore[no-untyped-def]
    with warehouse.get_connection() as conn:
        batch = pending_articles(conn, "validated", require_validated=False)
        frame = batch.with_columns(published_year=pl.col("published_date").dt.year())
        result = validate_frame(frame, ARTICLES_SUITE)
        if result.success:
            append_frames(
                conn,
                context.run.run_id,
                [
                    (
                        "quality_quarantine",
                        result.quarantine,
                        QUALITY_QUARANTINE_SCHEMA,
                        ["record_id", "suite", "expectation", "column_name"],
                    ),
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
    for outcome in result.warnings:
        context.log.warning(
            f"expectation failed: {outcome.label} ({outcome.unexpected_count} rows) {outcome.why}"
        )
    yield dg.MaterializeResult(metadata={k: v for k, v in metadata.items() if k != "failures"})
    failing = result.blocking_failures or result.warnings
    yield dg.AssetCheckResult(
        check_name=ARTICLES_CHECK,
        passed=not failing,
        severity=dg.AssetCheckSeverity.ERROR
        if result.blocking_failures
        else dg.AssetCheckSeverity.WARN,
        description="; ".join(o.label for o in failing) or "all expectations met",
        metadata=metadata,
    )
