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
  real pages of the extraction benchmark (../shared/data, each three times): pages per
  second. Body F1 on those real pages is in `newsevents evaluate` (extraction benchmark).
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


def html(sources: pl.DataFrame) -> dict:
    import trafilatura

    clean_sources(sources.head(5))  # warm-up: imports and caches
    _, ours_s = timed(clean_sources, sources)

    def peer() -> int:
        return sum(bool(trafilatura.extract(text)) for text in sources["raw_text"])

    _, peer_s = timed(peer)
    return {
        "pages": sources.height,
        "ours_pages_per_second": round(sources.height / ours_s, 1),
        "trafilatura_pages_per_second": round(sources.height / peer_s, 1),
        "speed_ratio": round(peer_s / ours_s, 2),
    }


def real_pages() -> pl.DataFrame | None:
    """The extraction benchmark's real article pages (../shared/data), as ingest rows."""
    import gzip

    folder = REPO_ROOT.parent / "shared" / "data" / "extraction_benchmark"
    if not (folder / "pages.jsonl").exists():
        return None
    ids = [json.loads(line)["id"] for line in (folder / "pages.jsonl").read_text().splitlines()]
    pages = [
        gzip.decompress((folder / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace")
        for i in ids
        if (folder / "html" / f"{i}.html.gz").exists()
    ]
    n = len(pages)
    nulls = pl.Series([None] * n, dtype=pl.String)
    return pl.DataFrame(
        {
            "source_key": [f"p{i}" for i in range(n)],
            "source_file": [f"p{i}.html" for i in range(n)],
            "source_record": pl.Series([None] * n, dtype=pl.Int64),
            "file_sha256": [f"{i}" for i in range(n)],
            "raw_text": pages,
            "is_html": [True] * n,
            **{
                c: nulls
                for c in (
                    "record_title",
                    "record_published",
                    "record_url",
                    "record_publisher",
                    "record_author",
                )
            },
        }
    )


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
        result["html_real_pages"] = html(pl.concat([real] * 3))
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
