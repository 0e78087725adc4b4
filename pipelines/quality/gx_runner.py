"""A small runner around the Great Expectations 1.x API for polars frames.

GX 1.x has no polars data source and no working DuckDB one, so each batch is validated as a
pandas frame through an ephemeral context. Suites are JSON files under `expectations/` in
GX's suite format (name, expectations, meta), with three additions of ours in `meta`:
- `id_column`: the column naming a row in the quarantine;
- `derived_columns`: {name: polars SQL expression} computed before validation, for checks GX
  cannot express on the raw columns ("published_date > CURRENT_DATE");
- `membership_columns`: {name: {"column": c, "parameter": p}}, a boolean column telling
  whether c is in the caller's list p (the article ids of the batch), computed with polars:
  GX's own value-set check takes 18 s on 200,000 rows against 95,000 ids;
- kwargs may hold `{"$PARAMETER": name}` (GX suite parameters) filled in by the caller, for
  relations between stages (the words of the batch, the codebook).
Only the columns the suite reads are converted to pandas.

Each expectation's GX `severity` says what a failure does:
- `critical`: blocking; the stage writes nothing and the run stops before anything
  downstream of it;
- `warning`: shown in the UI and the run summary; with `meta.row_level` the failing rows
  are quarantined (recorded with the reason and left out of the marts);
- `info`: recorded only.
A page per validation, readable offline, replaces GX's Data Docs
(`pipelines/quality/validation_page.py`). Great Expectations takes seconds to import, so it
is imported inside the functions.
"""

from __future__ import annotations

import json
import logging
import os
import time
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
# kwargs naming the columns an expectation reads
_COLUMN_KWARGS = ("column", "column_A", "column_B")
_COLUMN_LIST_KWARGS = ("column_list",)


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
    seconds: float = 0.0  # wall time of the validation

    @property
    def blocking_failures(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.severity == "critical"]

    @property
    def warnings(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.severity != "critical"]

    @property
    def success(self) -> bool:
        return not self.blocking_failures


@dataclass(frozen=True)
class Suite:
    """A suite file, read."""

    name: str
    expectations: list[dict[str, Any]]
    id_column: str | None
    derived_columns: dict[str, str]
    membership_columns: dict[str, dict[str, str]]

    @classmethod
    def load(cls, path: Path) -> Suite:
        spec = json.loads(path.read_text(encoding="utf-8"))
        meta = spec.get("meta", {})
        return cls(
            name=spec["name"],
            expectations=spec["expectations"],
            id_column=meta.get("id_column"),
            derived_columns=dict(meta.get("derived_columns", {})),
            membership_columns=dict(meta.get("membership_columns", {})),
        )

    def columns(self) -> list[str]:
        """The columns the suite reads (its id column first)."""
        names = [self.id_column] if self.id_column else []
        for expectation in self.expectations:
            kwargs = expectation.get("kwargs", {})
            names += [kwargs[k] for k in _COLUMN_KWARGS if isinstance(kwargs.get(k), str)]
            for key in _COLUMN_LIST_KWARGS:
                names += list(kwargs.get(key) or [])
        return list(dict.fromkeys(names))

    def parameter_names(self) -> set[str]:
        """The `$PARAMETER` names the expectations refer to."""
        return {
            value["$PARAMETER"]
            for expectation in self.expectations
            for value in expectation.get("kwargs", {}).values()
            if isinstance(value, dict) and "$PARAMETER" in value
        }

    def prepare(self, frame: pl.DataFrame, parameters: dict[str, Any]) -> pl.DataFrame:
        """The frame with the derived and membership columns, cut to the columns the suite
        reads."""
        if self.derived_columns:
            frame = frame.with_columns(
                pl.sql_expr(sql).alias(name) for name, sql in self.derived_columns.items()
            )
        if self.membership_columns:
            frame = frame.with_columns(
                pl.col(spec["column"])
                .is_in(
                    pl.Series(
                        parameters.get(spec["parameter"]) or [], dtype=frame[spec["column"]].dtype
                    ).implode()
                )
                .alias(name)
                for name, spec in self.membership_columns.items()
            )
        return frame.select([c for c in self.columns() if c in frame.columns])


def validate_frame(
    frame: pl.DataFrame, suite_path: Path, parameters: dict[str, Any] | None = None
) -> SuiteResult:
    """Validate a polars frame against a suite file; never raises for failed expectations.
    `parameters` fill the suite's `$PARAMETER` references."""
    started = time.perf_counter()
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    suite_spec = Suite.load(suite_path)
    name = suite_spec.name
    id_column = suite_spec.id_column
    prepared = suite_spec.prepare(frame, parameters or {})
    result = SuiteResult(suite=name, n_rows=frame.height)

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    batch_definition = (
        context.data_sources.add_pandas(f"{name}_source")
        .add_dataframe_asset(name)
        .add_batch_definition_whole_dataframe("batch")
    )
    suite = context.suites.add(gx.ExpectationSuite(name=name, expectations=suite_spec.expectations))
    result_format: dict[str, Any] = {"result_format": "COMPLETE"}
    if id_column and id_column in prepared.columns:
        result_format["unexpected_index_column_names"] = [id_column]
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=name, data=batch_definition, suite=suite)
    )
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name=name,
            validation_definitions=[definition],
            actions=[],
            result_format=result_format,
        )
    )
    run = checkpoint.run(
        batch_parameters={"dataframe": prepared.to_pandas()},
        # only what the expectations use: GX copies parameters into every result
        expectation_parameters={
            k: v for k, v in (parameters or {}).items() if k in suite_spec.parameter_names()
        },
    )
    validation = next(iter(run.run_results.values()))

    quarantine_rows: list[dict[str, Any]] = []
    for item in validation.results:
        config = item.expectation_config
        meta = config.meta or {}
        column = config.kwargs.get("column") or config.kwargs.get("column_A")
        if column is None and config.kwargs.get("column_list"):
            column = ",".join(config.kwargs["column_list"])
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
    result.seconds = time.perf_counter() - started
    return result


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 120:
        return value[:117] + "..."
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    if isinstance(value, dict):
        return {k: _short(v) for k, v in value.items()}
    return value
