"""Scoring quotes and events on the hand-annotated Kremlin releases, per half (dev, test).

Each annotated release goes through what a load does to a CSV record (reading, cleaning)
and through the extractors; the gold's spans are read from the release body and matched
to our output by their words, since cleaning may change spacing and marks.

- Quotes: a gold quote is **found** when one of our quotes of that release shares its
  opening words (the first 40 characters of either, whitespace and quotation marks
  normalized, inside the other). Of those, the gold quote is paired with the one whose span
  overlaps it most in the cleaned body (then the closest start, then the closest length):
  a quotation inside a transcript turn shares its opening words with the turn, and the same
  words may be quoted twice, yet the row a reader would compare is the quotation itself.
  The gold span is placed in the cleaned body as the same occurrence of its normalized words
  (the k-th in the release is the k-th in the cleaned body); when cleaning changed them too
  much to find, the first of our quotes sharing the opening words is taken. Its speaker is
  **right** when our resolved speaker (the dictionary's name, or the name discovered or
  written) is the gold speaker (`same_person`: without case, transliterations of a first
  name allowed), or when both are unknown. Speaker accuracy is right / gold quotes: a quote
  not found counts as wrong, as a user would see it.
- Events: per annotated sentence, our events whose sentence holds the gold sentence's
  opening words are compared with the gold events on root code and the three-letter
  country of source and target (as on PETR2); each gold event matches at most one of
  ours. Sentences annotated with no event count every event we give them as wrong.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import polars as pl

from pipelines.evaluation.events import EventCoder, EventScore, match_events
from pipelines.evaluation.kremlin_gold import (
    EVENTS_GOLD,
    KREMLIN_CSV,
    QUOTES_GOLD,
    Release,
    Split,
    load_gold,
    load_releases,
    release_split,
)
from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
from pipelines.settings import SEEDS_DIR
from pipelines.text.articles import clean_source
from pipelines.text.read import read_input_file

_MARKS = re.compile(r"[\"“”«»„'‘’]")
_KEY_CHARS = 40


def _norm(text: str) -> str:
    return " ".join(_MARKS.sub(" ", text).split()).casefold()


def _shares_opening(a: str, b: str) -> bool:
    # (a gold quote is read from the raw text, whose character references the cleaner
    # decodes: "risqu&#233;" there is "risqué" in ours)
    return _open_alike(_norm(html.unescape(a)), _norm(html.unescape(b)))


def _open_alike(a: str, b: str) -> bool:
    """Whether one `_norm`ed text holds the other's first `_KEY_CHARS` characters."""
    return bool(a and b) and (a[:_KEY_CHARS] in b or b[:_KEY_CHARS] in a)


def _in_sentence(ours: str, sentence: str, others: set[str]) -> bool:
    """Whether our sentence is the gold `sentence` (both `_norm`ed): the same text, or, where
    the two splitters cut it differently, the same opening, unless our sentence is exactly
    another gold sentence of the release (`others`: "I would like to take this opportunity
    to ..." opens several)."""
    return ours == sentence or (ours not in others and _open_alike(ours, sentence))


@lru_cache(maxsize=8)
def _normalized_offsets(text: str) -> tuple[str, list[int]]:
    """`_norm(text)` and, per character of it, the offset in `text` it comes from."""
    chars: list[str] = []
    offsets: list[int] = []
    for match in re.finditer(r"\S+", _MARKS.sub(" ", text)):
        if chars:
            chars.append(" ")
            offsets.append(match.start())
        for i, char in enumerate(match.group(0)):
            folded = char.casefold()
            chars.extend(folded)
            offsets.extend([match.start() + i] * len(folded))
    return "".join(chars), offsets


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, at = [], haystack.find(needle)
    while needle and at != -1:
        found.append(at)
        at = haystack.find(needle, at + 1)
    return found


def gold_span_in(raw: str, start: int, end: int, cleaned: str) -> tuple[int, int] | None:
    """Where raw[start:end] lies in `cleaned` (the body after a load's cleaning): the same
    occurrence of its normalized words, counted from the start; None when not found."""
    words = _norm(raw[start:end])
    norm_raw, raw_at = _normalized_offsets(raw)
    norm_clean, clean_at = _normalized_offsets(cleaned)
    # (the span may hold the opening mark: its first word then starts one character on)
    before = [i for i in _occurrences(norm_raw, words) if raw_at[i] <= start + 1]
    ours = _occurrences(norm_clean, words)
    if not words or not before or len(ours) < len(before):
        return None
    at = ours[len(before) - 1]
    return clean_at[at], clean_at[at + len(words) - 1] + 1


_Candidate = TypeVar("_Candidate", bound=tuple)


def best_match(candidates: list[_Candidate], span: tuple[int, int] | None) -> _Candidate | None:
    """The candidate (start, end, text, speaker) whose span overlaps `span` most, then
    starts closest to it, then is closest in length; the first one when `span` is None."""
    if not candidates:
        return None
    if span is None:
        return candidates[0]
    g_start, g_end = span

    def key(q: _Candidate) -> tuple[int, int, int]:
        overlap = max(0, min(q[1], g_end) - max(q[0], g_start))
        return (-overlap, abs(q[0] - g_start), abs((q[1] - q[0]) - (g_end - g_start)))

    return min(candidates, key=key)


def _plain(name: str) -> str:
    """A name without case and diacritics."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# a generation's suffix, a company's legal form: no part of who or what it is
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "inc", "corp", "co", "ltd", "plc", "llc"})


# The releases' own country, named or not in a body's name: "the Council of Judges" of a
# Kremlin release is the Council of Judges of the Russian Federation.
_HOME_COUNTRY_WORDS = (["of", "the", "russian", "federation"], ["of", "russia"])


def _without_home_country(words: list[str]) -> list[str]:
    """A body's name without the home country's adjective before it or "of Russia" after."""
    if len(words) > 1 and words[0] == "russian":
        words = words[1:]
    for tail in _HOME_COUNTRY_WORDS:
        if len(words) > len(tail) and words[-len(tail) :] == tail:
            return words[: -len(tail)]
    return words


_INITIAL = re.compile(r"[a-z]\.")


def same_person(gold: str | None, ours: str | None) -> bool:
    """Whether two speaker names are one person: equal without case and diacritics (Tô Lâm
    and To Lam), or the same surname and first initial (transliterations differ: Yury and
    Yuri Ushakov), or a surname alone and a full name ending with it; both unknown too."""
    if gold is None or ours is None:
        return gold is None and ours is None
    # "James Kennedy Jr." is James Kennedy, "Savin Corp." Savin, "C. Alan MacDonald" Alan
    # MacDonald (an initial is written or left out); a peer or a knight is named with the
    # title or without it ("Lord Falconer", "Charles Falconer"; "Sir Ian Blair")
    a, b = (
        [
            w
            for w in _plain(n).split()
            if w.rstrip(".,") not in _SUFFIXES and not _INITIAL.fullmatch(w)
        ]
        for n in (gold, ours)
    )
    a, b = (_without_peerage(words) for words in (a, b))
    if len(a) > 1 and len(b) > 1 and _country_first(a) == _country_first(b):
        # a body by its country's name or adjective ("UK government", "British government")
        return True
    if a == b or _without_home_country(a) == _without_home_country(b):
        return True
    if min(len(a), len(b)) >= 2 and (a[: len(b)] == b or b[: len(a)] == a):
        # a body by the first words of its full name ("Valley Federal" for Valley Federal
        # Savings and Loan Association), as a story calls it after naming it in full
        return True
    if len(a) > 1 and len(b) > 1:
        return a[-1] == b[-1] and a[0][0] == b[0][0]
    # a surname alone, where the text gives no more ("Bush"), is the person of that surname
    return bool(a and b) and a[-1] == b[-1]


_PEERAGE = frozenset({"lord", "lady", "baroness", "baron", "sir", "dame"})


@lru_cache(maxsize=1)
def _country_words() -> dict[tuple[str, ...], str]:
    """{the words of a country's name, short name or adjective: its actor id} from the
    dictionary's aliases ("uk", "britain", "british" → country_gbr)."""
    aliases = ActorDictionary.from_seeds(SEEDS_DIR).aliases
    return {
        tuple(_plain(alias).split()): actor_id
        for actor_id, alias, kind in aliases.select("actor_id", "alias", "alias_kind").iter_rows()
        if actor_id.startswith("country_") and kind in ("name", "short", "demonym")
    }


def _country_first(words: list[str]) -> list[str]:
    """A name's words with the country its first words name written as the country's id."""
    known = _country_words()
    for size in (3, 2, 1):
        country = known.get(tuple(words[:size]))
        if country is not None and len(words) > size:
            return [country, *words[size:]]
        # the same body named with "of" ("Government of India" is the Indian Government)
        country = known.get(tuple(words[-size:]))
        owner = words[: -size - 1] if words[-size - 1 : -size] == ["the"] else words[:-size]
        if country is not None and len(owner) > 1 and owner[-1] == "of":
            return [country, *owner[:-1]]
    return words


def _without_peerage(words: list[str]) -> list[str]:
    """A name's words without a leading title of peerage or knighthood, and a peer's
    territorial designation ("Lord Faulkner of Worcester"), when a name stays."""
    if not (words[:1] and words[0] in _PEERAGE):
        return words
    rest = words[1:]
    if "of" in rest[1:]:
        rest = rest[: rest.index("of", 1)]
    return rest or words


@dataclass
class QuoteScore:
    gold: int = 0
    found: int = 0
    right: int = 0
    by_resolution: Counter[str] = field(default_factory=Counter)
    right_by_resolution: Counter[str] = field(default_factory=Counter)
    # the found quotes by how ours were attributed (the `attribution` column), and the right
    by_attribution: Counter[str] = field(default_factory=Counter)
    right_by_attribution: Counter[str] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.right / self.gold if self.gold else 1.0


def release_articles(releases: list[Release]) -> pl.DataFrame:
    """The releases as a load would make articles of them: each one a CSV-like record
    (text, title, published) read and cleaned (article_id = link)."""
    ids, bodies, dates, titles = [], [], [], []
    for release in releases:
        record = {"text": release.body, "title": release.headline, "published": release.date}
        (source,) = read_input_file("kremlin.jsonl", json.dumps(record).encode()).sources
        cleaned = clean_source(source)
        ids.append(release.link)
        bodies.append(cleaned["body"] or "")
        dates.append(cleaned["published_date"])
        titles.append(cleaned["title"])
    return pl.DataFrame(
        {"article_id": ids, "body": bodies, "published_date": dates, "title": titles},
        schema={
            "article_id": pl.String,
            "body": pl.String,
            "published_date": pl.Date,
            "title": pl.String,
        },
    )


def _gold_by_split(path: Path, split: Split | None) -> list[dict]:
    return [g for g in load_gold(path) if split is None or release_split(g["link"]) == split]


def evaluate_kremlin_quotes(
    split: Split | None, gold_path: Path = QUOTES_GOLD, csv_path: Path = KREMLIN_CSV
) -> QuoteScore:
    """Quote finding and speaker accuracy on one half of the gold (None: both)."""
    gold = _gold_by_split(gold_path, split)
    releases = load_releases(csv_path)
    links = sorted({g["link"] for g in gold})
    return score_quotes(gold, [releases[link] for link in links])


_INDEFINITE = re.compile(r"(?i)(?:an?|one|another)\s")
# someone's unnamed relative or aide: "McKinnon's spokeswoman", "Kopp's stepmother"
_SOMEONES_UNNAMED = re.compile(
    r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*['’]s(?:\s+[a-z][\w\-]*){1,4}"
)
# a capitalised word after the first: "the President", "Ann Vale", not "the young chemist"
_CAPITALISED = re.compile(r"(?:^|\s)[A-Z]")


def _named(speaker_text: str | None) -> str | None:
    """A speaker's text as a name: an unnamed individual ("a company spokesman", "one
    official", "the student", "the woman", "McKinnon's spokeswoman") names nobody, as the
    gold marks them (`docs/annotation.md`); only a text with a capitalised word can name
    someone."""
    if (
        speaker_text is None
        or _INDEFINITE.match(speaker_text)
        or _SOMEONES_UNNAMED.fullmatch(speaker_text)
    ):
        return None
    if not _CAPITALISED.search(speaker_text.removeprefix("The ")):
        return None
    return speaker_text


def score_quotes(gold: list[dict], releases: list[Release]) -> QuoteScore:
    """Quote finding and speaker accuracy of the releases loaded as articles, against gold
    quotes ({"link", "quote_start", "quote_end" in the release's body, "speaker",
    "resolved_by"}). A gold quote is found when one of ours in its release shares its
    opening words; of those, the one overlapping its span most is paired, and its speaker
    (the dictionary's name of the actor, else the text) is compared by `same_person`."""
    by_link = {release.link: release for release in releases}
    dictionary = ActorDictionary.from_seeds(SEEDS_DIR)
    name_of = dict(dictionary.actors.select("actor_id", "name").iter_rows())
    articles = release_articles(releases)
    mentions, quotes = extract_actors_and_quotes(articles, ActorMatcher(dictionary))
    names = name_of | dict(mentions.select("actor_id", "actor_name").iter_rows())
    # a person's other spellings in the dictionary ("Herman Gref" for German Gref): a gold
    # speaker written in one of them is the same person
    spellings: dict[str, list[str]] = dict(
        dictionary.aliases.filter(pl.col("alias_kind").is_in(["name", "native"]))
        .group_by("actor_id")
        .agg("alias")
        .iter_rows()
    )
    cleaned = dict(articles.select("article_id", "body").iter_rows())
    ours: dict[str, list[tuple[int, int, str, str | None, list[str], str]]] = {}
    for link, start, end, text, actor_id, speaker_text, how in quotes.select(
        "article_id",
        "char_start",
        "char_end",
        "quote_text",
        "speaker_actor_id",
        "speaker_text",
        "attribution",
    ).iter_rows():
        # (a speaker we mark unnamed, "The Darlington Council spokesman", names nobody)
        speaker = (
            names.get(actor_id)
            if actor_id
            else (None if how == "unnamed" else _named(speaker_text))
        )
        other = spellings.get(actor_id, []) if actor_id else []
        ours.setdefault(link, []).append((start, end, text, speaker, other, how))
    score = QuoteScore()
    for item in gold:
        body = by_link[item["link"]].body
        text = body[item["quote_start"] : item["quote_end"]]
        how = item.get("resolved_by", "name")
        score.gold += 1
        score.by_resolution[how] += 1
        sharing = [q for q in ours.get(item["link"], []) if _shares_opening(q[2], text)]
        span = (
            gold_span_in(body, item["quote_start"], item["quote_end"], cleaned[item["link"]])
            if sharing
            else None
        )
        hit = best_match(sharing, span)
        if hit is None:
            score.wrong.append(f"{item['link']} @{item['quote_start']}: not found ({how})")
            continue
        score.found += 1
        score.by_attribution[hit[5]] += 1
        if same_person(item.get("speaker"), hit[3]) or any(
            same_person(item.get("speaker"), spelling) for spelling in hit[4]
        ):
            score.right += 1
            score.right_by_resolution[how] += 1
            score.right_by_attribution[hit[5]] += 1
        else:
            score.wrong.append(
                f"{item['link']} @{item['quote_start']}: {hit[3]} <> {item.get('speaker')} ({how};"
                f" ours by {hit[5]})"
            )
    return score


def evaluate_kremlin_events(
    split: Split | None,
    gold_path: Path = EVENTS_GOLD,
    csv_path: Path = KREMLIN_CSV,
    seeds_dir: Path = SEEDS_DIR,
) -> EventScore:
    """Event precision and recall (root code + source and target country) on one half."""
    gold = _gold_by_split(gold_path, split)
    releases = load_releases(csv_path)
    links = sorted({g["link"] for g in gold})
    coder = EventCoder.load(seeds_dir)
    events, mentions = coder.code(release_articles([releases[link] for link in links]))
    country_of = coder.countries(mentions)
    by_link: dict[str, list[tuple[str, str, str | None, str | None, str]]] = {}
    for link, sentence, code, source, target, trigger in events.select(
        "article_id",
        "sentence_text",
        "event_code",
        "source_actor_id",
        "target_actor_id",
        "trigger_text",
    ).iter_rows():
        by_link.setdefault(link, []).append(
            (
                _norm(sentence or ""),
                code[:2],
                country_of.get(source) if source else None,
                country_of.get(target) if target else None,
                trigger,
            )
        )
    score = EventScore()
    normed = [
        _norm(releases[item["link"]].body[item["sentence_start"] : item["sentence_end"]])
        for item in gold
    ]
    gold_sentences: dict[str, set[str]] = {}
    for item, sentence in zip(gold, normed, strict=True):
        gold_sentences.setdefault(item["link"], set()).add(sentence)
    for item, sentence in zip(gold, normed, strict=True):
        wanted = item["events"]
        others = gold_sentences[item["link"]] - {sentence}
        ours = [e for e in by_link.get(item["link"], []) if _in_sentence(e[0], sentence, others)]
        score.gold += len(wanted)
        score.ours += len(ours)
        hits = match_events(
            [(root, source, target) for _, root, source, target, _ in ours],
            [(g["code"], g.get("source"), g.get("target")) for g in wanted],
        )
        used = {hit for hit in hits if hit is not None}
        score.wrong += [
            f"{item['link']} @{item['sentence_start']}: {root} {source}->{target} ({trigger})"
            for (_, root, source, target, trigger), hit in zip(ours, hits, strict=True)
            if hit is None
        ]
        score.right += len(used)
        score.gold_found += len(used)
        score.misses += [
            f"{item['link']} @{item['sentence_start']}: {g['code']} {g.get('source')}->{g.get('target')}"
            for i, g in enumerate(wanted)
            if i not in used
        ]
    return score
