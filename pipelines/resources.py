"""Dagster resources: the warehouse connection and the input folder (dbt runs in-process)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from pipelines import settings
from pipelines.warehouse_connection import connect_warehouse, load_lock


class InputFolder(dg.ConfigurableResource):
    """The folder of raw article files to load (recursively)."""

    path: str

    @property
    def directory(self) -> Path:
        return Path(self.path)


class WarehouseResource(DuckDBResource):
    """The DuckDB warehouse file every stage writes (raw tables) and dbt builds the marts in;
    a run holds it from its first step to its last.

    dagster-duckdb's resource, opening the file as every other part of newsevents does
    (`connect_warehouse`: a fixed catalog name, whatever the file is called) and closing
    the connection also when the step fails. dagster-duckdb's own `get_connection` closes
    it only on success: the failed step's traceback keeps the file open, and every later
    load in the same process (`newsevents watch`) is refused by DuckDB."""

    @contextlib.contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator[Any]:
        # A run holds the warehouse from its first step to its last, whoever launched it
        # (the CLI, the UI, the sensor): a second load is refused at its start, not midway.
        with load_lock(Path(self.database)), super().yield_for_execution(context) as value:
            yield value

    @contextlib.contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        conn = connect_warehouse(self.database, config=self.connection_config)
        try:
            yield conn
        finally:
            conn.close()


def build_resources() -> dict[str, object]:
    """Resources bound to the current settings (environment or defaults)."""
    settings.export_environment()
    return {
        "warehouse": WarehouseResource(database=str(settings.warehouse_path())),
        "input_folder": InputFolder(path=str(settings.input_dir())),
    }
