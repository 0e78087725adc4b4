"""The Definitions load as `dagster dev` loads them, with the graph the issue asks for."""

from __future__ import annotations

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
        assert groups[model] == "warehouse", model
    assert {g for g in groups.values()} == {
        "ingest",
        "clean",
        "dedupe",
        "quality",
        "extract",
        "warehouse",
    }
    for key in graph.get_all_asset_keys():
        assert graph.get(key).description, f"{key.to_user_string()} has no description"


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
    assert {k.to_user_string() for k in graph.get(dg.AssetKey("coded_events")).parent_keys} == {
        "actor_mentions",
        "date_mentions",
    }


def test_quality_and_dbt_tests_are_asset_checks():
    graph = defs.resolve_asset_graph()
    checks = {(c.asset_key.to_user_string(), c.name) for c in graph.asset_check_keys}
    assert ("validated_articles", "articles_suite") in checks
    assert ("dim_articles", "unique_dim_articles_article_id") in checks
    assert any(
        asset == "fct_events" and name.startswith("relationships_") for asset, name in checks
    )


def test_the_cli_job_selects_the_whole_graph():
    job = defs.resolve_job_def(ALL_ASSETS_JOB)
    assert isinstance(job, dg.JobDefinition)
    graph = defs.resolve_asset_graph()
    selected = job.asset_layer.selected_asset_keys
    assert selected == set(graph.get_all_asset_keys()) - {
        k for k in graph.get_all_asset_keys() if graph.get(k).is_external
    }
