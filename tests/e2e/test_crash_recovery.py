"""Crash safety: a load killed with SIGKILL at any stage, then simply run again, leaves the
warehouse identical, row for row, to a load that was never interrupted.

Each case starts from the warehouse holding the first part of the sample corpus, lets the
rest arrive, and kills `newsevents run` (-9) inside a stage's write just before COMMIT
(ingest, clean, dedupe, validation, extraction, events). test_crash_recovery_dbt.py kills
between dbt nodes, before the SQL copy is swapped in, and in a first load's full build.
Every table users query is compared with the reference (conftest.py), load times and
batch ids aside.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Loads, assert_same_tables, kill_then_rerun, warehouse_tables

pytestmark = pytest.mark.e2e

STAGE_POINTS = [
    "commit:loaded_files",  # ingest
    "commit:cleaned_articles",  # clean
    "commit:article_links",  # dedupe
    "commit:progress",  # validation (the first write with progress markers)
    "commit:actor_mentions",  # actors and quotes
    "commit:date_mentions",
    "commit:events",
]


@pytest.mark.parametrize("point", STAGE_POINTS)
def test_a_load_killed_in_a_stage_then_rerun_equals_an_uninterrupted_load(
    loads: Loads, tmp_path: Path, point: str
) -> None:
    warehouse = kill_then_rerun(loads, tmp_path, point)
    assert_same_tables(warehouse_tables(warehouse), loads.reference)
