"""Cleaning throughput on one core: scraped text to clean articles (a benchmark, not a test).

    .venv/bin/python benchmarks/clean_throughput.py [--seeds ../shared/data/seeds]
        [--pages ../shared/data/extraction_benchmark/pages.jsonl]

Times `clean_sources`, the cleaning stage as the pipeline runs it on a batch (normalization,
boilerplate removal, title/date/author, language, word count, body hash), after a warm-up,
over the bundled sample corpus's text sources and, when given, the `page_text` of the
extraction benchmark pages. Prints articles per second on one core.
"""

from __future__ import annotations

import os

# One core: pin the process and polars' thread pool before polars starts.
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
os.environ["POLARS_MAX_THREADS"] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import polars as pl  # noqa: E402

from pipelines.settings import SAMPLE_CORPUS_DIR  # noqa: E402
from pipelines.text.articles import clean_sources  # noqa: E402
from pipelines.text.read import SOURCE_SCHEMA, scan_input_folder  # noqa: E402


def corpus_sources() -> pl.DataFrame:
    _, _, sources, _ = scan_input_folder(SAMPLE_CORPUS_DIR, set())
    return sources.filter(~pl.col("is_html"))


def page_sources(path: Path) -> pl.DataFrame:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return (
        pl.DataFrame(
            [{"source_key": r["id"], "raw_text": r["page_text"], "is_html": False} for r in rows]
        )
        .with_columns(
            [
                pl.lit(None, dtype=dtype).alias(name)
                for name, dtype in SOURCE_SCHEMA.items()
                if name not in ("source_key", "raw_text", "is_html")
            ]
        )
        .select(list(SOURCE_SCHEMA))
        .cast(SOURCE_SCHEMA)
    )  # type: ignore[arg-type]


def measure(
    sources: pl.DataFrame, min_seconds: float = 4.0, batch: int = 500
) -> tuple[float, float, int]:
    """(median, best) articles per second over repeated batches of at least `batch`
    articles (the inputs repeated as needed, as a load of new files would be), after one
    warm-up batch. The median is the figure to report; the best shows the noise."""
    sources = pl.concat([sources] * max(1, -(-batch // sources.height)))
    clean_sources(sources)
    rates: list[float] = []
    start = time.perf_counter()
    while time.perf_counter() - start < min_seconds or len(rates) < 3:
        t0 = time.perf_counter()
        clean_sources(sources)
        rates.append(sources.height / (time.perf_counter() - t0))
    return statistics.median(rates), max(rates), len(rates) * sources.height


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pages", type=Path, default=None, help="pages.jsonl of the extraction benchmark"
    )
    parser.add_argument(
        "--seeds",
        type=Path,
        default=None,
        help="a folder of scraped .txt articles (e.g. shared/data/seeds)",
    )
    args = parser.parse_args()
    sets = {"sample corpus (txt/md/records)": corpus_sources()}
    if args.seeds and args.seeds.is_dir():
        _, _, seeds, _ = scan_input_folder(args.seeds, set())
        sets[f"scraped articles in {args.seeds.name}/"] = seeds
    if args.pages and args.pages.exists():
        sets["extraction benchmark page_text"] = page_sources(args.pages)
    for name, sources in sets.items():
        median, best, n = measure(sources)
        avg_kb = sources["raw_text"].str.len_bytes().mean() / 1024
        print(
            f"{name}: {median:,.0f} articles/s on one core (median of batches; best {best:,.0f};"
            f" {n} cleaned, {avg_kb:.1f} KB per input on average)"
        )


if __name__ == "__main__":
    main()
