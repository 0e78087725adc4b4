"""A labeled deduplication set built from real text, and pairwise precision and recall.

`build_labeled_set` takes a CSV of distinct articles (a `body` column; rows with the same
body are one story, as the Kremlin set's two known exact duplicates are) and adds, with a
fixed seed:
- near copies of a share of the stories: other furniture left by a cleaner, a dateline
  prefix, a dropped last paragraph or a trimmed tail, a handful of edited words, an exact
  re-publication; each copy belongs to its story;
- hard negatives: follow-ups that quote one paragraph of an earlier story inside a
  different text, each a story of its own.
`evaluate_dedup` runs the pipeline's exact and near passes over the set and counts pairs.
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipelines.text.articles import normalized_body_hash
from pipelines.text.dedupe import dedupe_articles, link_near_duplicates
from pipelines.text.near_dupes import LSH_SCHEMA

_FURNITURE = [
    "Share this article",
    "Photo: the press service",
    "Follow us for more updates",
    "Read more on our website",
]
_DATELINES = ["MOSCOW (Wire) - ", "MOSCOW, {d} (Agency) - ", "KREMLIN - ", "Moscow, {d}. "]
_SUBSTITUTES = [
    "officials",
    "leaders",
    "sides",
    "talks",
    "issues",
    "measures",
    "partners",
    "questions",
]


def _paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.replace("\r", "").split("\n") if p.strip()]


def _mutate(body: str, rng: random.Random) -> tuple[str, str]:
    paragraphs = _paragraphs(body)
    kind = rng.choice(["furniture", "dateline", "drop_last", "trim_tail", "edit", "exact", "combo"])
    if kind in ("furniture", "combo"):
        paragraphs = (
            [*paragraphs, rng.choice(_FURNITURE)]
            if rng.random() < 0.5
            else [rng.choice(_FURNITURE), *paragraphs]
        )
    if kind in ("dateline", "combo") and paragraphs:
        paragraphs[0] = (
            rng.choice(_DATELINES).format(d=rng.choice(["March 3", "June 24", "May 9"]))
            + paragraphs[0]
        )
    if kind in ("drop_last", "combo") and len(paragraphs) > 2:
        paragraphs = paragraphs[:-1]
    if kind == "trim_tail":
        text = "\n\n".join(paragraphs)
        return text[: int(len(text) * rng.uniform(0.75, 0.9))].rsplit(" ", 1)[0], kind
    if kind in ("edit", "combo"):
        words = "\n\n".join(paragraphs).split(" ")
        for _ in range(rng.randint(2, 6)):
            words[rng.randrange(len(words))] = rng.choice(_SUBSTITUTES)
        return " ".join(words), kind
    return "\n\n".join(paragraphs), kind


def build_labeled_set(
    csv_path: Path, seed: int = 7, copy_share: float = 0.4, follow_up_share: float = 0.15
) -> pl.DataFrame:
    """doc_id, body, story (gold cluster), kind (original, a mutation, or follow_up)."""
    csv.field_size_limit(sys.maxsize)
    with csv_path.open(encoding="utf-8", newline="") as handle:
        bodies = [row["body"] for row in csv.DictReader(handle) if row.get("body", "").strip()]
    rng = random.Random(seed)
    story_of_body: dict[str, int] = {}
    docs: list[tuple[str, str, int, str]] = []
    for i, body in enumerate(bodies):
        story = story_of_body.setdefault(body, len(story_of_body))
        docs.append((f"orig{i}", body, story, "original"))
    originals = list(docs)
    for doc_id, body, story, _ in originals:
        if rng.random() < copy_share:
            for n in range(rng.randint(1, 3)):
                text, kind = _mutate(body, rng)
                docs.append((f"{doc_id}_copy{n}", text, story, kind))
    # A follow-up is a different, longer story quoting one paragraph of this one: the quote is
    # at most a third of the original and a fifth of the follow-up (otherwise it is a copy).
    long_hosts = [b for _, b, _, _ in originals if len(b.split()) >= 400]
    for doc_id, body, _, _ in originals:
        if rng.random() < follow_up_share and long_hosts:
            candidates = [p for p in _paragraphs(body) if len(p.split()) <= len(body.split()) / 3]
            other = rng.choice(long_hosts)
            if not candidates or other == body:
                continue
            quoted = rng.choice(candidates)
            if len(quoted.split()) > len(other.split()) / 5:
                continue
            host = _paragraphs(other)
            host.insert(rng.randrange(len(host) + 1), quoted)
            docs.append(
                (
                    f"{doc_id}_followup",
                    "\n\n".join(host),
                    len(story_of_body) + len(docs),
                    "follow_up",
                )
            )
    return pl.DataFrame(
        docs,
        schema={"doc_id": pl.String, "body": pl.String, "story": pl.Int64, "kind": pl.String},
        orient="row",
    )


@dataclass(frozen=True)
class DedupScore:
    threshold: float
    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int
    n_docs: int


def predict_clusters(labeled: pl.DataFrame, threshold: float | None = None) -> pl.Series:
    """The article id the pipeline's exact and near passes give each document."""
    new = labeled.select(
        pl.col("doc_id").alias("source_key"),
        pl.col("body")
        .map_elements(normalized_body_hash, return_dtype=pl.String)
        .alias("body_hash"),
        pl.col("body").str.count_matches(r"\S+").cast(pl.Int64).alias("n_words"),
        pl.lit(None, dtype=pl.Date).alias("published_date"),
        pl.col("doc_id").alias("source_file"),
        pl.lit(None, dtype=pl.Int64).alias("source_record"),
    )
    links = dedupe_articles(new)
    bodies = dict(labeled.select("doc_id", "body").iter_rows())
    links, _, _ = link_near_duplicates(
        links, bodies, pl.DataFrame(schema=LSH_SCHEMA), {}, threshold=threshold
    )
    by_doc = dict(links.select("source_key", "article_id").iter_rows())
    return pl.Series([by_doc[d] for d in labeled["doc_id"]])


def _pairs(counts: pl.Series) -> int:
    return int((counts * (counts - 1) // 2).sum())


def pairwise_scores(labeled: pl.DataFrame, predicted: pl.Series, threshold: float) -> DedupScore:
    """Pairwise precision and recall: a pair is positive when both documents are one story."""
    frame = labeled.select("story").with_columns(predicted=predicted)
    both = _pairs(frame.group_by("story", "predicted").len()["len"])
    gold = _pairs(frame.group_by("story").len()["len"])
    pred = _pairs(frame.group_by("predicted").len()["len"])
    return DedupScore(
        threshold,
        both / pred if pred else 1.0,
        both / gold if gold else 1.0,
        gold,
        pred,
        labeled.height,
    )


def evaluate_dedup(
    csv_path: Path, thresholds: tuple[float, ...] = (0.4, 0.5, 0.55, 0.6, 0.7)
) -> list[DedupScore]:
    """Scores of the dedup passes on the labeled set built from `csv_path`, per threshold."""
    labeled = build_labeled_set(csv_path)
    return [pairwise_scores(labeled, predict_clusters(labeled, t), t) for t in thresholds]
