"""PETR2's gold sentences through the whole pipeline, as a user would feed them (a benchmark
of quality, not a test).

    .venv/bin/python benchmarks/petr2_run_benchmark.py [--gold ../shared/data/cameo/PETR2_GSR_dev.jsonl]
        [--json-out benchmarks/results/petr2_run.json]

Each gold sentence becomes one jsonl record (text, its date, a url naming its id); one
`newsevents run` loads them into a fresh warehouse; the events of `fct_events` are scored
against the gold as `pipelines.evaluation.events.evaluate_petr2` scores the coder alone:
root code and the 3-letter countries of source and target (`dim_actors`), statements of
reporting verbs left out. Reported: how many records became articles, precision, recall.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.evaluation.events import (  # noqa: E402
    PETR2_PATH,
    EventCoder,
    EventScore,
    _petr_date,
    match_events,
)

NEWSEVENTS = ROOT / ".venv" / "bin" / "newsevents"
URL = "https://petr2.example/{}"


def _records(gold: list[dict]) -> str:
    lines = []
    for record in gold:
        day = _petr_date(record.get("date"))
        lines.append(
            json.dumps(
                {
                    "text": record["text"],
                    "published": day.isoformat() if day else None,
                    "url": URL.format(record["id"]),
                }
            )
        )
    return "\n".join(lines) + "\n"


def run(gold_path: Path) -> dict:
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line]
    gold = [g for g in gold if str(g.get("evaluate", "true")).lower() == "true"]
    with tempfile.TemporaryDirectory(prefix="petr2-run-") as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        (inputs / "petr2.jsonl").write_text(_records(gold), encoding="utf-8")
        warehouse = Path(folder) / "w.duckdb"
        subprocess.run(
            [str(NEWSEVENTS), "run", "--input", str(inputs), "--warehouse", str(warehouse)],
            check=True,
            capture_output=True,
        )
        con = duckdb.connect(str(warehouse), read_only=True)
        articles = dict(con.sql("SELECT url, article_id FROM main.dim_articles").fetchall())
        country = {
            actor_id: (None if actor_id.startswith("sector_") else (code or "")[:3] or None)
            for actor_id, code in con.sql(
                "SELECT actor_id, coalesce(country_code, cameo_code) FROM main.dim_actors"
            ).fetchall()
        }
        events = con.sql(
            "SELECT article_id, event_code, source_actor_id, target_actor_id, event_explanation"
            " FROM main.fct_events"
        ).fetchall()
    by_article: dict[str, list[tuple[str, str | None, str | None]]] = {}
    for article_id, code, source, target, explanation in events:
        if EventCoder.is_report(explanation):
            continue
        by_article.setdefault(article_id, []).append(
            (code[:2], country.get(source), country.get(target) if target else None)
        )
    score = EventScore()
    for record in gold:
        wanted = [e for e in record.get("events", []) if e.get("eventcode")]
        ours = by_article.get(articles.get(URL.format(record["id"]), ""), [])
        hits = match_events(
            ours, [(g["eventcode"], g.get("sourcecode"), g.get("targetcode")) for g in wanted]
        )
        used = {h for h in hits if h is not None}
        score.gold += len(wanted)
        score.ours += len(ours)
        score.right += len(used)
        score.gold_found += len(used)
    return {
        "records": len(gold),
        "articles": sum(URL.format(r["id"]) in articles for r in gold),
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "right": score.right,
        "ours": score.ours,
        "gold": score.gold,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=PETR2_PATH)
    parser.add_argument("--json-out", type=Path, default=None)
    args = parser.parse_args()
    if not args.gold.exists():
        sys.exit(f"no PETR2 gold at {args.gold}")
    result = run(args.gold)
    print(json.dumps(result, indent=2))
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
