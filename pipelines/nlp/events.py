"""Sentence-level CAMEO event coding from a verb-phrase dictionary (the `event_verbs` seed).

For each sentence, the first trigger phrase that is neither negated nor conditional gives
the event code; the source is the nearest actor mentioned before the trigger and the target
the first actor after it (for `source_target` phrases). The event date is the first resolved
date in the sentence, else the article's published date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl

EVENT_SCHEMA: dict[str, pl.DataType] = {
    "event_id": pl.String(),
    "article_id": pl.String(),
    "sentence_index": pl.Int64(),
    "event_date": pl.Date(),
    "event_date_precision": pl.String(),
    "event_code": pl.String(),
    "source_actor_id": pl.String(),
    "target_actor_id": pl.String(),
    "trigger_text": pl.String(),
    "trigger_start": pl.Int64(),
    "sentence_text": pl.String(),
}

_NEGATION = re.compile(
    r"\b(?:not|n't|never|no longer|refused to|declined to)\s+(?:\w+\s+){0,2}$", re.I
)
_CONDITIONAL = re.compile(r"\b(?:if|unless|would|could|might|should|may)\b[^,.;]*$", re.I)


@dataclass(frozen=True)
class VerbDictionary:
    """Trigger phrases compiled into one alternation, longest phrase first."""

    pattern: re.Pattern[str]
    codes: dict[str, tuple[str, str]]

    @classmethod
    def from_seed(cls, path: Path) -> VerbDictionary:
        verbs = pl.read_csv(path, infer_schema=False)
        codes = {
            p.lower(): (c, d)
            for p, c, d in verbs.select("phrase", "event_code", "direction").iter_rows()
        }
        alternation = "|".join(re.escape(p) for p in sorted(codes, key=len, reverse=True))
        return cls(pattern=re.compile(rf"\b(?:{alternation})\b", re.I), codes=codes)


def code_events(
    sentences: pl.DataFrame,
    mentions: pl.DataFrame,
    date_mentions: pl.DataFrame,
    articles: pl.DataFrame,
    verbs: VerbDictionary,
) -> pl.DataFrame:
    """Events from sentences (article_id, sentence_index, char_start, sentence_text),
    actor mentions, date mentions and articles (article_id, published_date)."""
    published = dict(articles.select("article_id", "published_date").iter_rows())
    actor_spans: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for article_id, idx, start, actor_id in mentions.select(
        "article_id", "sentence_index", "char_start", "actor_id"
    ).iter_rows():
        actor_spans.setdefault((article_id, idx), []).append((start, actor_id))
    sentence_dates: dict[tuple[str, int], tuple[date, str]] = {}
    for article_id, idx, day, precision in (
        date_mentions.filter(pl.col("resolved_date").is_not_null())
        .sort("char_start")
        .select("article_id", "sentence_index", "resolved_date", "precision")
        .iter_rows()
    ):
        sentence_dates.setdefault((article_id, idx), (day, precision))

    rows = []
    for article_id, idx, s_start, text in sentences.select(
        "article_id", "sentence_index", "char_start", "sentence_text"
    ).iter_rows():
        actors = sorted(actor_spans.get((article_id, idx), []))
        if not actors:
            continue
        for match in verbs.pattern.finditer(text):
            prefix = text[: match.start()]
            if _NEGATION.search(prefix) or _CONDITIONAL.search(prefix[-60:]):
                continue
            code, direction = verbs.codes[match.group(0).lower()]
            trigger_at = s_start + match.start()
            before = [a for pos, a in actors if pos < trigger_at]
            after = [a for pos, a in actors if pos > trigger_at]
            if not before:
                continue
            source = before[-1]
            target = after[0] if direction == "source_target" and after else None
            if target == source:
                target = None
            when = sentence_dates.get((article_id, idx))
            if when is None and published.get(article_id) is not None:
                when = (published[article_id], "day")
            event_date, precision = when if when else (None, None)
            rows.append(
                (
                    f"{article_id}:{idx}:{match.start()}",
                    article_id,
                    idx,
                    event_date,
                    precision,
                    code,
                    source,
                    target,
                    match.group(0),
                    trigger_at,
                    text,
                )
            )
            break  # one event per sentence in this first version
    return pl.DataFrame(rows, schema=EVENT_SCHEMA, orient="row")
