"""A batch spread over worker processes, for the stages that are pure Python per row.

Cleaning, date extraction, actor extraction and event coding run Python between C-level
matchers (lxml, regex, Aho-Corasick), so one process uses one core. A large batch (a first
load, a re-extraction after a dictionary edit) is cut into slices that worker processes
handle in parallel; a small one (an incremental run) stays in-process, where starting
workers would cost more than it saves. Workers are spawned, not forked: the parent runs
polars and DuckDB threads, which fork would copy mid-flight. One pool serves every stage of a run.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TypeVar

import polars as pl

from pipelines.progress import advance, expect

# Below this many rows, one process is faster than starting workers.
PARALLEL_MIN_ROWS = 2000
# Slices per worker: enough that a slow slice (many HTML pages) does not leave a core idle,
# few enough that each slice's fixed cost stays small. A slice never exceeds MAX_SLICE_ROWS:
# a worker's memory follows its slice, and workers stay up (holding what their allocator
# kept) between stages.
_SLICES_PER_WORKER = 6
MAX_SLICE_ROWS = 2500

Result = TypeVar("Result")


def default_workers() -> int:
    """NEWSEVENTS_WORKERS, else the cores this process may use."""
    configured = os.environ.get("NEWSEVENTS_WORKERS")
    if configured:
        return max(1, int(configured))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def workers_for(rows: int, workers: int | None = None) -> int:
    """How many processes a batch of `rows` rows should use (1: stay in this process)."""
    workers = default_workers() if workers is None else workers
    return workers if workers > 1 and rows >= PARALLEL_MIN_ROWS else 1


@cache
def _pool(workers: int) -> ProcessPoolExecutor:
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    atexit.register(pool.shutdown, cancel_futures=True)
    # Start every worker now, with the main module hidden: a spawned child re-runs the
    # parent's main module unless told not to, and `python -m dagster api execute_run` (how
    # Dagster launches runs) has no `if __name__ == "__main__"` guard, so the child would
    # start the run again. The workers need only the modules of the functions they run.
    with _main_module_hidden():
        assert all(pool.map(_ready, [None] * workers))
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


def _ready(prepare: Callable[[], object] | None) -> bool:
    if prepare is not None:
        prepare()
    time.sleep(0.2)  # long enough that each worker takes one
    return True


def start_workers(workers: int | None = None, prepare: Callable[[], object] | None = None) -> None:
    """Start the worker processes now, not at the first large batch; `prepare` (a
    module-level function) runs once in each, to load what its slices will need."""
    workers = default_workers() if workers is None else workers
    if workers > 1:
        pool = _pool(workers)
        if prepare is not None:
            with _main_module_hidden():
                assert all(pool.map(_ready, [prepare] * workers))


def slice_bounds(height: int, slices: int) -> list[tuple[int, int]]:
    """(offset, length) of `slices` near-equal slices covering `height` rows."""
    size = max(1, -(-height // max(1, slices)))
    return [(offset, min(size, height - offset)) for offset in range(0, height, size)]


def _scratch_dir() -> Path | None:
    """Where the shared batch file goes: beside the warehouse, whose disk is sized for the
    data (a system temp folder may be a small tmpfs); the system's when that folder is
    missing."""
    from pipelines.settings import warehouse_path

    folder = warehouse_path().parent
    return folder if folder.is_dir() else None


def _run_on_slice(job: tuple[Callable[[pl.DataFrame], object], str, int, int]) -> object:
    fn, path, offset, length = job
    # The batch is shared as one memory-mapped Arrow file: a worker reads its rows in place
    # instead of receiving the texts through a pipe.
    return fn(pl.scan_ipc(path).slice(offset, length).collect())


def map_slices(
    fn: Callable[[pl.DataFrame], Result],
    frame: pl.DataFrame,
    workers: int | None = None,
) -> list[Result]:
    """`fn` over slices of `frame`, in worker processes when the frame is large: one result
    per slice, in row order. `fn` must be a module-level function (or a partial of one)."""
    workers = workers_for(frame.height, workers)
    expect(frame.height)
    if workers == 1:
        result = fn(frame)
        advance(frame.height)
        return [result]
    with tempfile.TemporaryDirectory(prefix=".newsevents-batch-", dir=_scratch_dir()) as folder:
        path = str(Path(folder) / "batch.arrow")
        frame.write_ipc(path)
        jobs = [
            (fn, path, offset, length)
            for offset, length in slice_bounds(
                frame.height,
                max(workers * _SLICES_PER_WORKER, -(-frame.height // MAX_SLICE_ROWS)),
            )
        ]
        pool = _pool(workers)
        futures = [pool.submit(_run_on_slice, job) for job in jobs]  # type: ignore[arg-type]
        rows_of = {future: job[3] for future, job in zip(futures, jobs, strict=True)}
        for future in as_completed(futures):  # (the stage's progress, as slices finish)
            advance(rows_of[future])
        return [future.result() for future in futures]
