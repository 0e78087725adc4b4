"""Scoring actor mentions and quote speakers against a seeds gold file.

Per article, the gold lists actors as required, optional (fine either way) and forbidden
(a mistake if found, e.g. the publisher named in a byline), and quotes by their first
words with their speaker. Actor F1: precision over the actors found (an optional one
counts as right), recall over the required ones. Quote speaker accuracy: the share of gold
quotes found whose resolved speaker (or, when unresolved, speaker text) is the gold one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actor_mentions
from pipelines.nlp.quotes import extract_quotes
from pipelines.settings import SEEDS_DIR
from pipelines.text.articles import clean_source
from pipelines.text.read import read_input_file


@dataclass
class ActorScore:
    """Totals over a gold set."""

    found_right: int = 0
    found: int = 0
    required_found: int = 0
    required: int = 0
    forbidden_found: list[str] = field(default_factory=list)
    quotes_right: int = 0
    quotes: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found_right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.required_found / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.quotes_right / self.quotes if self.quotes else 1.0


def evaluate_actors(gold_path: Path, seeds_dir: Path = SEEDS_DIR) -> ActorScore:
    """Run cleaning, actor mentions and quotes on each seed and compare with the gold."""
    dictionary = ActorDictionary.from_seeds(seeds_dir)
    matcher = ActorMatcher(dictionary)
    name_of = dict(dictionary.actors.select("actor_id", "name").iter_rows())
    score = ActorScore()
    for article in json.loads(gold_path.read_text(encoding="utf-8"))["articles"]:
        raw = (gold_path.parent / "seeds" / article["file"]).read_bytes()
        sources = read_input_file(article["file"], raw).sources
        cleaned = clean_source(sources[0]) if sources else {"body": "", "published_date": None}
        frame = pl.DataFrame(
            {
                "article_id": [article["file"]],
                "body": [cleaned["body"]],
                "published_date": [cleaned["published_date"]],
            },
            schema_overrides={"published_date": pl.Date},
        )
        mentions = extract_actor_mentions(frame, matcher)
        # Discovered actors carry their own name; known ones the dictionary's.
        names = name_of | dict(mentions.select("actor_id", "actor_name").iter_rows())
        found = set(names[a] for a in mentions["actor_id"])
        gold = article.get("actors", {})
        required, optional = set(gold.get("required", [])), set(gold.get("optional", []))
        score.found += len(found)
        score.found_right += len(found & (required | optional))
        score.required += len(required)
        score.required_found += len(found & required)
        score.forbidden_found += [
            f"{article['file']}: {a}" for a in found & set(gold.get("forbidden", []))
        ]
        score.missing += [f"{article['file']}: {a}" for a in sorted(required - found)]
        quotes = extract_quotes(frame, mentions)
        for expected in article.get("quotes", []):
            score.quotes += 1
            start = expected["starts"][:20]
            hit = next((q for q in quotes.iter_rows(named=True) if start in q["quote_text"]), None)
            if hit is None:
                continue
            speaker = (
                names.get(hit["speaker_actor_id"])
                if hit["speaker_actor_id"]
                else hit["speaker_text"]
            )
            score.quotes_right += speaker == expected["speaker"]
    return score
