"""Progress of a stage: counts reach the run's log, and plain lines off a terminal."""

from __future__ import annotations

import polars as pl

from pipelines import progress
from pipelines.workers import map_slices


def _height(frame: pl.DataFrame) -> int:
    return frame.height


def test_a_stage_reports_rows_done_of_its_batches_with_rate_and_time_left(monkeypatch, capsys):
    monkeypatch.setattr(progress, "LINE_EVERY_SECONDS", 0.0)
    logged: list[str] = []
    with progress.stage_progress("clean", logged.append):
        progress.expect(100)
        progress.advance(40)
        progress.advance(60)
    assert logged[0].startswith("clean: 40 of 100 rows (40%),")
    assert "rows/s, about" in logged[0] and logged[0].endswith("s left")
    assert logged[-1].startswith("clean: 100 rows in ")
    # off a terminal (as under pytest) the same line is printed plainly
    assert "clean: 40 of 100 rows (40%)" in capsys.readouterr().err


def test_map_slices_reports_its_rows_to_the_stage_in_progress(monkeypatch):
    monkeypatch.setattr(progress, "LINE_EVERY_SECONDS", 0.0)
    logged: list[str] = []
    with progress.stage_progress("dates", logged.append):
        assert map_slices(_height, pl.DataFrame({"x": range(12)}), workers=1) == [12]
    assert logged == ["dates: 12 rows in 0 s"]
    # outside a stage nothing is reported, nothing fails
    assert map_slices(_height, pl.DataFrame({"x": range(3)}), workers=1) == [3]
