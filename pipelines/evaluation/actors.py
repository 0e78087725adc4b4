"""Scoring actor mentions and quote speakers against a seeds gold file.

Per article, the gold lists actors as required, optional (fine either way) and forbidden
(a mistake if found, e.g. the publisher named in a byline), and quotes by their first
words with their speaker. Actor F1: precision over the actors found (an optional one
counts as right), recall over the required ones. Quote speaker accuracy: the share of gold
quotes found whose resolved speaker (or, when unresolved, speaker text) is the gold one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
from pipelines.settings import SEEDS_DIR
from pipelines.text.articles import clean_source
from pipelines.text.read import read_input_file

# An extractor under test: articles (article_id, body, published_date) to (mentions with
# actor_id, actor_name and alias_kind; quotes with quote_text, speaker_actor_id, speaker_text).
Extractor = Callable[[pl.DataFrame], tuple[pl.DataFrame, pl.DataFrame]]


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
    wrong_speakers: list[str] = field(default_factory=list)

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


def _score_article(
    score: ActorScore,
    label: str,
    source: dict,
    gold_actors: dict,
    gold_quotes: list[dict],
    extract: Extractor,
    name_of: dict[str, str],
) -> None:
    """Clean one source, extract actors and quotes, and add its counts to `score`."""
    cleaned = clean_source(source)
    frame = pl.DataFrame(
        {
            "article_id": [label],
            "body": [cleaned["body"] or ""],
            "published_date": [cleaned["published_date"]],
        },
        schema_overrides={"published_date": pl.Date},
    )
    mentions, quotes = extract(frame)
    # unnamed groups ("police", "rebels") are event actors, not the named actors of the gold
    mentions = mentions.filter(pl.col("alias_kind") != "sector")
    # Discovered actors carry their own name; known ones the dictionary's.
    names = name_of | dict(mentions.select("actor_id", "actor_name").iter_rows())
    found = {names[a] for a in mentions["actor_id"]}
    required = set(gold_actors.get("required", []))
    optional = set(gold_actors.get("optional", []))
    score.found += len(found)
    score.found_right += len(found & (required | optional))
    score.required += len(required)
    score.required_found += len(found & required)
    score.forbidden_found += [
        f"{label}: {a}" for a in found & set(gold_actors.get("forbidden", []))
    ]
    score.missing += [f"{label}: {a}" for a in sorted(required - found)]
    for expected in gold_quotes:
        score.quotes += 1
        start = expected["starts"][:20]
        hit = next((q for q in quotes.iter_rows(named=True) if start in q["quote_text"]), None)
        if hit is None:
            score.wrong_speakers.append(f"{label}: no quote “{start}…”")
            continue
        speaker = (
            names.get(hit["speaker_actor_id"]) if hit["speaker_actor_id"] else hit["speaker_text"]
        )
        if speaker == expected["speaker"]:
            score.quotes_right += 1
        else:
            score.wrong_speakers.append(f"{label}: “{start}…” {speaker} <> {expected['speaker']}")


def _extractor(seeds_dir: Path, extract: Extractor | None) -> tuple[Extractor, dict[str, str]]:
    dictionary = ActorDictionary.from_seeds(seeds_dir)
    name_of = dict(dictionary.actors.select("actor_id", "name").iter_rows())
    if extract is None:
        matcher = ActorMatcher(dictionary)

        def extract(frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
            return extract_actors_and_quotes(frame, matcher)

    return extract, name_of


def evaluate_actors(
    gold_path: Path, seeds_dir: Path = SEEDS_DIR, extract: Extractor | None = None
) -> ActorScore:
    """Run cleaning, actor mentions and quotes (ours, or `extract`) on each seed and compare
    with the gold."""
    extract, name_of = _extractor(seeds_dir, extract)
    score = ActorScore()
    for article in json.loads(gold_path.read_text(encoding="utf-8"))["articles"]:
        raw = (gold_path.parent / "seeds" / article["file"]).read_bytes()
        sources = read_input_file(article["file"], raw).sources
        if sources:
            _score_article(
                score,
                article["file"],
                sources[0],
                article.get("actors", {}),
                article.get("quotes", []),
                extract,
                name_of,
            )
    return score


def evaluate_sample_corpus(
    manifest_path: Path,
    corpus_dir: Path,
    seeds_dir: Path = SEEDS_DIR,
    extract: Extractor | None = None,
) -> ActorScore:
    """The same scores on the bundled sample corpus, whose manifest lists each story's actors
    (all required) and quotes. Its people are invented, so this measures discovery from
    context, not the dictionary."""
    extract, name_of = _extractor(seeds_dir, extract)
    score = ActorScore()
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        records = [
            r for r in entry.get("records", []) if r.get("actors") and not r.get("duplicate_of")
        ]
        if not records:
            continue
        sources = read_input_file(entry["path"], (corpus_dir / entry["path"]).read_bytes()).sources
        by_record = {s["source_record"]: s for s in sources}
        for record in records:
            source = by_record.get(record["source_record"])
            if source is not None:
                _score_article(
                    score,
                    f"{entry['path']}#{record['source_record']}",
                    source,
                    {"required": record["actors"]},
                    record.get("quotes", []),
                    extract,
                    name_of,
                )
    return score


# spaCy's entity labels that name actors (people, organizations, states, nationalities).
_NER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def spacy_ner_extractor() -> Extractor:
    """The peer a user would reach for: spaCy's small English pipeline's named entities
    (the same package our parser comes from, with its NER on), each entity's text taken as
    the actor's name. It links nothing to a dictionary and finds no quotes."""
    import importlib

    from pipelines.nlp.syntax import MODEL_PACKAGE

    nlp = importlib.import_module(MODEL_PACKAGE).load()

    def extract(frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
        rows = [
            (article_id, ent.text, ent.text, "ner")
            for article_id, doc in zip(frame["article_id"], nlp.pipe(frame["body"]), strict=True)
            for ent in doc.ents
            if ent.label_ in _NER_LABELS
        ]
        mentions = pl.DataFrame(
            rows, schema=["article_id", "actor_id", "actor_name", "alias_kind"], orient="row"
        )
        quotes = pl.DataFrame(
            schema={
                "quote_text": pl.String,
                "speaker_actor_id": pl.String,
                "speaker_text": pl.String,
            }
        )
        return mentions, quotes

    return extract
