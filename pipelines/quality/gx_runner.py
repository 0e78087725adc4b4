"""A small runner around the Great Expectations 1.x API for polars frames.

GX 1.x has no polars data source and no working DuckDB one, so each batch is validated as a
pandas frame through an ephemeral context. Suites are JSON files under `expectations/`;
each expectation's GX `severity` says what a failure does:
- `critical`: blocking; the run stops before the warehouse is built.
- `warning`: shown in the UI and the run summary; with `meta.row_level` the failing rows
  are quarantined (recorded with the reason and left out of the marts).
- `info`: recorded only.
Great Expectations takes seconds to import, so it is imported inside the functions.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

QUALITY_QUARANTINE_SCHEMA: dict[str, pl.DataType] = {
    "record_id": pl.String(),
    "suite": pl.String(),
    "expectation": pl.String(),
    "column_name": pl.String(),
    "severity": pl.String(),
    "reason": pl.String(),
}


@dataclass(frozen=True)
class ExpectationOutcome:
    """The result of one expectation on one batch."""

    suite: str
    expectation: str
    column: str | None
    severity: str
    success: bool
    unexpected_count: int
    observed_value: Any
    examples: list[Any]
    why: str

    @property
    def label(self) -> str:
        return f"{self.suite}.{self.expectation}({self.column or 'table'})"


@dataclass
class SuiteResult:
    """The outcome of a suite on one batch, and the rows it quarantines."""

    suite: str
    n_rows: int
    outcomes: list[ExpectationOutcome] = field(default_factory=list)
    quarantine: pl.DataFrame = field(
        default_factory=lambda: pl.DataFrame(schema=QUALITY_QUARANTINE_SCHEMA)
    )

    @property
    def blocking_failures(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.severity == "critical"]

    @property
    def warnings(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.severity != "critical"]

    @property
    def success(self) -> bool:
        return not self.blocking_failures


def load_suite(path: Path) -> dict[str, Any]:
    """Read a suite JSON file (GX 1.x suite format: name, expectations, meta)."""
    return json.loads(path.read_text(encoding="utf-8"))


def validate_frame(frame: pl.DataFrame, suite_path: Path) -> SuiteResult:
    """Validate a polars frame against a suite file; never raises for failed expectations."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    spec = load_suite(suite_path)
    name = spec["name"]
    id_column = spec.get("meta", {}).get("id_column")
    result = SuiteResult(suite=name, n_rows=frame.height)

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    asset = context.data_sources.add_pandas(f"{name}_source").add_dataframe_asset(name)
    batch = asset.add_batch_definition_whole_dataframe("batch").get_batch(
        batch_parameters={"dataframe": frame.to_pandas()}
    )
    suite = context.suites.add(gx.ExpectationSuite(name=name, expectations=spec["expectations"]))
    result_format: dict[str, Any] = {"result_format": "COMPLETE"}
    if id_column and id_column in frame.columns:
        result_format["unexpected_index_column_names"] = [id_column]
    validation = batch.validate(suite, result_format=result_format)

    quarantine_rows: list[dict[str, Any]] = []
    for item in validation.results:
        config = item.expectation_config
        meta = config.meta or {}
        column = config.kwargs.get("column")
        severity = str(getattr(config, "severity", None) or "critical").lower().split(".")[-1]
        details = item.result or {}
        examples = list(details.get("partial_unexpected_list") or [])[:5]
        outcome = ExpectationOutcome(
            suite=name,
            expectation=config.type,
            column=column,
            severity=severity,
            success=bool(item.success),
            unexpected_count=int(details.get("unexpected_count") or 0),
            observed_value=details.get("observed_value"),
            examples=[_short(e) for e in examples],
            why=str(meta.get("why", "")),
        )
        result.outcomes.append(outcome)
        if not item.success and meta.get("row_level") and id_column:
            for index in details.get("unexpected_index_list") or []:
                record_id = index.get(id_column) if isinstance(index, dict) else None
                if record_id is None:
                    continue
                quarantine_rows.append(
                    {
                        "record_id": str(record_id),
                        "suite": name,
                        "expectation": config.type,
                        "column_name": column,
                        "severity": severity,
                        "reason": f"{config.type} failed on {column}: {outcome.why}",
                    }
                )
    if quarantine_rows:
        result.quarantine = pl.DataFrame(quarantine_rows, schema=QUALITY_QUARANTINE_SCHEMA).unique(
            ["record_id", "suite", "expectation", "column_name"], maintain_order=True
        )
    return result


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 120:
        return value[:117] + "..."
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    return value
