"""A read-only copy of the warehouse for SQL users, replaced atomically after each good run.

DuckDB allows one writing process or many readers, never both: an analyst's open
connection would block the pipeline, and the pipeline would lock analysts out for a whole
run. So readers get their own file: after every dbt build that succeeded, the warehouse is
copied with DuckDB's `COPY FROM DATABASE` (tables, views and column comments) into a
temporary file that then replaces the copy in one `os.replace`. Readers that have the old
copy open keep reading it; new connections see the new one; nobody sees half a run, and a
failed run leaves the last good copy in place.
"""

import os

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines import settings
from pipelines.assets.warehouse import warehouse_models


@dg.asset(
    deps=[warehouse_models],
    group_name="warehouse",
    kinds={"duckdb"},
    description=(
        "Read-only copy of the warehouse for SQL users (`newsevents sql`, any DuckDB client): "
        "replaced atomically after each successful run, so queries never block the pipeline "
        "and never see half a run."
    ),
)
def sql_snapshot(
    context: dg.AssetExecutionContext, warehouse: DuckDBResource
) -> dg.MaterializeResult:
    target = settings.snapshot_path()
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)  # left by a run killed while copying
    with warehouse.get_connection() as conn:
        name = conn.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
        conn.execute(f"ATTACH '{partial}' AS sql_snapshot_partial")
        try:
            conn.execute(f'COPY FROM DATABASE "{name}" TO sql_snapshot_partial')
        finally:
            conn.execute("DETACH sql_snapshot_partial")
    os.replace(partial, target)
    context.log.info(f"SQL copy of the warehouse replaced: {target}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(target)),
            "size_mb": round(target.stat().st_size / 1e6, 1),
        }
    )
