"""Metadata helpers shared by the asset modules."""

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
