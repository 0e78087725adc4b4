"""What a load says when the warehouse cannot be written."""

from __future__ import annotations

from pathlib import Path

from pipelines.warehouse_access import explain, is_storage_error


def test_storage_errors_are_told_with_what_to_do() -> None:
    snapshot = Path("/w/newsevents.read.duckdb")
    locked = (
        'IO Error: Could not set lock on file "/w/newsevents.duckdb": Conflicting lock is held in '
        "/usr/bin/python3.11 (PID 4242) by user root."
    )
    said = explain(locked, snapshot)
    assert said.startswith("the warehouse is locked by another process (PID 4242)")
    assert str(snapshot) in said
    full = explain("IO Error: Could not write file: No space left on device", snapshot)
    assert full.startswith("the disk is full") and "nothing was lost" in full
    assert explain("[Errno 30] Read-only file system: '/w/logs'", snapshot).startswith(
        "the warehouse cannot be written"
    )
    assert (
        explain("Binder Error: no such column\nLINE 1", snapshot) == "Binder Error: no such column"
    )


def test_only_storage_failures_are_told_as_such() -> None:
    assert is_storage_error('IO Error: Could not set lock on file "/w/x.duckdb"')
    assert is_storage_error("OSError: [Errno 28] No space left on device")
    assert not is_storage_error("Failure: blocking quality check failed on a block of rows")
