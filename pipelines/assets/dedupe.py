"""Dedupe: link every cleaned source to its canonical article, across all history."""

import dagster as dg
import numpy as np
import polars as pl
from dagster_duckdb import DuckDBResource

from pipelines.assets._metadata import preview
from pipelines.assets.quality import check_result, quarantine_write, run_suite, suite_check
from pipelines.batches import LOAD_BATCHES, SINGLE_RUN
from pipelines.raw_store import append_frames, ensure_table, query_frame
from pipelines.text.articles import CLEANED_SCHEMA
from pipelines.text.dedupe import (
    DEDUPE_INPUT_SCHEMA,
    HISTORY_HASH_SCHEMA,
    LINK_SCHEMA,
    dedupe_articles,
    link_near_duplicates,
)
from pipelines.text.near_dupes import (
    INDEX_VERSION,
    LSH_SCHEMA,
    SIGNATURE_SCHEMA,
    batch_band_keys,
    cluster_near_duplicates,
    estimate_history_candidates,
    shingle_and_sign,
    signature_from_bytes,
)

# The dedupe inputs, plus the body for the near-duplicate pass.
_NEW_SCHEMA = {**DEDUPE_INPUT_SCHEMA, "body": pl.String()}


@dg.asset(
    partitions_def=LOAD_BATCHES,
    backfill_policy=SINGLE_RUN,
    deps=["cleaned_articles"],
    group_name="dedupe",
    kinds={"python", "polars", "duckdb"},
    check_specs=[suite_check("duplicate_links", "deduplicated_articles")],
    description=(
        "Links from each cleaned source to its canonical article (raw.article_links). Exact "
        "duplicates share a normalized-body hash; near duplicates (other furniture, a dateline, "
        "a dropped paragraph, small edits) are found by MinHash LSH over word 3-grams and "
        "verified by exact Jaccard >= 0.55, against every article loaded before through stored "
        "band keys (raw.article_lsh), so a copy arriving weeks later joins the original. "
        "Canonical: the article seen first; within a load, most complete body, then earliest "
        "published, then first path."
    ),
)
def deduplicated_articles(context: dg.AssetExecutionContext, warehouse: DuckDBResource):  # type: ignore[no-untyped-def]
    with warehouse.get_connection() as conn:
        ensure_table(conn, "article_links", LINK_SCHEMA)
        ensure_table(conn, "cleaned_articles", CLEANED_SCHEMA)
        new = query_frame(
            conn,
            """SELECT c.source_key, c.body_hash, c.n_words, c.published_date, s.source_file, s.source_record, c.body
               FROM raw.cleaned_articles c JOIN raw.sources s USING (source_key)
               WHERE c.source_key NOT IN (SELECT source_key FROM raw.article_links)""",
            _NEW_SCHEMA,
        )
        # Only hashes and ids of the history are read, never its text.
        history = query_frame(
            conn,
            """SELECT c.body_hash, l.article_id FROM raw.article_links l
               JOIN raw.cleaned_articles c USING (source_key) WHERE NOT l.is_duplicate""",
            HISTORY_HASH_SCHEMA,
        )
        links = dedupe_articles(new, history)
        # The texts stay in polars: a dict of Python strings would copy every body.
        bodies = new.select("source_key", "body")
        backfilled = _backfill_index(conn, context.run.run_id)
        leaders = links.filter(~pl.col("is_duplicate"))
        # Shingled and signed once; the history lookup and the clustering share the signatures.
        leader_shingles, leader_signatures = shingle_and_sign(
            leaders.select("source_key").join(
                bodies, on="source_key", how="left", maintain_order="left"
            )["body"]
        )
        history_bands, history_bodies, history_signatures = _history_candidates(
            conn, leader_signatures
        )
        links, new_bands, new_signatures = link_near_duplicates(
            links,
            bodies,
            history_bands,
            history_bodies,
            history_signatures=history_signatures,
            batch_signatures=leader_signatures,
            batch_shingles=leader_shingles,
        )
        checked = run_suite("duplicate_links", links)
        if checked.success:  # else nothing is linked: the sources stay pending
            append_frames(
                conn,
                context.run.run_id,
                [
                    quarantine_write(checked),
                    ("article_lsh", new_bands, LSH_SCHEMA, ["article_id", "band"]),
                    ("article_signatures", new_signatures, SIGNATURE_SCHEMA, ["article_id"]),
                    ("article_links", links, LINK_SCHEMA, ["source_key"]),
                ],
            )
    n_dup = links.filter(pl.col("is_duplicate")).height
    n_near = links.filter(pl.col("duplicate_kind") == "near").height
    context.log.info(
        f"{links.height} new sources: {links.height - n_dup} new articles, {n_dup} duplicates"
    )
    yield dg.MaterializeResult(
        metadata={
            "sources_linked": links.height,
            "new_articles": links.height - n_dup,
            "duplicates": n_dup,
            "near_duplicates": n_near,
            "history_candidates": len(history_bodies),
            "index_backfilled": backfilled,
            "preview": preview(
                links.filter(pl.col("is_duplicate")),
                ["source_key", "article_id", "duplicate_kind", "similarity"],
            ),
        }
    )
    yield check_result(context, checked, "deduplicated_articles")


def _history_candidates(
    conn, batch_sigs: np.ndarray
) -> tuple[pl.DataFrame, dict[str, str], dict[str, np.ndarray]]:  # type: ignore[no-untyped-def]
    """Stored LSH rows sharing a band key with the batch, and the canonical bodies and
    signatures of the articles worth checking.

    Only band keys are matched against the whole history (a hash join in DuckDB); stored
    signatures then rank the matches, and text is read for the likely copies alone.
    """
    ensure_table(conn, "article_lsh", LSH_SCHEMA)
    ensure_table(conn, "article_signatures", SIGNATURE_SCHEMA)
    if batch_sigs.shape[0] == 0:
        return pl.DataFrame(schema=LSH_SCHEMA), {}, {}
    conn.register(
        "batch_keys", batch_band_keys(batch_sigs).select("band", "key").unique().to_arrow()
    )
    try:
        bands = query_frame(
            conn,
            f"""SELECT l.article_id, l.band, l.key, l.index_version FROM raw.article_lsh l
                JOIN batch_keys b USING (band, key) WHERE l.index_version = '{INDEX_VERSION}'""",
            LSH_SCHEMA,
        )
    finally:
        conn.unregister("batch_keys")
    ids = bands["article_id"].unique().to_list()
    if not ids:
        return bands, {}, {}
    conn.register("candidate_ids", pl.DataFrame({"article_id": ids}).to_arrow())
    try:
        signatures = {
            article_id: signature_from_bytes(blob)
            for article_id, blob in conn.execute(
                f"""SELECT article_id, signature FROM raw.article_signatures
                    WHERE index_version = '{INDEX_VERSION}' AND article_id IN (SELECT article_id FROM candidate_ids)"""
            ).fetchall()
        }
    finally:
        conn.unregister("candidate_ids")
    worth_reading = estimate_history_candidates(batch_sigs, bands, signatures)
    if not worth_reading:
        return bands, {}, signatures
    conn.register("read_ids", pl.DataFrame({"article_id": sorted(worth_reading)}).to_arrow())
    try:
        rows = conn.execute(
            """SELECT l.article_id, c.body FROM raw.article_links l JOIN raw.cleaned_articles c USING (source_key)
               WHERE NOT l.is_duplicate AND l.article_id IN (SELECT article_id FROM read_ids)"""
        ).fetchall()
    finally:
        conn.unregister("read_ids")
    return bands, dict(rows), signatures


def _backfill_index(conn, run_id: str) -> int:  # type: ignore[no-untyped-def]
    """Give every canonical article LSH rows and a signature of the current INDEX_VERSION (a
    one-time cost after an upgrade that changes hashing, or for a warehouse from before
    near-duplicate detection)."""
    ensure_table(conn, "article_lsh", LSH_SCHEMA)
    ensure_table(conn, "article_signatures", SIGNATURE_SCHEMA)
    missing = conn.execute(
        f"""SELECT l.article_id, c.body FROM raw.article_links l JOIN raw.cleaned_articles c USING (source_key)
            WHERE NOT l.is_duplicate AND l.article_id NOT IN
                (SELECT article_id FROM raw.article_signatures WHERE index_version = '{INDEX_VERSION}')"""
    ).fetchall()
    if not missing:
        return 0
    # Each article becomes its own leader: the history is already deduplicated.
    empty = pl.DataFrame(schema=LSH_SCHEMA)
    result = cluster_near_duplicates(
        [a for a, _ in missing], [b for _, b in missing], empty, {}, threshold=2.0
    )
    conn.execute(f"DELETE FROM raw.article_lsh WHERE index_version <> '{INDEX_VERSION}'")
    conn.execute(f"DELETE FROM raw.article_signatures WHERE index_version <> '{INDEX_VERSION}'")
    append_frames(
        conn,
        run_id,
        [
            ("article_lsh", result.new_bands, LSH_SCHEMA, ["article_id", "band"]),
            ("article_signatures", result.new_signatures, SIGNATURE_SCHEMA, ["article_id"]),
        ],
    )
    return len(missing)
