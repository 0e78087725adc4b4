"""Actor and quote extraction over a batch, in worker processes when it is large
(`pipelines.workers`); each worker loads the actor dictionary once."""

from __future__ import annotations

from functools import cache, partial
from pathlib import Path

import polars as pl

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
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
    columns = [c for c in ("article_id", "body", "published_date") if c in articles.columns]
    parts = map_slices(
        partial(_actors_and_quotes_slice, seeds_dir), articles.select(columns), workers
    )
    return (
        pl.concat([mentions for mentions, _ in parts], how="vertical"),
        pl.concat([quotes for _, quotes in parts], how="vertical"),
    )
