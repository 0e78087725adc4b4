"""What a load asks dbt to do, and how failures are told (no dbt run here)."""

from __future__ import annotations

import shutil
from pathlib import Path

from pipelines import settings
from pipelines.dbt_build import (
    BuildResult,
    NodeOutcome,
    build_args,
    data_tests_by_node,
    failure_summary,
    project_fingerprint,
)


def _select(args: list[str]) -> list[str]:
    start = args.index("--select") + 1
    return args[start:]


def test_a_full_build_refreshes_everything_and_runs_every_data_test(tmp_path: Path) -> None:
    args = build_args("full", Path("/p"), tmp_path)
    assert args[0] == "build" and "--full-refresh" in args
    assert "--select" not in args and "--indirect-selection" not in args
    assert args[args.index("--exclude-resource-type") + 1] == "unit_test"
    assert "--no-write-json" in args  # loads sharing the project never clobber its artifacts


def test_an_incremental_build_leaves_seeds_views_and_most_tests_alone(tmp_path: Path) -> None:
    args = build_args("incremental", Path("/p"), tmp_path)
    assert "--full-refresh" not in args and "--select" not in args
    assert args[args.index("--selector") + 1] == "every_load"
    # a subset picked in the UI is passed through as it is
    assert _select(build_args("full", Path("/p"), tmp_path, ["dim_articles"])) == ["dim_articles"]


def test_the_incremental_selector_picks_the_tables_and_every_load_tests(tmp_path: Path) -> None:
    """The project's own YAML selector, as dbt's CLI resolves it (so `dbt build --selector
    every_load` builds what a load builds): every table and incremental mart, each data
    test tagged every_load, and nothing else (no seed, no view, no other test)."""
    import json
    import os
    import subprocess

    from pipelines.dbt_project import dbt_executable, ensure_manifest

    manifest = json.loads(ensure_manifest().read_text())
    project = str(settings.DBT_PROJECT_DIR)
    listed = subprocess.run(
        [
            dbt_executable(),
            "ls",
            "--quiet",
            "--selector",
            "every_load",
            "--output",
            "json",
            "--output-keys",
            "unique_id",
            "--exclude-resource-type",
            "unit_test",
            "--project-dir",
            project,
            "--profiles-dir",
            project,
            "--target-path",
            str(tmp_path),
            "--log-path",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, settings.WAREHOUSE_ENV: str(tmp_path / "w.duckdb")},
    ).stdout.splitlines()
    picked = {json.loads(line)["unique_id"] for line in listed}
    nodes = manifest["nodes"]
    tables = {
        uid
        for uid, n in nodes.items()
        if n["resource_type"] == "model" and n["config"]["materialized"] in ("table", "incremental")
    }
    every_load = {
        uid
        for uid, n in nodes.items()
        if n["resource_type"] == "test" and "every_load" in n["tags"]
    }
    assert tables and every_load
    assert picked == tables | every_load


def test_the_fingerprint_follows_every_file_dbt_reads(tmp_path: Path) -> None:
    project = tmp_path / "dbt"
    shutil.copytree(
        settings.DBT_PROJECT_DIR, project, ignore=shutil.ignore_patterns("target", "logs")
    )
    first = project_fingerprint(project)
    assert project_fingerprint(project) == first
    (project / "target").mkdir()
    (project / "target" / "run_results.json").write_text("{}")  # artifacts do not count
    assert project_fingerprint(project) == first
    selectors = project / "selectors.yml"
    selectors.write_text(selectors.read_text() + "\n")
    second = project_fingerprint(project)
    assert second != first
    seed = project / "seeds" / "actors.csv"
    seed.write_text(seed.read_text() + "\n")
    assert project_fingerprint(project) != second


def _outcome(uid: str, kind: str, status: str, attached: str | None = None) -> NodeOutcome:
    return NodeOutcome(
        uid, kind, status, "Got 3 results, configured to fail if != 0", 3, 0.1, attached
    )


def test_test_outcomes_group_by_table_and_a_failure_names_its_test() -> None:
    outcomes = [
        _outcome("model.newsevents.dim_articles", "model", "success"),
        _outcome(
            "test.newsevents.unique_dim_articles_article_id.ab12",
            "test",
            "fail",
            "model.newsevents.dim_articles",
        ),
        _outcome(
            "test.newsevents.not_null_dim_articles_title.cd34",
            "test",
            "pass",
            "model.newsevents.dim_articles",
        ),
    ]
    grouped = data_tests_by_node(outcomes)
    assert list(grouped) == ["model.newsevents.dim_articles"]
    assert [o.status for o in grouped["model.newsevents.dim_articles"]] == ["fail", "pass"]
    result = BuildResult("incremental", False, outcomes, None)
    assert failure_summary(result) == (
        "dbt test unique_dim_articles_article_id.ab12 failed: Got 3 results, configured to fail if != 0"
    )
    assert failure_summary(BuildResult("full", False, [], "Runtime Error: no profile")) == (
        "dbt build failed: Runtime Error: no profile"
    )
