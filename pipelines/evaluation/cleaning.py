"""Scoring the cleaner against gold data: body token-F1, title and date accuracy.

Two gold formats are read:
- a seeds gold file (`seeds.gold.json`: articles with `file`, `body`, `title`,
  `published_date`, `boilerplate_must_be_gone`; the raw files in `seeds/` beside it);
- an extraction benchmark (`pages.jsonl`: `id`, `page_text`, `gold_body`; the pages as
  `html/<id>.html.gz` beside it), scored on the text and on the HTML, with trafilatura's
  own extraction side by side.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pipelines.text.articles import clean_source
from pipelines.text.read import read_input_file

_TOKEN = re.compile(r"\w+")


def token_f1(got: str, gold: str) -> tuple[float, float, float]:
    """(F1, precision, recall) of the bags of lowercase word tokens."""
    a, b = Counter(_TOKEN.findall(got.lower())), Counter(_TOKEN.findall(gold.lower()))
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall), precision, recall


@dataclass
class SetScore:
    """Scores of one system on one gold set."""

    name: str
    f1: list[float] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    titles: list[bool] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    boilerplate_left: list[str] = field(default_factory=list)
    worst: list[tuple[float, str]] = field(default_factory=list)

    def add_body(self, doc: str, got: str, gold: str) -> float:
        f1, precision, recall = token_f1(got, gold)
        self.f1.append(f1)
        self.precision.append(precision)
        self.recall.append(recall)
        self.worst.append((f1, doc))
        return f1

    def summary(self) -> dict[str, Any]:
        def mean(values: list[float] | list[bool]) -> float | None:
            return round(statistics.fmean(values), 4) if values else None

        return {
            "set": self.name,
            "n": len(self.f1),
            "body_f1": mean(self.f1),
            "body_precision": mean(self.precision),
            "body_recall": mean(self.recall),
            "min_body_f1": round(min(self.f1), 4) if self.f1 else None,
            "title_accuracy": mean(self.titles),
            "date_accuracy": mean(self.dates),
            "boilerplate_left": len(self.boilerplate_left),
            "worst": [f"{score:.3f} {doc}" for score, doc in sorted(self.worst)[:3]],
        }


def _source(key: str, text: str, *, is_html: bool) -> dict[str, Any]:
    return {
        "source_key": key,
        "raw_text": text,
        "is_html": is_html,
        "record_title": None,
        "record_published": None,
        "record_url": None,
        "record_publisher": None,
        "record_author": None,
    }


def evaluate_seeds(gold_path: Path) -> list[SetScore]:
    """Score the cleaner on a seeds gold file (raw files in `seeds/` beside it)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    score = SetScore(name=f"{gold_path.name} (text)")
    for article in gold:
        raw_path = gold_path.parent / "seeds" / article["file"]
        read = read_input_file(article["file"], raw_path.read_bytes())
        if not read.sources:
            score.add_body(article["file"], "", article["body"])
            score.titles.append(False)
            score.dates.append(False)
            continue
        cleaned = clean_source(read.sources[0])
        score.add_body(article["file"], cleaned["body"], article["body"])
        score.titles.append(cleaned["title"] == article["title"])
        expected = (
            date.fromisoformat(article["published_date"]) if article.get("published_date") else None
        )
        score.dates.append(cleaned["published_date"] == expected)
        score.boilerplate_left += [
            f"{article['file']}: {s!r}"
            for s in article.get("boilerplate_must_be_gone", [])
            if s in cleaned["body"]
        ]
    return [score]


def read_pages(pages_path: Path, *, with_html: bool = True) -> list[tuple[dict, str | None]]:
    """The rows of an extraction benchmark (`pages.jsonl`), each with its HTML page
    (`html/<id>.html.gz` beside it) when there is one."""
    html_dir = pages_path.parent / "html"
    out: list[tuple[dict, str | None]] = []
    for line in pages_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        html_file = html_dir / f"{row['id']}.html.gz"
        html = (
            gzip.decompress(html_file.read_bytes()).decode("utf-8", errors="replace")
            if with_html and html_file.exists()
            else None
        )
        out.append((row, html))
    return out


def evaluate_pages(
    pages_path: Path, *, with_html: bool = True, with_peer: bool = True
) -> list[SetScore]:
    """Score the cleaner on an extraction benchmark: page text, HTML, and trafilatura on the HTML."""
    text_score = SetScore(name=f"{pages_path.name} (text)")
    html_score = SetScore(name=f"{pages_path.name} (html)")
    peer_score = SetScore(name=f"{pages_path.name} (html, trafilatura alone)")
    for row, html in read_pages(pages_path, with_html=with_html):
        cleaned = clean_source(_source(row["id"], row["page_text"], is_html=False))
        text_score.add_body(row.get("url", row["id"]), cleaned["body"], row["gold_body"])
        if html is None:
            continue
        cleaned_html = clean_source(_source(row["id"], html, is_html=True))
        html_score.add_body(row.get("url", row["id"]), cleaned_html["body"], row["gold_body"])
        if with_peer:
            import trafilatura

            peer = trafilatura.extract(html) or ""
            peer_score.add_body(row.get("url", row["id"]), peer, row["gold_body"])
    return [s for s in (text_score, html_score, peer_score) if s.f1]


def evaluate_paths(paths: list[Path]) -> tuple[list[SetScore], list[str]]:
    """Score every gold file given; return the scores and the paths skipped (absent or unknown)."""
    scores: list[SetScore] = []
    skipped: list[str] = []
    for path in paths:
        if not path.exists():
            skipped.append(f"{path} (absent)")
        elif path.is_dir() and (path / "timex_gold.jsonl").exists():
            continue  # a date gold: scored by pipelines.evaluation.dates
        elif path.suffix == ".json":
            scores += evaluate_seeds(path)
        elif path.suffix == ".jsonl" and path.name.startswith("PETR"):
            continue  # an event gold: scored by pipelines.evaluation.events
        elif path.suffix == ".jsonl":
            scores += evaluate_pages(path)
        elif path.suffix == ".csv":
            continue  # a dedup source: scored by pipelines.evaluation.dedup
        else:
            skipped.append(f"{path} (not a seeds .json or pages .jsonl gold file)")
    return scores, skipped
