"""Actor, quote and event extraction over a batch, in worker processes when it is large
(`pipelines.workers`); each worker loads the dictionaries once."""

from __future__ import annotations

from functools import cache, partial
from pathlib import Path

import polars as pl

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
from pipelines.nlp.events import (
    EventPatterns,
    code_occurrences,
    headline_actors,
    sentence_occurrences,
)
from pipelines.nlp.places import PlaceFinder
from pipelines.nlp.sentences import sentence_frame
from pipelines.workers import map_slices


@cache
def matcher_for(seeds_dir: Path) -> ActorMatcher:
    return ActorMatcher(ActorDictionary.from_seeds(seeds_dir))


def _actors_and_quotes_slice(
    seeds_dir: Path, articles: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    return extract_actors_and_quotes(articles, matcher_for(seeds_dir))


def actors_and_quotes_of(
    articles: pl.DataFrame, seeds_dir: Path, workers: int | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """extract_actors_and_quotes over the batch, in worker processes when it is large."""
    # url and publisher tell the publisher's country, for "the President" and for messages
    wanted = ("article_id", "body", "published_date", "url", "publisher")
    columns = [c for c in wanted if c in articles.columns]
    parts = map_slices(
        partial(_actors_and_quotes_slice, seeds_dir), articles.select(columns), workers
    )
    return (
        pl.concat([mentions for mentions, _ in parts], how="vertical"),
        pl.concat([quotes for _, quotes in parts], how="vertical"),
    )


@cache
def patterns_for(seeds_dir: Path) -> EventPatterns:
    return EventPatterns.from_seed(seeds_dir / "event_verb_patterns.csv")


@cache
def places_for(seeds_dir: Path) -> PlaceFinder:
    return PlaceFinder.from_seeds(seeds_dir)


def _events_slice(seeds_dir: Path, occurrences: pl.DataFrame) -> pl.DataFrame:
    return code_occurrences(occurrences, patterns_for(seeds_dir), places_for(seeds_dir))


def events_of(
    articles: pl.DataFrame,
    mentions: pl.DataFrame,
    date_mentions: pl.DataFrame,
    seeds_dir: Path,
    workers: int | None = None,
    quotes: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """code_events over the batch, coded in worker processes when it is large. The sentences
    to parse travel with what coding them needs; sorted by text, copies of one sentence
    land in one slice and are parsed once."""
    # the title names the article's parties ("Telephone conversation with ...")
    headline = headline_actors(articles, matcher_for(seeds_dir), mentions)
    articles = articles.select("article_id", "body", "published_date")
    occurrences = sentence_occurrences(
        sentence_frame(articles),
        mentions,
        date_mentions,
        articles,
        patterns_for(seeds_dir).forms,
        quotes,
        headline,
    )
    return pl.concat(
        map_slices(partial(_events_slice, seeds_dir), occurrences, workers), how="vertical"
    )
