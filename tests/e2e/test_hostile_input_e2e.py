"""Hostile input through the real pipeline: every bad family once (and a few twice) around
known good articles, one `newsevents run` process into a fresh warehouse.

The bars are those of benchmarks/hostile_benchmark.py (pipelines.hostile.check_warehouse):
the run succeeds, every good article lands, every entry leaves a row, nothing loads from a
bad entry or record, no NUL reaches the warehouse, out-of-range dates are NULL.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pipelines.hostile import (
    Bar,
    HostileManifest,
    check_warehouse,
    min_good_for_every_family,
    run_newsevents,
    write_hostile_corpus,
)

pytestmark = pytest.mark.e2e

# A FIFO or a bomb must not hang the load: past this, the run counts as failed.
RUN_TIMEOUT = 240


@dataclass(frozen=True)
class HostileLoad:
    manifest: HostileManifest
    warehouse: Path
    returncode: int | None
    output: str

    def bar(self, letter: str) -> Bar:
        bars = check_warehouse(self.manifest, self.warehouse, self.returncode)
        return next(b for b in bars if b.name.startswith(letter + " "))


@pytest.fixture(scope="module")
def load(tmp_path_factory: pytest.TempPathFactory) -> HostileLoad:
    root = tmp_path_factory.mktemp("hostile")
    manifest = write_hostile_corpus(
        root / "input",
        n_bad=80,
        n_good=min_good_for_every_family(),
        seed=11,
        bomb_bytes=30 << 20,  # over the 20 MB limit; the 1 GiB bomb is the benchmark's
    )
    warehouse = root / "warehouse" / "newsevents.duckdb"
    code, stdout, stderr = run_newsevents(root / "input", warehouse, RUN_TIMEOUT)
    return HostileLoad(manifest, warehouse, code, stdout + stderr)


def _assert(bar: Bar, context: str = "") -> None:
    assert bar.passed, bar.line() + (f"\n{context[-2000:]}" if context else "")


def test_a_run_succeeds(load):
    _assert(load.bar("a"), load.output)


def test_b_every_good_article_loads(load):
    _assert(load.bar("b"))


def test_c_every_entry_leaves_a_row(load):
    _assert(load.bar("c"))


def test_d_nothing_loads_from_a_bad_entry_or_record(load):
    _assert(load.bar("d"))


def test_e_no_nul_in_the_warehouse(load):
    _assert(load.bar("e"))


def test_f_out_of_range_published_dates_are_null(load):
    _assert(load.bar("f"))
