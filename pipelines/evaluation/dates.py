"""Scoring resolved temporal expressions against gold annotations.

Two bars:

* TIMEX: news documents with a document creation time (used as the published date) and
  gold TIMEX3 expressions with character offsets. A gold DATE whose value is a day
  (YYYY-MM-DD), ISO week (YYYY-Www), month (YYYY-MM) or year (YYYY) counts as right when
  one of our mentions overlaps its span with the gold value; missed ones count wrong.
  `evaluate_timex_dateparser` scores dateparser's `search_dates` on the same expressions,
  for comparison.
* Seeds: the hand-made gold of the sample raw articles lists date mentions with their
  value (None where the article states no date); each must be found with that value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import polars as pl
import xxhash

from pipelines.nlp.dates import extract_date_mentions
from pipelines.text.articles import clean_source
from pipelines.text.read import read_input_file

PRECISIONS = ("day", "week", "month", "year")
_PRECISION_OF = [
    ("day", re.compile(r"^\d{4}-\d\d-\d\d$")),
    ("week", re.compile(r"^\d{4}-W\d\d$")),
    ("month", re.compile(r"^\d{4}-\d\d$")),
    ("year", re.compile(r"^\d{4}$")),
]


def precision_of(value: str | None) -> str | None:
    """day/week/month/year for a TIMEX3 value of one of those shapes, else None."""
    for name, pattern in _PRECISION_OF:
        if value and pattern.match(value):
            return name
    return None


@dataclass
class DateScore:
    """Right / total over gold expressions, overall and per precision."""

    right: int = 0
    total: int = 0
    by_precision: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    def precision_accuracy(self, precision: str) -> float:
        right, total = self.by_precision.get(precision, [0, 0])
        return right / total if total else 1.0

    def add(self, precision: str, ok: bool, error: str = "") -> None:
        self.total += 1
        counts = self.by_precision.setdefault(precision, [0, 0])
        counts[1] += 1
        if ok:
            self.right += 1
            counts[0] += 1
        elif error:
            self.errors.append(error)


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def timex_half(doc_id: str) -> str:
    """`dev` or `test`: the half of the TIMEX set a document is in (stable hash of its id,
    as `pipelines.evaluation.cleaning.page_half`). Rules are tuned on dev; test is only
    read as a number."""
    return "dev" if xxhash.xxh64_intdigest(doc_id.encode("utf-8")) % 2 == 0 else "test"


def load_timex(
    timex_dir: Path, half: str | None = None
) -> tuple[list[dict], dict[str, list[dict]]]:
    """Documents, and per document its gold DATE expressions of a scored precision; only
    those of one half (`dev`/`test`) when `half` is given."""
    docs = [
        d
        for d in _read_jsonl(timex_dir / "docs.jsonl")
        if half is None or timex_half(d["doc"]) == half
    ]
    kept = {d["doc"] for d in docs}
    gold: dict[str, list[dict]] = {}
    for row in _read_jsonl(timex_dir / "timex_gold.jsonl"):
        if row["doc"] in kept and row.get("type") == "DATE" and precision_of(row.get("value")):
            gold.setdefault(row["doc"], []).append(row)
    return docs, gold


def _score_timex(
    timex_dir: Path,
    predict: Callable[[list[dict]], dict[str, list[tuple[int, int, str | None]]]],
    half: str | None = None,
) -> DateScore:
    docs, gold = load_timex(timex_dir, half)
    found = predict(docs)
    text_of = {d["doc"]: d["text"] for d in docs}
    score = DateScore()
    for doc, expressions in gold.items():
        mentions = found.get(doc, [])
        for g in expressions:
            values = [v for s, e, v in mentions if s < g["end"] and g["start"] < e]
            ok = g["value"] in values
            error = ""
            if not ok:
                seen = [
                    f"{text_of[doc][s:e]!r}={v}"
                    for s, e, v in mentions
                    if s < g["end"] and g["start"] < e
                ]
                error = f"{doc} dct={g['dct']}: {g['text']!r} gold={g['value']} got={seen}"
            score.add(precision_of(g["value"]) or "", ok, error)
    return score


def _our_predictions(docs: list[dict]) -> dict[str, list[tuple[int, int, str | None]]]:
    frame = pl.DataFrame(
        {
            "article_id": [d["doc"] for d in docs],
            "body": [d["text"] for d in docs],
            "published_date": [
                date.fromisoformat(d["dct"][:10]) if d.get("dct") else None for d in docs
            ],
        },
        schema_overrides={"published_date": pl.Date},
    )
    out: dict[str, list[tuple[int, int, str | None]]] = {}
    for doc, start, end, value in (
        extract_date_mentions(frame)
        .select("article_id", "char_start", "char_end", "resolved_value")
        .iter_rows()
    ):
        out.setdefault(doc, []).append((start, end, value))
    return out


def evaluate_timex(timex_dir: Path, half: str | None = None) -> DateScore:
    """Our resolved-value accuracy on the gold day/week/month/year DATE expressions, of
    the whole set or of one half (`dev`, `test`: see `timex_half`)."""
    return _score_timex(timex_dir, _our_predictions, half)


def _dateparser_values(d: datetime) -> list[str]:
    year, week, _ = d.isocalendar()
    return [d.strftime("%Y-%m-%d"), f"{year}-W{week:02d}", d.strftime("%Y-%m"), str(d.year)]


def evaluate_timex_dateparser(timex_dir: Path, isolated: bool = False) -> DateScore:
    """dateparser on the same gold expressions, with the document date as its relative base
    and past dates preferred, each date scored at the gold's precision. By default
    `search_dates` runs over each whole text (what a pipeline would do: it has to find the
    expressions too) and a found substring counts where it overlaps the gold span; with
    `isolated`, `parse` runs on each gold expression's own text (finding given for free).
    About 15 s over the whole texts, 3 minutes isolated."""
    from dateparser import parse
    from dateparser.search import search_dates

    docs, gold = load_timex(timex_dir)
    score = DateScore()
    for doc in docs:
        expressions = gold.get(doc["doc"], [])
        if not expressions:
            continue
        text = doc["text"]
        base = datetime.fromisoformat(doc["dct"][:10])
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        spans: list[tuple[int, int, datetime]] = []
        if not isolated:
            try:
                spans = _locate(text, search_dates(text, settings=settings) or [])
            except Exception:  # a crash of the baseline is its miss
                spans = []
        for g in expressions:
            precision = precision_of(g["value"]) or ""
            index = PRECISIONS.index(precision)
            if isolated:
                try:
                    parsed = parse(g["text"], settings=settings)  # type: ignore[arg-type]
                except Exception:
                    parsed = None
                found = [] if parsed is None else [(g["start"], g["end"], parsed)]
            else:
                found = [(s, e, d) for s, e, d in spans if s < g["end"] and g["start"] < e]
            ok = any(_dateparser_values(d)[index] == g["value"] for _, _, d in found)
            score.add(precision, ok, "" if ok else f"{doc['doc']}: {g['text']!r} {g['value']}")
    return score


def _locate(text: str, results: Iterable[tuple[str, datetime]]) -> list[tuple[int, int, datetime]]:
    """Character spans of dateparser's substrings: every occurrence of each (the gold
    comparison then keeps those overlapping a gold span)."""
    spans = []
    for substring, parsed in results:
        if not substring.strip():
            continue
        for match in re.finditer(re.escape(substring), text):
            spans.append((match.start(), match.end(), parsed))
    return spans


def evaluate_seed_dates(gold_path: Path) -> DateScore:
    """Each gold date mention of each seed article found (same text, case-insensitive,
    overlapping or contained) with the gold value; the seeds are read from the `seeds`
    folder beside the gold file and cleaned as the pipeline does."""
    score = DateScore()
    for article in json.loads(gold_path.read_text(encoding="utf-8"))["articles"]:
        raw = (gold_path.parent / "seeds" / article["file"]).read_bytes()
        sources = read_input_file(article["file"], raw).sources
        mentions: list[tuple[str, str | None]] = []
        if sources:
            cleaned = clean_source(sources[0])
            frame = pl.DataFrame(
                {
                    "article_id": [article["file"]],
                    "body": [cleaned["body"] or ""],
                    "published_date": [cleaned["published_date"]],
                },
                schema_overrides={"published_date": pl.Date},
            )
            mentions = list(
                extract_date_mentions(frame).select("mention_text", "resolved_value").iter_rows()
            )
        for expected in article.get("date_mentions", []):
            wanted = expected["text"].lower()
            hits = [(t, v) for t, v in mentions if wanted in t.lower() or t.lower() in wanted]
            ok = any(v == expected["resolved"] for _, v in hits)
            score.add(
                expected.get("precision") or precision_of(expected["resolved"]) or "none",
                ok,
                f"{article['file']}: {expected['text']!r} gold={expected['resolved']} got={hits}",
            )
    return score


def _print(name: str, score: DateScore) -> None:
    print(f"{name}: {score.right}/{score.total} = {score.accuracy:.3f}")
    for precision, (right, total) in sorted(score.by_precision.items()):
        print(f"  {precision}: {right}/{total} = {right / total:.3f}")


def main(argv: list[str] | None = None) -> None:
    """Print the scores on ../shared/data (-v: list our misses on the TIMEX dev half; --parse:
    add dateparser's `parse` on each gold expression alone, 3 minutes)."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    data = Path(__file__).resolve().parents[2].parent / "shared" / "data"
    ours = evaluate_timex(data / "timex")
    _print("timex, ours", ours)
    for half in ("dev", "test"):
        _print(f"timex, ours, {half} half", evaluate_timex(data / "timex", half))
    if "-v" in args:  # the dev half's misses only: test is read as a number
        for error in evaluate_timex(data / "timex", "dev").errors:
            print("   ", error)
    _print("timex, dateparser search_dates", evaluate_timex_dateparser(data / "timex"))
    if "--parse" in args:  # slow
        _print(
            "timex, dateparser parse of the gold text",
            evaluate_timex_dateparser(data / "timex", isolated=True),
        )
    seeds = evaluate_seed_dates(data / "seeds.gold.json")
    _print("seeds", seeds)
    for error in seeds.errors:
        print("   ", error)


if __name__ == "__main__":
    main()
