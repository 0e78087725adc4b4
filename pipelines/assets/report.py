"""The analysts' report as an asset: drawn from the marts after each load (pipelines/report.py)."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines import settings
from pipelines.assets.warehouse import TABLE_KEYS
from pipelines.batches import LOAD_BATCHES, SINGLE_RUN
from pipelines.report import report_path, write_report_from


@dg.asset(
    partitions_def=LOAD_BATCHES,
    backfill_policy=SINGLE_RUN,
    deps=TABLE_KEYS,
    group_name="marts",
    kinds={"html"},
    description=(
        "An HTML report of the marts, readable offline (static SVG charts, no script): the top "
        "actors' mentions per week, events by quad class per month, the actors seen together "
        "most as a network, who is quoted most, articles per month and undated, and what was "
        "quarantined and why. Redrawn after every load; `newsevents report` draws it for any "
        "warehouse."
    ),
)
def analyst_report(
    context: dg.AssetExecutionContext, warehouse: DuckDBResource
) -> dg.MaterializeResult:
    out = report_path(settings.warehouse_path())
    with warehouse.get_connection() as conn:
        _, drawn = write_report_from(conn, str(settings.warehouse_path()), out)
    context.log.info(f"report {'drawn' if drawn else 'unchanged (same data)'}: {out}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(out)),
            "report": dg.MetadataValue.url(out.resolve().as_uri()),
            "size_kb": round(out.stat().st_size / 1e3, 1),
            "redrawn": drawn,
        }
    )
