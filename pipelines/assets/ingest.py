"""Ingest: read every new file of the input folder into `raw.sources`, quarantining bad input."""

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from pipelines.assets._metadata import preview, raw_table
from pipelines.assets.quality import check_result, quarantine_write, run_suite, suite_check
from pipelines.batches import LOAD_BATCHES, SINGLE_RUN, batch_of, ensure_batch_partition
from pipelines.raw_store import append_frames, read_table
from pipelines.resources import InputFolder
from pipelines.text.read import (
    FILE_SCHEMA,
    INGEST_QUARANTINE_SCHEMA,
    SOURCE_SCHEMA,
    scan_input_folder,
)

# The batch that claimed a file (and its sources): the load's partition key.
BATCH_FILE_SCHEMA = FILE_SCHEMA | {"batch_id": pl.String()}
BATCH_SOURCE_SCHEMA = SOURCE_SCHEMA | {"batch_id": pl.String()}


@dg.multi_asset(
    partitions_def=LOAD_BATCHES,
    backfill_policy=SINGLE_RUN,
    specs=[
        dg.AssetSpec(
            "raw_sources",
            group_name="ingest",
            metadata=raw_table("sources", BATCH_SOURCE_SCHEMA),
            kinds={"python", "duckdb"},
            description=(
                "Raw source documents (raw.sources): one row per article file or per json/jsonl/csv "
                "record, with content hashes. Files already loaded (same path and bytes) are skipped."
            ),
        ),
        dg.AssetSpec(
            "ingest_quarantine",
            group_name="ingest",
            metadata=raw_table("ingest_quarantine", INGEST_QUARANTINE_SCHEMA),
            kinds={"duckdb"},
            description=(
                "Files and records that could not be ingested (raw.ingest_quarantine): unreadable, "
                "empty, binary, undecodable, unsupported or malformed input, each with its reason."
            ),
        ),
        dg.AssetSpec(
            "loaded_files",
            group_name="ingest",
            metadata=raw_table("loaded_files", BATCH_FILE_SCHEMA),
            kinds={"duckdb"},
            description="Every file version read (raw.loaded_files), so the next run reads only new or changed files.",
        ),
    ],
    check_specs=[suite_check("sources", "raw_sources")],
)
def ingest_input_files(
    context: dg.AssetExecutionContext, warehouse: DuckDBResource, input_folder: InputFolder
):
    """Read every new file of the input folder."""
    ensure_batch_partition(context)
    batch = batch_of(context) or "unbatched"
    with warehouse.get_connection() as conn:
        loaded = read_table(conn, "loaded_files", BATCH_FILE_SCHEMA)
        if (loaded["batch_id"] == batch).any():
            # A re-run of a batch that already claimed its files: new files wait for theirs.
            context.log.info(f"batch {batch} already holds its files; resuming its later stages")
            files, sources, quarantine = (
                pl.DataFrame(schema=FILE_SCHEMA),
                pl.DataFrame(schema=SOURCE_SCHEMA),
                pl.DataFrame(schema=INGEST_QUARANTINE_SCHEMA),
            )
            n_seen = 0
        else:
            already = set(loaded.select("source_file", "file_sha256").iter_rows())
            unchanged = set(
                loaded.drop_nulls("mtime_ns")
                .select("source_file", "n_bytes", "mtime_ns")
                .iter_rows()
            )
            n_seen, files, sources, quarantine = scan_input_folder(
                input_folder.directory, already, unchanged
            )
        files = files.with_columns(batch_id=pl.lit(batch, pl.String))
        sources = sources.with_columns(batch_id=pl.lit(batch, pl.String))
        context.log.info(
            f"batch {batch}: {n_seen} files in {input_folder.directory}, {files.height} new, "
            f"{quarantine.height} quarantined"
        )
        checked = run_suite("sources", sources)
        # A critical failure writes nothing: the files are read again by the next run.
        writes = (
            []
            if not checked.success
            else [
                quarantine_write(checked),
                ("sources", sources, BATCH_SOURCE_SCHEMA, ["source_key"]),
                (
                    "ingest_quarantine",
                    quarantine,
                    INGEST_QUARANTINE_SCHEMA,
                    ["source_file", "source_record", "file_sha256"],
                ),
                # Last, so a crash before it means the files are simply read again.
                ("loaded_files", files, BATCH_FILE_SCHEMA, ["source_file", "file_sha256"]),
            ]
        )
        append_frames(conn, context.run.run_id, writes)
    quarantined_files = quarantine.filter(quarantine["source_record"].is_null()).height
    yield dg.MaterializeResult(
        asset_key="raw_sources",
        metadata={
            "files_seen": n_seen,
            "batch": batch,
            "files_new": files.height,
            "files_quarantined": quarantined_files,
            "records_quarantined": quarantine.height - quarantined_files,
            "sources_new": sources.height,
            "preview": preview(sources, ["source_file", "source_record", "format", "encoding"]),
        },
    )
    yield dg.MaterializeResult(
        asset_key="ingest_quarantine",
        metadata={
            "files_quarantined": quarantined_files,
            "records_quarantined": quarantine.height - quarantined_files,
            "quarantine": preview(quarantine, ["source_file", "source_record", "reason"], rows=20),
        },
    )
    yield dg.MaterializeResult(asset_key="loaded_files", metadata={"files_new": files.height})
    yield check_result(context, checked, "raw_sources")
