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
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
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
    # Start every worker now, with the main module hidden: a spawned child re-runs the
    # parent's main module unless told not to, and `python -m dagster api execute_run` (how
    # Dagster launches runs) has no `if __name__ == "__main__"` guard, so the child would
    # start the run again. The workers need only this module.
    with _main_module_hidden():
        assert all(pool.map(_ready, range(workers)))
    return pool


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    main = sys.modules["__main__"]
    saved = {
        name: main.__dict__[name] for name in ("__file__", "__spec__") if name in main.__dict__
    }
    for name in saved:
        setattr(main, name, None) if name == "__spec__" else delattr(main, name)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(main, name, value)


def _ready(_: int) -> bool:
    import time

    time.sleep(0.2)  # long enough that each worker takes one
    return _worker_matcher is not None


def start_workers(seeds_dir: Path, workers: int | None = None) -> None:
    """Start the worker processes now (each loads the dictionary), not at the first batch."""
    workers = default_workers() if workers is None else workers
    if workers > 1:
        _pool(seeds_dir, workers)


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
