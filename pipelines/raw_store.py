"""The `raw` schema: the tables Python writes and dbt reads.

Every stage appends its new rows and a progress marker in one transaction, so a stage
that crashes leaves nothing half-written and the next run picks up where it stopped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence

import duckdb
import polars as pl

from pipelines.faults import crash_point

RAW_SCHEMA = "raw"

_DUCKDB_TYPES = {
    pl.String: "VARCHAR",
    pl.Int64: "BIGINT",
    pl.Int32: "INTEGER",
    pl.Binary: "BLOB",
    pl.Float64: "DOUBLE",
    pl.Boolean: "BOOLEAN",
    pl.Date: "DATE",
    pl.Datetime: "TIMESTAMP",
}

AUDIT_COLUMNS = {"run_id": "VARCHAR", "loaded_at": "TIMESTAMP"}


def fetch_frame(
    conn: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] | None = None
) -> pl.DataFrame:
    """Run a query and return its result as a polars frame (through Arrow, no copy per row)."""
    relation = conn.sql(sql, params=list(params) if params else None)
    if relation is None:  # a statement that returns nothing
        return pl.DataFrame()
    return relation.pl()


def duckdb_type(dtype: pl.DataType) -> str:
    return _DUCKDB_TYPES[dtype.base_type()]  # type: ignore[index]


def ensure_table(
    conn: duckdb.DuckDBPyConnection, table: str, schema: Mapping[str, pl.DataType]
) -> None:
    """Create `raw.<table>` with the frame schema plus audit columns, if it does not exist."""
    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {RAW_SCHEMA}")
    columns = [f'"{name}" {duckdb_type(dtype)}' for name, dtype in schema.items()]
    columns += [f"{name} {sql_type}" for name, sql_type in AUDIT_COLUMNS.items()]
    conn.execute(f"CREATE TABLE IF NOT EXISTS {RAW_SCHEMA}.{table} ({', '.join(columns)})")
    # A warehouse written by an older version lacks the columns added since: add them (NULL
    # for old rows) rather than fail or ask the user to rebuild.
    existing = {
        name
        for (name,) in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?",
            [RAW_SCHEMA, table],
        ).fetchall()
    }
    for name, dtype in schema.items():
        if name not in existing:
            conn.execute(
                f'ALTER TABLE {RAW_SCHEMA}.{table} ADD COLUMN "{name}" {duckdb_type(dtype)}'
            )


def read_table(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    schema: Mapping[str, pl.DataType],
    where: str = "TRUE",
) -> pl.DataFrame:
    """Rows of `raw.<table>` (schema columns only), or an empty frame if the table is missing."""
    ensure_table(conn, table, schema)
    columns = ", ".join(f'"{c}"' for c in schema)
    frame = fetch_frame(conn, f"SELECT {columns} FROM {RAW_SCHEMA}.{table} WHERE {where}")
    return frame.cast(dict(schema)) if frame.height else pl.DataFrame(schema=dict(schema))  # type: ignore[arg-type]


def query_frame(
    conn: duckdb.DuckDBPyConnection, sql: str, schema: Mapping[str, pl.DataType]
) -> pl.DataFrame:
    frame = fetch_frame(conn, sql)
    return frame.cast(dict(schema)) if frame.height else pl.DataFrame(schema=dict(schema))  # type: ignore[arg-type]


def append_frames(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    writes: Sequence[tuple[str, pl.DataFrame, Mapping[str, pl.DataType], Sequence[str]]],
) -> dict[str, int]:
    """Write several frames atomically: for each (table, frame, schema, key columns), rows
    with the same key are replaced, so re-running a stage never duplicates rows."""
    for table, _, schema, _ in writes:
        ensure_table(conn, table, schema)
    counts: dict[str, int] = {}
    conn.execute("BEGIN TRANSACTION")
    try:
        for table, frame, schema, keys in writes:
            counts[table] = frame.height
            if frame.is_empty():
                continue
            incoming = frame.select(list(schema)).cast(dict(schema)).to_arrow()  # type: ignore[arg-type]
            conn.register("incoming_rows", incoming)
            if keys:
                match = " AND ".join(f't."{k}" IS NOT DISTINCT FROM i."{k}"' for k in keys)
                conn.execute(
                    f"DELETE FROM {RAW_SCHEMA}.{table} t WHERE EXISTS (SELECT 1 FROM incoming_rows i WHERE {match})"
                )
            columns = ", ".join(f'"{c}"' for c in schema)
            conn.execute(
                f"INSERT INTO {RAW_SCHEMA}.{table} ({columns}, run_id, loaded_at) "
                f"SELECT {columns}, ?, now()::TIMESTAMP FROM incoming_rows",
                [run_id],
            )
            conn.unregister("incoming_rows")
        for table, _, _, _ in writes:
            crash_point(f"commit:{table}")
        conn.execute("COMMIT")
    except Exception:
        # a failed COMMIT (disk full) has already ended the transaction: a ROLLBACK then
        # fails too, and must not hide the error that says why
        with contextlib.suppress(duckdb.Error):
            conn.execute("ROLLBACK")
        raise
    return counts


PROGRESS_SCHEMA: dict[str, pl.DataType] = {"article_id": pl.String(), "stage": pl.String()}


def progress_rows(article_ids: pl.Series, stage: str) -> pl.DataFrame:
    """Markers saying `stage` has processed these articles (so empty results are not redone)."""
    return pl.DataFrame(
        {"article_id": article_ids.cast(pl.String), "stage": stage}, schema=PROGRESS_SCHEMA
    )


ARTICLE_BATCH_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "source_key": pl.String(),
    "title": pl.String(),
    "body": pl.String(),
    "published_date": pl.Date(),
    "published_date_source": pl.String(),
    "language": pl.String(),
    "n_words": pl.Int64(),
    # where the article comes from: "the President" of a kremlin.ru release is Russia's
    "url": pl.String(),
    "publisher": pl.String(),
}


def pending_articles(
    conn: duckdb.DuckDBPyConnection, stage: str, *, require_validated: bool = True
) -> pl.DataFrame:
    """Canonical articles that `stage` has not processed yet.

    With `require_validated`, only articles that passed validation and were not put in the
    quality quarantine, so nothing downstream is extracted from rejected rows.
    """
    from pipelines.quality.gx_runner import QUALITY_QUARANTINE_SCHEMA
    from pipelines.text.articles import CLEANED_SCHEMA
    from pipelines.text.dedupe import LINK_SCHEMA

    for table, schema in (
        ("progress", PROGRESS_SCHEMA),
        ("quality_quarantine", QUALITY_QUARANTINE_SCHEMA),
        ("article_links", LINK_SCHEMA),
        ("cleaned_articles", CLEANED_SCHEMA),
    ):
        ensure_table(conn, table, schema)
    validated = (
        f"""AND l.article_id IN (SELECT article_id FROM {RAW_SCHEMA}.progress WHERE stage = 'validated')
            AND l.article_id NOT IN (SELECT record_id FROM {RAW_SCHEMA}.quality_quarantine)"""
        if require_validated
        else ""
    )
    columns = ", ".join(f'"{c}"' for c in ARTICLE_BATCH_SCHEMA if c != "article_id")
    sql = f"""
        SELECT l.article_id, {columns}
        FROM {RAW_SCHEMA}.article_links l
        JOIN {RAW_SCHEMA}.cleaned_articles c USING (source_key)
        WHERE NOT l.is_duplicate
          {validated}
          AND l.article_id NOT IN (SELECT article_id FROM {RAW_SCHEMA}.progress WHERE stage = ?)
        ORDER BY l.article_id
    """
    frame = fetch_frame(conn, sql, [stage])
    return (
        frame.cast(ARTICLE_BATCH_SCHEMA)
        if frame.height
        else pl.DataFrame(schema=ARTICLE_BATCH_SCHEMA)
    )  # type: ignore[arg-type]


def read_for_articles(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    schema: Mapping[str, pl.DataType],
    article_ids: pl.Series,
) -> pl.DataFrame:
    """Rows of `raw.<table>` for the given articles only (the batch, never the whole history)."""
    conn.register(
        "batch_article_ids", pl.DataFrame({"article_id": article_ids.cast(pl.String)}).to_arrow()
    )
    try:
        return read_table(
            conn, table, schema, where="article_id IN (SELECT article_id FROM batch_article_ids)"
        )
    finally:
        conn.unregister("batch_article_ids")
