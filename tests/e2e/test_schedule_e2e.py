"""The schedule's tick as the daemon runs it, and as the UI previews it: a preview writes
nothing; a launched tick loads its batch, which the run adds when it starts; the next tick
plans an incremental load as the command line does, and its batch looks complete."""

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
        # the next tick finds a built warehouse and plans an incremental load as the CLI does:
        # every asset, and only the checks whose tests such a build runs
        (corpus / "late.txt").write_text(
            "Ministers meet in Oslo on fishing rights\n\n"
            "Fisheries ministers of Norway and Iceland met in Oslo on Monday to settle the "
            "quotas for the coming season, officials said.\n\n"
            "“We found common ground on most of the stocks,” Norway's minister Ann Vale said "
            "after the talks, which are to resume in Reykjavik next month.\n"
        )
        later = dg.build_schedule_context(
            instance=instance,
            scheduled_execution_time=datetime(2026, 12, 5, 12, tzinfo=UTC),
            repository_def=defs.get_repository_def(),
        )
        (second,) = schedule.evaluate_tick(later).run_requests or []
        job = load_job()
        every_check = set(job.asset_layer.asset_graph.asset_check_keys)
        assert set(second.asset_selection) == set(job.asset_layer.selected_asset_keys)
        assert 0 < len(second.asset_check_keys) < len(every_check)
        instance.add_dynamic_partitions(LOAD_BATCHES.name, [second.partition_key])
        run = job.get_subset(
            asset_selection=set(second.asset_selection),
            asset_check_selection=set(second.asset_check_keys),
        ).execute_in_process(instance=instance, partition_key=second.partition_key)
        # a finished batch is complete (views and seeds recorded unchanged), with no
        # check left unrun
        materialized = {
            e.asset_key for e in run.all_events if e.event_type_value == "ASSET_MATERIALIZATION"
        }
        assert materialized == set(second.asset_selection)
        assert not [e for e in run.all_events if "did not yield" in (e.message or "")]
        # the UI's "Materialize all" on the same job selects every check: the incremental
        # build runs, then the tests it leaves out, so each check has its result
        instance.add_dynamic_partitions(LOAD_BATCHES.name, ["from-the-ui"])
        everything = job.execute_in_process(instance=instance, partition_key="from-the-ui")
        checked = {
            e.event_specific_data.asset_check_key
            for e in everything.all_events
            if e.event_type_value == "ASSET_CHECK_EVALUATION"
        }
        assert checked == every_check
        assert not [e for e in everything.all_events if "did not yield" in (e.message or "")]
        (dim_articles,) = [
            e.event_specific_data.materialization.metadata
            for e in everything.all_events
            if e.event_type_value == "ASSET_MATERIALIZATION"
            and e.asset_key == dg.AssetKey("dim_articles")
        ]
        assert dim_articles["dbt_build"].value == "incremental"
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        batches = conn.execute(
            "SELECT DISTINCT load_batch FROM main.fct_article_sources ORDER BY 1"
        ).fetchall()
    assert batches == [(request.partition_key,), (second.partition_key,)]
