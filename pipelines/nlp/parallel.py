"""Actor and quote extraction spread over processes when a batch is large.

The extractors are pure Python between C-level matchers (Aho-Corasick, regex), so one process
uses one core. A large batch (a first load, a re-extraction after a dictionary edit) is cut
into chunks that worker processes handle in parallel; a small one (an incremental run) stays
in-process, where starting workers would cost more than it saves. Workers are spawned, not
forked: the parent runs polars and DuckDB threads, which fork would copy mid-flight.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

import polars as pl

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes

# Below this many articles, one process is faster than starting workers.
PARALLEL_MIN_ARTICLES = 2000
_CHUNKS_PER_WORKER = 4

_worker_matcher: ActorMatcher | None = None


def default_workers() -> int:
    """NEWSEVENTS_WORKERS, else the cores this process may use."""
    configured = os.environ.get("NEWSEVENTS_WORKERS")
    if configured:
        return max(1, int(configured))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@cache
def matcher_for(seeds_dir: Path) -> ActorMatcher:
    return ActorMatcher(ActorDictionary.from_seeds(seeds_dir))


def _init_worker(seeds_dir: Path) -> None:
    global _worker_matcher
    _worker_matcher = matcher_for(seeds_dir)


def _actors_and_quotes_chunk(job: tuple[str, int, int]) -> tuple[pl.DataFrame, pl.DataFrame]:
    assert _worker_matcher is not None
    return extract_actors_and_quotes(_read_slice(*job), _worker_matcher)


def _read_slice(path: str, offset: int, length: int) -> pl.DataFrame:
    # The batch is shared as one memory-mapped Arrow file: workers read their rows in place
    # instead of receiving the article texts through a pipe.
    return pl.scan_ipc(path).slice(offset, length).collect()


@cache
def _pool(seeds_dir: Path, workers: int) -> ProcessPoolExecutor:
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(seeds_dir,),
    )
    atexit.register(pool.shutdown, cancel_futures=True)
    return pool


def _ready(_: int) -> bool:
    import time

    time.sleep(0.2)  # long enough that each worker takes one
    return _worker_matcher is not None


def start_workers(seeds_dir: Path, workers: int | None = None) -> None:
    """Start the worker processes now (each loads the dictionary), not at the first batch."""
    workers = default_workers() if workers is None else workers
    if workers > 1:
        assert all(_pool(seeds_dir, workers).map(_ready, range(workers)))


def _chunk_bounds(height: int, workers: int) -> list[tuple[int, int]]:
    size = max(1, -(-height // (workers * _CHUNKS_PER_WORKER)))
    return [(offset, min(size, height - offset)) for offset in range(0, height, size)]


def _use_workers(articles: pl.DataFrame, workers: int | None) -> int:
    workers = default_workers() if workers is None else workers
    return workers if workers > 1 and articles.height >= PARALLEL_MIN_ARTICLES else 1


def actors_and_quotes_of(
    articles: pl.DataFrame, seeds_dir: Path, workers: int | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """extract_actors_and_quotes over the batch, in worker processes when it is large."""
    workers = _use_workers(articles, workers)
    if workers == 1:
        return extract_actors_and_quotes(articles, matcher_for(seeds_dir))
    with tempfile.TemporaryDirectory(prefix="newsevents-") as folder:
        path = str(Path(folder) / "batch.arrow")
        articles.select(
            [c for c in ("article_id", "body", "published_date") if c in articles.columns]
        ).write_ipc(path)
        jobs = [
            (path, offset, length) for offset, length in _chunk_bounds(articles.height, workers)
        ]
        parts = list(_pool(seeds_dir, workers).map(_actors_and_quotes_chunk, jobs))
    return (
        pl.concat([mentions for mentions, _ in parts], how="vertical"),
        pl.concat([quotes for _, quotes in parts], how="vertical"),
    )
