"""Cleaning throughput on one core: scraped text to clean articles (not a test; CI is noisy).

    .venv/bin/python benchmarks/clean_throughput.py [--pages ../shared/data/extraction_benchmark/pages.jsonl]

Times `clean_source` (normalization, boilerplate removal, title/date/author, language,
word count, body hash) after a warm-up, over the bundled sample corpus and, when given,
the `page_text` of the extraction benchmark pages. Prints articles per second.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from pipelines.settings import SAMPLE_CORPUS_DIR
from pipelines.text.articles import clean_source
from pipelines.text.clean import clear_line_caches
from pipelines.text.read import scan_input_folder


def _rows_from_corpus() -> list[dict]:
    _, _, sources, _ = scan_input_folder(SAMPLE_CORPUS_DIR, set())
    return [row for row in sources.iter_rows(named=True) if not row["is_html"]]


def _rows_from_pages(path: Path) -> list[dict]:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return [
        {
            "source_key": r["id"],
            "raw_text": r["page_text"],
            "is_html": False,
            "record_title": None,
            "record_published": None,
            "record_url": None,
            "record_publisher": None,
            "record_author": None,
        }
        for r in rows
    ]


def measure(rows: list[dict], min_seconds: float = 3.0) -> tuple[float, int]:
    """Articles per second over repeated passes (after one warm-up pass)."""
    for row in rows:
        clean_source(row)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < min_seconds:
        clear_line_caches()  # each pass starts cold: repeats across passes are not real work saved
        for row in rows:
            clean_source(row)
        done += len(rows)
    elapsed = time.perf_counter() - start
    return done / elapsed, done


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pages", type=Path, default=None, help="pages.jsonl of the extraction benchmark"
    )
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    sets = {"sample corpus (txt/md/records)": _rows_from_corpus()}
    if args.pages and args.pages.exists():
        sets["extraction benchmark page_text"] = _rows_from_pages(args.pages)
    for name, rows in sets.items():
        rate, n = measure(rows)
        avg_kb = sum(len(r["raw_text"]) for r in rows) / len(rows) / 1024
        print(
            f"{name}: {rate:,.0f} articles/s on one core ({n} cleaned, {avg_kb:.1f} KB per input on average)"
        )


if __name__ == "__main__":
    main()
