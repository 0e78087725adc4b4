"""Scoring the cleaner against gold data: body token-F1, title and date accuracy.

Two gold formats are read:
- a seeds gold file (`seeds.gold.json`: articles with `file`, `body`, `title`,
  `published_date`, `boilerplate_must_be_gone`; the raw files in `seeds/` beside it);
- an extraction benchmark (`pages.jsonl`: `id`, `page_text`, `gold_body`; the pages as
  `html/<id>.html.gz` beside it), scored on the text and on the HTML, with trafilatura's
  own extraction side by side. Its titles and published dates are scored against our own
  gold (`gold/pages_meta.jsonl`, docs/annotation.md): the title as character offsets into
  `page_text`, the published date as an ISO date with `date_in_text` (whether the page
  text itself writes that date).

Title and date scores on the benchmark are also given per half (`page_half`: dev, the
half rules are tuned on, and test, read once per change): a stable hash of the page id.

A title is right when it equals the gold headline once both are normalized
(`normalize_title`: Unicode compatibility forms, case, runs of spaces, curly quotes,
primes and guillemets as plain quote marks, and en and em dashes as hyphens). A site name around the headline ("… - WSJ",
"… | TheHill") is not tolerated: the gold is the headline as the page shows it above the
article, without the site name, and so should our title be. A published date is right when
it is the gold date; on a text dump the gold is the date only when the text writes it
(`date_in_text`), else no date (a date from nowhere is wrong); on the HTML page it is
the gold date, since the page's metadata may state it.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import xxhash

from pipelines.text.articles import clean_source
from pipelines.text.read import read_input_file

_TOKEN = re.compile(r"\w+")
# Our gold titles and dates of the extraction benchmark's pages (docs/annotation.md).
PAGES_META_GOLD = Path(__file__).parent / "gold" / "pages_meta.jsonl"
_QUOTES = str.maketrans(
    {c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"} | {c: "-" for c in "‐‑–—"}
)


def normalize_title(title: str | None) -> str:
    """A title as compared with the gold: NFKC, casefolded, quote marks and dashes plain,
    spaces one."""
    if not title:
        return ""
    text = unicodedata.normalize("NFKC", title).translate(_QUOTES).casefold()
    return " ".join(text.split())


def page_half(page_id: str) -> str:
    """`dev` or `test`: the half of the benchmark a page is in (stable hash of its id).
    Rules are tuned on dev; test is only read to report."""
    return "dev" if xxhash.xxh64_intdigest(page_id.encode("utf-8")) % 2 == 0 else "test"


def read_pages_meta(path: Path = PAGES_META_GOLD) -> dict[str, dict]:
    """Gold title spans and published dates by page id (empty when the file is absent)."""
    if not path.exists():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {row["id"]: row for row in rows if row}


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


@dataclass(frozen=True)
class _PageGold:
    title: str | None  # None: no title scored (the headline is not in the page text)
    published: date | None
    in_text: bool


def _page_gold(row: dict, meta: dict | None) -> _PageGold | None:
    if meta is None:
        return None
    start, end = meta.get("title_start"), meta.get("title_end")
    title = row["page_text"][start:end] if start is not None and end is not None else None
    published = meta.get("published_date")
    return _PageGold(
        title=title,
        published=date.fromisoformat(published) if published else None,
        in_text=bool(meta.get("date_in_text")),
    )


def _score_meta(score: SetScore, cleaned: dict, gold: _PageGold | None, *, text: bool) -> None:
    if gold is None:
        return
    if gold.title is not None:
        score.titles.append(normalize_title(cleaned["title"]) == normalize_title(gold.title))
    expected = gold.published if (gold.in_text or not text) else None
    score.dates.append(cleaned["published_date"] == expected)


def evaluate_pages(
    pages_path: Path,
    *,
    with_html: bool = True,
    with_peer: bool = True,
    meta_gold: Path | None = PAGES_META_GOLD,
    halves: bool = False,
) -> list[SetScore]:
    """Score the cleaner on an extraction benchmark: page text, HTML, and trafilatura on the
    HTML (bodies; titles and dates where `meta_gold` has the page). With `halves`, the text
    and HTML scores of the dev and the test half follow."""
    gold_meta = read_pages_meta(meta_gold) if meta_gold is not None else {}
    name = pages_path.name
    text_score = SetScore(name=f"{name} (text)")
    html_score = SetScore(name=f"{name} (html)")
    peer_score = SetScore(name=f"{name} (html, trafilatura alone)")
    by_half = {
        (half, kind): SetScore(name=f"{name} {half} ({kind})")
        for half in ("dev", "test")
        for kind in ("text", "html")
    }
    for row, html in read_pages(pages_path, with_html=with_html):
        doc = row.get("url", row["id"])
        gold = _page_gold(row, gold_meta.get(row["id"]))
        half = page_half(row["id"])
        cleaned = clean_source(_source(row["id"], row["page_text"], is_html=False))
        for score in (text_score, by_half[half, "text"]):
            score.add_body(doc, cleaned["body"], row["gold_body"])
            _score_meta(score, cleaned, gold, text=True)
        if html is None:
            continue
        cleaned_html = clean_source(_source(row["id"], html, is_html=True))
        for score in (html_score, by_half[half, "html"]):
            score.add_body(doc, cleaned_html["body"], row["gold_body"])
            _score_meta(score, cleaned_html, gold, text=False)
        if with_peer:
            import trafilatura

            peer = trafilatura.extract(html) or ""
            peer_score.add_body(doc, peer, row["gold_body"])
    scores = [text_score, html_score, peer_score]
    if halves and gold_meta:
        scores += list(by_half.values())
    return [s for s in scores if s.f1]


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
            scores += evaluate_pages(path, halves=True)
        elif path.suffix == ".csv":
            continue  # a dedup source: scored by pipelines.evaluation.dedup
        else:
            skipped.append(f"{path} (not a seeds .json or pages .jsonl gold file)")
    return scores, skipped
