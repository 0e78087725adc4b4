"""What a small incremental load costs against a cold load (a benchmark, not a test).

    .venv/bin/python benchmarks/incremental_benchmark.py [--n 10000] [--new 0.01]
        [--json-out benchmarks/results/incremental.json]

Generates N + N*new articles like benchmarks/quality_benchmark.py (jsonl files of 100
records), runs the whole pipeline cold on the first N, then again after the new files
arrive, then once more with nothing new, and reports the wall times and their ratio (the
bar of the issue "Incremental loads": the 1% load costs at most 15% of the cold load).

Each load is its own `newsevents run` process with its own Dagster instance
(DAGSTER_HOME in the temporary folder), as a user or a sensor-launched run would have it:
imports, Dagster's run bookkeeping and dbt's start-up are all counted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quality_benchmark import write_input

ROOT = Path(__file__).resolve().parents[1]
NEWSEVENTS = ROOT / ".venv" / "bin" / "newsevents"


def timed_run(folder: Path, warehouse: Path, dagster_home: Path) -> float:
    """Wall time of one `newsevents run` process."""
    dagster_home.mkdir(parents=True, exist_ok=True)
    (dagster_home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    env = os.environ | {"DAGSTER_HOME": str(dagster_home)}
    command = [str(NEWSEVENTS), "run", "--input", str(folder), "--warehouse", str(warehouse)]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"run failed:\n{done.stdout}\n{done.stderr}")
    print(done.stdout.strip().splitlines()[3], f"({elapsed:.1f} s)", flush=True)
    return elapsed


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
        home = Path(tmp) / "dagster_home"
        cold = timed_run(folder, warehouse, home)
        for path in files[n_cold_files:]:
            shutil.copy(path, folder / path.name)
        incremental = timed_run(folder, warehouse, home)
        nothing = timed_run(folder, warehouse, home)
    result = {
        "n_cold": args.n,
        "n_new": n_new,
        "cold_seconds": round(cold, 1),
        "incremental_seconds": round(incremental, 1),
        "no_new_files_seconds": round(nothing, 1),
        "incremental_over_cold": round(incremental / cold, 3),
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}",
    }
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
