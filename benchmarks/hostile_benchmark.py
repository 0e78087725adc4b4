"""Hostile input: the pipeline survives it, and one bad file costs nothing (a benchmark and
a bar check, not a test).

    .venv/bin/python benchmarks/hostile_benchmark.py [--n-bad 1000] [--n-good 50] [--quick]

1. `pipelines.hostile` writes at least N_BAD bad or odd entries (bombs, symlink loops, FIFOs,
   broken JSON/CSV, wrong encodings, ...) around N_GOOD good articles with known markers;
   one cold `newsevents run` loads it into a fresh warehouse, timed, with the peak RSS of its
   whole process tree sampled every 0.1 s. The bars (pipelines.hostile.check_warehouse):
   (a) exit code 0; (b) every good article's marker in dim_articles.body; (c) every entry
   (file, link, FIFO) has a row in fct_article_sources or quarantined_sources; (d) no source
   row from an entry or record that holds no article; (e) no NUL in any VARCHAR column of
   schema main; and, as an extra, (f) out-of-range published values give a NULL date.
2. 1,000 good files alone against the same files plus one bad file (a 1 GiB gzip bomb under
   a .txt name), each a fresh warehouse, alternating, 3 rounds: the medians must be within 5%.

Results go to benchmarks/results/hostile.json (--quick: a smaller second measurement, one
round, into benchmarks/results/quick/).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from scale_benchmark import ROOT, TreeMemory, machine

from pipelines.hostile import (
    DEFAULT_BOMB_BYTES,
    Bar,
    check_warehouse,
    run_newsevents,
    write_good_files,
    write_gzip_bomb,
    write_hostile_corpus,
)

RESULTS = ROOT / "benchmarks" / "results"
SLOWDOWN_BAR = 1.05  # one bad file may cost at most 5% of a 1,000-file load


@dataclass
class Run:
    returncode: int | None  # None: killed after the timeout
    seconds: float
    peak_rss_mb: int | None
    stdout_tail: str
    stderr_tail: str


def run_pipeline(folder: Path, warehouse: Path, timeout: float) -> Run:
    """One cold `newsevents run` process, timed, its process tree's memory sampled."""
    started = time.perf_counter()
    memories: list[TreeMemory] = []
    code, stdout, stderr = run_newsevents(
        folder, warehouse, timeout, on_start=lambda pid: memories.append(TreeMemory(pid))
    )
    seconds = time.perf_counter() - started
    memories[0].stop()
    return Run(code, round(seconds, 1), memories[0].peak_mb(), stdout[-3000:], stderr[-3000:])


def hostile_load(tmp: Path, n_bad: int, n_good: int, timeout: float) -> dict:
    folder = tmp / "hostile"
    started = time.perf_counter()
    manifest = write_hostile_corpus(folder, n_bad=n_bad, n_good=n_good, seed=7)
    generated = time.perf_counter() - started
    print(f"generated in {generated:.1f} s: {manifest.summary()[:400]}...", flush=True)
    run = run_pipeline(folder, tmp / "wh_hostile" / "newsevents.duckdb", timeout)
    bars = check_warehouse(manifest, tmp / "wh_hostile" / "newsevents.duckdb", run.returncode)
    return {
        "n_bad_entries": len(manifest.bad_entries()),
        "n_good_articles": len(manifest.good_articles()),
        "families": dict(sorted(manifest.family_counts().items())),
        "run": asdict(run),
        "bars": [asdict(bar) for bar in bars],
        "all_passed": all(bar.passed for bar in bars),
    }


def one_bad_file(tmp: Path, n_files: int, rounds: int, timeout: float) -> dict:
    """Medians of `rounds` loads of n good files, with and without one bomb beside them."""
    good, plus = tmp / "good_only", tmp / "good_plus_one"
    write_good_files(good, n_files)
    shutil.copytree(good, plus, symlinks=True)
    write_gzip_bomb(plus / "one_bad_file.txt", DEFAULT_BOMB_BYTES)
    times: dict[str, list[float]] = {"good": [], "plus_one": []}
    failures = []
    for i in range(rounds):
        order = [("good", good), ("plus_one", plus)]
        for label, folder in order if i % 2 == 0 else order[::-1]:
            run = run_pipeline(folder, tmp / f"wh_{label}_{i}" / "newsevents.duckdb", timeout)
            print(f"round {i + 1} {label}: {run.seconds} s, exit {run.returncode}", flush=True)
            if run.returncode != 0:
                failures.append(
                    f"{label} round {i + 1}: exit {run.returncode} {run.stderr_tail[-300:]}"
                )
            times[label].append(run.seconds)
    good_median, plus_median = (
        statistics.median(times["good"]),
        statistics.median(times["plus_one"]),
    )
    ratio = plus_median / good_median if good_median else float("inf")
    return {
        "n_files": n_files,
        "rounds": rounds,
        "bad_file": f"gzip bomb under a .txt name, {DEFAULT_BOMB_BYTES:,} bytes inflated",
        "seconds": times,
        "median_good": good_median,
        "median_plus_one": plus_median,
        "ratio": round(ratio, 3),
        "passed": ratio <= SLOWDOWN_BAR and not failures,
        "failures": failures,
    }


def table(result: dict) -> str:
    hostile = result["hostile"]
    run = hostile["run"]
    lines = [
        f"Hostile corpus: {hostile['n_bad_entries']} bad or odd entries, "
        f"{hostile['n_good_articles']} good articles; {result['machine']}",
        f"  load: {run['seconds']} s, peak RSS (process tree) {run['peak_rss_mb']} MB, "
        f"exit {run['returncode']}",
        "",
        *("  " + line for bar in hostile["bars"] for line in Bar(**bar).line().splitlines()),
    ]
    one = result.get("one_bad_file")
    if one:
        lines += [
            "",
            f"One bad file among {one['n_files']} good ({one['rounds']} rounds, medians):",
            f"  {'good only':<22}{one['median_good']:>8.1f} s",
            f"  {'plus one bad file':<22}{one['median_plus_one']:>8.1f} s",
            f"  {'ratio':<22}{one['ratio']:>8.3f}  "
            f"{'PASS' if one['passed'] else 'FAIL'} (bar {SLOWDOWN_BAR:.2f})",
            *(f"  {f}" for f in one["failures"]),
        ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n-bad", type=int, default=1000)
    parser.add_argument("--n-good", type=int, default=50)
    parser.add_argument(
        "--quick", action="store_true", help="one round of 300 files for the second measurement"
    )
    parser.add_argument(
        "--files",
        type=int,
        default=None,
        help="good files of the second measurement (default 1000)",
    )
    parser.add_argument(
        "--rounds", type=int, default=None, help="rounds of the second measurement (default 3)"
    )
    parser.add_argument(
        "--timeout", type=float, default=1800, help="seconds before a run is killed"
    )
    parser.add_argument("--skip-one-bad-file", action="store_true")
    parser.add_argument("--json-out", type=Path, default=None)
    args = parser.parse_args()
    n_files = args.files or (300 if args.quick else 1000)
    rounds = args.rounds or (1 if args.quick else 3)
    out = args.json_out or (RESULTS / "quick" if args.quick else RESULTS) / "hostile.json"
    result: dict = {"machine": machine(), "quick": args.quick}
    with tempfile.TemporaryDirectory(prefix="hostile_") as tmp:
        result["hostile"] = hostile_load(Path(tmp), args.n_bad, args.n_good, args.timeout)
        print(table(result), flush=True)
        if not args.skip_one_bad_file:
            result["one_bad_file"] = one_bad_file(Path(tmp), n_files, rounds, args.timeout)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print()
    print(table(result))
    print(f"\nresults: {out}")
    passed = result["hostile"]["all_passed"] and result.get("one_bad_file", {}).get("passed", True)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
