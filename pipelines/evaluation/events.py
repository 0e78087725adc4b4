"""Scoring coded events against two gold sets.

PETR2 sentences (`PETR2_GSR_dev.jsonl`, one JSON object a line: id, date, text, events with
eventcode/sourcecode/targetcode, evaluate): each sentence is coded as a one-sentence article
published on its date. One of our events is right when its 2-digit root code and the
3-letter country codes of its source and target equal those of a gold event of the same
sentence, each gold event matching at most one of ours. Our country code of an actor is the
first 3 letters of its CAMEO code (ISO3 for countries and state bodies, "IGO" for
intergovernmental bodies), else its ISO3 country; actors outside the dictionary have none.
A gold code starting with "---" (an actor of unknown country: rebels, civilians) matches
only an actor of ours without a country code, or no target; since our events always have a
source, a gold event with an unknown source cannot be found and counts against recall.
PETR2 codes the reported act, not the act of reporting, so our statement events from
reporting verbs (direction `report`: "said", "told") are left out of the PETR2 scores.

Seeds (`seeds.gold.json`, lenient): per article, events with a source name, a list of
acceptable root codes and a list of acceptable target names (or null: any target). A gold
event is found when one of our events in that article has a root code in the list, a
source that is the gold source or an actor of the same country (Putin for Russia), and,
when targets are listed, a target among them or of the same country as one of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import polars as pl

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
from pipelines.nlp.dates import extract_date_mentions
from pipelines.nlp.event_coder import REPORT
from pipelines.nlp.events import EventPatterns, code_events, headline_actors
from pipelines.nlp.places import PlaceFinder
from pipelines.nlp.sentences import sentence_frame
from pipelines.settings import SEEDS_DIR
from pipelines.text.articles import clean_source
from pipelines.text.read import read_input_file

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
PETR2_PATH = SHARED_DATA / "cameo" / "PETR2_GSR_dev.jsonl"
SEEDS_GOLD_PATH = SHARED_DATA / "seeds.gold.json"


@dataclass
class EventScore:
    """Totals over a gold set (precision over our events, recall over gold events)."""

    right: int = 0
    ours: int = 0
    gold_found: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    # PETR2 only: gold events whose actors the actor dictionary can find at all (a known
    # source and, unless unknown in the gold, a target of those countries are mentioned in
    # the sentence), and how many of them were found: the coder's share, apart from actors.
    gold_resolvable: int = 0
    gold_resolvable_found: int = 0

    @property
    def resolvable_recall(self) -> float:
        return self.gold_resolvable_found / self.gold_resolvable if self.gold_resolvable else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.ours if self.ours else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class EventCoder:
    matcher: ActorMatcher
    patterns: EventPatterns
    places: PlaceFinder
    country_of: dict[str, str | None]
    name_of: dict[str, str]
    id_of_name: dict[str, str]

    @classmethod
    def load(cls, seeds_dir: Path) -> EventCoder:
        dictionary = ActorDictionary.from_seeds(seeds_dir)
        actors = pl.read_csv(seeds_dir / "actors.csv", infer_schema=False)
        country_of = {}
        for actor_id, cameo, iso3 in actors.select(
            "actor_id", "cameo_code", "country_code"
        ).iter_rows():
            # unnamed groups ("rebels", "police") have no country, like PETR's "---REB"
            code = None if actor_id.startswith("sector_") else (cameo or iso3 or "")[:3] or None
            country_of[actor_id] = code
        names = dict(actors.select("actor_id", "name").iter_rows())
        return cls(
            matcher=ActorMatcher(dictionary),
            patterns=EventPatterns.from_seed(seeds_dir / "event_verb_patterns.csv"),
            places=PlaceFinder.from_seeds(seeds_dir),
            country_of=country_of,
            name_of=names,
            id_of_name={n: a for a, n in names.items()},
        )

    def code(self, articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
        """(events, actor mentions) of articles (article_id, body, published_date, and title
        when known)."""
        mentions, quotes = extract_actors_and_quotes(articles, self.matcher)
        dates = extract_date_mentions(articles)
        events = code_events(
            sentence_frame(articles),
            mentions,
            dates,
            articles,
            self.patterns,
            self.places,
            quotes,
            headline_actors(articles, self.matcher, mentions),
        )
        return events, mentions

    def countries(self, mentions: pl.DataFrame) -> dict[str, str | None]:
        """The country code of every actor: the dictionary's, and for discovered people the
        country of their titles ("the US commander, General X")."""
        discovered = (
            mentions.filter(~pl.col("is_known_actor"))
            .select("actor_id", "actor_country")
            .unique("actor_id")
            .iter_rows()
        )
        return dict(discovered) | self.country_of

    @staticmethod
    def is_report(explanation: str) -> bool:
        """Whether an event is the statement of a reporting verb ("said", "told")."""
        return f"({REPORT})" in (explanation or "")


def _petr_date(value: str | None) -> date | None:
    for fmt in ("%Y%m%d", "%y%m%d"):
        try:
            return datetime.strptime(value or "", fmt).date()
        except ValueError:
            continue
    return None


def _side_matches(gold: str | None, ours: str | None) -> bool:
    gold = (gold or "---")[:3].upper()
    if gold == "---":
        return ours is None
    return ours == gold


def match_events(
    ours: list[tuple[str, str | None, str | None]],
    gold: list[tuple[str, str | None, str | None]],
) -> list[int | None]:
    """For each of our (root, source country, target country), the index of the gold
    (code, source code, target code) it matches, or None; each gold event matches once."""
    used: set[int] = set()
    hits: list[int | None] = []
    for root, source, target in ours:
        hit = next(
            (
                i
                for i, (code, g_source, g_target) in enumerate(gold)
                if i not in used
                and code[:2] == root
                and _side_matches(g_source, source)
                and _side_matches(g_target, target)
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    return hits


def evaluate_petr2(path: Path = PETR2_PATH, seeds_dir: Path = SEEDS_DIR) -> EventScore:
    """Precision and recall of root code + source/target country on the PETR2 gold sentences."""
    coder = EventCoder.load(seeds_dir)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    records = [r for r in records if str(r.get("evaluate", "true")).lower() == "true"]
    articles = pl.DataFrame(
        {
            "article_id": [str(r["id"]) for r in records],
            "body": [r["text"] for r in records],
            "published_date": [_petr_date(r.get("date")) for r in records],
        },
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    events, mentions = coder.code(articles)
    country_of = coder.countries(mentions)
    countries: dict[str, set[str | None]] = {}
    for article_id, actor_id in mentions.select("article_id", "actor_id").iter_rows():
        countries.setdefault(article_id, set()).add(country_of.get(actor_id))
    by_article: dict[str, list[tuple[str, str | None, str | None, str]]] = {}
    for article_id, code, source, target, trigger, explanation in events.select(
        "article_id",
        "event_code",
        "source_actor_id",
        "target_actor_id",
        "trigger_text",
        "event_explanation",
    ).iter_rows():
        if coder.is_report(explanation):
            continue
        by_article.setdefault(article_id, []).append(
            (
                code[:2],
                country_of.get(source) if source else None,
                country_of.get(target) if target else None,
                trigger,
            )
        )
    score = EventScore()
    for record in records:
        gold = [e for e in record.get("events", []) if e.get("eventcode")]
        ours = by_article.get(str(record["id"]), [])
        score.gold += len(gold)
        score.ours += len(ours)
        hits = match_events(
            [(root, source, target) for root, source, target, _ in ours],
            [(g["eventcode"], g.get("sourcecode"), g.get("targetcode")) for g in gold],
        )
        used = {hit for hit in hits if hit is not None}
        score.wrong += [
            f"{record['id']}: {root} {source}->{target} ({trigger})"
            for (root, source, target, trigger), hit in zip(ours, hits, strict=True)
            if hit is None
        ]
        score.right += len(used)
        score.gold_found += len(used)
        seen = countries.get(str(record["id"]), set())
        for i, g in enumerate(gold):
            source, target = (g.get("sourcecode") or "---")[:3], (g.get("targetcode") or "---")[:3]
            if source != "---" and source in seen and (target == "---" or target in seen):
                score.gold_resolvable += 1
                score.gold_resolvable_found += i in used
        score.misses += [
            f"{record['id']}: {g['eventcode']} {g.get('sourcecode')}->{g.get('targetcode')}"
            for i, g in enumerate(gold)
            if i not in used
        ]
    return score


def _seed_article(name: str, raw: bytes) -> pl.DataFrame | None:
    sources = read_input_file(name, raw).sources
    if not sources:
        return None
    cleaned = clean_source(sources[0])
    return pl.DataFrame(
        {
            "article_id": [name],
            "body": [cleaned["body"] or ""],
            "published_date": [cleaned["published_date"]],
        },
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )


def evaluate_seed_events(
    gold_path: Path = SEEDS_GOLD_PATH, seeds_dir: Path = SEEDS_DIR
) -> EventScore:
    """Lenient recall of the seeds' gold events (precision is not defined by this gold:
    `right` counts our events that match some gold event, `ours` all our events)."""
    coder = EventCoder.load(seeds_dir)
    score = EventScore()
    for article in json.loads(gold_path.read_text(encoding="utf-8"))["articles"]:
        gold = article.get("events") or []
        frame = _seed_article(
            article["file"], (gold_path.parent / "seeds" / article["file"]).read_bytes()
        )
        if frame is None:
            score.gold += len(gold)
            continue
        events, mentions = coder.code(frame)
        names = coder.name_of | dict(mentions.select("actor_id", "actor_name").iter_rows())

        def same(actor_id: str | None, wanted: str, names: dict[str, str] = names) -> bool:
            if actor_id is None:
                return False
            if names.get(actor_id) == wanted:
                return True
            wanted_id = coder.id_of_name.get(wanted)
            country = coder.country_of.get(actor_id)
            return (
                wanted_id is not None
                and country is not None
                and (coder.country_of.get(wanted_id) == country)
            )

        ours = list(
            events.select(
                "event_code", "source_actor_id", "target_actor_id", "trigger_text"
            ).iter_rows()
        )
        matched_ours: set[int] = set()
        for g in gold:
            score.gold += 1
            targets = g.get("target")
            hits = [
                i
                for i, (code, source, target, _) in enumerate(ours)
                if code[:2] in g["root_codes"]
                and same(source, g["source"])
                and (not targets or any(same(target, t) for t in targets))
            ]
            if hits:
                score.gold_found += 1
                matched_ours.update(hits)
            else:
                score.misses.append(f"{article['file']}: {g['source']} {g['root_codes']} {targets}")
        score.ours += len(ours)
        score.right += len(matched_ours)
        score.wrong += [
            f"{article['file']}: {code} {names.get(s, s)}->{names.get(t, t)} ({trigger})"
            for i, (code, s, t, trigger) in enumerate(ours)
            if i not in matched_ours
        ]
    return score


def main() -> None:
    if PETR2_PATH.exists():
        petr = evaluate_petr2()
        print(
            f"PETR2: precision {petr.precision:.3f} ({petr.right}/{petr.ours}), "
            f"recall {petr.recall:.3f} ({petr.gold_found}/{petr.gold}), f1 {petr.f1:.3f}; "
            f"recall where the actors are in the dictionary {petr.resolvable_recall:.3f} "
            f"({petr.gold_resolvable_found}/{petr.gold_resolvable})"
        )
    else:
        print(f"PETR2 gold not found at {PETR2_PATH}")
    if SEEDS_GOLD_PATH.exists():
        seeds = evaluate_seed_events()
        print(
            f"Seeds: gold events found {seeds.gold_found}/{seeds.gold} ({seeds.recall:.3f}); "
            f"our events matching a gold event {seeds.right}/{seeds.ours}"
        )
    else:
        print(f"Seeds gold not found at {SEEDS_GOLD_PATH}")


if __name__ == "__main__":
    main()
