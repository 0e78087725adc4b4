"""The worker pool: a large batch spread over processes gives what one process gives."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines import workers
from pipelines.settings import SAMPLE_CORPUS_DIR, SEEDS_DIR


@pytest.fixture
def small_batches_use_workers(monkeypatch):
    # The sample corpus is small: let it use workers, in slices of 7 rows.
    monkeypatch.setattr(workers, "PARALLEL_MIN_ROWS", 1)
    monkeypatch.setattr(workers, "MAX_SLICE_ROWS", 7)


def test_slice_bounds_cover_every_row_once():
    for height in (0, 1, 6, 7, 100, 2501):
        for slices in (1, 3, 12):
            bounds = workers.slice_bounds(height, slices)
            rows = [i for offset, length in bounds for i in range(offset, offset + length)]
            assert rows == list(range(height))
            assert len(bounds) <= max(slices, 1)


def test_small_batches_stay_in_process():
    assert workers.workers_for(workers.PARALLEL_MIN_ROWS - 1, 2) == 1
    assert workers.workers_for(workers.PARALLEL_MIN_ROWS, 2) == 2
    assert workers.workers_for(10**6, 1) == 1


def _sample_sources() -> pl.DataFrame:
    from pipelines.text.read import scan_input_folder

    _, _, sources, _ = scan_input_folder(SAMPLE_CORPUS_DIR, set())
    return sources


def test_cleaning_in_workers_equals_one_process(small_batches_use_workers):
    from pipelines.text.articles import clean_sources

    sources = _sample_sources()
    assert sources["is_html"].any() and (~sources["is_html"]).any()
    cleaned, rejected = clean_sources(sources)
    parts = workers.map_slices(clean_sources, sources, workers=2)
    assert len(parts) > 2
    assert pl.concat([c for c, _ in parts]).equals(cleaned)
    assert pl.concat([r for _, r in parts]).equals(rejected)
    assert cleaned.height > 30


def test_dates_and_events_in_workers_equal_one_process(small_batches_use_workers):
    from pipelines.nlp.dates import extract_date_mentions
    from pipelines.nlp.parallel import actors_and_quotes_of, events_of
    from pipelines.text.articles import clean_sources

    cleaned, _ = clean_sources(_sample_sources())
    articles = cleaned.rename({"source_key": "article_id"}).select(
        "article_id", "body", "published_date"
    )
    dates = extract_date_mentions(articles)
    assert pl.concat(workers.map_slices(extract_date_mentions, articles, workers=2)).equals(dates)
    mentions, _ = actors_and_quotes_of(articles, SEEDS_DIR, workers=1)
    events = events_of(articles, mentions, dates, SEEDS_DIR, workers=1)
    assert events.height > 20
    assert events_of(articles, mentions, dates, SEEDS_DIR, workers=2).equals(events)


def test_the_batch_file_goes_beside_the_warehouse(tmp_path, monkeypatch):
    from pipelines import settings

    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(tmp_path / "wh" / "news.duckdb"))
    assert workers._scratch_dir() is None  # no warehouse folder yet: the system's temp folder
    (tmp_path / "wh").mkdir()
    assert workers._scratch_dir() == (tmp_path / "wh").resolve()
