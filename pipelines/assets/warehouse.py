"""Warehouse: the dbt project (staging, intermediate, marts) as Dagster assets.

dbt runs in this process (pipelines/dbt_build.py says why and which build a load gets).
Each model or seed with data tests has one check, `dbt_tests`, that reports every test of
it that ran: one check per table rather than one per test keeps a load's event count (and
the UI) small. The checks need not be blocking: a failing test fails the dbt step itself,
so nothing downstream runs; an incremental build runs few tests, and a blocking check
without a result would only add a warning per table.
"""

import graphlib
import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
import polars as pl
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, build_dbt_asset_specs
from dagster_duckdb import DuckDBResource

from pipelines import settings
from pipelines.assets._metadata import preview
from pipelines.batches import LOAD_BATCHES, SINGLE_RUN
from pipelines.dbt_build import (
    BuildMode,
    BuildResult,
    build_args,
    data_tests_by_node,
    failure_summary,
    project_fingerprint,
    run_build,
    test_args,
)
from pipelines.dbt_project import dbt_project, ensure_manifest
from pipelines.raw_store import append_frames, fetch_frame

TESTS_CHECK = "dbt_tests"
BUILD_SCHEMA: dict[str, pl.DataType] = {
    "fingerprint": pl.String(),
    "mode": pl.String(),
    "started_at": pl.Datetime(),
    "n_nodes": pl.Int64(),
}


class WarehouseTranslator(DagsterDbtTranslator):
    """The dbt seeds in the `dictionaries` group, the staging and intermediate views in
    `staging`, the marts in `marts`; sources keep their Python asset keys."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "dictionaries"
        layer = dbt_resource_props.get("fqn", ["", ""])[1]
        return "staging" if layer in ("staging", "intermediate") else "marts"

    def get_description(self, dbt_resource_props: Mapping[str, Any]) -> str:
        # the model's own description, then its SQL (a seed has none: no empty block)
        code = (dbt_resource_props.get("raw_code") or "").strip()
        description = dbt_resource_props.get("description") or (
            f"dbt {dbt_resource_props['resource_type']} {dbt_resource_props['name']}"
        )
        return f"{description}\n\n```sql\n{code}\n```" if code else description

    def get_metadata(self, dbt_resource_props: Mapping[str, Any]) -> Mapping[str, Any]:
        # the table's name as a SQL user types it (`main.dim_articles`): the database part
        # dbt gives it is only the warehouse file's name
        return {
            **super().get_metadata(dbt_resource_props),
            "dagster/table_name": relation_name(dbt_resource_props),
        }


def relation_name(dbt_resource_props: Mapping[str, Any]) -> str:
    """`schema.table` of a dbt model or seed."""
    return f"{dbt_resource_props['schema']}.{dbt_resource_props.get('alias') or dbt_resource_props['name']}"


TRANSLATOR = WarehouseTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=False))


_MANIFEST = json.loads(ensure_manifest().read_text())


def _dbt_nodes(
    manifest: dict[str, Any],
) -> tuple[
    list[dg.AssetSpec],
    list[dg.AssetCheckSpec],
    dict[str, dg.AssetKey],
    list[dg.AssetKey],
    set[dg.AssetKey],
    list[str],
]:
    specs = build_dbt_asset_specs(
        manifest=manifest, dagster_dbt_translator=TRANSLATOR, project=dbt_project
    )
    key_of = {
        unique_id: TRANSLATOR.get_asset_spec(manifest, unique_id, dbt_project).key
        for unique_id, node in {**manifest["nodes"], **manifest["sources"]}.items()
        if node["resource_type"] in ("model", "seed", "snapshot")
    }
    tested: dict[str, list[str]] = {}
    for node in manifest["nodes"].values():
        if node["resource_type"] == "test" and node.get("attached_node") in key_of:
            tested.setdefault(node["attached_node"], []).append(node["name"])
    checks = [
        dg.AssetCheckSpec(
            TESTS_CHECK,
            asset=key_of[unique_id],
            description=(
                f"The {len(names)} dbt data tests of this table (a full build runs all of them; "
                "an incremental load runs those tagged every_load)."
            ),
        )
        for unique_id, names in sorted(tested.items())
    ]
    # the tables every build writes (views and seeds only change in a full build)
    tables = [
        key_of[unique_id]
        for unique_id, node in manifest["nodes"].items()
        if node["resource_type"] == "model"
        and node["config"].get("materialized") in ("table", "incremental")
    ]
    every_load = {
        key_of[node["attached_node"]]
        for node in manifest["nodes"].values()
        if node["resource_type"] == "test"
        and "every_load" in node.get("tags", [])
        and node.get("attached_node") in key_of
    }
    # the models and seeds in an order where each comes after what it reads
    order = graphlib.TopologicalSorter(
        {
            unique_id: [
                d
                for d in manifest["nodes"].get(unique_id, {}).get("depends_on", {}).get("nodes", [])
                if d in key_of
            ]
            for unique_id in key_of
        }
    ).static_order()
    return (
        list(specs),
        checks,
        key_of,
        sorted(tables, key=lambda k: k.to_user_string()),
        every_load,
        [unique_id for unique_id in order if unique_id in manifest["nodes"]],
    )


DBT_SPECS, DBT_CHECKS, ASSET_KEY_OF, TABLE_KEYS, EVERY_LOAD_TESTED, DBT_ORDER = _dbt_nodes(
    _MANIFEST
)
# {unique_id: (schema.table, whether it holds rows of its own (a table, an incremental model
# or a seed, not a view), {column: its description in the model's YAML})}
RELATION_OF = {
    unique_id: (
        relation_name(node),
        node["config"].get("materialized") != "view",
        {c: info.get("description") or None for c, info in node.get("columns", {}).items()},
    )
    for unique_id, node in _MANIFEST["nodes"].items()
    if unique_id in ASSET_KEY_OF
}
DBT_NAME_OF = {key: unique_id.split(".")[-1] for unique_id, key in ASSET_KEY_OF.items()}
ALL_DBT_KEYS = {spec.key for spec in DBT_SPECS}
SEED_KEYS = {key for unique_id, key in ASSET_KEY_OF.items() if unique_id.startswith("seed.")}


def planned_mode(conn: duckdb.DuckDBPyConnection, fingerprint: str | None = None) -> BuildMode:
    """Full unless this warehouse already has a finished build of this very dbt project
    (read without writing anything, so a load can ask before it starts)."""
    try:
        known = {
            row[0]
            for row in conn.execute("SELECT fingerprint FROM raw.warehouse_builds").fetchall()
        }
    except duckdb.CatalogException:  # no build yet
        return "full"
    current = fingerprint or project_fingerprint(dbt_project.project_dir)
    return "incremental" if current in known else "full"


def incremental_selection(
    every_asset: set[dg.AssetKey], every_check: set[dg.AssetCheckKey]
) -> tuple[set[dg.AssetKey], set[dg.AssetCheckKey]]:
    """What an incremental load runs: every asset (the views and seeds it does not rebuild
    are recorded as unchanged for the batch, so that a finished batch looks complete), and
    of the dbt checks only those of tables with every_load tests, the tests such a build
    runs (a check selected but not run would show as skipped on every load)."""
    assets = set(every_asset)
    checks = {
        key
        for key in every_check
        if key.asset_key in assets
        and (key.name != TESTS_CHECK or key.asset_key in EVERY_LOAD_TESTED)
    }
    return assets, checks


@dg.multi_asset(
    partitions_def=LOAD_BATCHES,
    backfill_policy=SINGLE_RUN,
    specs=DBT_SPECS,
    check_specs=DBT_CHECKS,
    can_subset=True,
    name="warehouse_models",
    description="dbt build of the warehouse: full on a new dbt project, incremental otherwise.",
)
def warehouse_models(context: dg.AssetExecutionContext, warehouse: DuckDBResource) -> Iterator[Any]:
    log_dir = settings.warehouse_path().parent / "logs"
    selected = set(context.selected_asset_keys)
    # the checks of tables the run does not build (a check executed on its own from a
    # table's page): their tests run on what the warehouse holds, building nothing
    tests_only = {
        key.asset_key
        for key in context.selected_asset_check_keys
        if key.name == TESTS_CHECK and key.asset_key not in selected
    }
    if not selected:
        yield from _test_tables(context, tests_only, log_dir)
        return
    fingerprint = project_fingerprint(dbt_project.project_dir)
    with warehouse.get_connection() as conn:
        mode = planned_mode(conn, fingerprint)
    # The whole project is a load; any other subset (picked in the UI) is rebuilt in full,
    # with its tests: simple and always right.
    subset = selected != ALL_DBT_KEYS
    select = sorted(DBT_NAME_OF[key] for key in selected) if subset else None
    if subset:
        mode = "full"
    elif mode == "incremental":
        # checks the launch selected of tables whose tests an incremental build leaves out
        # (the UI's "Materialize all" selects every check; a load planned by
        # `load_selection` selects none of them): their tests run after the build, so a
        # selected check always has a result
        tests_only |= {
            key.asset_key
            for key in context.selected_asset_check_keys
            if key.name == TESTS_CHECK
            and key.asset_key in selected
            and key.asset_key not in EVERY_LOAD_TESTED
        }
    started = datetime.now()
    context.log.info(
        f"dbt build ({mode}{', subset' if subset else ''}) of {settings.warehouse_path()}"
    )
    result = run_build(
        build_args(mode, dbt_project.project_dir, log_dir, select),
        dbt_project.project_dir,
        ensure_manifest(),
    )
    with warehouse.get_connection() as conn:
        yield from _events(context, result, record_unchanged=result.success, conn=conn)
    if not result.success:
        raise dg.Failure(description=failure_summary(result))
    if not subset:
        # Recorded last: a full build killed before this line is redone in full next time
        # (an incremental one needs no record: each model resumes from its watermark).
        with warehouse.get_connection() as conn:
            record = pl.DataFrame(
                {
                    "fingerprint": [fingerprint],
                    "mode": [mode],
                    "started_at": [started],
                    "n_nodes": [len(result.outcomes)],
                },
                schema=BUILD_SCHEMA,
            )
            append_frames(
                conn, context.run.run_id, [("warehouse_builds", record, BUILD_SCHEMA, [])]
            )
    context.log.info(
        f"dbt {mode} build: {len(result.outcomes)} nodes in "
        f"{sum(o.seconds for o in result.outcomes):.1f} s of dbt time"
    )
    if tests_only:
        yield from _test_tables(context, tests_only, log_dir)


def table_metadata(
    conn: duckdb.DuckDBPyConnection,
    relation: str,
    holds_rows: bool,
    descriptions: Mapping[str, str | None] | None = None,
) -> dict[str, Any]:
    """What the UI shows of a warehouse table: its name as a SQL user types it, its columns
    with their types (and descriptions) and, for a table or seed (a view's count would run
    its query), its row count and first rows. Empty when the relation cannot be read."""
    descriptions = descriptions or {}
    schema, name = relation.split(".", 1)
    try:
        columns = conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
            [schema, name],
        ).fetchall()
        metadata: dict[str, Any] = {
            "dagster/table_name": relation,
            "dagster/column_schema": dg.TableSchema(
                columns=[
                    dg.TableColumn(column, data_type, description=descriptions.get(column))
                    for column, data_type in columns
                ]
            ),
        }
        if holds_rows:
            ((count,),) = conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchall()
            # (as text, whatever the types: lists and structs too)
            first = fetch_frame(conn, f'SELECT COLUMNS(*)::VARCHAR FROM {schema}."{name}" LIMIT 5')
            metadata["dagster/row_count"] = int(count)
            metadata["preview"] = preview(first, first.columns)
    except duckdb.Error:
        return {}
    return metadata


def _test_tables(
    context: dg.AssetExecutionContext, tables: set[dg.AssetKey], log_dir: Path
) -> Iterator[Any]:
    """`dbt test` of these models and seeds, and a check result for each (only for these:
    dbt also runs a test of another table that reads one of them, whose check may have
    its result already)."""
    names = sorted(DBT_NAME_OF[key] for key in tables)
    context.log.info(f"dbt tests of {', '.join(names)}")
    result = run_build(
        test_args(dbt_project.project_dir, log_dir, names),
        dbt_project.project_dir,
        ensure_manifest(),
    )
    yield from _events(context, result, checked=tables)
    if result.error is not None:  # dbt itself failed (a failing test is a failed check)
        raise dg.Failure(description=failure_summary(result))


def _events(
    context: dg.AssetExecutionContext,
    result: BuildResult,
    record_unchanged: bool = False,
    conn: duckdb.DuckDBPyConnection | None = None,
    checked: set[dg.AssetKey] | None = None,
) -> Iterator[Any]:
    """A materialization per selected model or seed dbt built, in the project's dependency
    order (as Dagster requires of a multi-asset), then one check result per tested table.
    With `record_unchanged`, each selected view and seed the build left as it was (an
    incremental build rebuilds the tables only) is recorded too: the batch's warehouse
    includes them, a view reading its tables' current rows and a seed changing only with
    the project (which makes the next build a full one); without it a finished batch would
    look incomplete in the UI. With `conn`, each materialization of what dbt built carries
    the table's name, its columns and types, and, for a table or seed, its row count and
    first rows. With `checked`, the check results of those tables only."""
    selected_checks = context.selected_asset_check_keys
    selected = context.selected_asset_keys
    built = {o.unique_id: o for o in result.outcomes if o.ok and o.resource_type != "test"}
    for unique_id in DBT_ORDER:
        key = ASSET_KEY_OF[unique_id]
        outcome = built.get(unique_id)
        # (only what the run selected: a check run alone materializes nothing)
        if key not in selected or (outcome is None and not record_unchanged):
            continue
        yield dg.MaterializeResult(
            asset_key=key,
            metadata={
                **(
                    {
                        "dbt_build": result.mode,
                        "execution_seconds": round(outcome.seconds, 3),
                        "dbt_message": outcome.message or "",
                    }
                    if outcome is not None
                    else {
                        "dbt_build": result.mode,
                        "unchanged": "not rebuilt by an incremental build: "
                        + ("a seed" if key in SEED_KEYS else "a view of the tables it reads"),
                    }
                ),
                # (what the build rebuilt: an unchanged view or seed shows what it showed)
                **(
                    table_metadata(conn, *RELATION_OF[unique_id])
                    if conn is not None and outcome is not None
                    else {}
                ),
            },
        )
    for unique_id, tests in sorted(data_tests_by_node(result.outcomes).items()):
        key = ASSET_KEY_OF.get(unique_id)
        if (
            key is None
            or dg.AssetCheckKey(key, TESTS_CHECK) not in selected_checks
            or (checked is not None and key not in checked)
        ):
            continue
        failed = [t for t in tests if not t.ok]
        warned = [t for t in tests if t.status == "warn"]
        yield dg.AssetCheckResult(
            asset_key=key,
            check_name=TESTS_CHECK,
            passed=not failed,
            severity=dg.AssetCheckSeverity.ERROR,
            description=(
                f"{len(failed)} of {len(tests)} dbt tests failed: "
                + ", ".join(t.name for t in failed)
                if failed
                else None
            ),
            metadata={
                "dbt_build": result.mode,
                "tests_run": len(tests),
                "failed": dg.MetadataValue.json(
                    [{"test": t.name, "status": t.status, "failures": t.failures} for t in failed]
                ),
                "warnings": len(warned),
                "tests": dg.MetadataValue.json({t.name: t.status for t in tests}),
            },
        )
