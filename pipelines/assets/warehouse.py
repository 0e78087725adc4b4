"""Warehouse: the dbt project (staging, intermediate, marts) as Dagster assets; dbt tests are asset checks."""

from collections.abc import Iterator, Mapping
from typing import Any

import dagster as dg
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    dbt_assets,
)

from pipelines.dbt_project import dbt_project, ensure_manifest


class WarehouseTranslator(DagsterDbtTranslator):
    """Every dbt model and seed lands in the `warehouse` group; sources keep their Python asset keys."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return "warehouse"


@dbt_assets(
    manifest=ensure_manifest(),
    project=dbt_project,
    dagster_dbt_translator=WarehouseTranslator(
        settings=DagsterDbtTranslatorSettings(enable_asset_checks=True)
    ),
)
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource) -> Iterator[Any]:
    """dbt build: seeds, models and their data tests, in dependency order."""
    yield from dbt.cli(["build"], context=context).stream()
