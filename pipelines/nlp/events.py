"""CAMEO events of a batch of articles: which sentences to parse, and what the parse coder
(`pipelines.nlp.event_coder`) needs around each sentence.

Only sentences that hold an actor (or a reference to one: a pronoun, "the two leaders") and a
word that may be a trigger of the `event_verb_patterns` seed are parsed; each distinct
sentence once per batch, and not again in a later load (`syntax.ParseCache`). Around each
sentence the article gives the coder its context: the article's two principal parties (the
person named most often, and the actor of another country the title names, else the most
often named one; `headline_actors`), whether the article is an account of their talks, the
person named last before the sentence (for "he", "she"), and the quotes or transcript turns
the sentence is in with their speakers (for "I", "we", "you").

The event date is the date expression nearest to the trigger in the trigger's own clause
(not in a relative or reported clause, not an attributive year like "the 1994 genocide",
nor a bound like "since May"), else the article's published date (precision day). An act without a target actor takes as target
the country of a place named after a locative ("will meet in Zurich").
Unnamed groups ("rebels", "police": alias kind `sector`) are actors unless an actor right
before names them ("Syrian soldiers" are Syria).
"""

from __future__ import annotations

import os
import pickle
import re
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl
import xxhash

from pipelines.nlp.actors import ActorMatcher, published_dates_of, publisher_sources
from pipelines.nlp.event_coder import (
    CREDIT_PHRASES,
    EVALUATION_WORDS,
    OFFICE_NOUNS,
    Context,
    Mention,
    code_parsed_sentence,
)
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
_REFERENCE_WORDS = (
    r"(?i)\b(?:he|she|his|her|they|their|we|our|us|i|my|me|you|your|both|leaders|parties|"
    r"sides|presidents|"
    r"heads|ministers|counterparts?|delegations)\b"
    # "The two agreed to remain in touch": the two parties
    r"|\b[Tt]he\s+two\b"
    # "The Governor reported ...": the office of the lead's one counterpart
    rf"|\bthe\s+(?:[A-Z]\w+\s+)?(?:{'|'.join(sorted(OFFICE_NOUNS))})\b"
    # an impersonal passive ("It was agreed to ..."): in an account of talks, the parties'
    r"|\bit\s+(?:was|has\s+been|had\s+been|is)\s+[a-z]+ed\b"
    # "a declaration was signed", "the situation in Libya was also discussed": by the parties
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?:signed|discussed|considered|reviewed|touched|exchanged|paid|devoted|stressed|expressed|"
    r"raised|addressed|examined|covered|"
    r"emphasi[sz]ed|underlined|underscored|reaffirmed|noted|held|agreed|reached|given)\b"
    # "An exchange of views took place on ...": talks no one is said to hold, the parties'
    r"|\btook\s+place\b"
    # "the Declaration, which has just been signed", "the agreement signed in February"
    r"|\b(?:agreements?|declarations?|statements?|memorand(?:um|a)|treat(?:y|ies)|documents?|"
    r"protocols?|accords?|contracts?|communiqu[eé]s?)\b[^.!?]{0,100}?\bsigned\b"
    # "the discussion covered ...", "the conversation focused on ...": the parties'
    r"|\b(?:discussion|conversation|talks)\s+(?:also\s+)?(?:covered|focused|touched|centred|centered)\b"
    # "Welcome, Emmanuel.": a speaker's welcome to the one addressed; "Congratulations on
    # the holiday!": to the audience
    r"|\bwelcome\s*[,.!]|\bcongratulations\b"
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


_QUOTE_MARKS_AS_SPACES = str.maketrans({c: " " for c in '"“”„«»'})
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
EVENT_QUOTE_COLUMNS = ("article_id", "char_start", "char_end", "speaker_actor_id")


class EventPatterns:
    """The seed's patterns and the word forms that may carry them (to pick sentences)."""

    def __init__(self, patterns: VerbPatterns) -> None:
        self.patterns = patterns
        # words of censure or credit make a speaker's own sentence an event as well
        self.forms = surface_forms(set(patterns.by_verb) | EVALUATION_WORDS, irregular_forms())

    @classmethod
    def from_seed(cls, path: Path) -> EventPatterns:
        """The seed's patterns, built once per seed content: building 45,000 rows takes
        1.5 s, which every load process would pay again; the built object is kept in the
        user's cache folder, keyed by the seed's hash (a damaged copy is rebuilt)."""
        # (the word forms hold the coder's own evaluation words too: a change to them is a
        # new build, as a change to the seed is)
        built_from = _BUILD_VERSION + "\n" + " ".join(sorted(EVALUATION_WORDS))
        digest = xxhash.xxh64(path.read_bytes() + built_from.encode()).hexdigest()
        cached = _cache_dir() / f"event_patterns-{digest}.pickle"
        try:
            built = pickle.loads(cached.read_bytes())
            if isinstance(built, cls):
                return built
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass
        built = cls(VerbPatterns.from_seed(path))
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.tmp")
            partial.write_bytes(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
            partial.replace(cached)
        except OSError:
            pass  # a read-only home: build each time
        return built


# Bump when VerbPatterns or EventPatterns change shape: cached copies are then rebuilt.
_BUILD_VERSION = "2"


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


HEADLINE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "actor_id": pl.String(),
    "actor_type": pl.String(),
    "actor_country": pl.String(),
    # not named by the title: the head of state of the publisher's country on the day
    # (a presidential press office's releases are about its president's talks)
    "publisher_head": pl.Boolean(),
}


# Titles of releases in which one person speaks to an audience, no counterpart: a news
# conference, an interview, an address, a speech, a briefing.
_MONOLOGUE_TITLE = (
    r"(?i)\b(?:news\s+conference|press\s+conference|interview|address|speech|remarks|"
    r"briefing|direct\s+line|plenary\s+session|answers?\s+to\s+(?:journalists|media)|"
    r"statement|article)\b"
)


def _without_audience_counterparts(
    parties: pl.DataFrame, articles: pl.DataFrame, headline: pl.DataFrame | None
) -> pl.DataFrame:
    """The parties, with no counterpart in a release whose title names a news conference,
    an interview or a speech and no one besides the publisher's head: the foreign leader
    named most often there is a topic, not someone spoken to."""
    if "title" not in articles.columns or not parties.height:
        return parties
    if headline is None or "publisher_head" not in headline.columns:
        headline = pl.DataFrame(schema=HEADLINE_SCHEMA)
    heads = headline.filter(pl.col("publisher_head")).select("article_id", "actor_id")
    # a title naming anyone but the head names a counterpart
    titled = headline.filter(~pl.col("publisher_head")).join(
        heads, on=["article_id", "actor_id"], how="anti"
    )["article_id"]
    monologues = articles.filter(
        pl.col("title").str.contains(_MONOLOGUE_TITLE).fill_null(False)
        & ~pl.col("article_id").is_in(titled.implode())
    )["article_id"]
    alone = pl.col("article_id").is_in(monologues.implode())
    # the one who speaks: the publisher's head, else the lead
    speaker = heads.group_by("article_id").agg(_head=pl.col("actor_id").first())
    parties = parties.join(speaker, on="article_id", how="left")
    return parties.with_columns(
        parties=pl.when(alone)
        .then(
            pl.when(pl.col("_head").is_not_null())
            .then(pl.concat_list("_head"))
            .otherwise(pl.col("parties").list.head(1))
        )
        .otherwise("parties"),
        parties_are_people=pl.when(alone).then(False).otherwise("parties_are_people"),
        counterpart_named=pl.when(alone).then(False).otherwise("counterpart_named"),
    ).drop("_head")


def headline_actors(
    articles: pl.DataFrame, matcher: ActorMatcher, mentions: pl.DataFrame | None = None
) -> pl.DataFrame:
    """The actors each article's title names (HEADLINE_SCHEMA), in title order: the
    dictionary's, and people the body names who are discovered rather than known, when the
    title writes their name ("Meeting with Tver Region Governor Igor Rudenya"). A release's
    title says whom it is about ("Telephone conversation with the Federal Chancellor of
    Germany Olaf Scholz") even when its body only says "the two leaders"."""
    rows = []
    if "title" in articles.columns:
        found = []
        for article_id, title in articles.select("article_id", "title").iter_rows():
            for start, _, actor_id, _ in matcher.find(title or ""):
                info = matcher.actors.get(actor_id)
                if info is not None:
                    found.append((article_id, start, actor_id, info.actor_type, info.country_code))
        titled = pl.DataFrame(
            found,
            schema={
                "article_id": pl.String(),
                "start": pl.Int64(),
                "actor_id": pl.String(),
                "actor_type": pl.String(),
                "actor_country": pl.String(),
            },
            orient="row",
        )
        if mentions is not None and mentions.height and "body" in articles.columns:
            discovered = _discovered_in_titles(articles, mentions, set(matcher.actors))
            titled = pl.concat([titled, discovered])
        rows = (
            titled.sort("article_id", "start", maintain_order=True)
            .select(
                "article_id",
                "actor_id",
                "actor_type",
                "actor_country",
                publisher_head=pl.lit(False),
            )
            .rows()
        )
    heads: dict[tuple[str, date | None], list[str]] = {}
    published = published_dates_of(articles)
    for article_id, source, day in zip(
        articles["article_id"].to_list(), publisher_sources(articles), published, strict=True
    ):
        home = matcher.publisher_country(*source, article_id if "://" in article_id else None)
        if home is None:
            continue
        if (home, day) not in heads:
            # the dictionary's roles say who "the President" of that country was that day
            found = matcher.mentions_in_context("the President", day, home)[0]
            heads[home, day] = [a for _, _, a, _ in found if a in matcher.actors]
        for actor_id in heads[home, day]:
            info = matcher.actors[actor_id]
            if info.actor_type == "person":
                rows.append((article_id, actor_id, info.actor_type, info.country_code, True))
    return pl.DataFrame(rows, schema=HEADLINE_SCHEMA, orient="row")


def _discovered_in_titles(
    articles: pl.DataFrame, mentions: pl.DataFrame, known: set[str]
) -> pl.DataFrame:
    """(article_id, start, actor_id, actor_type, actor_country) of the people the
    dictionary does not know (`known`: its actor ids) whose full name, as the body writes
    it, is in the title."""
    people = (
        mentions.filter((pl.col("actor_type") == "person") & ~pl.col("actor_id").is_in(list(known)))
        .join(articles.select("article_id", "title", "body"), on="article_id")
        .with_columns(
            name=pl.col("body").str.slice(
                pl.col("char_start"), pl.col("char_end") - pl.col("char_start")
            )
        )
        .unique(["article_id", "actor_id", "name"])
        .with_columns(start=pl.col("title").str.find(pl.col("name"), literal=True))
    )
    return (
        people.filter(pl.col("start").is_not_null() & pl.col("name").str.contains(" "))
        .select(
            "article_id", pl.col("start").cast(pl.Int64), "actor_id", "actor_type", "actor_country"
        )
        .unique(["article_id", "actor_id"], keep="first")
    )


def _article_parties(mentions: pl.DataFrame, headline: pl.DataFrame | None = None) -> pl.DataFrame:
    """Per article (article_id, parties, parties_are_people, counterpart_named: the other
    party is a person or the title names it; home: the publisher's country), its two
    principal parties: the lead, a person (when the title names someone, the counterpart,
    one it does not name, the publisher's head of state first, else the person named most
    often), and the actor the title names of another country (else the most often named
    one), people first (no row when no person is named). "The two leaders" of a release on
    a call between two presidents are those two, wherever the article names them."""
    body = (
        mentions.filter(pl.col("alias_kind") != "sector")
        .group_by("article_id", "actor_id")
        .agg(
            n=pl.len(),
            first=pl.col("char_start").min(),
            person=(pl.col("actor_type").first() == "person"),
            country=pl.col("actor_country").first(),
        )
        .with_columns(in_title=pl.lit(False))
    )
    heads = pl.DataFrame(
        schema={"article_id": pl.String(), "actor_id": pl.String(), "actor_country": pl.String()}
    )
    if headline is not None and "publisher_head" in headline.columns:
        heads = headline.filter(pl.col("publisher_head")).select(
            "article_id", "actor_id", "actor_country"
        )
        headline = headline.filter(~pl.col("publisher_head"))
    if heads.height:
        # the publisher's head of state, a candidate lead even when the body does not name
        # them ("The Presidents discussed ...")
        body = pl.concat(
            [
                body,
                heads.join(body, on=["article_id", "actor_id"], how="anti").select(
                    "article_id",
                    "actor_id",
                    n=pl.lit(0, pl.UInt32),
                    first=pl.lit(1 << 40, pl.Int64),
                    person=pl.lit(True),
                    country="actor_country",
                    in_title=pl.lit(False),
                ),
            ],
            how="vertical_relaxed",
        )
    body = body.join(
        heads.select("article_id", "actor_id", head=pl.lit(True)),
        on=["article_id", "actor_id"],
        how="left",
    ).with_columns(head=pl.col("head").fill_null(False))
    if headline is not None and headline.height:
        titled = (
            headline.with_columns(order=pl.int_range(pl.len()).over("article_id"))
            .group_by("article_id", "actor_id")
            .agg(
                title_order=pl.col("order").min(),
                title_person=(pl.col("actor_type").first() == "person"),
                title_country=pl.col("actor_country").first(),
            )
        )
        body = (
            body.join(titled, on=["article_id", "actor_id"], how="full", coalesce=True)
            .with_columns(
                n=pl.col("n").fill_null(0),
                first=pl.col("first").fill_null(1 << 40),
                person=pl.coalesce("person", "title_person"),
                country=pl.coalesce("country", "title_country"),
                in_title=pl.col("title_order").is_not_null(),
            )
            .drop("title_person", "title_country")
        )
    if "title_order" not in body.columns:
        body = body.with_columns(title_order=pl.lit(None, pl.Int64))
    # the lead: a person; when the title names someone (the counterpart: "Telephone
    # conversation with President X"), one it does not name, the publisher's head first
    counts = body.with_columns(
        _untitled=~pl.col("in_title")
        & (pl.col("in_title") & pl.col("person")).any().over("article_id")
    ).sort(
        ["article_id", "person", "_untitled", "head", "n", "title_order", "first"],
        descending=[False, True, True, True, True, False, False],
        nulls_last=True,
    )
    leads = (
        counts.group_by("article_id", maintain_order=True)
        .first()
        .filter(pl.col("person"))
        .select(
            "article_id",
            lead="actor_id",
            lead_country="country",
            lead_in_title="in_title",
            lead_head="head",
        )
    )
    candidates = (
        counts.join(leads, on="article_id")
        # "Russia-Turkmenistan talks": a person of a country the title names stands for it
        # (the one who speaks and is spoken to at the talks)
        .with_columns(
            _for_title=pl.col("in_title")
            | (
                pl.col("person")
                & pl.col("country")
                .is_in(pl.col("country").filter(pl.col("in_title") & ~pl.col("person")).implode())
                .over("article_id")
            )
        )
        .filter(
            (
                pl.col("country").is_not_null()
                & (pl.col("country") != pl.col("lead_country")).fill_null(True)
            )
            # "Meeting with Defence Minister X": a compatriot the title names is the
            # counterpart of a domestic meeting, known to the dictionary or not
            | (pl.col("in_title") & pl.col("person") & (pl.col("actor_id") != pl.col("lead")))
        )
        # a head of state's release on a meeting its title names no counterpart of ("Meeting
        # with permanent members of the Security Council") has none: a foreign leader the
        # meeting talks about is no party to it
        .filter(pl.col("_for_title") | ~pl.col("lead_head"))
        # the title's actor first, then people, then the most often named
        .sort(
            # (people the title names in its order: "Telephone conversations with X and Y")
            ["article_id", "_for_title", "person", "n", "title_order", "first"],
            descending=[False, True, True, True, False, False],
            nulls_last=True,
        )
    )
    # "Telephone conversation with President X and Federal Chancellor Y": every person the
    # title names is a counterpart of the lead
    # ("Trilateral meeting of the leaders of Russia, Azerbaijan and Armenia": a person of
    # each other country the title names, the most often named, stands for it)
    persons = candidates.with_row_index("_rank").filter(pl.col("person") & pl.col("_for_title"))
    named = persons.filter(pl.col("in_title"))
    standing = (
        persons.filter(~pl.col("in_title"))
        .join(named.select("article_id", "country"), on=["article_id", "country"], how="anti")
        .unique(["article_id", "country"], keep="first", maintain_order=True)
    )
    titled = (
        pl.concat([named, standing])
        .sort("_rank")
        .group_by("article_id", maintain_order=True)
        .agg(titled=pl.col("actor_id").head(3))
        .filter(pl.col("titled").list.len() >= 2)
    )
    others = (
        candidates.group_by("article_id", maintain_order=True)
        .first()
        .select(
            "article_id",
            other="actor_id",
            parties_are_people="person",
            # the title names one of the two: the article is an account of their talks
            counterpart_named=pl.col("person") | pl.col("in_title") | pl.col("lead_in_title"),
        )
    )
    home = heads.group_by("article_id").agg(
        home=pl.lit("country_") + pl.col("actor_country").first().str.to_lowercase()
    )
    return (
        leads.join(others, on="article_id", how="left")
        .join(titled, on="article_id", how="left")
        .join(home, on="article_id", how="left")
        .select(
            "article_id",
            parties=pl.when(pl.col("titled").is_not_null())
            .then(pl.concat_list(pl.col("lead"), pl.col("titled")))
            .otherwise(pl.concat_list("lead", "other").list.drop_nulls()),
            parties_are_people=pl.col("parties_are_people").fill_null(False),
            counterpart_named=pl.col("counterpart_named").fill_null(False),
            home="home",
        )
    )


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
            (
                words.list.eval(pl.element().is_in(list(forms))).list.any()
                | pl.col("sentence_text").str.contains(CREDIT_PHRASES)
            )
            & (pl.col("_actor") | pl.col("sentence_text").str.contains(_REFERENCE_WORDS))
        )
        .drop("_actor")
    )


OCCURRENCE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "sentence_index": pl.Int64(),
    "char_start": pl.Int64(),
    "sentence_text": pl.String(),
    "published_date": pl.Date(),
    "parties": pl.List(pl.String()),
    # both parties are people ("the two leaders"), not a leader and a country
    "parties_are_people": pl.Boolean(),
    # the other party is a person or named in the title: the account is of talks with it
    "counterpart_named": pl.Boolean(),
    # the country of the publisher's head of state (its actor id), when the publisher tells
    "home": pl.String(),
    "last_person": pl.String(),
    # quotes and transcript turns in the sentence, with their speaker ("I", "we" inside)
    "quoted": pl.List(pl.Struct({"start": pl.Int64(), "end": pl.Int64(), "speaker": pl.String()})),
    # (start, end, actor_id, actor_type, alias_kind, actor_country) within the sentence
    "actors": pl.List(
        pl.Struct(
            {
                "start": pl.Int64(),
                "end": pl.Int64(),
                "actor_id": pl.String(),
                "actor_type": pl.String(),
                "alias_kind": pl.String(),
                "actor_country": pl.String(),
            }
        )
    ),
    # (start, end, resolved_date, precision) within the sentence
    "dates": pl.List(
        pl.Struct(
            {
                "start": pl.Int64(),
                "end": pl.Int64(),
                "resolved_date": pl.Date(),
                "precision": pl.String(),
            }
        )
    ),
}


def _with_mention_columns(mentions: pl.DataFrame) -> pl.DataFrame:
    for column in ("alias_kind", "actor_type", "actor_country"):
        if column not in mentions.columns:
            mentions = mentions.with_columns(pl.lit(None, dtype=pl.String).alias(column))
    return mentions.with_columns(pl.col("alias_kind", "actor_type").fill_null(""))


def _quoted_spans(chosen: pl.DataFrame, quotes: pl.DataFrame | None) -> pl.DataFrame:
    """Per chosen sentence, the quotes and transcript turns overlapping it that have a
    resolved speaker: their spans within the sentence and the speaker."""
    key = ["article_id", "sentence_index"]
    empty = pl.lit(None, dtype=OCCURRENCE_SCHEMA["quoted"])
    if quotes is None or quotes.is_empty():
        return chosen.select(key).with_columns(quoted=empty)
    spans = quotes.filter(pl.col("speaker_actor_id").is_not_null()).select(
        "article_id", q_start="char_start", q_end="char_end", speaker="speaker_actor_id"
    )
    sentences = chosen.with_columns(
        _end=pl.col("char_start") + pl.col("sentence_text").str.len_chars()
    )
    inside = (
        sentences.join(spans, on="article_id")
        .filter((pl.col("q_start") < pl.col("_end")) & (pl.col("q_end") > pl.col("char_start")))
        .select(*key, "char_start", "q_start", "q_end", "speaker")
    )
    # A transcript turn goes on past its first paragraph: "I" in a later sentence outside
    # any quote is the speaker of the last turn or quote before it.
    later = (
        sentences.join(inside.select(key).unique(), on=key, how="anti")
        .sort("char_start")
        .join_asof(
            spans.sort("q_end"),
            left_on="char_start",
            right_on="q_end",
            by="article_id",
            strategy="backward",
            check_sortedness=False,
        )
        .filter(pl.col("speaker").is_not_null())
        .select(*key, "char_start", q_start="char_start", q_end="_end", speaker="speaker")
    )
    return (
        pl.concat([inside, later])
        .group_by(key)
        .agg(
            pl.struct(
                start=pl.col("q_start") - pl.col("char_start"),
                end=pl.col("q_end") - pl.col("char_start"),
                speaker="speaker",
            ).alias("quoted")
        )
    )


def sentence_occurrences(
    sentences: pl.DataFrame,
    mentions: pl.DataFrame,
    date_mentions: pl.DataFrame,
    articles: pl.DataFrame,
    forms: frozenset[str],
    quotes: pl.DataFrame | None = None,
    headline: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """The sentences to parse (`sentences_to_parse`), each with what coding it needs: its
    actors and dates (offsets within the sentence), the article's parties, the person named
    last before it and the published date (OCCURRENCE_SCHEMA), sorted by text so that copies
    of one sentence are parsed once."""
    mentions = _with_mention_columns(mentions)
    chosen = sentences_to_parse(sentences, mentions, forms).select(
        "article_id", "sentence_index", "char_start", "sentence_text"
    )
    key = ["article_id", "sentence_index"]

    def in_sentence(spans: pl.DataFrame, name: str, *fields: str) -> pl.DataFrame:
        """Per chosen sentence, a list of `spans` with offsets within the sentence."""
        return (
            spans.join(chosen.select(*key, _s_start="char_start"), on=key)
            .sort("char_start")
            .group_by(key)
            .agg(
                pl.struct(
                    (pl.col("char_start") - pl.col("_s_start")).alias("start"),
                    (pl.col("char_end") - pl.col("_s_start")).alias("end"),
                    *fields,
                ).alias(name)
            )
        )

    actors = in_sentence(
        mentions, "actors", "actor_id", "actor_type", "alias_kind", "actor_country"
    )
    dates = in_sentence(
        date_mentions.filter(pl.col("resolved_date").is_not_null()),
        "dates",
        "resolved_date",
        "precision",
    )
    people = (
        mentions.filter(pl.col("actor_type") == "person")
        .sort("article_id", "sentence_index", "char_start")
        .group_by(key, maintain_order=True)
        .agg(pl.col("actor_id").first().alias("_person"))
        .sort(key)
    )
    # the person named first (most often the subject) in the nearest earlier sentence that
    # names one (up to five back), for "he" and "she"
    last_person = (
        chosen.select(key)
        .sort(key)
        .join_asof(
            people.with_columns(_next=pl.col("sentence_index") + 1).drop("sentence_index"),
            left_on="sentence_index",
            right_on="_next",
            by="article_id",
            strategy="backward",
            tolerance=5,
            check_sortedness=False,
        )
        .select(*key, last_person="_person")
    )
    parties = _without_audience_counterparts(
        _article_parties(mentions, headline), articles, headline
    )
    return (
        chosen.join(actors, on=key, how="left")
        .join(dates, on=key, how="left")
        .join(last_person, on=key, how="left")
        .join(_quoted_spans(chosen, quotes), on=key, how="left")
        .join(parties, on="article_id", how="left")
        .join(articles.select("article_id", "published_date"), on="article_id", how="left")
        .select(list(OCCURRENCE_SCHEMA))
        .cast(OCCURRENCE_SCHEMA)  # type: ignore[arg-type]
        .sort("sentence_text", "article_id", "sentence_index")
    )


class _RecordingContext(Context):
    """A sentence's context that notes which of its fields the coder read."""

    def __init__(self, **values: Any) -> None:
        super().__init__(**values)
        object.__setattr__(self, "read", set())

    def __getattribute__(self, name: str) -> Any:
        if name in _CONTEXT_FIELDS:
            object.__getattribute__(self, "read").add(name)
        return object.__getattribute__(self, name)


_CONTEXT_FIELDS = frozenset(f.name for f in fields(Context))


class _CodedSentences:
    """Events of sentences already coded, with the context fields coding each one read: a
    copy of the sentence (same text, actors and quotes) in another article has the same
    events when its context agrees on those fields. Most sentences read none ("Putin met
    Erdogan") or only the publisher's country, so a wire story copied into a hundred
    articles is coded a few times, not a hundred."""

    def __init__(self) -> None:
        self._by_key: dict[tuple, list[tuple[tuple[tuple[str, Any], ...], list]]] = {}

    def known(self, key: tuple, context: Context) -> list | None:
        for read, events in self._by_key.get(key, ()):
            if all(getattr(context, name) == value for name, value in read):
                return events
        return None

    def remember(self, key: tuple, recording: _RecordingContext, events: list) -> None:
        read = object.__getattribute__(recording, "read")
        values = tuple((name, object.__getattribute__(recording, name)) for name in sorted(read))
        self._by_key.setdefault(key, []).append((values, events))


def code_occurrences(
    occurrences: pl.DataFrame, patterns: EventPatterns, places: PlaceFinder | None = None
) -> pl.DataFrame:
    """Events of sentence occurrences (`sentence_occurrences`): each distinct sentence is
    parsed once, then coded in the context of each article it occurs in."""
    texts = occurrences["sentence_text"].to_list()
    distinct = list(dict.fromkeys(texts))
    # Quotation marks glued to words mislead the parser ('Putin "remains open" to dialogue'
    # parses "to dialogue" as a verb); they carry no syntax, so it reads them as spaces,
    # which keeps every offset.
    unquoted = [text.translate(_QUOTE_MARKS_AS_SPACES) for text in distinct]
    parse_of = dict(zip(distinct, parse_sentences(unquoted), strict=True))
    places_of = {text: places.find(text) for text in distinct} if places is not None else {}
    rows = []
    # copies of a sentence with the same actors code the same events in any context that
    # agrees with theirs on what coding them read
    coded = _CodedSentences()
    for (
        article_id,
        idx,
        s_start,
        text,
        published,
        parties,
        people,
        counterpart,
        home,
        last_person,
        quoted,
        actors,
        dates,
    ) in occurrences.select(
        "article_id",
        "sentence_index",
        "char_start",
        "sentence_text",
        "published_date",
        "parties",
        "parties_are_people",
        "counterpart_named",
        "home",
        "last_person",
        "quoted",
        "actors",
        "dates",
    ).iter_rows():
        context = Context(
            parties=tuple(parties or ()),
            last_person=last_person,
            quoted=tuple((q["start"], q["end"], q["speaker"]) for q in quoted or ()),
            parties_are_people=bool(people),
            counterpart_named=bool(counterpart),
            home=home,
        )
        key = (text, tuple(tuple(a.values()) for a in actors or ()), context.quoted)
        events = coded.known(key, context)
        if events is None:
            local = _without_modified_sectors(
                text,
                [
                    Mention(
                        a["start"],
                        a["end"],
                        a["actor_id"],
                        a["actor_type"],
                        a["alias_kind"],
                        a["actor_country"] or "",
                    )
                    for a in actors or []
                ],
            )
            # places name where an act happened; their country is the target then
            local += [
                Mention(start, end, actor_id, "country", "place")
                for start, end, actor_id in places_of.get(text, [])
                if not any(m.start < end and start < m.end for m in local)
            ]
            recording = _RecordingContext(**vars(context))
            events = code_parsed_sentence(text, parse_of[text], local, patterns.patterns, recording)
            coded.remember(key, recording, events)
        spans = [(d["start"], d["end"], d["resolved_date"], d["precision"]) for d in dates or []]
        seen: dict[int, int] = {}
        for event in events:
            # a date governs the event when it is in the trigger's own clause ("on Tuesday"),
            # not in a relative or reported clause ("the strikes, which X launched in 2014")
            in_scope = [d for d in spans if any(a <= d[0] < b for a, b in event.scope)]
            when = _governing_date(text, in_scope, event.trigger_start)
            if when is None and published is not None:
                when = (published, "day")
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
                    event.target,
                    text[event.trigger_start : event.trigger_end],
                    s_start + t_start,
                    text,
                    event.explanation,
                )
            )
    return pl.DataFrame(rows, schema=EVENT_SCHEMA, orient="row")


def code_events(
    sentences: pl.DataFrame,
    mentions: pl.DataFrame,
    date_mentions: pl.DataFrame,
    articles: pl.DataFrame,
    patterns: EventPatterns,
    places: PlaceFinder | None = None,
    quotes: pl.DataFrame | None = None,
    headline: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Events from sentences (article_id, sentence_index, char_start, sentence_text),
    actor mentions, date mentions, articles (article_id, published_date) and, optionally,
    quotes (whose speakers "I" and "we" inside them are), in one process
    (`pipelines.nlp.parallel.events_of` spreads the coding over workers)."""
    occurrences = sentence_occurrences(
        sentences, mentions, date_mentions, articles, patterns.forms, quotes, headline
    )
    return code_occurrences(occurrences, patterns, places)
