"""Incremental loads: a sensor that notices new or changed input files and a schedule, both
launching the `load_news` job; switchable in the Dagster UI (both start stopped).

Every run is a new load batch (a dynamic partition, pipelines/batches.py) and reads only
the files it has not loaded (same path and bytes are skipped at ingest), so a run launched
for new files costs what those files cost. The sensor compares each file's size and
modification time with its cursor (no file is read to decide); the schedule's cron comes
from `NEWSEVENTS_SCHEDULE` (default: hourly).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import dagster as dg
import xxhash

from pipelines import settings
from pipelines.batches import LOAD_BATCHES, new_batch_id
from pipelines.text.walk import walk_input_folder
from pipelines.warehouse_connection import read_first_readable

LOAD_JOB = "load_news"
PARTITION_TAG = "dagster/partition"  # the tag Dagster gives a partitioned run
SCHEDULE_ENV = "NEWSEVENTS_SCHEDULE"
DEFAULT_CRON = "0 * * * *"


def file_states(folder: Path) -> dict[str, str]:
    """{path relative to `folder`: "size:mtime_ns"} of every file under it, and the reason
    for each entry a load would not read (a new FIFO or dangling link is news to record)."""
    if not folder.is_dir():
        return {}
    states = {}
    for entry in walk_input_folder(folder):
        if entry.problem_kind is not None:
            states[entry.name] = entry.problem_kind
            continue
        try:
            stat = entry.path.stat()
        except OSError:  # gone since the listing: the next look tells
            continue
        states[entry.name] = f"{stat.st_size}:{stat.st_mtime_ns}"
    return states


def changed_files(states: dict[str, str], previous: dict[str, str]) -> list[str]:
    """Files that are new or changed since `previous`."""
    return sorted(path for path, state in states.items() if previous.get(path) != state)


def loaded_file_states(states: dict[str, str], warehouses: list[Path]) -> dict[str, str]:
    """{path: "size:mtime_ns"} of the files in `states` whose version the first readable of
    `warehouses` (the warehouse, then the copy of its last load) has already loaded; {} when
    none can be read.

    Why: the sensor's first look has no cursor; without this, every file a load from the
    command line already read would look new and launch a load with nothing to do."""
    rows = read_first_readable(
        warehouses,
        lambda conn: conn.execute(
            "SELECT DISTINCT source_file, n_bytes, mtime_ns FROM raw.loaded_files"
            " WHERE mtime_ns IS NOT NULL"
        ).fetchall(),
    )
    loaded = {(name, f"{size}:{mtime}") for name, size, mtime in rows or []}
    return {name: state for name, state in states.items() if (name, state) in loaded}


def load_selection(
    context: dg.SensorEvaluationContext | dg.ScheduleEvaluationContext | dg.RunStatusSensorContext,
) -> dict[str, Any]:
    """The assets and checks of a load launched now, as `newsevents run` plans them (the
    RunRequest's `asset_selection` and `asset_check_keys`): an incremental build runs the
    dbt tests tagged every_load only, so the other tables' checks are left out of its run
    (selected but not run, they would show as skipped on every load). Nothing (the whole
    job) when the warehouse has no build yet or cannot be read."""
    from pipelines.assets.warehouse import incremental_selection, planned_mode

    try:
        repository = getattr(context, "repository_def", None)
    except dg.DagsterInvariantViolationError:  # a context built without one, in a test
        repository = None
    if repository is None:
        return {}
    mode = read_first_readable((settings.warehouse_path(), settings.snapshot_path()), planned_mode)
    if mode != "incremental":
        return {}
    job = repository.get_job(LOAD_JOB)
    assets, checks = incremental_selection(
        set(job.asset_layer.selected_asset_keys),
        set(job.asset_layer.asset_graph.asset_check_keys),
    )
    # (both: checks given without assets would select those checks alone)
    return {
        "asset_selection": sorted(assets, key=lambda key: key.to_user_string()),
        "asset_check_keys": sorted(checks, key=lambda key: key.to_user_string()),
    }


@dg.sensor(
    job_name=LOAD_JOB,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description=(
        "Launches a load when files in the input folder are new or changed (size or "
        "modification time); the run reads only files not loaded yet."
    ),
)
def new_input_files(context: dg.SensorEvaluationContext) -> dg.SensorResult:
    states = file_states(settings.input_dir())
    previous = (
        json.loads(context.cursor)
        if context.cursor
        else loaded_file_states(states, [settings.warehouse_path(), settings.snapshot_path()])
    )
    changed = changed_files(states, previous)
    if not changed:
        return dg.SensorResult(
            skip_reason=f"no new or changed files in {settings.input_dir()}",
            cursor=json.dumps(states, sort_keys=True),
        )
    run_key = xxhash.xxh64("\n".join(f"{p}={states[p]}" for p in changed).encode()).hexdigest()
    batch = new_batch_id()
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(
                run_key=run_key,
                partition_key=batch,
                tags={"newsevents/changed_files": str(len(changed))},
                **load_selection(context),
            )
        ],
        dynamic_partitions_requests=[LOAD_BATCHES.build_add_request([batch])],
        cursor=json.dumps(states, sort_keys=True),
    )


# The load itself: every asset, for one batch (a partition of the load batches).
load_news = dg.define_asset_job(
    LOAD_JOB,
    selection=dg.AssetSelection.all(),
    description="Load every new file of the input folder through all stages into the warehouse.",
)
REQUEST_JOB = "load_what_is_new"


@dg.op(
    description=(
        "Asks for a load of every new or changed file of the input folder as a new batch: "
        "the sensor load_requests launches it within seconds, its batch named as the "
        "command line names one."
    )
)
def request_load(context) -> None:  # type: ignore[no-untyped-def]  # (a string hint Dagster refuses)
    context.log.info(f"load requested of what is new in {settings.input_dir()}")


@dg.job(
    name=REQUEST_JOB,
    description=(
        "One click, no partition to invent: Launch run loads what is new in the input folder "
        "as a new batch (through the sensor load_requests)."
    ),
)
def load_what_is_new() -> None:
    request_load()


def requested_load(requested_run_id: str, selection: dict[str, Any]) -> dg.SensorResult:
    """The load a run of `load_what_is_new` asks for: a new batch, added with its run."""
    batch = new_batch_id()
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(
                run_key=f"requested-{requested_run_id}",
                partition_key=batch,
                tags={"newsevents/requested_by": requested_run_id},
                **selection,
            )
        ],
        dynamic_partitions_requests=[LOAD_BATCHES.build_add_request([batch])],
    )


@dg.run_status_sensor(
    name="load_requests",
    monitored_jobs=[load_what_is_new],
    run_status=dg.DagsterRunStatus.SUCCESS,
    request_job=load_news,
    minimum_interval_seconds=5,
    # on from the start: it does nothing until someone clicks `load_what_is_new`
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Launches the load that a run of load_what_is_new asks for, as a new batch.",
)
def load_requests(context: dg.RunStatusSensorContext) -> dg.SensorResult:
    return requested_load(context.dagster_run.run_id, load_selection(context))


def incremental_schedule() -> dg.ScheduleDefinition:
    """The periodic load, its cron from NEWSEVENTS_SCHEDULE: a new batch named after the
    tick's time."""

    @dg.schedule(
        name="incremental_load",
        job_name=LOAD_JOB,
        cron_schedule=os.environ.get(SCHEDULE_ENV) or DEFAULT_CRON,
        default_status=dg.DefaultScheduleStatus.STOPPED,
        description="Loads whatever arrived in the input folder since the last run, as a new batch.",
    )
    def incremental_load(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
        batch = new_batch_id(context.scheduled_execution_time, suffix="scheduled")
        # Nothing is written here: the UI's "Preview tick result" runs this very function.
        # A schedule cannot request a partition as a sensor does, so the run adds its batch
        # when it starts (`ensure_batch_partition`); the partition tag given here spares
        # the tick a check that the batch exists already.
        return dg.RunRequest(
            run_key=batch,
            partition_key=batch,
            tags={PARTITION_TAG: batch},
            **load_selection(context),
        )

    return incremental_load
