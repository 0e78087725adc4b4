"""Whether a load can write the warehouse, and what to tell the user when it cannot.

A load checks before it starts (a clear reason in a second instead of a failed step after
Dagster's start-up) and explains a failure met mid-run: another process holding DuckDB's
write lock, a read-only or unwritable place, a full disk. Nothing is lost in any of these:
every stage commits its rows and its progress marker together, so the next run picks up
at the first stage that did not commit.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

import duckdb

from pipelines.warehouse_connection import connect_warehouse

RECOVERY = "nothing was lost: run `newsevents run` again once it is fixed, it resumes the batch"


def writable_problem(warehouse: Path, snapshot: Path) -> str | None:
    """None when this process can open the warehouse for writing now, else why not."""
    try:
        warehouse.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return explain(f"cannot create the warehouse folder {warehouse.parent}: {exc}", snapshot)
    try:
        connect_warehouse(warehouse).close()
    except (duckdb.Error, OSError) as exc:
        return explain(str(exc), snapshot)
    return None


def explain(message: str, snapshot: Path) -> str:
    """One line saying what went wrong with the warehouse and what to do about it."""
    first = message.strip().splitlines()[0] if message.strip() else message
    lower = message.lower()
    if "lock" in lower and ("conflicting" in lower or "could not set lock" in lower):
        pid = re.search(r"PID (\d+)", message)
        holder = f" (PID {pid.group(1)})" if pid else ""
        return (
            f"the warehouse is locked by another process{holder}: DuckDB allows one writer, so "
            f"wait for it to finish or close it; SQL users should query {snapshot} "
            "(`newsevents sql` does), which never locks the warehouse"
        )
    if "no space left" in lower or f"errno {errno.ENOSPC}" in lower:
        return f"the disk is full ({first}); free some space: {RECOVERY}"
    if "read-only file system" in lower or "permission denied" in lower:
        return f"the warehouse cannot be written ({first}): {RECOVERY}"
    return first


def innermost_message(error: object) -> str:
    """The message of the root cause of a Dagster step failure (SerializableErrorInfo)."""
    while getattr(error, "cause", None) is not None:
        error = error.cause  # type: ignore[attr-defined]
    name = getattr(error, "cls_name", None)
    message = str(getattr(error, "message", error)).strip()
    return message if not name or message.startswith(name) else f"{name}: {message}"


def is_storage_error(message: str) -> bool:
    """Whether a failure comes from the warehouse's storage rather than from a stage."""
    lower = message.lower()
    words = (
        "could not set lock",
        "conflicting lock",
        "no space left",
        "read-only file system",
        "permission denied",
    )
    return any(word in lower for word in words)
