"""The dbt project as Dagster sees it, with its manifest kept current.

`dagster dev` re-parses on load (DbtProject.prepare_if_dev); the CLI and tests call
`ensure_manifest`, which parses when the manifest is missing or older than any model,
seed or YAML file, so a fresh clone works without a separate `dbt parse` step.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from pipelines import settings

dbt_project = DbtProject(
    project_dir=settings.DBT_PROJECT_DIR, profiles_dir=settings.DBT_PROJECT_DIR
)


def dbt_executable() -> str:
    """The dbt installed beside this Python (the project's .venv), so PATH does not matter."""
    candidate = Path(sys.executable).with_name("dbt")
    return str(candidate) if candidate.exists() else "dbt"


def newest_source_mtime(project_dir: Path) -> float:
    """The last change to any file dbt parses."""
    newest = 0.0
    for folder in ("models", "seeds", "macros", "tests"):
        for path in (project_dir / folder).rglob("*"):
            if path.is_file():
                newest = max(newest, path.stat().st_mtime)
    for name in ("dbt_project.yml", "profiles.yml", "selectors.yml"):
        path = project_dir / name
        if path.exists():
            newest = max(newest, path.stat().st_mtime)
    return newest


def ensure_manifest() -> Path:
    """Return the manifest path, running `dbt parse` first if it is missing or stale.

    Several processes may load the definitions at once (test workers, `dagster dev` and
    the CLI): a lock file makes one of them parse while the others wait, so nobody reads
    a half-written manifest.
    """
    settings.export_environment()
    manifest = dbt_project.manifest_path
    manifest.parent.mkdir(parents=True, exist_ok=True)
    with (manifest.parent / ".parse.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not manifest.exists() or manifest.stat().st_mtime < newest_source_mtime(
                dbt_project.project_dir
            ):
                command = [
                    dbt_executable(),
                    "parse",
                    "--quiet",
                    "--project-dir",
                    str(dbt_project.project_dir),
                    "--profiles-dir",
                    str(dbt_project.project_dir),
                    "--target-path",
                    str(manifest.parent),
                ]
                completed = subprocess.run(
                    command, capture_output=True, text=True, env=os.environ.copy(), check=False
                )
                if completed.returncode != 0:
                    raise RuntimeError(f"dbt parse failed:\n{completed.stdout}\n{completed.stderr}")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return manifest
