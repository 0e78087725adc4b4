"""The Definitions load as `dagster dev` loads them, with the graph the issue asks for."""

from __future__ import annotations

import json

import dagster as dg

from pipelines.definitions import ALL_ASSETS_JOB, defs

PYTHON_ASSETS = {
    "raw_sources": "ingest",
    "cleaned_articles": "clean",
    "deduplicated_articles": "dedupe",
    "validated_articles": "quality",
    "actor_mentions": "extract",
    "article_quotes": "extract",
    "date_mentions": "extract",
    "coded_events": "extract",
}
CONTRACT_MODELS = [
    "fct_article_sources",
    "dim_articles",
    "dim_actors",
    "fct_actor_mentions",
    "fct_quotes",
    "fct_date_mentions",
    "fct_events",
    "dim_dates",
    "actor_daily_activity",
    "actor_pairs",
]


def test_definitions_validate_and_group_every_asset():
    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    groups = {key.to_user_string(): graph.get(key).group_name for key in graph.get_all_asset_keys()}
    for asset, group in PYTHON_ASSETS.items():
        assert groups[asset] == group
    for model in CONTRACT_MODELS:
        assert groups[model] == "marts", model
    assert groups["dictionaries/actors"] == "dictionaries"
    assert groups["staging/stg_quotes"] == groups["intermediate/int_events_coded"] == "staging"
    assert {g for g in groups.values()} == {
        "ingest",
        "clean",
        "dedupe",
        "quality",
        "extract",
        "dictionaries",
        "staging",
        "marts",
    }
    for key in graph.get_all_asset_keys():
        description = graph.get(key).description
        assert description, f"{key.to_user_string()} has no description"
        assert "```sql\n\n```" not in description and "Raw SQL" not in description
    # the Python stages' assets name the raw table they write, with its typed columns
    quotes = graph.get(dg.AssetKey("article_quotes")).metadata
    assert quotes["dagster/table_name"] == "raw.quotes"
    assert "attribution" in {c.name for c in quotes["dagster/column_schema"].columns}
    assert graph.get(dg.AssetKey("raw_sources")).metadata["dagster/table_name"] == "raw.sources"
    assert graph.get(dg.AssetKey("fct_quotes")).owners == ["team:newsevents"]
    assert graph.get(dg.AssetKey("raw_sources")).owners == ["team:newsevents"]
    assert (
        defs.get_assets_def("fct_quotes").specs_by_key[dg.AssetKey("fct_quotes")].freshness_policy
    )


def test_lineage_runs_from_files_to_marts():
    graph = defs.resolve_asset_graph()
    upstream = {
        k.to_user_string() for k in graph.get(dg.AssetKey(["staging", "stg_sources"])).parent_keys
    }
    assert upstream == {"raw_sources"}
    assert {
        k.to_user_string()
        for k in graph.get(dg.AssetKey(["staging", "stg_quality_quarantine"])).parent_keys
    } == {"validated_articles"}
    # quotes too: "I" and "we" inside a quote are its speaker
    assert {k.to_user_string() for k in graph.get(dg.AssetKey("coded_events")).parent_keys} == {
        "actor_mentions",
        "article_quotes",
        "date_mentions",
    }


def test_quality_and_dbt_tests_are_asset_checks():
    graph = defs.resolve_asset_graph()
    checks = {(c.asset_key.to_user_string(), c.name) for c in graph.asset_check_keys}
    assert ("validated_articles", "validated_articles_suite") in checks
    # one check per tested dbt table, not one per test (a load's event count); a failing
    # dbt test fails the dbt step itself, so these need not block
    dbt_checks = {asset for asset, name in checks if name == "dbt_tests"}
    assert {"dim_articles", "fct_events", "dim_actors", "actor_pairs"} <= dbt_checks
    assert "staging/stg_sources" in dbt_checks
    assert not any(name.startswith("unique_") for _, name in checks)


def test_every_loading_asset_is_partitioned_by_load_batch():
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if node.is_external:
            continue
        assert node.partitions_def is not None, key
        assert node.partitions_def.name == "load_batch", key


def test_the_cli_job_selects_the_whole_graph():
    job = defs.resolve_job_def(ALL_ASSETS_JOB)
    assert isinstance(job, dg.JobDefinition)
    graph = defs.resolve_asset_graph()
    selected = job.asset_layer.selected_asset_keys
    assert selected == set(graph.get_all_asset_keys()) - {
        k for k in graph.get_all_asset_keys() if graph.get(k).is_external
    }


def test_every_stage_has_its_quality_suite_as_a_blocking_check():
    graph = defs.resolve_asset_graph()
    checks = {
        (key.asset_key.to_user_string(), key.name): graph.get_check_spec(key).blocking
        for key in graph.asset_check_keys
        if key.name.endswith("_suite") and not key.name.startswith("not_null")
    }
    assert checks == {
        ("raw_sources", "raw_sources_suite"): True,
        ("deduplicated_articles", "deduplicated_articles_suite"): True,
        ("validated_articles", "validated_articles_suite"): True,
        ("actor_mentions", "actor_mentions_suite"): True,
        ("article_quotes", "article_quotes_suite"): True,
        ("date_mentions", "date_mentions_suite"): True,
        ("coded_events", "coded_events_suite"): True,
    }


def test_the_sensors_first_look_skips_files_a_load_already_read(tmp_path, monkeypatch):
    import duckdb

    from pipelines import settings

    folder, warehouse = tmp_path / "in", tmp_path / "w.duckdb"
    folder.mkdir()
    monkeypatch.setenv(settings.INPUT_DIR_ENV, str(folder))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(warehouse))
    loaded = folder / "a.txt"
    loaded.write_text("first article")
    stat = loaded.stat()
    with duckdb.connect(str(warehouse)) as conn:  # as a load from the command line left it
        conn.execute("CREATE SCHEMA raw")
        conn.execute(
            "CREATE TABLE raw.loaded_files (source_file VARCHAR, n_bytes BIGINT, mtime_ns BIGINT)"
        )
        conn.execute(
            "INSERT INTO raw.loaded_files VALUES ('a.txt', ?, ?)", [stat.st_size, stat.st_mtime_ns]
        )
    sensor = defs.get_sensor_def("new_input_files")
    first = sensor(dg.build_sensor_context())  # switched on: no cursor yet
    assert first.run_requests == [] and first.skip_reason is not None
    assert json.loads(first.cursor) == {"a.txt": f"{stat.st_size}:{stat.st_mtime_ns}"}
    (folder / "b.txt").write_text("second article")
    # a file the warehouse has not loaded launches a load of its own, even on a first look
    fresh = sensor(dg.build_sensor_context())
    assert fresh.run_requests[0].tags["newsevents/changed_files"] == "1"


def test_the_sensor_launches_a_load_for_new_or_changed_files_only(tmp_path, monkeypatch):
    from pipelines import settings

    monkeypatch.setenv(settings.INPUT_DIR_ENV, str(tmp_path))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(tmp_path / "no_load_yet.duckdb"))
    sensor = defs.get_sensor_def("new_input_files")
    schedule = defs.get_schedule_def("incremental_load")
    assert sensor.job_name == schedule.job_name == ALL_ASSETS_JOB
    assert sensor.default_status == dg.DefaultSensorStatus.STOPPED  # switched on in the UI

    assert sensor(dg.build_sensor_context()).skip_reason is not None  # empty folder
    (tmp_path / "a.txt").write_text("first article")
    result = sensor(dg.build_sensor_context())
    assert len(result.run_requests) == 1
    # each load is a new batch: a partition added with the run that loads it
    (added,) = result.dynamic_partitions_requests
    assert added.partitions_def_name == "load_batch"
    assert list(added.partition_keys) == [result.run_requests[0].partition_key]
    cursor = result.cursor
    # nothing new: nothing launched
    assert sensor(dg.build_sensor_context(cursor=cursor)).run_requests == []
    # a new file and a changed one: one run, a new run key
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text('{"text": "second"}\n')
    (tmp_path / "a.txt").write_text("first article, updated")
    again = sensor(dg.build_sensor_context(cursor=cursor))
    assert again.run_requests[0].tags["newsevents/changed_files"] == "2"
    assert again.run_requests[0].run_key != result.run_requests[0].run_key
    assert again.run_requests[0].partition_key != result.run_requests[0].partition_key


def test_the_schedule_loads_a_new_batch_named_after_its_tick():
    from datetime import UTC, datetime

    schedule = defs.get_schedule_def("incremental_load")
    tick = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    # both as context managers: a context left open keeps its instance as Dagster's current
    # one, and later tests of this process would find it disposed
    with (
        dg.instance_for_test() as instance,
        dg.build_schedule_context(instance=instance, scheduled_execution_time=tick) as context,
    ):
        request = schedule(context)
        assert request.partition_key == "20261201T090000-scheduled"  # the same on a re-run
        assert request.run_key == request.partition_key
        # evaluating the tick (as "Preview tick result" does) writes nothing: the run adds it
        assert not instance.has_dynamic_partition("load_batch", request.partition_key)
        assert request.tags["dagster/partition"] == request.partition_key


def test_an_incremental_load_runs_the_checks_of_its_tests_and_builds_tables_after_extraction():
    from dagster._core.execution.api import create_execution_plan

    from pipelines.assets.warehouse import SEED_KEYS, incremental_selection

    job = defs.resolve_job_def(ALL_ASSETS_JOB)
    graph = defs.resolve_asset_graph()
    assets, checks = incremental_selection(
        set(job.asset_layer.selected_asset_keys), set(graph.asset_check_keys)
    )
    # every asset, seeds too (recorded unchanged), so that a finished batch looks complete
    assert assets >= SEED_KEYS and dg.AssetKey("fct_events") in assets
    assert dg.AssetCheckKey(dg.AssetKey("fct_events"), "dbt_tests") in checks
    assert (
        dg.AssetCheckKey(dg.AssetKey("dim_actors"), "dbt_tests") not in checks
    )  # no every_load test
    subset = job.get_subset(asset_selection=assets, asset_check_selection=checks)
    levels = {
        step.key: level
        for level, steps in enumerate(create_execution_plan(subset).get_steps_to_execute_by_level())
        for step in steps
    }
    # the views stay in the run: without them dbt could run before the stages feeding it
    assert levels["coded_events"] < levels["warehouse_models"] < levels["sql_snapshot"]


def test_one_click_loads_what_is_new_as_a_new_batch(tmp_path, monkeypatch):
    from pipelines import settings

    monkeypatch.setenv(settings.INPUT_DIR_ENV, str(tmp_path))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(tmp_path / "no_load_yet.duckdb"))
    sensor = defs.get_sensor_def("load_requests")
    # on from the start: it only answers a click on the job
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    with dg.instance_for_test() as instance:
        clicked = defs.get_job_def("load_what_is_new").execute_in_process(instance=instance)
        assert clicked.success
        success = next(e for e in clicked.all_events if e.event_type_value == "PIPELINE_SUCCESS")
        context = dg.build_run_status_sensor_context(
            sensor_name="load_requests",
            dagster_instance=instance,
            dagster_run=clicked.dagster_run,
            dagster_event=success,
            repository_def=defs.get_repository_def(),
        )
        result = sensor(context)
    (request,) = result.run_requests
    (added,) = result.dynamic_partitions_requests
    # a new batch, named as the command line names one, added with the run that loads it
    assert list(added.partition_keys) == [request.partition_key]
    assert request.run_key == f"requested-{clicked.run_id}"
    assert request.job_name in (None, ALL_ASSETS_JOB)
