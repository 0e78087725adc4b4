"""Dictionary-based actor mentions with one Aho-Corasick automaton over every alias.

The dictionary is the dbt seeds `actors.csv` and `actor_aliases.csv` (the one copy that
SQL joins too). Matching is case-sensitive (aliases are written as news writes them),
whole-word, leftmost-longest. A capital city preceded by a locative preposition ("talks in
Moscow") is a place, not the government, and is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import ahocorasick
import polars as pl

from pipelines.nlp.sentences import sentence_index_of, split_sentences

MENTION_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "actor_id": pl.String(),
    "sentence_index": pl.Int64(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "mention_text": pl.String(),
    "alias_kind": pl.String(),
}

_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|around|across|via|toward|towards|visit(?:ed|ing)?)\s+(?:the\s+)?$",
    re.I,
)


@dataclass(frozen=True)
class ActorDictionary:
    """Actors and their aliases, as read from the seeds."""

    actors: pl.DataFrame
    aliases: pl.DataFrame

    @classmethod
    def from_seeds(cls, seeds_dir: Path) -> ActorDictionary:
        actors = pl.read_csv(seeds_dir / "actors.csv", infer_schema=False)
        aliases = pl.read_csv(seeds_dir / "actor_aliases.csv", infer_schema=False)
        return cls(actors=actors, aliases=aliases)


class ActorMatcher:
    """Finds alias occurrences in text: leftmost-longest, whole words, case-sensitive."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self._automaton = ahocorasick.Automaton()
        for actor_id, alias, kind in dictionary.aliases.select(
            "actor_id", "alias", "alias_kind"
        ).iter_rows():
            if alias and len(alias) >= 2:
                self._automaton.add_word(alias, (len(alias), actor_id, kind or "name"))
                # Possessive and plural demonym forms are matched through the word-boundary rule
        self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, actor_id, alias_kind) for each accepted match."""
        candidates = []
        for end_index, (length, actor_id, kind) in self._automaton.iter(text):
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                continue
            # Allow plural demonyms ("Russians") but otherwise require a word boundary after.
            if end < len(text) and text[end].isalnum():
                if not (
                    kind == "demonym"
                    and text[end] == "s"
                    and (end + 1 == len(text) or not text[end + 1].isalnum())
                ):
                    continue
                end += 1
            candidates.append((start, end, actor_id, kind))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        accepted: list[tuple[int, int, str, str]] = []
        last_end = -1
        for start, end, actor_id, kind in candidates:
            if start < last_end:
                continue
            if kind == "capital" and _LOCATIVE_BEFORE.search(text[max(0, start - 30) : start]):
                continue
            accepted.append((start, end, actor_id, kind))
            last_end = end
        return accepted


def extract_actor_mentions(articles: pl.DataFrame, matcher: ActorMatcher) -> pl.DataFrame:
    """Actor mentions of each article (columns article_id, body in; MENTION_SCHEMA out)."""
    rows = []
    for article_id, body in articles.select("article_id", "body").iter_rows():
        spans = split_sentences(body)
        for start, end, actor_id, kind in matcher.find(body):
            rows.append(
                (
                    article_id,
                    actor_id,
                    sentence_index_of(spans, start),
                    start,
                    end,
                    body[start:end],
                    kind,
                )
            )
    return pl.DataFrame(rows, schema=MENTION_SCHEMA, orient="row")
