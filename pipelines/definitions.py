"""The one Dagster `Definitions` of newsevents: loaded by workspace.yaml and by `newsevents run`."""

from __future__ import annotations

from datetime import timedelta

import dagster as dg

from pipelines.assets import clean, dedupe, extract, ingest, quality, report, snapshot, warehouse
from pipelines.automation import (
    LOAD_JOB,
    incremental_schedule,
    load_news,
    load_requests,
    load_what_is_new,
    new_input_files,
)
from pipelines.resources import build_resources

ALL_ASSETS_JOB = LOAD_JOB


# Who answers for the assets, as Dagster's catalog shows it.
OWNERS = ["team:newsevents"]
# The marts are loaded hourly when the schedule runs: a day without a load is worth a
# warning, two days a failure (a stopped schedule or sensor shows as stale, not as fresh).
MARTS_FRESHNESS = dg.FreshnessPolicy.time_window(
    fail_window=timedelta(days=2), warn_window=timedelta(days=1)
)


def _owned_and_fresh(spec: dg.AssetSpec) -> dg.AssetSpec:
    """Every asset with its owners; the marts with their freshness expectation."""
    if spec.group_name == "marts":
        return spec.replace_attributes(owners=OWNERS, freshness_policy=MARTS_FRESHNESS)
    return spec.replace_attributes(owners=OWNERS)


def build_definitions() -> dg.Definitions:
    """Assets, checks and resources bound to the current settings."""
    assets = dg.load_assets_from_modules(
        [ingest, clean, dedupe, quality, extract, warehouse, snapshot, report]
    )
    # Written by every Python stage with its rows; the incremental marts read it (dbt source).
    progress = dg.AssetSpec(
        "stage_progress",
        group_name="extract",
        kinds={"duckdb"},
        description="raw.progress: which stage has processed which article, and when (the incremental watermark of the marts).",
    )
    assets = dg.map_asset_specs(_owned_and_fresh, [*assets, progress])
    return dg.Definitions(
        assets=assets,
        jobs=[load_news, load_what_is_new],
        schedules=[incremental_schedule()],
        sensors=[new_input_files, load_requests],
        resources=build_resources(),
        # DuckDB allows one writing process: run steps one after another in the run's process.
        executor=dg.in_process_executor,
    )


defs = build_definitions()
