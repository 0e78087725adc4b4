"""Where things are: repo paths, the input folder and the warehouse file.

`NEWSEVENTS_INPUT_DIR` and `NEWSEVENTS_WAREHOUSE` override the defaults for the CLI,
`dagster dev`, schedules and sensors alike (README, "Using it").
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
SEEDS_DIR = DBT_PROJECT_DIR / "seeds"
EXPECTATIONS_DIR = REPO_ROOT / "expectations"
SAMPLE_CORPUS_DIR = REPO_ROOT / "sample_corpus"
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "newsevents.duckdb"

INPUT_DIR_ENV = "NEWSEVENTS_INPUT_DIR"
WAREHOUSE_ENV = "NEWSEVENTS_WAREHOUSE"
# Another folder of Great Expectations suites (same file names), for stricter local checks.
EXPECTATIONS_ENV = "NEWSEVENTS_EXPECTATIONS"


def input_dir() -> Path:
    """The folder scanned for raw article files."""
    return Path(os.environ.get(INPUT_DIR_ENV) or SAMPLE_CORPUS_DIR).expanduser().resolve()


def warehouse_path() -> Path:
    """The DuckDB warehouse file (its folder is created on demand)."""
    return Path(os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE).expanduser().resolve()


def expectations_dir() -> Path:
    """The folder of the Great Expectations suites, one JSON file per stage output."""
    return Path(os.environ.get(EXPECTATIONS_ENV) or EXPECTATIONS_DIR).expanduser().resolve()


def snapshot_path() -> Path:
    """The read-only copy of the warehouse that SQL users query (beside the warehouse)."""
    warehouse = warehouse_path()
    return warehouse.with_name(f"{warehouse.stem}.read{warehouse.suffix or '.duckdb'}")


def export_environment() -> None:
    """Pin both settings in the environment so dbt's profile (env_var) sees the same paths."""
    os.environ[INPUT_DIR_ENV] = str(input_dir())
    os.environ[WAREHOUSE_ENV] = str(warehouse_path())
    warehouse_path().parent.mkdir(parents=True, exist_ok=True)
