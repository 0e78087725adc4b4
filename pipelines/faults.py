"""Fault injection for the crash-safety tests.

`NEWSEVENTS_CRASH_AT=<point>` makes the process kill itself with SIGKILL when it reaches
that point: no exception, no `finally`, no atexit, exactly what `kill -9` (or the OOM
killer) does at that moment. The points are the moments a crash costs the most: inside a
stage's write transaction just before COMMIT (`commit:<raw table>`), between two dbt nodes
(`dbt:<n>`, after the n-th finished) and after the SQL copy is written but before it is
swapped in (`snapshot`). Unset, every point is one dictionary lookup.

`NEWSEVENTS_FAIL_AT=<point>` raises `InjectedFailure` at the same points instead: a stage
that fails with an exception, as a bug or a lost disk would make it, in a process that
goes on (`newsevents watch`).
"""

from __future__ import annotations

import os
import signal

CRASH_ENV = "NEWSEVENTS_CRASH_AT"
FAIL_ENV = "NEWSEVENTS_FAIL_AT"


class InjectedFailure(RuntimeError):
    """A failure the tests asked for (NEWSEVENTS_FAIL_AT)."""


def crash_point(name: str) -> None:
    """Die here, as if killed with -9, or raise, when the fault tests ask for it."""
    if os.environ.get(CRASH_ENV) == name:
        die()
    if os.environ.get(FAIL_ENV) == name:
        raise InjectedFailure(f"injected failure at {name}")


def die() -> None:
    """SIGKILL this process: nothing after this line runs, no cleanup either."""
    os.kill(os.getpid(), signal.SIGKILL)


def dbt_crash_after() -> int | None:
    """The number of dbt nodes after which to die, for `NEWSEVENTS_CRASH_AT=dbt:<n>`."""
    point = os.environ.get(CRASH_ENV, "")
    return int(point.split(":", 1)[1]) if point.startswith("dbt:") else None
