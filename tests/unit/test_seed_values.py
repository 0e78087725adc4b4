"""Every value a seed CSV holds in a column with an `accepted_values` test is accepted: a
dictionary row added in Python's reach (a new role, alias kind or pattern kind) must be
added to the seed's YAML too, or the warehouse build's blocking check fails the load."""

from __future__ import annotations

import csv

import yaml

from pipelines.settings import SEEDS_DIR


def _accepted_values() -> list[tuple[str, str, set[str]]]:
    spec = yaml.safe_load((SEEDS_DIR / "seeds.yml").read_text(encoding="utf-8"))
    found = []
    for seed in spec["seeds"]:
        for column in seed.get("columns", []):
            for test in column.get("data_tests", []):
                if isinstance(test, dict) and "accepted_values" in test:
                    values = test["accepted_values"]["arguments"]["values"]
                    found.append((seed["name"], column["name"], {str(v) for v in values}))
    return found


def test_seed_columns_hold_only_accepted_values():
    checked = _accepted_values()
    assert {(seed, column) for seed, column, _ in checked} >= {
        ("actor_roles", "role"),
        ("actors", "actor_type"),
    }
    for seed, column, accepted in checked:
        with (SEEDS_DIR / f"{seed}.csv").open(encoding="utf-8", newline="") as handle:
            values = {row[column] for row in csv.DictReader(handle) if row[column] != ""}
        assert values <= accepted, (seed, column, sorted(values - accepted))
