"""Opening the warehouse: any file name works; one load at a time, refused in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.resources import WarehouseResource
from pipelines.warehouse_connection import WarehouseBusy, connect_warehouse, load_lock

# named like the warehouse's own schemas, or DuckDB's built-in catalogs
NAMES = ["raw", "main", "staging", "intermediate", "dictionaries", "system", "temp",
         "information_schema", "memory", "newsevents"]  # fmt: skip


@pytest.mark.parametrize("stem", NAMES)
def test_a_warehouse_named_like_a_schema_or_catalog_works(tmp_path: Path, stem: str) -> None:
    path = tmp_path / f"{stem}.duckdb"
    with connect_warehouse(path) as conn:
        conn.execute("CREATE SCHEMA IF NOT EXISTS raw")
        conn.execute("CREATE TABLE raw.sources AS SELECT 1 AS n")
        conn.execute("CREATE TABLE main.dim_articles AS SELECT n + 1 AS n FROM raw.sources")
        conn.execute("CREATE VIEW main.v AS SELECT n FROM raw.sources")
    with connect_warehouse(path, read_only=True) as conn:
        assert conn.execute("SELECT n FROM raw.sources").fetchall() == [(1,)]
        assert conn.execute("SELECT n FROM dim_articles").fetchall() == [(2,)]
        assert conn.execute("SELECT n FROM main.v").fetchall() == [(1,)]


def test_the_dagster_resource_closes_its_connection_when_the_step_fails(tmp_path: Path) -> None:
    resource = WarehouseResource(database=str(tmp_path / "w.duckdb"))
    with pytest.raises(RuntimeError), resource.get_connection() as conn:
        conn.execute("CREATE TABLE t AS SELECT 1 AS n")
        raise RuntimeError("the stage failed")
    # dagster-duckdb's own resource left the file open here: DuckDB then refuses any other
    # handle on it in this process (what broke `newsevents watch` after one failed load)
    with connect_warehouse(tmp_path / "w.duckdb", read_only=True) as conn:
        assert conn.execute("SELECT n FROM t").fetchall() == [(1,)]
    with duckdb.connect(str(tmp_path / "w.duckdb")) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchall() == [(1,)]


def test_a_second_load_of_the_same_warehouse_is_refused_at_once(tmp_path: Path) -> None:
    import fcntl

    warehouse = tmp_path / "w.duckdb"
    with open(tmp_path / "w.duckdb.lock", "w") as other:  # as another process holds it
        fcntl.flock(other, fcntl.LOCK_EX)
        other.write("4242")
        other.flush()
        with (
            pytest.raises(WarehouseBusy, match=r"another load is writing .*w\.duckdb \(PID 4242\)"),
            load_lock(warehouse),
        ):
            pass
    with load_lock(warehouse):
        corpus = tmp_path / "in"
        corpus.mkdir()
        (corpus / "a.txt").write_text("Title\n\nA body about the talks.\n")
        command = [sys.executable, "-m", "pipelines.cli", "run", "--input", str(corpus)]
        done = subprocess.run(
            [*command, "--warehouse", str(warehouse)], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        (line,) = done.stderr.strip().splitlines()
        assert line.startswith("newsevents run failed: another load is writing")
    with load_lock(warehouse):  # released: the next load goes ahead
        pass


def test_a_run_launched_outside_the_cli_also_holds_the_warehouse(tmp_path: Path) -> None:
    import dagster as dg

    warehouse = tmp_path / "w.duckdb"
    seen: list[str] = []

    @dg.asset
    def probe(warehouse: WarehouseResource) -> None:
        try:
            with load_lock(Path(warehouse.database)):  # re-entrant within the run's process
                seen.append("nested ok")
            with open(tmp_path / "w.duckdb.lock", "a+") as other:  # another process's view
                import fcntl

                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            seen.append("held")

    resource = WarehouseResource(database=str(warehouse))
    assert dg.materialize([probe], resources={"warehouse": resource}).success
    assert seen == ["nested ok", "held"]
    with load_lock(warehouse):  # released after the run
        pass
