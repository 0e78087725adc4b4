"""What a small incremental load costs against a cold load (a benchmark, not a test).

    .venv/bin/python benchmarks/incremental_benchmark.py [--n 10000] [--new 0.01]
        [--json-out benchmarks/results/incremental.json]

Generates N + N*new articles like benchmarks/quality_benchmark.py (jsonl files of 100
records) and loads them the two ways the pipeline is run:

- **process per load**: each load is its own `newsevents run` process (its own imports,
  Dagster's run bookkeeping in a persistent instance, dbt's start), as from cron, `make run`
  or a Dagster sensor (Dagster starts a process per run): the cold load of N, the N*new
  files after it, then a load with nothing new (the fixed cost of a load);
- **one warm process**: `newsevents watch` loads the N, then the new files when they land,
  in the same process.

It reports the wall times and the ratios of the 1% load to the cold load (the bar of the
issue "Incremental loads": at most 15%), as JSON and as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quality_benchmark import write_input
from scale_benchmark import machine

ROOT = Path(__file__).resolve().parents[1]
NEWSEVENTS = ROOT / ".venv" / "bin" / "newsevents"


def _environment(dagster_home: Path) -> dict[str, str]:
    dagster_home.mkdir(parents=True, exist_ok=True)
    (dagster_home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    return os.environ | {"DAGSTER_HOME": str(dagster_home)}


def timed_run(folder: Path, warehouse: Path, dagster_home: Path) -> float:
    """Wall time of one `newsevents run` process."""
    command = [str(NEWSEVENTS), "run", "--input", str(folder), "--warehouse", str(warehouse)]
    started = time.perf_counter()
    done = subprocess.run(
        command, env=_environment(dagster_home), capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"run failed:\n{done.stdout}\n{done.stderr}")
    print(f"  newsevents run: {done.stdout.splitlines()[4].strip()} ({elapsed:.1f} s)", flush=True)
    return elapsed


def watched_loads(
    folder: Path, warehouse: Path, dagster_home: Path, new_files: list[Path]
) -> list[float]:
    """Seconds of each load of one `newsevents watch` process: the folder as it is, then
    `new_files` copied in once the first load is done."""
    command = [str(NEWSEVENTS), "watch", "--input", str(folder), "--warehouse", str(warehouse)]
    command += ["--interval", "1", "--max-loads", "2"]
    watcher = subprocess.Popen(
        command,
        env=_environment(dagster_home),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    seconds: list[float] = []
    assert watcher.stdout is not None
    for line in watcher.stdout:
        found = re.search(r", ([\d.]+) s, (ok|FAILED.*)$", line.strip())
        if not found:
            continue
        print(f"  newsevents watch: {line.strip()}", flush=True)
        if found.group(2) != "ok":
            raise SystemExit(f"watched load failed: {line}")
        seconds.append(float(found.group(1)))
        if len(seconds) == 1:
            for path in new_files:
                shutil.copy(path, folder / path.name)
    watcher.wait()
    return seconds


def markdown(result: dict) -> str:
    rows = [
        ("process per load (`newsevents run`)", result["process"]),
        ("one warm process (`newsevents watch`)", result["warm"]),
    ]
    lines = [
        f"Cold load of {result['n_cold']:,} articles, then {result['n_new']} new ones ({result['machine']}).",
        "",
        "| mode | cold load (s) | 1% load (s) | 1% / cold | nothing new (s) |",
        "|---|---|---|---|---|",
    ]
    for label, row in rows:
        nothing = row.get("no_new_files_seconds")
        lines.append(
            f"| {label} | {row['cold_seconds']} | {row['incremental_seconds']} | "
            f"{row['incremental_over_cold']:.3f} | {nothing if nothing is not None else '-'} |"
        )
    return "\n".join(lines) + "\n"


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
        every = Path(tmp) / "all"
        write_input(every, args.n + n_new, (args.n + n_new) // 100)
        files = sorted(every.iterdir())
        n_cold_files = args.n // 100
        cold_files, new_files = files[:n_cold_files], files[n_cold_files:]
        if not new_files:  # the watcher would wait for them for ever
            raise SystemExit("--n times --new must make at least one file of 100 articles")

        print("process per load:", flush=True)
        folder = Path(tmp) / "input"
        folder.mkdir()
        for path in cold_files:
            shutil.copy(path, folder / path.name)
        warehouse, home = Path(tmp) / "wh" / "newsevents.duckdb", Path(tmp) / "home"
        cold = timed_run(folder, warehouse, home)
        for path in new_files:
            shutil.copy(path, folder / path.name)
        incremental = timed_run(folder, warehouse, home)
        nothing = timed_run(folder, warehouse, home)

        print("one warm process:", flush=True)
        folder = Path(tmp) / "input_watch"
        folder.mkdir()
        for path in cold_files:
            shutil.copy(path, folder / path.name)
        warm_cold, warm_incremental = watched_loads(
            folder,
            Path(tmp) / "wh_watch" / "newsevents.duckdb",
            Path(tmp) / "home_watch",
            new_files,
        )
    result = {
        "n_cold": args.n,
        "n_new": n_new,
        "process": {
            "cold_seconds": round(cold, 1),
            "incremental_seconds": round(incremental, 1),
            "no_new_files_seconds": round(nothing, 1),
            "incremental_over_cold": round(incremental / cold, 3),
        },
        "warm": {
            "cold_seconds": round(warm_cold, 1),
            "incremental_seconds": round(warm_incremental, 1),
            "incremental_over_cold": round(warm_incremental / warm_cold, 3),
        },
        "machine": machine(),
    }
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    args.json_out.with_suffix(".md").write_text(markdown(result))
    print(json.dumps(result, indent=2))
    print(markdown(result))


if __name__ == "__main__":
    main()
