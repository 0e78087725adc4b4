"""Fixtures of the crash-safety tests: a warehouse holding the first part of the sample
corpus, and the reference warehouse of an uninterrupted load of the rest.

Every load here is a real `newsevents run` process (real Dagster, dbt and DuckDB, an
ephemeral Dagster instance), so a test can kill one with SIGKILL.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from pipelines import settings
from pipelines.faults import CRASH_ENV

# The second load: copies of articles of the first (syndicated, mirrored), a feed of new
# records and a broken file, so it exercises dedup against history, new articles and
# quarantine.
SECOND_LOAD = ("syndicated", "scraped/mirror", "feeds/partner_feed.jsonl", "bad/broken.json")
# Load times (every TIMESTAMP column: dates of the news are DATEs) and batch ids differ
# between any two loads; everything else must be equal.
VOLATILE_COLUMNS = {"load_batch"}


@dataclass(frozen=True)
class Loads:
    first_only: Path  # input folder with the first load's files
    everything: Path  # input folder with all files (same relative paths)
    after_first: Path  # warehouse after loading `first_only`
    first_load: dict[str, list[tuple]]  # every main table of `after_first`
    reference: dict[str, list[tuple]]  # every main table after loading `everything` next


def newsevents_run(
    input_dir: Path, warehouse: Path, crash_at: str | None = None
) -> subprocess.CompletedProcess[str]:
    """One `newsevents run` process; with `crash_at`, it kills itself at that point."""
    env = {k: v for k, v in os.environ.items() if k not in ("DAGSTER_HOME", CRASH_ENV)}
    if crash_at:
        env[CRASH_ENV] = crash_at
    command = [sys.executable, "-m", "pipelines.cli", "run"]
    command += ["--input", str(input_dir), "--warehouse", str(warehouse)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)


def warehouse_tables(warehouse: Path) -> dict[str, list[tuple]]:
    """Every table and view users query (schema main), rows sorted, volatile columns out."""
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1"
            ).fetchall()
        ]
        tables = {}
        for name in names:
            dropped = sorted(
                column
                for column, data_type in conn.execute(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?",
                    [name],
                ).fetchall()
                if column in VOLATILE_COLUMNS or data_type.startswith("TIMESTAMP")
            )
            exclude = f" EXCLUDE ({', '.join(dropped)})" if dropped else ""
            rows = conn.execute(f'SELECT *{exclude} FROM main."{name}"').fetchall()
            tables[name] = sorted(rows, key=repr)
        return tables


def _copy_corpus(target: Path, keep: Callable[[str], bool]) -> Path:
    for path in sorted(settings.SAMPLE_CORPUS_DIR.rglob("*")):
        relative = path.relative_to(settings.SAMPLE_CORPUS_DIR).as_posix()
        if path.is_file() and keep(relative):
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target / relative)
    return target


def in_second_load(relative: str) -> bool:
    return any(relative == p or relative.startswith(p + "/") for p in SECOND_LOAD)


@contextmanager
def _exclusive(lock: Path) -> Iterator[None]:
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def loads(tmp_path_factory: pytest.TempPathFactory) -> Loads:
    """Built once per test session, however many xdist workers use it: the first worker that
    needs it loads it into the temporary folder all workers share (under a lock), the others
    wait for it and then only read it (tests copy the warehouses before loading into them)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    root = shared / "loads"
    after_first = root / "after_first" / "newsevents.duckdb"
    reference = root / "reference" / after_first.name
    with _exclusive(shared / "loads.lock"):
        if not (root / "done").exists():
            shutil.rmtree(root, ignore_errors=True)  # left by a worker whose load failed
            first_only = _copy_corpus(root / "first", lambda rel: not in_second_load(rel))
            everything = _copy_corpus(root / "all", lambda rel: True)
            done = newsevents_run(first_only, after_first)
            assert done.returncode == 0, done.stdout + done.stderr
            copy_warehouse(after_first, reference.parent)
            done = newsevents_run(everything, reference)
            assert done.returncode == 0, done.stdout + done.stderr
            (root / "done").touch()
    return Loads(
        root / "first",
        root / "all",
        after_first,
        warehouse_tables(after_first),
        warehouse_tables(reference),
    )


def copy_warehouse(warehouse: Path, folder: Path) -> Path:
    """The warehouse file (and its write-ahead log, if any) copied into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in (warehouse, warehouse.with_name(warehouse.name + ".wal")):
        if path.exists():
            shutil.copy(path, folder / path.name)
    return folder / warehouse.name


def was_killed(done: subprocess.CompletedProcess[str]) -> bool:
    return done.returncode == -signal.SIGKILL


def raw_rows(warehouse: Path, table: str) -> int:
    """Rows of `raw.<table>` (0 while it does not exist)."""
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        try:
            return conn.execute(f"SELECT count(*) FROM raw.{table}").fetchone()[0]  # type: ignore[index]
        except duckdb.CatalogException:
            return 0


def assert_same_tables(actual: dict[str, list[tuple]], expected: dict[str, list[tuple]]) -> None:
    assert sorted(actual) == sorted(expected)
    for name, rows in expected.items():
        assert len(actual[name]) == len(rows), (
            f"{name}: {len(actual[name])} rows, expected {len(rows)}"
        )
        assert actual[name] == rows, f"{name} differs from the uninterrupted load"
