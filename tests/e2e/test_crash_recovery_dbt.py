"""Crash safety past the Python stages (they are in test_crash_recovery.py): a first load
killed in its full dbt build, run again, equals an uninterrupted first load; a load then
killed between two dbt nodes, run again and killed after the SQL copy is written but
before it is swapped in, run again, equals an uninterrupted load, and so does its SQL copy.

The kills follow each other on one warehouse: the first load recovered from its kill is
where the next load starts, and the run killed at the copy swap first has to recover from
the kill in dbt (its warehouse and the copy it wrote are checked then, before the last run
recovers from the kill at the swap).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from conftest import (
    Loads,
    assert_same_tables,
    copy_warehouse,
    newsevents_run,
    warehouse_tables,
    was_killed,
)

from pipelines.assets.warehouse import planned_mode
from pipelines.dbt_build import BuildMode

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def first_load_killed_in_its_build(
    loads: Loads, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, BuildMode]:
    """A first load killed in its full dbt build, then run again: the warehouse, and the
    build the killed one left planned."""
    warehouse = tmp_path_factory.mktemp("first_load") / "newsevents.duckdb"
    crashed = newsevents_run(loads.first_only, warehouse, crash_at="dbt:40")
    assert was_killed(crashed), crashed.stdout + crashed.stderr
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        planned = planned_mode(conn)
    done = newsevents_run(loads.first_only, warehouse)
    assert done.returncode == 0, done.stdout + done.stderr
    return warehouse, planned


def test_a_first_load_killed_in_its_full_build_recovers(
    loads: Loads, first_load_killed_in_its_build: tuple[Path, BuildMode]
) -> None:
    warehouse, planned_after_the_kill = first_load_killed_in_its_build
    # killed mid-build indeed: no finished build recorded, the next is full
    assert planned_after_the_kill == "full"
    assert_same_tables(warehouse_tables(warehouse), loads.first_load)


def test_a_load_killed_in_dbt_then_before_the_copy_swap_then_rerun_equals_an_uninterrupted_load(
    loads: Loads, first_load_killed_in_its_build: tuple[Path, BuildMode], tmp_path: Path
) -> None:
    warehouse = copy_warehouse(first_load_killed_in_its_build[0], tmp_path)
    copy = warehouse.with_name(f"{warehouse.stem}.read.duckdb")
    partial = copy.with_name(copy.name + ".partial")
    for point in ("dbt:6", "snapshot"):
        crashed = newsevents_run(loads.everything, warehouse, crash_at=point)
        assert was_killed(crashed), f"not killed at {point}: {crashed.stdout}{crashed.stderr}"
    # the run killed at the swap recovered from the kill in dbt: a finished build, a full copy
    assert_same_tables(warehouse_tables(warehouse), loads.reference)
    assert_same_tables(warehouse_tables(partial), loads.reference)
    rerun = newsevents_run(loads.everything, warehouse)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert_same_tables(warehouse_tables(warehouse), loads.reference)
    # the SQL copy is the finished warehouse, not a half-written one
    assert_same_tables(warehouse_tables(copy), loads.reference)
    assert not partial.exists()
