"""The whole pipeline at several scales (a benchmark, not a test).

    .venv/bin/python benchmarks/scale_benchmark.py [--sizes 1000 10000 100000]
        [--from ../shared/data/kremlin_press_releases/putin.csv]
        [--json-out benchmarks/results/scale.json]

For each size N: `newsevents generate --n N` writes messy input (every format, copies, bad
files; from the CSV when given or present, else the sample corpus), then one cold
`newsevents run` process loads it (ingest to the last dbt model, checks included).
Reported per size: wall time, articles/s, and per step its wall time, articles/s (sources
for the steps up to dedupe, canonical articles after) and the peak memory during it, of the
run's whole process tree (the worker processes included; see TreeMemory: the sum of RSS,
an upper bound, and the sum of PSS). Last, how the cost grows: the time per article at each size against
the previous size. Results as JSON and as a Markdown table beside it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
NEWSEVENTS = ROOT / ".venv" / "bin" / "newsevents"
KREMLIN = ROOT.parent / "shared" / "data" / "kremlin_press_releases" / "putin.csv"
# Steps that see every source; the later ones see canonical articles only.
SOURCE_STEPS = {"ingest_input_files", "cleaned_articles", "deduplicated_articles"}


class TreeMemory:
    """Samples the memory of a process and all its descendants.

    Two readings: the sum of their resident sets (RSS) every 0.1 s, an upper bound that
    counts a page shared by several processes (a library, the memory-mapped batch file the
    workers read) once per process; and the sum of their PSS (proportional set size, a
    shared page counted once in all) every 2 s, the memory the tree really holds. PSS is
    sampled less often because reading it walks every page (about 30 ms for 2 GB): at 0.1 s
    it took a core from the run it measures.
    """

    def __init__(self, pid: int, every: float = 0.1, pss_every: float = 2.0) -> None:
        self.samples: list[tuple[float, int, int, int | None]] = []  # time, RSS, main, PSS
        self._root = psutil.Process(pid)
        self._every, self._pss_every = every, pss_every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        last_pss = 0.0
        while not self._stop.is_set():
            try:
                procs = [self._root, *self._root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            now = time.time()
            with_pss = now - last_pss >= self._pss_every
            rss, pss = [], []
            for proc in procs:
                try:
                    rss.append(proc.memory_info().rss)
                    if with_pss:
                        pss.append(proc.memory_full_info().pss)
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    rss.append(0)
            if with_pss:
                last_pss = now
            self.samples.append((now, sum(rss), rss[0], sum(pss) if with_pss else None))
            self._stop.wait(self._every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def peak_mb(
        self, start: float = 0.0, end: float = float("inf"), kind: str = "rss"
    ) -> int | None:
        """The peak in [start, end]; None when no sample fell there (a step shorter than
        the PSS interval)."""
        column = {"rss": 1, "main": 2, "pss": 3}[kind]
        inside = [s[column] for s in self.samples if start <= s[0] <= end and s[column] is not None]
        return round(max(inside) / 2**20) if inside else None


def machine() -> str:
    cores = len(os.sched_getaffinity(0))
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"{cores} cores, {memory:.0f} GiB, {platform.machine()}, Python {platform.python_version()}"
    )


def load(n: int, source: Path | None, tmp: Path) -> dict:
    folder, warehouse = tmp / f"input_{n}", tmp / f"wh_{n}" / "newsevents.duckdb"
    summary_path = tmp / f"summary_{n}.json"
    command = [str(NEWSEVENTS), "generate", "--n", str(n), "--out", str(folder)]
    subprocess.run(
        command + (["--from", str(source)] if source else []), check=True, capture_output=True
    )
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    run = [str(NEWSEVENTS), "run", "--input", str(folder), "--warehouse", str(warehouse)]
    run += ["--summary-json", str(summary_path)]
    started = time.perf_counter()
    process = subprocess.Popen(
        run, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    memory = TreeMemory(process.pid)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    memory.stop()
    if process.returncode != 0:
        raise SystemExit(f"run of {n} failed:\n{stdout}\n{stderr}")
    summary = json.loads(summary_path.read_text())
    sources = summary["metadata"]["raw_sources"]["sources_new"]
    articles = summary["metadata"]["deduplicated_articles"]["new_articles"]
    steps = {}
    for step, (start, end) in summary["step_times"].items():
        step_seconds = end - start
        handled = sources if step in SOURCE_STEPS else articles
        steps[step] = {
            "seconds": round(step_seconds, 1),
            "articles_per_second": round(handled / step_seconds) if step_seconds > 0 else None,
            "peak_memory_mb": memory.peak_mb(start, end),
            "peak_pss_mb": memory.peak_mb(start, end, "pss"),
            "main_process_peak_mb": memory.peak_mb(start, end, "main"),
        }
    return {
        "n": n,
        "sources": sources,
        "canonical_articles": articles,
        "seconds": round(seconds, 1),
        "articles_per_second": round(n / seconds, 1),
        "peak_memory_mb": memory.peak_mb(),
        "peak_pss_mb": memory.peak_mb(kind="pss"),
        "steps": steps,
    }


SHORT_STEP_NAMES = {
    "ingest_input_files": "ingest",
    "cleaned_articles": "clean",
    "deduplicated_articles": "dedupe",
    "validated_articles": "validate",
    "actors_and_quotes": "actors",
    "date_mentions": "dates",
    "coded_events": "events",
    "warehouse_models": "dbt",
    "sql_snapshot": "snapshot",
}


def markdown(result: dict) -> str:
    lines = [
        f"Cold `newsevents run` on generated input ({result['source']}; {result['machine']}).",
        "",
        "| articles | wall (s) | articles/s | peak RSS, sum over the processes (MB) | peak PSS (MB) |",
        "|---|---|---|---|---|",
    ]
    for run in result["runs"]:
        lines.append(
            f"| {run['n']:,} | {run['seconds']} | {run['articles_per_second']} | "
            f"{run['peak_memory_mb']} | {run['peak_pss_mb']} |"
        )
    for growth in result["growth"]:
        lines.append(
            f"\nFrom {growth['from']:,} to {growth['to']:,} articles the time per article "
            f"changes by {growth['per_article_ratio']:.2f}x (1.00 is linear)."
        )
    steps = list(result["runs"][-1]["steps"])
    lines += [
        "",
        "Per step: seconds / articles per second / peak RSS summed over the processes (MB).",
        "",
        "| articles | " + " | ".join(SHORT_STEP_NAMES.get(step, step) for step in steps) + " |",
        "|---" * (1 + len(steps)) + "|",
    ]
    for run in result["runs"]:
        cells = []
        for step in steps:
            figures = run["steps"].get(step)
            cells.append(
                f"{figures['seconds']:g} / {figures['articles_per_second']} / {figures['peak_memory_mb']}"
                if figures
                else "–"
            )
        lines.append(f"| {run['n']:,} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument(
        "--from", dest="source", type=Path, default=KREMLIN if KREMLIN.exists() else None
    )
    parser.add_argument("--json-out", type=Path, default=ROOT / "benchmarks/results/scale.json")
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(args.sizes):
            runs.append(load(n, args.source, Path(tmp)))
            print(json.dumps(runs[-1]), flush=True)
    growth = [
        {
            "from": a["n"],
            "to": b["n"],
            "per_article_ratio": round((b["seconds"] / b["n"]) / (a["seconds"] / a["n"]), 3),
        }
        for a, b in itertools.pairwise(runs)
    ]
    result = {
        "source": args.source.name if args.source else "sample_corpus",
        "machine": machine(),
        "runs": runs,
        "growth": growth,
    }
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    args.json_out.with_suffix(".md").write_text(markdown(result))
    print(markdown(result))


if __name__ == "__main__":
    sys.exit(main())
