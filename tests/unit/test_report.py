"""The analysts' report's charts, drawn from small frames (no warehouse)."""

from __future__ import annotations

import re

import polars as pl

from pipelines.report import speakers_chart


def test_who_is_quoted_most_counts_in_whole_quotes() -> None:
    svg = speakers_chart(pl.DataFrame({"name": ["Ann Vale", "Tom Reyes"], "quotes": [3, 2]}))
    # matplotlib writes each tick label as a comment in the SVG
    ticks = re.findall(r"<!-- ([0-9.]+) -->", svg)
    assert ticks == ["0", "1", "2", "3"]
    assert "Ann Vale" in svg and "Tom Reyes" in svg
