"""Opening the warehouse file: one way for every stage, dbt, the CLI and SQL users.

DuckDB names a database opened by path after its file (`raw.duckdb` is the catalog `raw`),
so a warehouse called `raw.duckdb`, `main.duckdb` or `staging.duckdb` would collide with
the schemas of the same name and make every `raw.sources` ambiguous. The file is therefore
always attached to an in-memory connection under one fixed catalog name, whatever the
file is called; dbt's profile attaches it the same way (dbt_project/profiles.yml).

Views store their SQL without the catalog, so the read-only copy attached under the same
name (or opened directly by any DuckDB client) resolves them too.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import duckdb

T = TypeVar("T")
# The catalog every connection sees the warehouse as (dbt's profile uses the same name).
WAREHOUSE_CATALOG = "newsevents"


def sql_string(value: str) -> str:
    """A SQL string literal (single quotes doubled)."""
    return "'" + value.replace("'", "''") + "'"


def connect_warehouse(
    path: Path | str, *, read_only: bool = False, config: dict[str, str] | None = None
) -> duckdb.DuckDBPyConnection:
    """A connection whose default catalog is the warehouse file at `path`."""
    conn = duckdb.connect(":memory:", config=config or {})
    try:
        mode = " (READ_ONLY)" if read_only else ""
        conn.execute(f"ATTACH {sql_string(str(path))} AS {WAREHOUSE_CATALOG}{mode}")
        conn.execute(f"USE {WAREHOUSE_CATALOG}")
    except BaseException:
        conn.close()
        raise
    return conn


# Lock files this process holds, with how many holders inside it.
_HELD: dict[Path, int] = {}


def read_first_readable(
    paths: Iterable[Path], read: Callable[[duckdb.DuckDBPyConnection], T]
) -> T | None:
    """`read` on the first of `paths` that exists and opens read-only (a load holding the
    warehouse leaves its copy of the last run to read); None when none does."""
    for path in paths:
        if not path.is_file():
            continue
        try:
            with contextlib.closing(connect_warehouse(path, read_only=True)) as conn:
                return read(conn)
        except duckdb.Error:  # held by a load, or not a warehouse yet
            continue
    return None


class WarehouseBusy(RuntimeError):
    """Another load holds the warehouse: the message says which process."""


@contextlib.contextmanager
def load_lock(warehouse: Path) -> Iterator[None]:
    """Hold the warehouse for one load, or raise WarehouseBusy at once (re-entrant within
    a process).

    DuckDB's own lock lasts only while a connection is open, and a load opens and closes
    several (each stage, dbt, the snapshot): between two of them a second `newsevents run`
    would get in and fail midway with DuckDB's lock error. An advisory lock on a file beside
    the warehouse, held from the first check to the last write, refuses it up front. The
    kernel drops it when the process dies, so a killed load never leaves it behind.
    """
    path = warehouse.with_name(warehouse.name + ".lock")
    if path in _HELD:  # this process holds it already (the CLI's load, then its run's resource)
        _HELD[path] += 1
        try:
            yield
        finally:
            _HELD[path] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip()
            raise WarehouseBusy(
                f"another load is writing {warehouse}"
                + (f" (PID {holder})" if holder.isdigit() else "")
                + ": wait for it to finish; SQL users can query its read-only copy meanwhile"
            ) from None
        _HELD[path] = 1
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
            yield
        finally:
            del _HELD[path]
            fcntl.flock(handle, fcntl.LOCK_UN)
