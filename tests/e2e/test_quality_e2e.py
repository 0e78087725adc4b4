"""Quality checks in a real run: a blocking expectation stops the run before anything
downstream of its stage, `newsevents run` exits non-zero naming it, nothing is written
for the failed stage, and the next run (with the rule fixed) recovers the batch; a
row-level warning quarantines its rows, which stay out of the marts but visible in
quality_quarantine.

Real Dagster, real GX, real dbt and DuckDB on a temporary warehouse, on three files of
the sample corpus.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines import settings
from pipelines.cli import main, run_pipeline

FILES = [
    "scraped/atlas-dispatch-drc-rwanda-doha.txt",
    "scraped/atlas-dispatch-colombia-eln-havana.md",
    "scraped/7c41e09a_scarborough_shoal.txt",
]
STRICT_RULE = {
    "type": "expect_table_row_count_to_be_between",
    "kwargs": {"min_value": 0, "max_value": 0},
    "severity": "critical",
    "meta": {"why": "a local rule stricter than the data: no events at all"},
}
SHORT_MENTIONS = {
    "type": "expect_column_value_lengths_to_be_between",
    "kwargs": {"column": "mention_text", "min_value": 1, "max_value": 6},
    "severity": "warning",
    "meta": {"why": "a local rule: mentions of at most 6 characters", "row_level": True},
}


def _count(warehouse: Path, sql: str) -> int:
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        return conn.execute(sql).fetchone()[0]


def _tables(warehouse: Path) -> set[str]:
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        rows = conn.execute("SELECT schema_name || '.' || table_name FROM duckdb_tables()")
        return {r[0] for r in rows.fetchall()}


def test_a_blocking_expectation_stops_the_run_and_the_next_run_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "input"
    for name in FILES:
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(settings.SAMPLE_CORPUS_DIR / name, corpus / name)
    strict = tmp_path / "expectations"
    shutil.copytree(settings.EXPECTATIONS_DIR, strict)
    suite = json.loads((strict / "events.json").read_text())
    suite["expectations"].append(STRICT_RULE)
    (strict / "events.json").write_text(json.dumps(suite))
    suite = json.loads((strict / "actor_mentions.json").read_text())
    suite["expectations"].append(SHORT_MENTIONS)
    (strict / "actor_mentions.json").write_text(json.dumps(suite))
    warehouse = tmp_path / "wh" / "newsevents.duckdb"
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.setenv(settings.EXPECTATIONS_ENV, str(strict))

    summary_json = tmp_path / "summary.json"
    code = main(
        [
            "run",
            "--input",
            str(corpus),
            "--warehouse",
            str(warehouse),
            "--summary-json",
            str(summary_json),
        ]
    )
    assert code == 1
    out, err = capsys.readouterr()
    written = json.loads(summary_json.read_text())
    assert written["success"] is False and "coded_events:coded_events_suite" in written["failure"]
    start, end = written["step_times"]["ingest_input_files"]
    assert 0 < end - start < 600
    assert written["metadata"]["raw_sources"]["sources_new"] == len(FILES)
    # the warning is in the summary, its rows in the quarantine
    assert "actor_mentions:actor_mentions_suite" in out
    long_mentions = _count(
        warehouse, "SELECT count(*) FROM raw.actor_mentions WHERE length(mention_text) > 6"
    )
    assert long_mentions > 0
    assert long_mentions == _count(
        warehouse, "SELECT count(*) FROM raw.quality_quarantine WHERE suite = 'actor_mentions'"
    )
    assert "blocking quality check failed: coded_events:coded_events_suite" in err
    assert "events.expect_table_row_count_to_be_between(table)" in err
    # the stages before ran and wrote; the failed one wrote nothing; dbt never ran
    assert _count(warehouse, "SELECT count(*) FROM raw.actor_mentions") > 0
    tables = _tables(warehouse)
    assert "raw.events" not in tables or _count(warehouse, "SELECT count(*) FROM raw.events") == 0
    assert "main.fct_events" not in tables
    # the failed validation's page, named after its asset and batch, linked from the check
    (page,) = (warehouse.parent / "quality_docs" / "coded_events").glob("*.html")
    assert "events on coded_events, batch " in page.read_text()
    assert (warehouse.parent / "quality_docs" / "index.html").exists()

    monkeypatch.delenv(settings.EXPECTATIONS_ENV)
    summary = run_pipeline(corpus, warehouse)
    assert summary.success, summary.failure
    assert summary.failed_checks == []
    assert _count(warehouse, "SELECT count(*) FROM raw.events") > 0
    assert _count(warehouse, "SELECT count(*) FROM main.fct_events") == _count(
        warehouse, "SELECT count(*) FROM raw.events"
    )
    # the quarantined mentions stay out of the marts and visible in quality_quarantine
    assert (
        _count(warehouse, "SELECT count(*) FROM main.fct_actor_mentions")
        == _count(warehouse, "SELECT count(*) FROM raw.actor_mentions") - long_mentions
    )
    assert _count(warehouse, "SELECT max(length(mention_text)) FROM main.fct_actor_mentions") <= 6
    assert long_mentions == _count(
        warehouse,
        "SELECT count(*) FROM main.quality_quarantine WHERE suite = 'actor_mentions'"
        " AND expectation = 'expect_column_value_lengths_to_be_between'",
    )
