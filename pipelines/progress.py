"""Progress of a stage's long work: rows done of the total, rate and time left.

A stage wraps its work in `stage_progress`; the code that works through a batch
(`workers.map_slices`, one slice at a time) calls `expect` and `advance` and needs to know
nothing of who watches. On a terminal a bar is drawn (tqdm, which already handles widths, rates and
redraws); elsewhere (a log file, Dagster's captured output) a plain line is written every
few seconds. The same counts go to the run's log (`log`, the stage's Dagster logger), so
the UI's run page shows how far a run is. A batch too small to take long shows nothing.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from tqdm import tqdm

# Below this many rows a stage takes seconds: no bar (incremental loads stay quiet).
BAR_MIN_ROWS = 2000
# Seconds between two plain lines, and between two entries in the run's log.
LINE_EVERY_SECONDS = 10.0


class _Progress:
    def __init__(self, stage: str, log: Callable[[str], None]) -> None:
        self.stage, self.log = stage, log
        self.total = self.done = 0
        self.started = self.last_line = time.monotonic()
        self.bar: tqdm | None = None
        self.plain = not sys.stderr.isatty()

    def expect(self, rows: int) -> None:
        self.total += rows
        if self.bar is not None:
            self.bar.total = self.total
            self.bar.refresh()
        elif not self.plain and self.total >= BAR_MIN_ROWS:
            self.bar = tqdm(
                total=self.total, desc=self.stage, unit=" rows", file=sys.stderr, dynamic_ncols=True
            )
            self.bar.update(self.done)

    def advance(self, rows: int) -> None:
        self.done += rows
        if self.bar is not None:
            self.bar.update(rows)
        now = time.monotonic()
        if now - self.last_line >= LINE_EVERY_SECONDS and self.done < self.total:
            self.last_line = now
            line = self.summary(now)
            self.log(line)
            if self.plain:
                print(line, file=sys.stderr, flush=True)

    def summary(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else float("inf")
        return (
            f"{self.stage}: {self.done:,} of {self.total:,} rows ({self.done / max(self.total, 1):.0%}),"
            f" {rate:,.0f} rows/s, about {left:,.0f} s left"
        )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elapsed = time.monotonic() - self.started
        if elapsed >= LINE_EVERY_SECONDS:  # a long stage says how long it took
            self.log(f"{self.stage}: {self.done:,} rows in {elapsed:,.0f} s")


_CURRENT: ContextVar[_Progress | None] = ContextVar("newsevents_progress", default=None)


@contextmanager
def stage_progress(stage: str, log: Callable[[str], None]) -> Iterator[None]:
    """Report the progress of `stage` while the block runs: the rows its batches `expect`
    and those `advance` says are done."""
    progress = _Progress(stage, log)
    token = _CURRENT.set(progress)
    try:
        yield
    finally:
        _CURRENT.reset(token)
        progress.close()


def expect(rows: int) -> None:
    """`rows` more rows for the stage in progress, if any, to work through."""
    progress = _CURRENT.get()
    if progress is not None:
        progress.expect(rows)


def advance(rows: int) -> None:
    """`rows` more rows done by the stage in progress, if any."""
    progress = _CURRENT.get()
    if progress is not None:
        progress.advance(rows)
