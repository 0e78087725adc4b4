"""The schedule's tick as the daemon runs it, and as the UI previews it: a preview writes
nothing; a launched tick loads its batch, which the run adds when it starts."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines import settings


def load_job() -> dg.JobDefinition:
    from pipelines.definitions import ALL_ASSETS_JOB, build_definitions

    return build_definitions().resolve_job_def(ALL_ASSETS_JOB)


def test_previewing_the_schedule_adds_no_batch_and_its_run_adds_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipelines.batches import LOAD_BATCHES
    from pipelines.definitions import build_definitions

    corpus, warehouse = tmp_path / "corpus", tmp_path / "w.duckdb"
    shutil.copytree(settings.SAMPLE_CORPUS_DIR, corpus)
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.setenv(settings.INPUT_DIR_ENV, str(corpus))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(warehouse))
    settings.export_environment()
    defs = build_definitions()
    schedule = defs.get_schedule_def("incremental_load")
    (tmp_path / "dagster").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "dagster")) as instance:
        context = dg.build_schedule_context(
            instance=instance,
            scheduled_execution_time=datetime(2026, 12, 5, 11, tzinfo=UTC),
            repository_def=defs.get_repository_def(),
        )
        (request,) = schedule.evaluate_tick(context).run_requests or []
        # "Preview tick result" is this evaluation: it names a batch and adds none
        assert request.partition_key and instance.get_dynamic_partitions(LOAD_BATCHES.name) == []
        result = dg.execute_job(dg.reconstructable(load_job), instance=instance, tags=request.tags)
        assert result.success
        assert instance.get_dynamic_partitions(LOAD_BATCHES.name) == [request.partition_key]
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        batches = conn.execute(
            "SELECT DISTINCT load_batch FROM main.fct_article_sources"
        ).fetchall()
    assert batches == [(request.partition_key,)]
