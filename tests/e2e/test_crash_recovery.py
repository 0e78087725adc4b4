"""Crash safety: a load killed with SIGKILL at any stage, then simply run again, leaves the
warehouse identical, row for row, to a load that was never interrupted.

Each case starts from the warehouse holding the first part of the sample corpus, lets the
rest arrive, and kills `newsevents run` (-9) at one point: inside a stage's write just
before COMMIT (ingest, clean, dedupe, validation, extraction, events), between two dbt
nodes, and after the SQL copy is written but before it is swapped in. One more case kills
the very first load in the middle of its full dbt build. Every table users query is then
compared with the reference (tests/e2e/conftest.py), load times and batch ids aside.
"""

from __future__ import annotations

import signal
from pathlib import Path

import duckdb
import pytest
from conftest import (
    Loads,
    assert_same_tables,
    copy_warehouse,
    newsevents_run,
    warehouse_tables,
)

pytestmark = pytest.mark.e2e

STAGE_POINTS = [
    "commit:loaded_files",  # ingest
    "commit:cleaned_articles",  # clean
    "commit:article_links",  # dedupe
    "commit:progress",  # validation (the first write with progress markers)
    "commit:actor_mentions",  # actors and quotes
    "commit:date_mentions",
    "commit:events",
    "dbt:6",  # the incremental build, a third of the way through
    "snapshot",
]


def _killed(done) -> bool:  # type: ignore[no-untyped-def]
    return done.returncode == -signal.SIGKILL


@pytest.mark.parametrize("point", STAGE_POINTS)
def test_a_load_killed_at_any_point_then_rerun_equals_an_uninterrupted_load(
    loads: Loads, tmp_path: Path, point: str
) -> None:
    warehouse = copy_warehouse(loads.after_first, tmp_path)
    crashed = newsevents_run(loads.everything, warehouse, crash_at=point)
    assert _killed(crashed), f"the run was not killed at {point}: {crashed.stdout}{crashed.stderr}"
    rerun = newsevents_run(loads.everything, warehouse)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert_same_tables(warehouse_tables(warehouse), loads.reference)


def test_a_first_load_killed_in_its_full_build_recovers(loads: Loads, tmp_path: Path) -> None:
    warehouse = tmp_path / "newsevents.duckdb"
    crashed = newsevents_run(loads.first_only, warehouse, crash_at="dbt:40")
    assert _killed(crashed), crashed.stdout + crashed.stderr
    with duckdb.connect(str(warehouse), read_only=True) as conn:  # killed mid-build indeed
        assert conn.execute("SELECT count(*) FROM raw.warehouse_builds").fetchone() == (0,)
    for folder in (loads.first_only, loads.everything):
        done = newsevents_run(folder, warehouse)
        assert done.returncode == 0, done.stdout + done.stderr
    assert_same_tables(warehouse_tables(warehouse), loads.reference)
