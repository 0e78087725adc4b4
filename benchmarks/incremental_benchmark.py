"""What a small incremental load costs against a cold load (a benchmark, not a test).

    .venv/bin/python benchmarks/incremental_benchmark.py [--n 10000] [--new 0.01]
        [--json-out benchmarks/results/incremental.json]

Generates N + N*new articles like benchmarks/quality_benchmark.py (jsonl files of 100
records), runs the whole pipeline cold on the first N, then again after the new files
arrive, and reports both wall times, their ratio and each run's per-stage step times (the
bar of the issue "Incremental loads": the 1% load costs at most 15% of the cold load).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quality_benchmark import write_input

from pipelines.cli import run_pipeline

ROOT = Path(__file__).resolve().parents[1]


def timed_run(folder: Path, warehouse: Path) -> float:
    started = time.perf_counter()
    summary = run_pipeline(folder, warehouse)
    if not summary.success:
        raise SystemExit(f"run failed: {summary.failure}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--new", type=float, default=0.01)
    parser.add_argument(
        "--json-out", type=Path, default=ROOT / "benchmarks/results/incremental.json"
    )
    args = parser.parse_args()
    n_new = max(1, int(args.n * args.new))
    with tempfile.TemporaryDirectory() as tmp:
        every, folder = Path(tmp) / "all", Path(tmp) / "input"
        write_input(every, args.n + n_new, (args.n + n_new) // 100)
        files = sorted(every.iterdir())
        n_cold_files = args.n // 100
        folder.mkdir()
        for path in files[:n_cold_files]:
            shutil.copy(path, folder / path.name)
        warehouse = Path(tmp) / "wh" / "newsevents.duckdb"
        cold = timed_run(folder, warehouse)
        for path in files[n_cold_files:]:
            shutil.copy(path, folder / path.name)
        incremental = timed_run(folder, warehouse)
        nothing = timed_run(folder, warehouse)
    result = {
        "n_cold": args.n,
        "n_new": n_new,
        "cold_seconds": round(cold, 1),
        "incremental_seconds": round(incremental, 1),
        "no_new_files_seconds": round(nothing, 1),
        "incremental_over_cold": round(incremental / cold, 3),
    }
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
