"""CAMEO events of a batch of articles: which sentences to parse, and what the parse coder
(`pipelines.nlp.event_coder`) needs around each sentence.

Only sentences that hold an actor (or a reference to one: a pronoun, "the two leaders") and a
word that may be a trigger of the `event_verb_patterns` seed are parsed; each is parsed once.
Around each sentence the article gives the coder its context: the two principal parties of
the article (the first two people named in its title and opening sentences), the person
named last before the sentence, for pronouns.

The event date is the date expression of the sentence nearest to the trigger that governs
it (not an attributive year like "the 1994 genocide", nor a bound like "since May"), else
the article's published date (precision day). An act without a target actor takes as target
the country of a place named after a locative ("will meet in Zurich").
Unnamed groups ("rebels", "police": alias kind `sector`) are actors unless an actor right
before names them ("Syrian soldiers" are Syria).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import polars as pl

from pipelines.nlp.event_coder import Context, Mention, code_parsed_sentence
from pipelines.nlp.places import PlaceFinder
from pipelines.nlp.syntax import irregular_forms, parse_sentences
from pipelines.nlp.verb_patterns import VerbPatterns, surface_forms

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
    "event_explanation": pl.String(),
}


# Meetings and visits take any actor where they happen as target ("met at the Kremlin");
# other acts only a country ("attacked a convoy in Syria").
_VISIT_ROOTS = {"04"}
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|inside|outside|across|throughout|around|within|over)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+|central\s+)?$",
    re.I,
)
_ATTRIBUTIVE_DATE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|since|until|till|through|from|of|by)\s+"
    r"|['’]s\s+)$",
    re.I,
)
_BOUNDED_DATE_BEFORE = re.compile(
    r"\b(?:since|until|till|through|from|by|before|after|of)\s+(?:the\s+)?$", re.I
)

# Words that refer to actors without naming them: a sentence holding one is worth parsing
# when the article has parties or people to refer to.
_REFERENCE_WORDS = re.compile(
    r"\b(?:he|she|his|her|they|their|we|our|i|both|leaders|parties|sides|presidents|"
    r"heads|ministers|counterparts|delegations)\b",
    re.I,
)


def _governing_date(
    text: str,
    dates: list[tuple[int, int, date, str]],
    trigger_at: int,
    lo: int = 0,
    hi: int | None = None,
) -> tuple[date, str] | None:
    """The date in text[lo:hi] nearest to the trigger that governs it (not attributive, not
    a bound)."""
    best = None
    for start, end, day, precision in dates:
        if start < lo or (hi is not None and start >= hi):
            continue
        before = text[max(0, start - 20) : start]
        after = text[end : end + 20]
        if _BOUNDED_DATE_BEFORE.search(before):
            continue
        if (
            precision == "year"
            and _ATTRIBUTIVE_DATE_BEFORE.search(before)
            and re.match(r"^\s+[a-z]", after)
        ):
            continue
        distance = abs(start - trigger_at)
        if best is None or distance < best[0]:
            best = (distance, day, precision)
    return (best[1], best[2]) if best else None


def _place_after(
    text: str,
    places: PlaceFinder | None,
    mentions: list[Mention],
    lo: int,
    source_id: str,
    root: str,
) -> str | None:
    """The actor of the first place after a locative preposition in text[lo:] ("in Zurich"
    -> Switzerland; for a meeting "at the Kremlin"), unless it is the source itself."""
    found = [
        (m.start, m.actor_id)
        for m in mentions
        if lo <= m.start and (root in _VISIT_ROOTS or m.actor_id.startswith("country_"))
    ]
    if places is not None:
        found += [(lo + start, actor_id) for start, _, actor_id in places.find(text[lo:])]
    for start, actor_id in sorted(found):
        if _LOCATIVE.search(text[max(lo, start - 40) : start]) and actor_id != source_id:
            return actor_id
    return None


_MODIFIER_GAP = re.compile(r"\s*|['’]s\s+")


def _without_modified_sectors(text: str, mentions: list[Mention]) -> list[Mention]:
    """Unnamed groups ("rebels", "police") stand for themselves only when no actor modifies
    them: "Georgian demonstrators" and "Hamas militants" are Georgia's and Hamas's."""
    kept: list[Mention] = []
    for m in mentions:
        if (
            m.kind == "sector"
            and kept
            and kept[-1].end <= m.start
            and _MODIFIER_GAP.fullmatch(text, kept[-1].end, m.start)
        ):
            continue
        kept.append(m)
    return kept


# The columns of actor and date mentions that code_events reads (a large batch's loader
# need not carry more).
EVENT_MENTION_COLUMNS = ("article_id", "sentence_index", "char_start", "char_end", "actor_id")
EVENT_MENTION_COLUMNS += ("alias_kind", "actor_type", "actor_country")
EVENT_DATE_COLUMNS = ("article_id", "sentence_index", "char_start", "char_end", "resolved_date")
EVENT_DATE_COLUMNS += ("precision",)


class EventPatterns:
    """The seed's patterns and the word forms that may carry them (to pick sentences)."""

    def __init__(self, patterns: VerbPatterns) -> None:
        self.patterns = patterns
        self.forms = surface_forms(set(patterns.by_verb), irregular_forms())

    @classmethod
    def from_seed(cls, path: Path) -> EventPatterns:
        return cls(VerbPatterns.from_seed(path))


def _article_parties(mentions: pl.DataFrame) -> dict[str, tuple[str, ...]]:
    """Per article, its two principal parties: the person named most often, and the most
    often named person (else actor) of another country. "The two leaders" of a release on
    a call between two presidents are those two, wherever the article names them."""
    if mentions.is_empty():
        return {}
    counts = (
        mentions.filter(pl.col("alias_kind") != "sector")
        .group_by("article_id", "actor_id")
        .agg(
            n=pl.len(),
            first=pl.col("char_start").min(),
            person=(pl.col("actor_type").first() == "person"),
            country=pl.col("actor_country").first(),
        )
        .sort(["article_id", "person", "n", "first"], descending=[False, True, True, False])
    )
    parties: dict[str, tuple[str, ...]] = {}
    for (article_id,), group in counts.group_by("article_id", maintain_order=True):
        rows = group.select("actor_id", "country", "person").rows()
        if not rows or not rows[0][2]:
            continue  # no person named: no parties to refer to
        first = rows[0]
        other = next((r for r in rows[1:] if r[1] is not None and r[1] != first[1]), None)
        parties[str(article_id)] = (first[0], other[0]) if other else (first[0],)
    return parties


def sentences_to_parse(
    sentences: pl.DataFrame, mentions: pl.DataFrame, forms: frozenset[str]
) -> pl.DataFrame:
    """The sentences holding a possible trigger word and an actor or a reference to one."""
    with_actor = mentions.select("article_id", "sentence_index").unique()
    has_actor = sentences.join(
        with_actor.with_columns(_actor=pl.lit(True)),
        on=["article_id", "sentence_index"],
        how="left",
    )["_actor"].fill_null(False)
    words = pl.col("sentence_text").str.to_lowercase().str.extract_all(r"[a-z]+(?:-[a-z]+)?")
    return (
        sentences.with_columns(_actor=has_actor)
        .filter(
            words.list.eval(pl.element().is_in(list(forms))).list.any()
            & (pl.col("_actor") | pl.col("sentence_text").str.contains(_REFERENCE_WORDS.pattern))
        )
        .drop("_actor")
    )


def code_events(
    sentences: pl.DataFrame,
    mentions: pl.DataFrame,
    date_mentions: pl.DataFrame,
    articles: pl.DataFrame,
    patterns: EventPatterns,
    places: PlaceFinder | None = None,
) -> pl.DataFrame:
    """Events from sentences (article_id, sentence_index, char_start, sentence_text),
    actor mentions, date mentions and articles (article_id, published_date)."""
    published = dict(articles.select("article_id", "published_date").iter_rows())
    for column in ("alias_kind", "actor_type", "actor_country"):
        if column not in mentions.columns:
            mentions = mentions.with_columns(pl.lit(None, dtype=pl.String).alias(column))
    mentions = mentions.with_columns(pl.col("alias_kind", "actor_type").fill_null(""))
    actor_spans: dict[tuple[str, int], list[tuple[int, int, str, str, str]]] = {}
    for article_id, idx, start, end, actor_id, alias_kind, actor_type in mentions.select(
        "article_id", "sentence_index", "char_start", "char_end", "actor_id", "alias_kind", "actor_type"
    ).iter_rows():
        actor_spans.setdefault((article_id, idx), []).append(
            (start, end, actor_id, alias_kind, actor_type)
        )
    last_person_before: dict[tuple[str, int], str] = {}
    people = (
        mentions.filter(pl.col("actor_type") == "person")
        .sort("article_id", "sentence_index", "char_start")
        .group_by("article_id", "sentence_index", maintain_order=True)
        .agg(pl.col("actor_id").last())
    )
    for article_id, idx, actor_id in people.iter_rows():
        last_person_before[(article_id, idx)] = actor_id
    parties = _article_parties(mentions)
    sentence_dates: dict[tuple[str, int], list[tuple[int, int, date, str]]] = {}
    for article_id, idx, start, end, day, precision in (
        date_mentions.filter(pl.col("resolved_date").is_not_null())
        .sort("char_start")
        .select(
            "article_id", "sentence_index", "char_start", "char_end", "resolved_date", "precision"
        )
        .iter_rows()
    ):
        sentence_dates.setdefault((article_id, idx), []).append((start, end, day, precision))

    chosen = sentences_to_parse(sentences, mentions, patterns.forms)
    texts = chosen["sentence_text"].to_list()
    parses = parse_sentences(texts)
    rows = []
    for (article_id, idx, s_start, text), tokens in zip(
        chosen.select("article_id", "sentence_index", "char_start", "sentence_text").iter_rows(),
        parses,
        strict=True,
    ):
        local = _without_modified_sectors(
            text,
            [
                Mention(start - s_start, end - s_start, actor_id, actor_type, alias_kind)
                for start, end, actor_id, alias_kind, actor_type in sorted(
                    actor_spans.get((article_id, idx), [])
                )
            ],
        )
        if places is not None:
            # places name where an act happened; their country is the target then
            local += [
                Mention(start, end, actor_id, "country", "place")
                for start, end, actor_id in places.find(text)
                if not any(m.start < end and start < m.end for m in local)
            ]
        context = Context(
            parties=parties.get(article_id, ()),
            last_person=_person_before(last_person_before, article_id, idx),
        )
        dates = [
            (start - s_start, end - s_start, day, precision)
            for start, end, day, precision in sentence_dates.get((article_id, idx), [])
        ]
        seen: dict[int, int] = {}
        for event in code_parsed_sentence(text, tokens, local, patterns.patterns, context):
            target = event.target
            explanation = event.explanation
            if target is None and event.code[:2] != "01":
                target = _place_after(
                    text, places, local, event.trigger_end, event.source, event.code[:2]
                )
                if target is not None:
                    explanation += "; target: place"
            when = _governing_date(text, dates, event.trigger_start)
            if when is None and published.get(article_id) is not None:
                when = (published[article_id], "day")
            event_date, precision = when if when else (None, None)
            t_start = event.trigger_start
            # several events of one trigger (coordinated parties, both sides of talks)
            seen[t_start] = n = seen.get(t_start, 0) + 1
            rows.append(
                (
                    f"{article_id}:{idx}:{t_start}" + (f":{n}" if n > 1 else ""),
                    article_id,
                    idx,
                    event_date,
                    precision,
                    event.code,
                    event.source,
                    target,
                    text[event.trigger_start : event.trigger_end],
                    s_start + t_start,
                    text,
                    explanation,
                )
            )
    return pl.DataFrame(rows, schema=EVENT_SCHEMA, orient="row")


def _person_before(
    last_person_before: dict[tuple[str, int], str], article_id: str, idx: int
) -> str | None:
    for k in range(idx - 1, max(-1, idx - 6), -1):
        found = last_person_before.get((article_id, k))
        if found:
            return found
    return None
