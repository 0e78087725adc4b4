"""Sentence-level CAMEO event coding from a verb-phrase dictionary (the `event_verbs` seed).

The seed lists English trigger phrases (each inflection written out) per CAMEO code with
a `direction` (source_target or source_only) refined by an optional `kind` (report,
reverse, between, holder, ignore, ask, warn). A "*" in a phrase stands for one to four words
("fired * at"). The coder's directions:

- `source_target`: the subject actor before the trigger is the source, the object actor
  after it the target ("Iran accused Austria");
- `source_only`: no target ("Russia mobilized");
- `target_source` (kind reverse): the actor after the trigger is the source ("Georgia received weapons
  from Turkey": Turkey provides aid to Georgia);
- `between`: a noun with both parties after it ("talks between Iran and Austria");
- `holder`: a stance noun whose source is the possessor right before it ("Russia's
  opposition to NATO");
- `report`: a reporting verb ("said", "told"). It codes a statement (010) by the speaker and
  opens an embedded clause whose own trigger is coded too, with its source taken inside
  that clause ("Peskov said Russia rejects the plan": Peskov 010, Russia 12x);
- `ignore`: looks like a trigger but is not an event ("signed a decree", "thank you"); its
  event_code is the code it would otherwise be mistaken for;
- `ask`: an appeal to the actor right after the verb, who is asked to act ("wants Putin to
  attack ...": an appeal to Putin);
- `warn`: "X warned that [if ..., Y may impose sanctions on Z]" is X threatening Z with the
  act warned of (1312), conditional or not.

Matching is case-insensitive, whole-word and leftmost-longest; quotation marks inside a
phrase are read past. Base forms the seed leaves out because they double as nouns
("attack") are derived from the third person and count only after "to" or a modal. Per
sentence there is at most one statement and one substantive act: the first trigger that
yields one. The act gives one event per coordinated subject ("Obama and Putin will meet"),
and negotiation (046) gives one each way. A trigger
is skipped when negated ("did not reject", "never attacked"), conditional ("if", "unless",
"would", "could", "might"), in a question, or a non-finite "-ing" form ("the bombing of",
", killing ..."); an explicit refusal of a cooperative act ("refused to meet", "will not
concede") is coded as a rejection (12x). "Pledged to expel" codes the expulsion; "wants to
help" is an intent (033), "wants to expel" nothing.
Passive voice ("was attacked by X", "civilians killed by X") takes the agent after "by" as
the source and the subject as the target; without an agent actor the trigger is skipped.

The subject is the nearest actor before the trigger in the same clause (after a reporting
verb, after a semicolon), not inside a prepositional phrase when possible; a personal
pronoun in between ("..., I proposed") means the subject is unknown, except in a reported
clause where it is the speaker. The object is the first actor after the trigger in the same
clause, skipping places ("in Ukraine") unless the event is a meeting or visit, and preferring
the person over a country that titles them ("Syrian President Bashar al-Assad").
An act without a target actor takes as target the country of the place where it happened
("will meet in Zurich"), from the `places` gazetteer or a country after a locative.
Consultations (04) and material cooperation (06) need a target. Unnamed groups ("rebels",
"police": alias kind `sector`) are actors unless an actor right before names them
("Syrian soldiers" are Syria).
The event date is the date expression of the sentence nearest to the trigger that governs
it (not an attributive year like "the 1994 genocide", nor a bound like "since May"), else
the article's published date (precision day).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import ahocorasick_rs
import polars as pl

from pipelines.nlp.places import PlaceFinder

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

REPORT = "report"
SOURCE_TARGET = "source_target"
SOURCE_ONLY = "source_only"
TARGET_SOURCE = "target_source"
BETWEEN = "between"
HOLDER = "holder"
IGNORE = "ignore"  # looks like a trigger but is not an event ("signed a decree", "thank you")
# An appeal whose addressee follows the verb and is asked to act: "wants Putin to ...".
ASK = "ask"
# A warning of a clause: "X warned that [if ..., the EU may impose sanctions on Y]" is X
# threatening Y with the embedded act, conditional or not.
WARN = "warn"
DIRECTIONS = (
    REPORT,
    SOURCE_TARGET,
    SOURCE_ONLY,
    TARGET_SOURCE,
    BETWEEN,
    HOLDER,
    IGNORE,
    ASK,
    WARN,
)
# The seed's `kind` column: how a phrase departs from its plain `direction`.
_KINDS = {
    "report": REPORT,
    "reverse": TARGET_SOURCE,
    "between": BETWEEN,
    "holder": HOLDER,
    "ignore": IGNORE,
    "ask": ASK,
    "warn": WARN,
}
# The threat (13x) of a conflictual act warned of, by the act's root.
_THREAT_CODES = {
    "16": "1312",
    "17": "137",
    "15": "138",
    "18": "138",
    "19": "138",
    "20": "138",
}
# Negotiation is mutual: "X held talks with Y" is also Y negotiating with X.
_MUTUAL_CODES = {"046"}
# In a gapped phrase ("fired * at") the "*" stands for one to four words of the object
# ("fired anti-aircraft batteries at Russia").
_GAP = r"\s+(?:[\w'’-]+\s+){1,4}?"
_VERB_SLOT = re.compile(r"\b(?:to|will|shall|would|could|should|must|can|may|might)\s+$")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
# Consultation and material cooperation need a counterpart to be worth an event.
_NEEDS_TARGET_ROOTS = {"04", "06"}
_PROGRESSIVE_AUX = re.compile(
    r"\b(?:am|is|are|was|were|be|been|'s|'re|’s|’re)\s+(?:\w+ly\s+|not\s+|still\s+)?$", re.I
)
_PERSONAL_SUBJECT = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey)\b")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s+)+$")
_NOUN_GERUNDS = {"meeting", "meetings", "fighting", "bombing", "shelling", "talking"}
# "Russia's opposition to X": a stance noun whose source is the possessor right before it.
_POSSESSOR_GAP = re.compile(r"(?:'s|’s|'|’)\s+(?:[a-z-]+\s+)?")
_IRREGULAR_PARTICIPLES = {
    "struck",
    "shot",
    "hit",
    "held",
    "met",
    "sent",
    "told",
    "seen",
    "taken",
    "given",
    "beaten",
    "fought",
    "caught",
    "brought",
    "sold",
    "thrown",
    "shown",
    "known",
    "hidden",
    "driven",
    "forgiven",
    "overrun",
    "retaken",
    "kept",
    "led",
    "won",
    "cut",
    "put",
    "set",
    "shut",
    "sought",
    "spoken",
    "broken",
    "frozen",
    "withdrawn",
    "drawn",
    "lent",
    "laid",
    "made",
    "done",
    "slain",
}
_INTENT_ROOT = "03"
# "X informed Y of his talks with Z": the possessive points back to the clause's subject.
_POSSESSIVE_PRONOUN_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
# Roots whose source, in a reported clause without a subject actor, is the speaker.
_SPEAKER_ROOTS = {"01", "10", "11", "12", "13"}
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+$", re.I
)
# An infinitive ("wants to impose", "for Moscow to negotiate") is not an asserted act unless
# the verb before it asserts one ("decided to impose", "continues to shell").
_INFINITIVE_BEFORE = re.compile(r"(\S+)\s+to\s+$", re.I)
_ASSERTIVE_BEFORE_TO = {
    "decided",
    "decides",
    "began",
    "begins",
    "started",
    "starts",
    "continued",
    "continues",
    "continue",
    "moved",
    "moves",
    "proceeded",
    "proceeds",
    "managed",
    "manages",
    "chose",
    "chooses",
    "voted",
    "votes",
    "went",
    "prepared",
    "prepares",
    "preparing",
    "set",
    "sets",
    "resumed",
    "resumes",
    "used",
    "helped",
    "helps",
    # scheduled acts are reported like "will": "is due to visit", "is expected to attend"
    "scheduled",
    "due",
    "expected",
    "slated",
    "poised",
}
# A wish or plan to cooperate is an intent to ("wants to help X": 033); any other act after
# them is not asserted.
_WISH_VERBS = {
    "want",
    "wants",
    "wanted",
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "aim",
    "aims",
    "seek",
    "seeks",
    "hope",
    "hopes",
    "hoping",
    "wish",
    "wishes",
    "ready",
    "willing",
}
_INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# Intent verbs that commit the speaker ("pledged to expel" reports the expulsion); wishes and
# plans ("wants to expel") before a conflictual act are neither cooperation nor the act.
_COMMITMENT_HEADS = {
    "pledge",
    "pledges",
    "pledged",
    "promise",
    "promises",
    "promised",
    "vow",
    "vows",
    "vowed",
    "agree",
    "agrees",
    "agreed",
}
_GERUND_AFTER = re.compile(
    r"\b(?:at|for|of|about|on|in|by|without|after|before|against|towards?|from|into|while|when)\s+$",
    re.I,
)

# Negation right before the trigger (up to two words in between: "did not formally reject").
_NEGATION = re.compile(
    r"(?:\bnot|n't|\bnever|\bno longer|\bnor|\bneither|\bfailed to|\bwithout)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# An explicit refusal: a cooperative trigger after it becomes a rejection.
_REFUSAL = re.compile(
    r"\b(?:refus(?:e|ed|es|ing) to|declin(?:e|ed|es|ing) to|will not|won't|would not|wouldn't"
    r"|(?:does|do|did) not (?:intend|plan|want|agree) to|(?:is|are|was|were) not (?:ready|prepared|willing) to"
    r"|reject(?:s|ed|ing)? (?:calls|demands|requests) to)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|whether|would|could|might|should|(?-i:may)|in case|in the event)\b[^,.;:]*$",
    re.I,
)
_PASSIVE_AUX = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:\w+ly\s+)?$", re.I
)
# "attacked by", "released yesterday by", "hit again on Monday by": adverbs and time words
# may stand between the participle and "by", not an object ("denounced plans discussed by").
_BY_AGENT = re.compile(
    r"\s+(?:(?:\w+ly|yesterday|today|overnight|earlier|later|again|also|on|last|this|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|week)\s+)"
    r"{0,3}?by\s+(?:the\s+|an?\s+)?",
    re.I,
)
_PREPOSITION = re.compile(
    r"\b(?:in|at|near|on|of|from|to|with|against|for|by|over|into|across|inside|outside|around"
    r"|toward|towards|about|between|among|after|before|during|under|via|throughout|within)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+|central\s+)?$",
    re.I,
)
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|inside|outside|across|throughout|around|within|over)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+|central\s+)?$",
    re.I,
)
_CONJUNCTION_BEFORE = re.compile(r"\b(?:after|before|since|until|as)\s+(?:the\s+)?$", re.I)
_OF_IN_BEFORE = re.compile(r"\b(?:of|in)\s+(?:the\s+)?$", re.I)
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|we|i|it)\b", re.I)
# Where the trigger's clause ends: a semicolon or colon, a subordinate or relative clause, or
# a comma before a finite verb (", were made ...": the phrase the trigger was in has ended).
_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?:while|whereas|but|although|as|after|before|when|which|who)\b"
    r"|,\s+(?:was|were|is|are|has|have|had|will|would|said|says)\b",
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
_INVERTED_REPORT_BEFORE = re.compile(r"[,\"”’']\s*$")
_PRONOUN_REPORT_HEADS = ("told", "tells", "telling", "tell")
# Cooperative roots (01..08): an explicit refusal turns them into this rejection code.
_REFUSAL_CODES = {
    "02": "120",
    "03": "120",
    "04": "125",
    "05": "120",
    "06": "121",
    "07": "121",
    "08": "124",
}
# Meetings and visits take any actor where they happen as target ("met at the Kremlin");
# other acts only a country ("attacked a convoy in Syria").
_VISIT_ROOTS = {"04"}


def _is_participle(phrase: str) -> bool:
    head = phrase.split()[0]
    return head.endswith("ed") or head in _IRREGULAR_PARTICIPLES


# After a past participle, a preposition or the end of the clause instead of an object:
# a reduced passive ("soldiers killed in Ukraine", "officials accused of ...").
_NO_OBJECT_AFTER = re.compile(
    r"^\s*(?:[,.;:)]|$|(?:in|at|on|near|during|after|before|when|while|over|as|for)\b)",
    re.I,
)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "-_"


@dataclass(frozen=True)
class VerbDictionary:
    """Trigger phrases (lower case) with their CAMEO code and direction, found with one
    Aho-Corasick automaton: whole words, leftmost-longest, case-insensitive."""

    codes: dict[str, tuple[str, str]]
    _to_only: frozenset[str] = field(repr=False, compare=False)
    _automaton: ahocorasick_rs.AhoCorasick = field(repr=False, compare=False)
    _phrases: tuple[str, ...] = field(repr=False, compare=False)
    # Phrases with a "*" gap: an automaton of their first words, and per first word the
    # patterns (phrase, regex) tried where it occurs (a regex over every text is too slow).
    _gap_heads: ahocorasick_rs.AhoCorasick | None = field(default=None, repr=False, compare=False)
    _gapped: tuple[tuple[tuple[str, re.Pattern[str]], ...], ...] = field(
        default=(), repr=False, compare=False
    )

    @classmethod
    def from_frame(cls, verbs: pl.DataFrame) -> VerbDictionary:
        """From the seed's columns phrase, event_code, direction (source_target or
        source_only) and the optional kind (report, reverse, between, holder, ignore or
        empty), which refines the direction."""
        if "kind" not in verbs.columns:
            verbs = verbs.with_columns(kind=pl.lit(None, dtype=pl.String))
        codes: dict[str, tuple[str, str]] = {}
        for phrase, code, direction, kind in verbs.select(
            "phrase", "event_code", "direction", "kind"
        ).iter_rows():
            key = " ".join((phrase or "").lower().split())
            if not key or key in codes:
                continue
            effective = _KINDS.get(kind or "", direction)
            codes[key] = (code, effective if effective in DIRECTIONS else SOURCE_TARGET)
        # Base forms the seed leaves out because they double as nouns ("attack", "help") are
        # derived from the third person and count only as verbs: after "to" or a modal.
        to_only: dict[str, tuple[str, str]] = {}
        for key, value in codes.items():
            first, _, rest = key.partition(" ")
            if "*" in key or len(first) < 5 or not first.endswith("s") or first.endswith("ss"):
                continue
            stems = {first[:-1]}
            if first.endswith("es"):
                stems.add(first[:-2])
            if first.endswith("ies"):
                stems.add(first[:-3] + "y")
            for stem in stems:
                to_only.setdefault(f"{stem} {rest}".strip(), value)
        to_only = {k: v for k, v in to_only.items() if k not in codes}
        codes |= to_only
        phrases = tuple(p for p in codes if "*" not in p.split())
        gapped = tuple(p for p in codes if "*" in p.split())
        automaton = ahocorasick_rs.AhoCorasick(
            list(phrases), matchkind=ahocorasick_rs.MatchKind.Standard
        )
        by_head: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for phrase in gapped:
            regex = _GAP.join(
                r"\s+".join(map(re.escape, part.split())) for part in phrase.split(" * ")
            )
            by_head.setdefault(phrase.split()[0], []).append((phrase, re.compile(regex + r"\b")))
        heads = (
            ahocorasick_rs.AhoCorasick(list(by_head), matchkind=ahocorasick_rs.MatchKind.Standard)
            if by_head
            else None
        )
        return cls(
            codes=codes,
            _to_only=frozenset(to_only),
            _automaton=automaton,
            _phrases=phrases,
            _gap_heads=heads,
            _gapped=tuple(tuple(patterns) for patterns in by_head.values()),
        )

    @classmethod
    def from_seed(cls, path: Path) -> VerbDictionary:
        return cls.from_frame(pl.read_csv(path, infer_schema=False))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping whole-word trigger matches (start, end, phrase), leftmost-longest."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters change length when lower-cased
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        lowered = re.sub(r"\s", " ", lowered)
        # Quotation marks inside a phrase ('"remains open" to dialogue') are read past: the
        # phrases match the text without them, and offsets are mapped back.
        removed = [m.start() for m in _QUOTE_MARKS.finditer(lowered)]
        if removed:
            lowered = _QUOTE_MARKS.sub("", lowered)
            shifts = [at - k for k, at in enumerate(removed)]
        hits = []
        for index, start, end in self._automaton.find_matches_as_indexes(lowered, overlapping=True):
            if start > 0 and _is_word_char(lowered[start - 1]):
                continue
            if end < len(lowered) and _is_word_char(lowered[end]):
                continue
            phrase = self._phrases[index]
            if phrase in self._to_only and not _VERB_SLOT.search(
                lowered, max(0, start - 12), start
            ):
                continue
            hits.append((start, -end, 0, phrase))
        if self._gap_heads is not None:
            heads = self._gap_heads.find_matches_as_indexes(lowered, overlapping=True)
            for index, start, end in heads:
                if (start > 0 and _is_word_char(lowered[start - 1])) or (
                    end < len(lowered) and _is_word_char(lowered[end])
                ):
                    continue
                # the nearest closing word ("fired * at"), like a lazy gap; an exact phrase
                # of the same span wins ("fired tear gas at")
                matches = [
                    (match.end(), phrase)
                    for phrase, pattern in self._gapped[index]
                    if (match := pattern.match(lowered, start))
                ]
                if matches:
                    stop, phrase = min(matches)
                    hits.append((start, -stop, 1, phrase))
        hits.sort()
        found: list[tuple[int, int, str]] = []
        last_end = -1
        for start, neg_end, _, phrase in hits:
            if start >= last_end:
                found.append((start, -neg_end, phrase))
                last_end = -neg_end
        if removed:
            found = [
                (s + bisect_right(shifts, s), e - 1 + bisect_right(shifts, e - 1) + 1, p)
                for s, e, p in found
            ]
        return found


@dataclass(frozen=True)
class _Mention:
    start: int  # offsets within the sentence
    end: int
    actor_id: str
    kind: str


def _nearest_subject(
    text: str, mentions: list[_Mention], lo: int, hi: int, *, passive_subject: bool = False
) -> _Mention | None:
    """The subject actor of the clause text[lo:hi]: nearest before `hi`, not inside a
    prepositional phrase when possible (a PP actor only as a fallback, and only one
    introduced by "of" or "in": "A court in Guyana", "the minister of Russia")."""
    inside = [
        m for m in mentions if m.start >= lo and m.end <= hi and text[m.end : m.end + 1] != "-"
    ]
    plain = [
        m
        for m in inside
        if not _PREPOSITION.search(_before_titles(text, m.start))
        or (  # "after Georgia attacked": a conjunction opening a clause, not a preposition
            _CONJUNCTION_BEFORE.search(_before_titles(text, m.start))
            and len(text[m.end : hi].split()) <= 2
            and "," not in text[m.end : hi]
        )
    ]
    if plain:
        return plain[-1]
    if passive_subject:
        return None
    # "A court in Guyana has ...", "The foreign minister of Russia said ...": only when the
    # phrase ends right before the verb.
    fallback = [
        m
        for m in inside
        if _OF_IN_BEFORE.search(_before_titles(text, m.start))
        and len(text[m.end : hi].split()) <= 3
        and "," not in text[m.end : hi]
    ]
    return fallback[-1] if fallback else None


def _before_titles(text: str, start: int) -> str:
    """The 40 characters before `start`, without the capitalized title words right before it
    ("to US President X" -> "to ")."""
    before = text[max(0, start - 40) : start]
    titles = _TITLE_WORDS.search(before)
    return before[: titles.start()] if titles else before


def _head_of(chosen: _Mention, candidates: list[_Mention], text: str) -> _Mention:
    """A demonym or country directly titling a person ("Syrian President X") yields the person."""
    for m in candidates:
        if m.start <= chosen.start:
            continue
        gap = text[chosen.end : m.start].split()
        if len(gap) <= 3 and all(w[:1].isupper() and w.isalpha() for w in gap):
            return m
        break
    return chosen


def _object_after(
    text: str, mentions: list[_Mention], lo: int, hi: int, exclude: _Mention | None
) -> _Mention | None:
    """The object actor in text[lo:hi] (the trigger's clause), skipping places ("in
    Ukraine"): where an act happened is `_place_after`'s."""
    inside = [m for m in mentions if m.start >= lo and m.end <= hi and m is not exclude]
    for m in inside:
        if not _LOCATIVE.search(text[max(lo, m.start - 40) : m.start]):
            return _head_of(m, inside, text)
    return None


def _clause_end(text: str, start: int, limit: int) -> int:
    match = _CLAUSE_END.search(text, start, limit)
    return match.start() if match else limit


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


def _passive_agent(
    text: str, mentions: list[_Mention], trigger_end: int, clause_end: int
) -> tuple[bool, _Mention | None]:
    """(has a "by" phrase right after the trigger, the agent actor of that phrase)."""
    by = _BY_AGENT.match(text, trigger_end, clause_end)
    if not by:
        return False, None
    between = [m for m in mentions if trigger_end <= m.start < by.start() + len(by.group(0)) - 3]
    if between:  # "attacked Ukraine by air": an object before "by", not a passive
        return False, None
    after = [m for m in mentions if by.end() <= m.start < min(clause_end, by.end() + 60)]
    if after:
        gap = text[by.end() : after[0].start].split()
        # "by Russia", "by Defence Minister X", "by Russian forces": the agent itself
        if len(gap) <= 3 and all(w[:1].isupper() and w.isalpha() for w in gap):
            return True, _head_of(after[0], after, text)
    return True, None


_APPOSITIVE = re.compile(r"\s*(?:the|a|an|its|his|her)\b", re.I)


def _titles_only(gap: str) -> bool:
    words = gap.split()
    return len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def _speaker(
    text: str,
    mentions: list[_Mention],
    prefix: str,
    t_end: int,
    phrase: str,
    clause_start: int,
) -> tuple[_Mention | None, _Mention | None]:
    """(speaker, addressee) of a reporting verb ending at t_end.

    The speaker is the nearest actor in the comma-delimited segment before the verb
    ("Peskov said", "..., Kremlin spokesman Dmitry Peskov said"); when the verb directly
    follows a comma, the actor named right after it ("..., said Peskov") or the one closed by
    an appositive ("Peskov, the Kremlin spokesman, said"). A segment without an actor
    ("..., officials said") has no known speaker. The addressee is the actor right after
    "told"."""
    t_start = len(prefix)
    segment_start = max(prefix.rfind(","), prefix.rfind(";"), prefix.rfind("“")) + 1
    who = _nearest_subject(text, mentions, max(segment_start, clause_start), t_start)
    if who is None and segment_start > 0 and not prefix[segment_start:].strip():
        previous = prefix.rfind(",", 0, segment_start - 1)
        appositive = prefix[previous + 1 : segment_start - 1]
        closed = [m for m in mentions if m.end <= previous and not text[m.end : previous].strip()]
        if previous > 0 and closed and _APPOSITIVE.match(appositive):
            who = closed[-1]  # "Peskov, the Kremlin spokesman, said"
        else:
            # "..., said Kremlin spokesman Dmitry Peskov": the last actor of the phrase
            # closing the sentence after the verb
            stop = re.compile(r"[,.;:!?]|$").search(text, t_end).start()
            run = [m for m in mentions if t_end <= m.start and m.end <= stop]
            if run and _titles_only(text[t_end : run[0].start]) and stop - t_end <= 60:
                who = run[-1]
    to_whom = None
    if who is not None and phrase in _PRONOUN_REPORT_HEADS:
        after = [m for m in mentions if t_end <= m.start < t_end + 40]
        if after and _titles_only(text[t_end : after[0].start]):
            to_whom = _head_of(after[0], after, text)
    return who, to_whom


_COORDINATION = re.compile(r"\s*(?:,|,?\s+and|\s+&)\s+")


def _coordinated(text: str, mentions: list[_Mention], subject: _Mention) -> list[_Mention]:
    """Actors coordinated with the subject before it: "Obama and Putin will meet" (Obama),
    "Iran, Iraq and Syria agreed" (Iran, Iraq)."""
    found: list[_Mention] = []
    head = subject
    for m in reversed([m for m in mentions if m.end <= subject.start]):
        gap = text[m.end : head.start]
        if not _COORDINATION.fullmatch(gap) or m.actor_id == subject.actor_id:
            break
        found.insert(0, m)
        head = m
    return found


def _place_after(
    text: str,
    places: PlaceFinder | None,
    mentions: list[_Mention],
    lo: int,
    hi: int,
    source_id: str,
    root: str,
) -> str | None:
    """The actor of the first place after a locative preposition in text[lo:hi] ("in
    Zurich" -> Switzerland, "in Syria" -> Syria, for a meeting "at the Kremlin"), unless it
    is the source itself."""
    found = [
        (m.start, m.actor_id)
        for m in mentions
        if lo <= m.start
        and m.end <= hi
        and (root in _VISIT_ROOTS or m.actor_id.startswith("country_"))
    ]
    if places is not None:
        found += [(lo + start, actor_id) for start, _, actor_id in places.find(text[lo:hi])]
    for start, actor_id in sorted(found):
        if _LOCATIVE.search(text[max(lo, start - 40) : start]) and actor_id != source_id:
            return actor_id
    return None


def code_sentence(
    text: str,
    mentions: list[_Mention],
    dates: list[tuple[int, int, date, str]],
    verbs: VerbDictionary,
    places: PlaceFinder | None = None,
) -> list[tuple[int, str, str, str | None, str, tuple[date, str] | None]]:
    """Events of one sentence: (trigger_start, code, source, target, trigger_text, date).
    `places` finds place names whose country becomes the target of an act without one."""
    triggers = verbs.find(text)
    if not triggers or not mentions:
        return []
    events = []
    statement_done = substantive_done = False
    clause_start = 0
    speaker: _Mention | None = None
    after_intent = -1
    report_starts = [s for s, _, p in triggers if verbs.codes[p][1] == REPORT]
    for position, (t_start, t_end, phrase) in enumerate(triggers):
        if substantive_done and statement_done:
            break
        code, direction = verbs.codes[phrase]
        if direction == IGNORE:
            continue
        prefix = text[:t_start]
        trigger_text = text[t_start:t_end]
        if direction == REPORT:
            if statement_done or _NEGATION.search(prefix) or _CONDITIONAL.search(prefix[-80:]):
                clause_start = max(clause_start, t_end)
                continue
            who, to_whom = _speaker(text, mentions, prefix, t_end, phrase, clause_start)
            clause_start = max(clause_start, t_end)
            if who is not None:
                speaker = who
                statement_done = True
                events.append(
                    (
                        t_start,
                        code,
                        who.actor_id,
                        to_whom.actor_id if to_whom else None,
                        trigger_text,
                        _governing_date(text, dates, t_start),
                    )
                )
            continue
        if substantive_done:
            continue
        root = code[:2]
        head = phrase.split()[0]
        if text.rstrip().endswith("?"):
            continue  # a question asserts no act
        if head.endswith("ing") and (
            prefix.rstrip().endswith(",")
            or _GERUND_AFTER.search(prefix)
            or (
                (" " not in phrase or head not in _NOUN_GERUNDS)
                and direction != BETWEEN
                and not _PROGRESSIVE_AUX.search(prefix)
            )
        ):
            # ", killing ...": a participle clause of a subject not found above;
            # "aimed at pushing for ...": a purpose or topic, not an act; a bare "-ing"
            # word is a noun or a non-finite verb ("the bombing of", "and supporting").
            continue
        if " " not in phrase and _is_participle(phrase) and _DETERMINER_BEFORE.search(prefix):
            continue  # "the proposed plan": an adjective
        infinitive = _INFINITIVE_BEFORE.search(prefix[-40:])
        if (
            infinitive
            and infinitive.group(1).lower() not in _ASSERTIVE_BEFORE_TO
            and position != after_intent
        ):
            if infinitive.group(1).lower() not in _WISH_VERBS or root not in _INTENT_CODES:
                continue
            code, root = _INTENT_CODES[root], _INTENT_ROOT  # "wants to help Israel": 033
        if root == _INTENT_ROOT and position + 1 < len(triggers):
            n_start, _, n_phrase = triggers[position + 1]
            if (
                re.fullmatch(r"\s*(?:to\s+)?", text[t_end:n_start])
                and verbs.codes[n_phrase][0][:2] >= "10"
            ):
                if head in _COMMITMENT_HEADS:
                    after_intent = position + 1
                continue  # "pledged to expel": the act itself, not cooperation
        refusal = _REFUSAL.search(prefix)
        if refusal:
            if root not in _REFUSAL_CODES:
                continue
            code = _REFUSAL_CODES[root]
        elif _NEGATION.search(prefix) or _CONDITIONAL.search(prefix[-80:]):
            continue
        clause_start = max(clause_start, prefix.rfind(";") + 1)
        later_reports = [s for s in report_starts if s > t_start]
        limit = _clause_end(text, t_end, later_reports[0] if later_reports else len(text))
        date_limit = limit
        limit = min(limit, t_end + 150)
        has_by, agent = _passive_agent(text, mentions, t_end, limit)
        participle = _is_participle(phrase) and direction == SOURCE_TARGET
        passive = participle and bool(_PASSIVE_AUX.search(prefix))
        if participle and not passive and len(phrase.split()) == 1:
            rest = text[t_end:]
            passive = (root >= "17" or root == "08") and bool(_NO_OBJECT_AFTER.match(rest))
            passive = passive or (root == "11" and bool(re.match(r"\s+(?:of|for)\b", rest)))
        if passive or (participle and has_by):
            if agent is None:
                continue
            source = agent
            target = _nearest_subject(text, mentions, clause_start, t_start, passive_subject=True)
            if (
                target is None
                and clause_start > 0
                and speaker is not None
                and _SUBJECT_PRONOUN.search(text[clause_start:t_start])
            ):
                target = speaker  # "Iran said it was attacked by Israel"
        else:
            subject = _nearest_subject(text, mentions, clause_start, t_start)
            if subject is not None and _POSSESSIVE_PRONOUN_BEFORE.search(prefix[-60:]):
                # the clause's first actor: "X informed Y of his talks with Z" -> X
                while earlier := _nearest_subject(text, mentions, clause_start, subject.start):
                    subject = earlier
            if subject is not None and _PERSONAL_SUBJECT.search(text, subject.end, t_start):
                subject = None  # "At the UN session, I proposed ...": the pronoun is the subject
            if (
                subject is None
                and clause_start > 0
                and speaker is not None
                and (root in _SPEAKER_ROOTS or _SUBJECT_PRONOUN.search(text[clause_start:t_start]))
            ):
                subject = speaker  # "Peskov said he rejected ...", "... is unacceptable"
            if direction == HOLDER:
                holder = [m for m in mentions if m.end <= t_start and t_start - m.end <= 20]
                if not holder or not _POSSESSOR_GAP.fullmatch(text, holder[-1].end, t_start):
                    continue
                source = holder[-1]
                target = _object_after(text, mentions, t_end, limit, source)
            elif direction == BETWEEN:
                after = [m for m in mentions if t_end <= m.start and m.end <= limit]
                if not after:
                    continue
                source = _head_of(after[0], after, text)
                rest = [m for m in after if m.start >= source.end and m.actor_id != source.actor_id]
                target = _head_of(rest[0], rest, text) if rest else None
            elif direction == TARGET_SOURCE:
                after = [m for m in mentions if t_end <= m.start and m.end <= limit]
                if not after:
                    continue
                source, target = _head_of(after[0], after, text), subject
            elif direction == WARN:
                if subject is None:
                    continue
                source, target = subject, None
                for n_start, n_end, n_phrase in triggers[position + 1 :]:
                    n_code, n_direction = verbs.codes[n_phrase]
                    if n_start >= limit:
                        break
                    if n_direction not in (REPORT, IGNORE, WARN) and n_code[:2] >= "10":
                        code = _THREAT_CODES.get(n_code[:2], code)
                        n_limit = _clause_end(text, n_end, len(text))
                        target = _object_after(text, mentions, n_end, n_limit, source)
                        break
                if target is None:
                    target = _object_after(text, mentions, t_end, limit, source)
            elif direction == ASK:
                # "wants Putin to attack ...": an appeal to the actor right after the verb
                after = [m for m in mentions if t_end <= m.start and m.end <= limit]
                if subject is None or not after or not _titles_only(text[t_end : after[0].start]):
                    continue
                target = _head_of(after[0], after, text)
                if not re.match(r"\s+to\s", text[target.end : target.end + 5]):
                    continue
                source = subject
            else:
                if subject is None:
                    continue
                source = subject
                target = (
                    _object_after(text, mentions, t_end, limit, source)
                    if direction == SOURCE_TARGET
                    else None
                )
        target_id = target.actor_id if target is not None and target is not source else None
        if target_id is None and direction in (SOURCE_TARGET, SOURCE_ONLY):
            # "will meet in Zurich", "attacked a convoy in Aleppo": where it happened
            target_id = _place_after(text, places, mentions, t_end, limit, source.actor_id, root)
        if target_id is None and root in _NEEDS_TARGET_ROOTS:
            continue
        substantive_done = True
        when = _governing_date(text, dates, t_start, clause_start, date_limit)
        sources = [source]
        if not (passive or (participle and has_by)) and direction in (SOURCE_TARGET, SOURCE_ONLY):
            sources = _coordinated(text, mentions, source) + sources
        for actor in sources:
            if actor is not source and actor.actor_id == target_id:
                continue
            events.append((t_start, code, actor.actor_id, target_id, trigger_text, when))
            if code in _MUTUAL_CODES and target_id not in (None, actor.actor_id):
                events.append((t_start, code, target_id, actor.actor_id, trigger_text, when))
    return sorted(events, key=lambda e: e[0])


_MODIFIER_GAP = re.compile(r"\s*|['’]s\s+")


def _without_modified_sectors(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Unnamed groups ("rebels", "police") stand for themselves only when no actor modifies
    them: "Georgian demonstrators" and "Hamas militants" are Georgia's and Hamas's."""
    kept: list[_Mention] = []
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
EVENT_MENTION_COLUMNS += ("alias_kind",)
EVENT_DATE_COLUMNS = ("article_id", "sentence_index", "char_start", "char_end", "resolved_date")
EVENT_DATE_COLUMNS += ("precision",)


def code_events(
    sentences: pl.DataFrame,
    mentions: pl.DataFrame,
    date_mentions: pl.DataFrame,
    articles: pl.DataFrame,
    verbs: VerbDictionary,
    places: PlaceFinder | None = None,
) -> pl.DataFrame:
    """Events from sentences (article_id, sentence_index, char_start, sentence_text),
    actor mentions, date mentions and articles (article_id, published_date)."""
    published = dict(articles.select("article_id", "published_date").iter_rows())
    kind = (
        pl.col("alias_kind").fill_null("")
        if "alias_kind" in mentions.columns
        else pl.lit("").alias("alias_kind")
    )
    actor_spans: dict[tuple[str, int], list[tuple[int, int, str, str]]] = {}
    for article_id, idx, start, end, actor_id, alias_kind in mentions.select(
        "article_id", "sentence_index", "char_start", "char_end", "actor_id", kind
    ).iter_rows():
        actor_spans.setdefault((article_id, idx), []).append((start, end, actor_id, alias_kind))
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

    rows = []
    for article_id, idx, s_start, text in sentences.select(
        "article_id", "sentence_index", "char_start", "sentence_text"
    ).iter_rows():
        spans = actor_spans.get((article_id, idx))
        if not spans or not text:
            continue
        local = _without_modified_sectors(
            text,
            [
                _Mention(start - s_start, end - s_start, actor_id, alias_kind)
                for start, end, actor_id, alias_kind in sorted(spans)
            ],
        )
        dates = [
            (start - s_start, end - s_start, day, precision)
            for start, end, day, precision in sentence_dates.get((article_id, idx), [])
        ]
        seen: dict[int, int] = {}
        for t_start, code, source, target, trigger, when in code_sentence(
            text, local, dates, verbs, places
        ):
            if when is None and published.get(article_id) is not None:
                when = (published[article_id], "day")
            event_date, precision = when if when else (None, None)
            # several events of one trigger (coordinated subjects, both sides of talks)
            seen[t_start] = n = seen.get(t_start, 0) + 1
            rows.append(
                (
                    f"{article_id}:{idx}:{t_start}" + (f":{n}" if n > 1 else ""),
                    article_id,
                    idx,
                    event_date,
                    precision,
                    code,
                    source,
                    target,
                    trigger,
                    s_start + t_start,
                    text,
                )
            )
    return pl.DataFrame(rows, schema=EVENT_SCHEMA, orient="row")
