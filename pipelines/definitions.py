"""The one Dagster `Definitions` of newsevents: loaded by workspace.yaml and by `newsevents run`."""

from __future__ import annotations

import dagster as dg

from pipelines.assets import clean, dedupe, extract, ingest, quality, snapshot, warehouse
from pipelines.automation import LOAD_JOB, incremental_schedule, new_input_files
from pipelines.resources import build_resources

ALL_ASSETS_JOB = LOAD_JOB


def build_definitions() -> dg.Definitions:
    """Assets, checks and resources bound to the current settings."""
    assets = dg.load_assets_from_modules(
        [ingest, clean, dedupe, quality, extract, warehouse, snapshot]
    )
    # Written by every Python stage with its rows; the incremental marts read it (dbt source).
    progress = dg.AssetSpec(
        "stage_progress",
        group_name="extract",
        kinds={"duckdb"},
        description="raw.progress: which stage has processed which article, and when (the incremental watermark of the marts).",
    )
    return dg.Definitions(
        assets=[*assets, progress],
        jobs=[
            dg.define_asset_job(
                ALL_ASSETS_JOB,
                selection=dg.AssetSelection.all(),
                description="Load every new file of the input folder through all stages into the warehouse.",
            )
        ],
        schedules=[incremental_schedule()],
        sensors=[new_input_files],
        resources=build_resources(),
        # DuckDB allows one writing process: run steps one after another in the run's process.
        executor=dg.in_process_executor,
    )


defs = build_definitions()
