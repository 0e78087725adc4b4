"""What the Great Expectations checks cost in a real run (a benchmark, not a test).

    .venv/bin/python benchmarks/quality_benchmark.py [--n 100000] [--files 100]
        [--json-out benchmarks/results/quality.json]

Generates N articles the way benchmarks/dedup_benchmark.py does (seeded; distinct stories
made of sentences from Kremlin press releases in ../shared/data, else the sample corpus;
5% near copies), writes them as jsonl files with ids, titles and published dates, and runs
the whole pipeline once on them (`newsevents run`: real Dagster, GX, dbt and DuckDB) in a
temporary folder. Every suite's check reports the wall time of its validation
(`validation_seconds`, Data Docs included); the bar of the issue "Data quality" is that
validating the articles and their mentions adds at most 20% to the run's time:
(articles + actor_mentions validation) / (run time without any validation) <= 0.20.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dedup_benchmark import make_articles, paragraphs_of, source_texts

from pipelines.cli import run_pipeline

ROOT = Path(__file__).resolve().parents[1]


def write_input(folder: Path, n: int, n_files: int, seed: int = 7) -> str:
    """N generated articles as `n_files` jsonl files; returns the name of the text source."""
    rng = random.Random(seed)
    name, texts = source_texts()
    releases = [paragraphs_of(t) for t in texts]
    ids, bodies, _ = make_articles(releases, n, rng, copy_rate=0.05)
    folder.mkdir(parents=True, exist_ok=True)
    per_file = -(-n // n_files)
    for f in range(n_files):
        chunk = range(f * per_file, min(n, (f + 1) * per_file))
        with (folder / f"batch_{f:04d}.jsonl").open("w", encoding="utf-8") as out:
            for i in chunk:
                published = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
                title = bodies[i].split(". ")[0][:90]
                record = {"id": ids[i], "title": title, "published": published.isoformat()}
                out.write(json.dumps(record | {"text": bodies[i]}, ensure_ascii=False) + "\n")
    return name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--json-out", type=Path, default=ROOT / "benchmarks/results/quality.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder, warehouse = Path(tmp) / "input", Path(tmp) / "wh" / "newsevents.duckdb"
        started = time.perf_counter()
        source = write_input(folder, args.n, args.files)
        print(f"generated {args.n} articles from {source} in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        summary = run_pipeline(folder, warehouse)
        run_seconds = time.perf_counter() - started
        if not summary.success:
            raise SystemExit(f"run failed: {summary.failure}")
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        peak_children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    suites = {
        label.split(":")[1].removesuffix("_suite"): {
            "seconds": float(meta.get("validation_seconds", 0.0)),
            "rows": int(meta.get("rows_validated", 0)),
            "failed_expectations": int(meta.get("failed_expectations", 0)),
            "rows_quarantined": int(meta.get("rows_quarantined", 0)),
        }
        for label, meta in summary.checks.items()
        if "validation_seconds" in meta
    }
    all_validation = sum(s["seconds"] for s in suites.values())
    articles_and_mentions = sum(
        suites[s]["seconds"] for s in ("articles", "actor_mentions") if s in suites
    )
    without = run_seconds - all_validation
    result = {
        "n_articles_generated": args.n,
        "source": source,
        "run_seconds": round(run_seconds, 1),
        "validation_seconds_all_suites": round(all_validation, 1),
        "validation_seconds_articles_and_mentions": round(articles_and_mentions, 1),
        "run_seconds_without_validation": round(without, 1),
        "added_by_articles_and_mentions": round(articles_and_mentions / without, 3),
        "added_by_all_suites": round(all_validation / without, 3),
        "peak_rss_mb_main": round(peak_mb),
        "peak_rss_mb_workers": round(peak_children_mb),
        "suites": suites,
        "failed_checks": summary.failed_checks,
        "warned_checks": summary.warned_checks,
    }
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{'suite':<16} {'rows':>10} {'seconds':>8} {'failed':>7} {'quarantined':>11}")
    for name, s in sorted(suites.items(), key=lambda kv: -kv[1]["seconds"]):
        print(
            f"{name:<16} {s['rows']:>10,} {s['seconds']:>8.1f} {s['failed_expectations']:>7}"
            f" {s['rows_quarantined']:>11,}"
        )
    print(
        f"run {run_seconds:.1f} s; validation {all_validation:.1f} s "
        f"({result['added_by_all_suites']:.1%} added), articles + mentions "
        f"{articles_and_mentions:.1f} s ({result['added_by_articles_and_mentions']:.1%} added; "
        f"bar 20%)"
    )


if __name__ == "__main__":
    main()
