"""Running dbt for a load: a full build or an incremental one, in this process.

Why in-process (dbt's programmatic API, `dbtRunner`) and not dagster-dbt's
`DbtCliResource.cli`: the CLI path starts dbt as a second process for every build; the
incremental build of a load takes 4.0 s that way against 1.05 s in a warm process (README,
"How dbt is wired"). Here dbt is imported once and reads the project that `ensure_manifest`
keeps parsed (no parse per build).

Which build a load gets:
- **full** (`--full-refresh`: seeds, every model, every data test) when the warehouse
  has no build of this dbt project yet: the first load, or after a model, macro, seed or
  test changed (the project's fingerprint differs from the last recorded build's).
- **incremental** otherwise: the incremental marts rebuild the articles that changed,
  the small aggregate tables are rebuilt, views and seeds are left as they are, and only
  the data tests tagged `every_load` run (the keys of the incremental marts). The Great
  Expectations suites have already validated every new row of the batch at each stage;
  the other dbt tests check model logic over whole tables, whose cost grows with history.
No Dagster import here: the asset module maps outcomes to materializations and checks.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import xxhash

from pipelines.faults import dbt_crash_after, die
from pipelines.settings import WAREHOUSE_ENV
from pipelines.warehouse_connection import WAREHOUSE_CATALOG

BuildMode = Literal["full", "incremental"]

# What an incremental build runs: the dbt selector of that name in the project's
# selectors.yml (models that are not views, and the every_load tests), so that dbt's own
# CLI builds the same thing (`dbt build --selector every_load`).
INCREMENTAL_SELECTOR = "every_load"


def project_fingerprint(project_dir: Path) -> str:
    """A hash of everything that defines the warehouse's tables: models, macros, seeds,
    tests and the project file. A change means the next load rebuilds in full."""
    digest = xxhash.xxh64()
    paths = [project_dir / "dbt_project.yml", project_dir / "selectors.yml"]
    for folder in ("models", "macros", "seeds", "tests"):
        paths += sorted(p for p in (project_dir / folder).rglob("*") if p.is_file())
    for path in paths:
        if path.exists():
            digest.update(path.relative_to(project_dir).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build_args(
    mode: BuildMode, project_dir: Path, log_dir: Path, select: Sequence[str] | None = None
) -> list[str]:
    """The dbt command line of a build. `select` narrows a full build to some nodes (a
    subset materialized from the UI); unit tests never run in a load (they test the SQL,
    not the data, and run in the project's test suite)."""
    args = _dbt_command("build", project_dir, log_dir)
    if mode == "full":
        args.append("--full-refresh")
    if select:
        args += ["--select", *select]
    elif mode == "incremental":
        args += ["--selector", INCREMENTAL_SELECTOR]
    return args


def test_args(project_dir: Path, log_dir: Path, select: Sequence[str]) -> list[str]:
    """The dbt command line that runs the data tests of some models and seeds, building
    nothing: a dbt check executed on its own from the UI."""
    return [*_dbt_command("test", project_dir, log_dir), "--select", *select]


def _dbt_command(command: str, project_dir: Path, log_dir: Path) -> list[str]:
    """A dbt command on the project, its log in `log_dir`, without unit tests."""
    return [
        command,
        "--project-dir",
        str(project_dir),
        "--profiles-dir",
        str(project_dir),
        "--log-path",
        str(log_dir),
        # nothing reads dbt's JSON artifacts here, and several loads may share the project
        "--no-write-json",
        "--exclude-resource-type",
        "unit_test",
    ]


@dataclass(frozen=True)
class NodeOutcome:
    """What dbt did with one node of the build."""

    unique_id: str
    resource_type: str  # model, seed, test, ...
    status: str  # success, error, skipped, pass, fail, warn
    message: str | None
    failures: int | None
    seconds: float
    attached_node: str | None  # for a data test: the model or seed it tests

    @property
    def ok(self) -> bool:
        return self.status in ("success", "pass", "warn")

    @property
    def name(self) -> str:
        """The node's name, as dbt prints it (`unique_dim_articles_article_id`)."""
        return self.unique_id.split(".")[2]


@dataclass(frozen=True)
class BuildResult:
    mode: BuildMode
    success: bool
    outcomes: list[NodeOutcome]
    error: str | None  # dbt's own failure (not a node's), e.g. a bad profile

    def failed(self) -> list[NodeOutcome]:
        return [o for o in self.outcomes if o.status in ("error", "fail")]


@cache
def _parsed_manifest(project_dir: str, lock_path: str, mtime: float, warehouse: str) -> Any:
    """dbt's own Manifest object, once per process (and again when the manifest file
    changes, or the warehouse: both are part of the cache key).

    The manifest.json on disk is not enough: it lacks what dbt needs to render generic
    tests. dbt's partial-parse cache beside it (partial_parse.msgpack, written by the same
    parse as the manifest) is the whole object: read it when it is newer than every
    project file and names the warehouse's catalog, else parse in this process (a
    second or more), under the same lock as `ensure_manifest`, as a parse rewrites it."""
    cached = _cached_manifest(Path(project_dir), WAREHOUSE_CATALOG)
    if cached is not None:
        return cached
    from dbt.cli.main import dbtRunner

    with open(lock_path, "w") as lock, contextlib.redirect_stdout(io.StringIO()):
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            result = dbtRunner().invoke(
                ["parse", "--quiet", "--project-dir", project_dir, "--profiles-dir", project_dir]
            )
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    if not result.success:
        raise RuntimeError(f"dbt parse failed: {result.exception}")
    return result.result


def _cached_manifest(project_dir: Path, database: str) -> Any | None:
    from dbt.contracts.graph.manifest import Manifest

    from pipelines.dbt_project import newest_source_mtime

    path = project_dir / "target" / "partial_parse.msgpack"
    try:
        if path.stat().st_mtime < newest_source_mtime(project_dir):
            return None  # written before the project last changed
        manifest = Manifest.from_msgpack(path.read_bytes())
    except Exception:  # missing, unreadable or from another dbt version: parse instead
        return None
    models = [n for n in manifest.nodes.values() if n.resource_type == "model"]
    if not models or any(n.database != database for n in models):
        return None
    return manifest


def run_build(args: Sequence[str], project_dir: Path, manifest_path: Path) -> BuildResult:
    """Invoke dbt in this process on the parsed project and collect every node's outcome."""
    from dbt.cli.main import dbtRunner

    lock = str(manifest_path.parent / ".parse.lock")
    warehouse = os.environ.get(WAREHOUSE_ENV, "")
    manifest = _parsed_manifest(str(project_dir), lock, manifest_path.stat().st_mtime, warehouse)
    mode: BuildMode = "full" if "--full-refresh" in args else "incremental"
    try:
        with contextlib.redirect_stdout(
            io.StringIO()
        ):  # dbt prints its progress; its log file has it too
            result = dbtRunner(manifest=manifest, callbacks=_crash_callbacks()).invoke(list(args))
    finally:
        release_dbt_warehouse()
    outcomes = list(_outcomes(getattr(result.result, "results", None) or []))
    error = None
    if not result.success and result.exception is not None:
        error = (
            str(result.exception).strip().splitlines()[0]
            if str(result.exception).strip()
            else repr(result.exception)
        )
    return BuildResult(mode=mode, success=bool(result.success), outcomes=outcomes, error=error)


def _crash_callbacks() -> list[Any]:
    """For the crash-safety tests: die after the n-th dbt node finished (pipelines/faults.py)."""
    after = dbt_crash_after()
    if after is None:
        return []
    finished = [0]

    def count(event: Any) -> None:
        if event.info.name == "NodeFinished":
            finished[0] += 1
            if finished[0] >= after:
                die()

    return [count]


def release_dbt_warehouse() -> None:
    """Close the DuckDB database dbt-duckdb keeps open for the life of the process (an
    attached file is kept open whatever `keep_open` says, as the primary database is
    `:memory:`): the next stage connects to the same file with another configuration,
    which DuckDB refuses while this handle lives. Through the connection manager's own
    class methods: `env()` (raises when there is none) and `close_all_connections()`,
    which forgets the environment but does not close it."""
    import sys

    if "dbt.adapters.duckdb.connections" not in sys.modules:
        return  # dbt never ran in this process: nothing to close (and no import to pay)
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    with contextlib.suppress(Exception):  # no environment: nothing open
        DuckDBConnectionManager.env().close()
    DuckDBConnectionManager.close_all_connections()


def _outcomes(results: Iterable[Any]) -> Iterable[NodeOutcome]:
    for item in results:
        node = item.node
        attached = getattr(node, "attached_node", None)
        yield NodeOutcome(
            unique_id=node.unique_id,
            resource_type=str(node.resource_type),
            status=str(getattr(item.status, "value", item.status)),
            message=item.message,
            failures=item.failures,
            seconds=float(item.execution_time or 0.0),
            attached_node=attached,
        )


def data_tests_by_node(outcomes: Iterable[NodeOutcome]) -> dict[str, list[NodeOutcome]]:
    """Data test outcomes grouped by the model or seed they test."""
    grouped: dict[str, list[NodeOutcome]] = {}
    for outcome in outcomes:
        if outcome.resource_type == "test" and outcome.attached_node:
            grouped.setdefault(outcome.attached_node, []).append(outcome)
    return grouped


def failure_summary(result: BuildResult) -> str:
    """One line saying why a build failed, naming the first failing node."""
    failed = result.failed()
    if failed:
        first = failed[0]
        detail = (first.message or "").strip().splitlines()[0] if first.message else first.status
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        # with dbt's hash suffix: a test's full name, as in dbt's log
        name = first.unique_id.split(".", 2)[-1]
        return f"dbt {first.resource_type} {name} failed: {detail}{more}"
    return f"dbt build failed: {result.error or 'see the dbt log'}"
