"""A full disk and a read-only warehouse: the load fails with a clear reason, nothing is
lost, and the next run (space freed, writes allowed) ends where an uninterrupted load
would. The warehouse lives on a small tmpfs of its own (mounting needs root, as CI has;
elsewhere these tests skip).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Loads, assert_same_tables, copy_warehouse, newsevents_run, warehouse_tables

pytestmark = pytest.mark.e2e


def _mount(folder: Path, options: str) -> bool:
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if shutil.which("mount") is None or not _mount(folder, "size=64m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)


def test_a_full_disk_fails_the_load_clearly_and_the_next_run_recovers(
    loads: Loads, small_disk: Path
) -> None:
    warehouse = copy_warehouse(loads.after_first, small_disk)
    # room for the warehouse and a little more: the load's writes and its SQL copy do not fit
    used = sum(p.stat().st_size for p in small_disk.iterdir())
    _remount(small_disk, f"size={used + 3 * 2**20}")
    failed = newsevents_run(loads.everything, warehouse)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "newsevents run failed: the disk is full" in failed.stderr, failed.stderr
    assert "nothing was lost" in failed.stderr
    _remount(small_disk, "size=256m")
    rerun = newsevents_run(loads.everything, warehouse)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert_same_tables(warehouse_tables(warehouse), loads.reference)


def test_a_read_only_warehouse_is_refused_before_the_load_starts(
    loads: Loads, small_disk: Path
) -> None:
    warehouse = copy_warehouse(loads.after_first, small_disk)
    before = warehouse.read_bytes()
    _remount(small_disk, "ro")
    refused = newsevents_run(loads.everything, warehouse)
    assert refused.returncode == 1
    assert "newsevents run failed: the warehouse cannot be written" in refused.stderr, (
        refused.stderr
    )
    assert warehouse.read_bytes() == before
    _remount(small_disk, "rw")
    done = newsevents_run(loads.everything, warehouse)
    assert done.returncode == 0, done.stdout + done.stderr
    assert_same_tables(warehouse_tables(warehouse), loads.reference)
