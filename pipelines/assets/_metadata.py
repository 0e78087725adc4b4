"""Metadata helpers shared by the asset modules."""

from collections.abc import Mapping

import dagster as dg
import polars as pl


def preview(frame: pl.DataFrame, columns: list[str], rows: int = 5) -> dg.MetadataValue:
    """A Markdown table of the first rows, long text shortened, for the asset's UI page."""
    shown = frame.select([c for c in columns if c in frame.columns]).head(rows)
    shown = shown.with_columns(pl.col(c).cast(pl.String).str.slice(0, 80) for c in shown.columns)
    if shown.is_empty():
        return dg.MetadataValue.md("_no new rows_")
    header = (
        "| "
        + " | ".join(shown.columns)
        + " |\n| "
        + " | ".join("---" for _ in shown.columns)
        + " |\n"
    )
    body = "\n".join(
        "| " + " | ".join((v or "").replace("|", "/").replace("\n", " ") for v in row) + " |"
        for row in shown.iter_rows()
    )
    return dg.MetadataValue.md(header + body)


def raw_table(table: str, schema: Mapping[str, pl.DataType]) -> dict[str, object]:
    """Definition metadata of an asset a stage writes to `raw.<table>`: the table's name and
    its columns with their types, as the UI shows them (the audit columns included)."""
    columns = [dg.TableColumn(name, str(dtype)) for name, dtype in schema.items()]
    columns += [dg.TableColumn("run_id", "String"), dg.TableColumn("loaded_at", "Datetime")]
    return {
        "dagster/table_name": f"raw.{table}",
        "dagster/column_schema": dg.TableSchema(columns=columns),
    }
