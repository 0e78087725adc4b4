"""The benchmark suite in one command: the whole pipeline at scale, the cost of a 1%
increment, and each stage beside the peer a user would otherwise pick, as ratios.

    .venv/bin/python benchmarks/suite.py [--sizes 1000 10000 100000] [--quick]
        [--only scale incremental peers dedup actors] [--no-readme]

Runs, one after the other (never two at once: they would share the 2 cores):
- scale: `scale_benchmark.py` (cold `newsevents run` of N generated articles; per step
  wall time, articles/s and peak memory of the process tree; growth with N);
- incremental: `incremental_benchmark.py` (10,000 articles, then 1% more files: a warm
  `newsevents watch` and a process per load);
- peers: `peers_benchmark.py` (HTML cleaning against trafilatura, dates against
  dateparser's search_dates, one core each) with their quality on the gold sets of
  ../shared/data (body F1 on the extraction benchmark, TIMEX value accuracy);
- dedup: `dedup_benchmark.py` (against datasketch MinHashLSH, recall and precision on
  injected copies);
- actors: `actor_benchmark.py` (against spaCy's EntityRuler holding our aliases, actor F1
  on the gold sets).
Each writes its JSON in benchmarks/results/; this writes suite.json and suite.md there and
puts the tables in README.md between the benchmark markers. `--quick` runs small sizes (a
check that the suite works, not figures to report).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_benchmark import machine

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
PYTHON = sys.executable
SHARED = ROOT.parent / "shared" / "data"
README_START = "<!-- benchmark:start -->"
README_END = "<!-- benchmark:end -->"


def run(out_dir: Path, name: str, script: str, *args: str) -> dict:
    """One benchmark in its own process (each pins its own cores); its JSON result."""
    out = out_dir / f"{name}.json"
    command = [PYTHON, str(ROOT / "benchmarks" / script), *args, "--json-out", str(out)]
    print(f"== {name}: {' '.join(command[1:])}", flush=True)
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    print(f"== {name} done in {time.perf_counter() - started:.0f} s", flush=True)
    return json.loads(out.read_text())


def peer_quality() -> dict:
    """Quality of ours and of the peers on the gold sets of ../shared/data, when present."""
    out: dict = {}
    pages = SHARED / "extraction_benchmark" / "pages.jsonl"
    if pages.exists():
        from pipelines.evaluation.cleaning import evaluate_pages

        _, html, peer = evaluate_pages(pages)
        out["html_body_f1"] = {
            "set": "extraction_benchmark",
            "n": len(html.f1),
            "ours": html.summary()["body_f1"],
            "peer": peer.summary()["body_f1"],
        }
    timex = SHARED / "timex"
    if (timex / "timex_gold.jsonl").exists():
        from pipelines.evaluation.dates import evaluate_timex, evaluate_timex_dateparser

        ours, peer = evaluate_timex(timex), evaluate_timex_dateparser(timex)
        out["date_value_accuracy"] = {
            "set": "timex",
            "n": ours.total,
            "ours": round(ours.accuracy, 4),
            "peer": round(peer.accuracy, 4),
        }
    return out


def _row(stage: str, peer: str, unit: str, speeds: tuple, quality: str, qualities: tuple) -> dict:
    """One line of the peers table: (ours, theirs) speed and quality."""
    ours, theirs = speeds
    return {
        "stage": stage,
        "peer": peer,
        "unit": unit,
        "ours": ours,
        "theirs": theirs,
        "speed_ratio": round(ours / theirs, 2) if theirs else None,
        "quality": quality,
        "ours_quality": qualities[0],
        "theirs_quality": qualities[1],
    }


def peers_table(results: dict) -> list[dict]:
    """One row per stage: ours and the peer, speed and quality, from the runs' JSON."""
    rows = []
    peers, quality = results.get("peers"), results.get("peer_quality", {})
    if peers:
        f1 = quality.get("html_body_f1", {})
        for key, label in (("html", "generated pages"), ("html_real_pages", "real pages")):
            if key in peers:
                rows.append(
                    _row(
                        f"HTML cleaning, {label}",
                        "trafilatura.extract",
                        "pages/s, 1 core",
                        (
                            peers[key]["ours_pages_per_second"],
                            peers[key]["trafilatura_pages_per_second"],
                        ),
                        "body F1, extraction benchmark",
                        (f1.get("ours"), f1.get("peer")),
                    )
                )
        dates, accuracy = peers["dates"], quality.get("date_value_accuracy", {})
        rows.append(
            _row(
                "dates",
                "dateparser search_dates",
                "articles/s, 1 core",
                (dates["ours_articles_per_second"], dates["dateparser_articles_per_second"]),
                "TIMEX value accuracy",
                (accuracy.get("ours"), accuracy.get("peer")),
            )
        )
    dedup = results.get("dedup")
    if dedup:
        subset, peer = dedup["subset"], dedup["subset"]["datasketch"]
        rows.append(
            _row(
                "near-duplicates",
                "datasketch MinHashLSH",
                f"articles/s, {subset['n']:,} articles",
                (round(subset["n"] / subset["ours_seconds"]), round(subset["n"] / peer["seconds"])),
                "recall / precision on injected copies",
                (
                    f"{subset['ours_recall']:.4f} / {subset['ours_precision']:.4f}",
                    f"{peer['recall']:.4f} / {peer['precision']:.4f}",
                ),
            )
        )
    actors = results.get("actors")
    if actors:
        scored = actors.get("quality", {})
        gold_set = "seeds_gold" if scored.get("seeds_gold") else "sample_corpus"
        gold = scored.get(gold_set, {})
        rows.append(
            _row(
                "actors (dictionary matching)",
                "spaCy EntityRuler",
                "articles/s, 1 core",
                (
                    actors["ours_dictionary_only_1_process_articles_per_s"],
                    actors["spacy_entityruler_1_process_articles_per_s"],
                ),
                f"actor F1 ({gold_set.replace('_', ' ')})",
                (gold.get("ours_actor_f1"), gold.get("entityruler_actor_f1")),
            )
        )
        rows.append(
            _row(
                "actors and quotes (full)",
                "spaCy EntityRuler",
                "articles/s, 2 cores",
                (
                    actors["ours_2_workers_articles_per_s"],
                    actors["spacy_entityruler_2_processes_articles_per_s"],
                ),
                "quote speaker accuracy",
                (gold.get("ours_speaker_accuracy"), gold.get("entityruler_speaker_accuracy")),
            )
        )
    return rows


def markdown(results: dict, out_dir: Path) -> str:
    lines = [
        f"Measured {results['date']} on {results['machine']} with `benchmarks/suite.py`.",
        "",
    ]
    scale_md = out_dir / "scale.md"
    if "scale" in results and scale_md.exists():
        lines += ["**The whole pipeline** (ingest to the last dbt model, checks included)", ""]
        lines += [scale_md.read_text().strip(), ""]
    incremental = results.get("incremental")
    if incremental:
        warm, process = incremental["warm"], incremental["process"]
        lines += [
            f"**{100 * incremental['n_new'] / incremental['n_cold']:g}% more files** after "
            f"{incremental['n_cold']:,} articles ({incremental['n_new']:,} new ones)",
            "",
            "| how the loads run | cold load (s) | 1% load (s) | 1% / cold |",
            "|---|---|---|---|",
            f"| one warm process (`newsevents watch`) | {warm['cold_seconds']} | "
            f"{warm['incremental_seconds']} | {warm['incremental_over_cold']} |",
            f"| a process per load (`newsevents run`) | {process['cold_seconds']} | "
            f"{process['incremental_seconds']} | {process['incremental_over_cold']} |",
            "",
        ]
    rows = results.get("peers_table", [])
    if rows:
        lines += [
            "**Each stage beside its peer** (same input; speed ratio > 1: ours is faster)",
            "",
            "| stage | peer | unit | ours | peer | speed ratio | quality | ours | peer |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for r in rows:
            lines.append(
                f"| {r['stage']} | {r['peer']} | {r['unit']} | {r['ours']:,} | {r['theirs']:,} | "
                f"{r['speed_ratio']} | {r['quality']} | {r['ours_quality']} | {r['theirs_quality']} |"
            )
    return "\n".join(lines) + "\n"


def update_readme(table: str) -> bool:
    readme = ROOT / "README.md"
    text = readme.read_text()
    if README_START not in text or README_END not in text:
        return False
    head, rest = text.split(README_START, 1)
    _, tail = rest.split(README_END, 1)
    readme.write_text(f"{head}{README_START}\n{table}{README_END}{tail}")
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--quick", action="store_true", help="small sizes: check the suite runs")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=["scale", "incremental", "peers", "dedup", "actors"],
        default=["scale", "incremental", "peers", "dedup", "actors"],
    )
    parser.add_argument("--no-readme", action="store_true", help="leave README.md as it is")
    args = parser.parse_args()
    sizes = [300, 1_000] if args.quick else args.sizes
    # A quick run's figures are not worth keeping: they go to a folder of their own.
    out_dir = RESULTS / "quick" if args.quick else RESULTS
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": machine(),
        "quick": args.quick,
    }
    if "scale" in args.only:
        results["scale"] = run(out_dir, "scale", "scale_benchmark.py", "--sizes", *map(str, sizes))
    if "incremental" in args.only:
        n = ["--n", "2000", "--new", "0.05"] if args.quick else ["--n", "10000"]
        results["incremental"] = run(out_dir, "incremental", "incremental_benchmark.py", *n)
    if "peers" in args.only:
        n = "60" if args.quick else "300"
        results["peers"] = run(out_dir, "peers", "peers_benchmark.py", "--n", n)
        results["peer_quality"] = peer_quality()
    if "dedup" in args.only:
        n = ["--n", "5000", "--subset", "2000"] if args.quick else ["--n", "100000"]
        results["dedup"] = run(out_dir, "dedup", "dedup_benchmark.py", *n)
    if "actors" in args.only:
        n = "1000" if args.quick else "10000"
        results["actors"] = run(out_dir, "actors", "actor_benchmark.py", "--n", n)
    results["peers_table"] = peers_table(results)
    (out_dir / "suite.json").write_text(json.dumps(results, indent=2) + "\n")
    table = markdown(results, out_dir)
    (out_dir / "suite.md").write_text(table)
    print(table)
    if not args.quick and not args.no_readme and set(args.only) == set(parser.get_default("only")):
        print("README.md updated" if update_readme(table) else "README.md has no benchmark markers")


if __name__ == "__main__":
    main()
