"""The whole pipeline at several scales (a benchmark, not a test): the first piece of the
benchmark suite of the issue "Performance at scale".

    .venv/bin/python benchmarks/scale_benchmark.py [--sizes 1000 10000 100000]
        [--from ../shared/data/kremlin_press_releases/putin.csv]
        [--json-out benchmarks/results/scale.json]

For each size N: `newsevents generate --n N` writes messy input (every format, copies, bad
files; from the CSV when given or present, else the sample corpus), then one cold
`newsevents run` process loads it. Reported per size: wall time, articles/s, each step's
wall time (from the run summary), and the peak resident memory of the run's main process
(GNU time; actor extraction's worker processes are not in it). Last, how the cost grows:
the wall time per article at each size against the previous size. Results as JSON and as
a Markdown table beside it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWSEVENTS = ROOT / ".venv" / "bin" / "newsevents"
KREMLIN = ROOT.parent / "shared" / "data" / "kremlin_press_releases" / "putin.csv"


def load(n: int, source: Path | None, tmp: Path) -> dict:
    folder, warehouse = tmp / f"input_{n}", tmp / f"wh_{n}" / "newsevents.duckdb"
    command = [str(NEWSEVENTS), "generate", "--n", str(n), "--out", str(folder)]
    subprocess.run(
        command + (["--from", str(source)] if source else []), check=True, capture_output=True
    )
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    run = ["/usr/bin/time", "-f", "peak_rss_kb=%M", str(NEWSEVENTS), "run"]
    run += ["--input", str(folder), "--warehouse", str(warehouse)]
    started = time.perf_counter()
    done = subprocess.run(run, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"run of {n} failed:\n{done.stdout}\n{done.stderr}")
    steps_line = next(line for line in done.stdout.splitlines() if line.startswith("step seconds"))
    steps = {
        name: float(value)
        for name, value in re.findall(r"(\w+) ([\d.]+)", steps_line.removeprefix("step seconds"))
    }
    articles = int(re.search(r"articles\s+(\d+) new", done.stdout).group(1))  # type: ignore[union-attr]
    rss = int(re.search(r"peak_rss_kb=(\d+)", done.stderr).group(1))  # type: ignore[union-attr]
    return {
        "n": n,
        "canonical_articles": articles,
        "seconds": round(seconds, 1),
        "articles_per_second": round(n / seconds, 1),
        "peak_rss_mb": round(rss / 1024),
        "steps": steps,
    }


def markdown(result: dict) -> str:
    steps = list(result["runs"][-1]["steps"])
    lines = [
        f"Cold `newsevents run` on generated input ({result['source']}; {result['machine']}).",
        "",
        "| articles | wall (s) | articles/s | peak RSS (MB) | " + " | ".join(steps) + " |",
        "|---" * (4 + len(steps)) + "|",
    ]
    for run in result["runs"]:
        cells = [f"{run['steps'].get(step, 0):g}" for step in steps]
        lines.append(
            f"| {run['n']:,} | {run['seconds']} | {run['articles_per_second']} | {run['peak_rss_mb']} | "
            + " | ".join(cells)
            + " |"
        )
    for growth in result["growth"]:
        lines.append(
            f"\nFrom {growth['from']:,} to {growth['to']:,} articles the time per article "
            f"changes by {growth['per_article_ratio']:.2f}x (1.00 is linear)."
        )
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
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}",
        "runs": runs,
        "growth": growth,
    }
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    args.json_out.with_suffix(".md").write_text(markdown(result))
    print(markdown(result))


if __name__ == "__main__":
    sys.exit(main())
