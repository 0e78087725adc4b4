"""The actors gold on the Kremlin releases: the committed file, its halves and draw, and the
scorer (on releases and an extractor written for this test)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import polars as pl
import pytest

from pipelines.evaluation.kremlin_actors import (
    ACTOR_TYPES,
    ACTORS_GOLD,
    evaluate_kremlin_actors,
    gold_releases,
    select_releases,
    validate_actors,
)
from pipelines.evaluation.kremlin_gold import KREMLIN_CSV, load_gold, load_releases, release_split

FIRST, SECOND = "http://example.test/actors/1", "http://example.test/actors/2"
BODIES = {
    FIRST: "Sergei Lavrov said in Geneva that the Russian Federation and China would talk.",
    SECOND: "Russia and China signed an agreement on grain deliveries.",
}


def _write_csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["link", "headline", "date", "location", "summary", "body"])
        writer.writeheader()
        for link, body in BODIES.items():
            writer.writerow(
                {"link": link, "headline": "Talks", "date": "2022-03-01T10:00:00Z",
                 "location": "NA", "summary": "None", "body": body}
            )  # fmt: skip
    return path


def _write_gold(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def _actor(name: str, required: bool = True, **more: object) -> dict:
    return {"name": name, "type": "person", "required": required, **more}


def test_the_committed_gold_parses_with_both_halves() -> None:
    items = load_gold(ACTORS_GOLD)
    assert len({i["link"] for i in items}) == len(items) >= 40
    for item in items:
        assert item["annotator"]
        for actor in item["actors"]:
            assert actor["name"].strip() and actor["type"] in ACTOR_TYPES
            assert isinstance(actor["required"], bool)
    halves = [release_split(i["link"]) for i in items]
    assert halves.count("dev") >= 20 and halves.count("test") >= 20
    for half in ("dev", "test"):
        assert any(
            a["required"]
            for i, h in zip(items, halves, strict=True)
            if h == half
            for a in i["actors"]
        )


@pytest.mark.skipif(not KREMLIN_CSV.exists(), reason="the shared reference data is absent")
def test_every_link_exists_and_the_releases_are_the_seeded_draw() -> None:
    releases = load_releases()
    assert validate_actors(ACTORS_GOLD, releases) == []
    assert {i["link"] for i in load_gold(ACTORS_GOLD)} == set(gold_releases(releases))
    # the later draws grow the dev half only: the test half is the first draw's
    first = set(select_releases(releases))
    assert all(release_split(link) == "dev" for link in set(gold_releases(releases)) - first)


def test_validate_reports_each_problem(tmp_path: Path) -> None:
    releases = load_releases(_write_csv(tmp_path / "r.csv"))
    good = {"link": FIRST, "actors": [_actor("Sergei Lavrov")], "annotator": "test"}
    bad = [
        good | {"link": "http://example.test/none"},
        good | {"actors": [_actor("Russia", type="state"), _actor("Russia", required="yes")]},
        good,
    ]
    assert validate_actors(_write_gold(tmp_path / "ok.jsonl", [good]), releases) == []
    problems = validate_actors(_write_gold(tmp_path / "bad.jsonl", bad), releases)
    assert [p.split(":")[0] for p in problems[:4]] == ["line 1", "line 2", "line 2", "line 2"]
    assert problems[4:] == [f"link {FIRST} annotated twice"]


def _invented_extractor(frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Found actors written for the test: (article, actor id, name, alias kind)."""
    found = {
        FIRST: [
            ("Sergey Lavrov", "discovered"),  # another transliteration: right
            ("the Russian Federation", "ner"),  # an alias, with 'the': right
            ("Russia", "name"),  # the same gold actor again: counted once
            ("United Nations", "name"),  # optional: right
            ("Geneva", "ner"),  # not in the gold: wrong
            ("police (unnamed)", "sector"),  # unnamed groups are left out
        ],
        SECOND: [],
    }
    rows = [
        (link, f"{link}#{name}", name, kind)
        for link in frame["article_id"]
        for name, kind in found[link]
    ]
    mentions = pl.DataFrame(
        rows, schema=["article_id", "actor_id", "actor_name", "alias_kind"], orient="row"
    )
    quotes = pl.DataFrame(
        schema={"quote_text": pl.String, "speaker_actor_id": pl.String, "speaker_text": pl.String}
    )
    return mentions, quotes


def test_scores_an_invented_gold(tmp_path: Path) -> None:
    releases = _write_csv(tmp_path / "r.csv")
    gold = _write_gold(
        tmp_path / "g.jsonl",
        [
            {"link": FIRST, "annotator": "test", "actors": [
                _actor("Sergei Lavrov"),
                _actor("Russia", aliases=["Russian Federation"]),
                _actor("China"),
                _actor("United Nations", required=False),
            ]},
            {"link": SECOND, "annotator": "test", "actors": [_actor("Emmanuel Macron")]},
        ],
    )  # fmt: skip
    score = evaluate_kremlin_actors(None, _invented_extractor, gold, releases)
    assert (score.found_right, score.found) == (3, 4)
    assert (score.required_found, score.required) == (2, 4)
    assert score.precision == 0.75 and score.recall == 0.5 and score.f1 == pytest.approx(0.6)
    assert score.wrong == [f"{FIRST}: Geneva"]
    assert score.missing == [f"{FIRST}: China", f"{SECOND}: Emmanuel Macron"]
    assert score.releases == 2
    other = "dev" if release_split(FIRST) == "test" else "test"
    assert evaluate_kremlin_actors(other, _invented_extractor, gold, releases).releases == (
        release_split(SECOND) == other
    )


def test_our_extractor_finds_countries_named_in_full(tmp_path: Path) -> None:
    gold = _write_gold(
        tmp_path / "g.jsonl",
        [{"link": SECOND, "annotator": "test",
          "actors": [_actor("Russia"), _actor("China")]}],
    )  # fmt: skip
    score = evaluate_kremlin_actors(None, None, gold, _write_csv(tmp_path / "r.csv"))
    assert (score.required_found, score.required) == (2, 2)
