"""A load that fails leaves nothing open: the next load in the same process (as
`newsevents watch` makes them) goes through. Before, every later load was refused with
DuckDB's "different configuration" error until the process was restarted."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines import settings
from pipelines.cli import run_pipeline
from pipelines.faults import FAIL_ENV

pytestmark = pytest.mark.e2e

FILE = "scraped/atlas-dispatch-drc-rwanda-doha.txt"


def test_the_next_load_in_the_same_process_succeeds_after_a_failed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DAGSTER_HOME", settings.INPUT_DIR_ENV, settings.WAREHOUSE_ENV):
        monkeypatch.delenv(name, raising=False)
    corpus = tmp_path / "input"
    (corpus / "scraped").mkdir(parents=True)
    shutil.copy(settings.SAMPLE_CORPUS_DIR / FILE, corpus / FILE)
    warehouse = tmp_path / "wh" / "staging.duckdb"  # named like a schema, on purpose

    monkeypatch.setenv(FAIL_ENV, "commit:cleaned_articles")  # the clean stage raises
    failed = run_pipeline(corpus, warehouse)
    assert not failed.success
    assert (
        failed.failure is not None
        and "injected failure at commit:cleaned_articles" in failed.failure
    )

    monkeypatch.delenv(FAIL_ENV)
    resumed = run_pipeline(corpus, warehouse, batch=failed.batch)
    assert resumed.success, resumed.failure
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM main.dim_articles").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM raw.loaded_files").fetchone() == (1,)
