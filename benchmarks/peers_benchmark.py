"""Two stages beside the peers a user would otherwise pick, on the same input, one core
(a benchmark, not a test; the dedup and actor peers have their own: dedup_benchmark.py
against datasketch, actor_benchmark.py against spaCy's EntityRuler).

    .venv/bin/python benchmarks/peers_benchmark.py [--n 300]
        [--json-out benchmarks/results/peers.json]

- dates: our `extract_date_mentions` against dateparser's `search_dates` (with the
  published date as its relative base) over the bodies of N generated articles: articles
  per second and mentions found. Their quality is scored by `newsevents evaluate` (TIMEX).
- HTML pages: our cleaning stage (`clean_sources`: trafilatura with our post-cleaning and
  metadata) against `trafilatura.extract` alone over N generated HTML pages, and over the
  real pages of the extraction benchmark (../shared/data): pages per second, the median
  of 5 alternating rounds. Body F1 on those real pages is in `newsevents evaluate`
  (extraction benchmark).
Input from `newsevents generate` (the Kremlin releases CSV when ../shared/data is there).
"""

from __future__ import annotations

import os

os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, for every contender
os.environ["POLARS_MAX_THREADS"] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import polars as pl  # noqa: E402

from pipelines.generate import generate  # noqa: E402
from pipelines.nlp.dates import extract_date_mentions  # noqa: E402
from pipelines.settings import REPO_ROOT, SAMPLE_CORPUS_DIR  # noqa: E402
from pipelines.text.articles import clean_sources  # noqa: E402
from pipelines.text.read import scan_input_folder  # noqa: E402

KREMLIN = REPO_ROOT.parent / "shared" / "data" / "kremlin_press_releases" / "putin.csv"


def timed(fn, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = fn(*args)
    return value, time.perf_counter() - started


def dates(articles: pl.DataFrame) -> dict:
    from dateparser.search import search_dates

    ours, ours_s = timed(extract_date_mentions, articles)

    def peer() -> int:
        found = 0
        for body, published in articles.select("body", "published_date").iter_rows():
            base = datetime.combine(published, datetime.min.time()) if published else None
            settings = {"RELATIVE_BASE": base} if base else {}
            found += len(search_dates(body, languages=["en"], settings=settings) or [])
        return found

    peer_found, peer_s = timed(peer)
    return {
        "articles": articles.height,
        "ours_articles_per_second": round(articles.height / ours_s, 1),
        "dateparser_articles_per_second": round(articles.height / peer_s, 1),
        "speed_ratio": round(peer_s / ours_s, 1),
        "ours_mentions": ours.height,
        "dateparser_mentions": peer_found,
    }


def html(sources: pl.DataFrame, rounds: int = 5) -> dict:
    """Ours and trafilatura in alternating rounds, each side's median: this shared machine's
    speed drifts within seconds, which one round each would put on one side only."""
    import statistics

    import trafilatura

    clean_sources(sources.head(5))  # warm-up: imports and caches

    def peer() -> int:
        return sum(bool(trafilatura.extract(text)) for text in sources["raw_text"])

    ours, theirs = [], []
    for _ in range(rounds):
        ours.append(timed(clean_sources, sources)[1])
        theirs.append(timed(peer)[1])
    ours_s, peer_s = statistics.median(ours), statistics.median(theirs)
    return {
        "pages": sources.height,
        "rounds": rounds,
        "ours_pages_per_second": round(sources.height / ours_s, 1),
        "trafilatura_pages_per_second": round(sources.height / peer_s, 1),
        "speed_ratio": round(peer_s / ours_s, 2),
        "round_ratios": [round(t / o, 2) for o, t in zip(ours, theirs, strict=True)],
    }


def real_pages() -> pl.DataFrame | None:
    """The extraction benchmark's real article pages (../shared/data), as ingest rows."""
    from pipelines.evaluation.cleaning import read_pages
    from pipelines.text.read import SOURCE_SCHEMA

    pages = REPO_ROOT.parent / "shared" / "data" / "extraction_benchmark" / "pages.jsonl"
    if not pages.exists():
        return None
    rows = [
        {
            "source_key": row["id"],
            "source_file": f"{row['id']}.html",
            "file_sha256": row["id"],
            "raw_text": html,
            "is_html": True,
        }
        for row, html in read_pages(pages)
        if html is not None
    ]
    return pl.DataFrame(rows, schema=SOURCE_SCHEMA)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="articles per contest")
    parser.add_argument(
        "--json-out", type=Path, default=REPO_ROOT / "benchmarks/results/peers.json"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = KREMLIN if KREMLIN.exists() else None
        generate(args.n * 12, Path(tmp), source, SAMPLE_CORPUS_DIR, seed=11)
        _, _, sources, _ = scan_input_folder(Path(tmp), set())
    pages = sources.filter(pl.col("is_html")).head(args.n)
    texts = sources.filter(~pl.col("is_html")).head(args.n)
    cleaned, _ = clean_sources(texts)
    articles = cleaned.rename({"source_key": "article_id"}).select(
        "article_id", "body", "published_date"
    )
    result = {"dates": dates(articles), "html": html(pages)}
    real = real_pages()
    if real is not None:
        result["html_real_pages"] = html(real)
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
