"""Dagster resources: the warehouse connection and the input folder (dbt runs in-process)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines import settings


class InputFolder(dg.ConfigurableResource):
    """The folder of raw article files to load (recursively)."""

    path: str

    @property
    def directory(self) -> Path:
        return Path(self.path)


def build_resources() -> dict[str, object]:
    """Resources bound to the current settings (environment or defaults)."""
    settings.export_environment()
    return {
        "warehouse": DuckDBResource(database=str(settings.warehouse_path())),
        "input_folder": InputFolder(path=str(settings.input_dir())),
    }
