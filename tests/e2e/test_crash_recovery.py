"""Crash safety: a load killed with SIGKILL at any stage, then simply run again, leaves the
warehouse identical, row for row, to a load that was never interrupted.

Starting from the warehouse holding the first part of the sample corpus, the rest arrives
and `newsevents run` is killed (-9) inside a stage's write just before COMMIT (ingest,
clean, dedupe, validation, extraction, events), at every one of those points in turn: the
k-th run is killed at the k-th point, so it first has to pick up where the run killed at
the point before stopped (that stage's write was lost with its process), and a last,
plain run finishes the load. Every crash point is hit (each run must die by SIGKILL, which
only the point asked for does), every killed write is checked to have left nothing (its
table has the rows it had before that run), and every recovery is checked by the end
state: every table users query equals the reference (conftest.py), load times and batch
ids aside. test_crash_recovery_dbt.py kills between dbt nodes, before the SQL copy is
swapped in, and in a first load's full build.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import (
    Loads,
    assert_same_tables,
    copy_warehouse,
    newsevents_run,
    raw_rows,
    warehouse_tables,
    was_killed,
)

pytestmark = pytest.mark.e2e

STAGE_POINTS = [  # in the order a load reaches them
    "commit:loaded_files",  # ingest
    "commit:cleaned_articles",  # clean
    "commit:article_links",  # dedupe
    "commit:progress",  # validation (the first write with progress markers)
    "commit:actor_mentions",  # actors and quotes
    "commit:date_mentions",
    "commit:events",
]


def test_a_load_killed_at_every_stage_in_turn_then_rerun_equals_an_uninterrupted_load(
    loads: Loads, tmp_path: Path
) -> None:
    warehouse = copy_warehouse(loads.after_first, tmp_path)
    for point in STAGE_POINTS:
        table = point.removeprefix("commit:")
        rows_before = raw_rows(warehouse, table)
        crashed = newsevents_run(loads.everything, warehouse, crash_at=point)
        assert was_killed(crashed), f"not killed at {point}: {crashed.stdout}{crashed.stderr}"
        assert raw_rows(warehouse, table) == rows_before, f"the write killed at {point} stayed"
    rerun = newsevents_run(loads.everything, warehouse)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert_same_tables(warehouse_tables(warehouse), loads.reference)
