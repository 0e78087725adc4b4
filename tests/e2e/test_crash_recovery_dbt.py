"""Crash safety past the Python stages (they are in test_crash_recovery.py): killed between
two dbt nodes, or after the SQL copy is written but before it is swapped in, a load run
again equals an uninterrupted one; so does a first load killed in its full dbt build.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from conftest import (
    Loads,
    assert_same_tables,
    kill_then_rerun,
    newsevents_run,
    warehouse_tables,
    was_killed,
)

from pipelines.assets.warehouse import planned_mode

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("point", ["dbt:6", "snapshot"])
def test_a_load_killed_in_dbt_or_before_the_copy_swap_then_rerun_equals_an_uninterrupted_load(
    loads: Loads, tmp_path: Path, point: str
) -> None:
    warehouse = kill_then_rerun(loads, tmp_path, point)
    assert_same_tables(warehouse_tables(warehouse), loads.reference)
    # the SQL copy is the finished warehouse, not a half-written one
    copy = warehouse.with_name(f"{warehouse.stem}.read.duckdb")
    assert_same_tables(warehouse_tables(copy), loads.reference)
    assert not copy.with_name(copy.name + ".partial").exists()


def test_a_first_load_killed_in_its_full_build_recovers(loads: Loads, tmp_path: Path) -> None:
    warehouse = tmp_path / "newsevents.duckdb"
    crashed = newsevents_run(loads.first_only, warehouse, crash_at="dbt:40")
    assert was_killed(crashed), crashed.stdout + crashed.stderr
    with duckdb.connect(str(warehouse), read_only=True) as conn:  # killed mid-build indeed:
        assert planned_mode(conn) == "full"  # no finished build recorded, the next is full
    for folder in (loads.first_only, loads.everything):
        done = newsevents_run(folder, warehouse)
        assert done.returncode == 0, done.stdout + done.stderr
    assert_same_tables(warehouse_tables(warehouse), loads.reference)
