"""The trigger dictionary of the event coder: verb (or noun) lemmas with the words that
must follow them in their clause, each with a CAMEO code (the `event_verb_patterns` seed).

A row is `verb, before, pattern, event_code, direction, kind, origin`:
- `verb`: the lemma of the trigger's head word ("meet", "express", "talk");
- `pattern`: slots that must follow the head in its clause, in order ("with", "condolence");
  a slot lists alternatives with "|" ("arms|weapon"), and an alternative of several words
  joins them with "_" ("arms_shipment"); empty: the head alone;
- `before`: the same, for words that must come before the head in its clause;
- `direction` / `kind`: how source and target are found (see `pipelines.nlp.event_coder`);
- `origin`: `newsevents` (the project's own list) or `petrarch2` (facts imported from the
  PETRARCH2 verb dictionary, MIT).

For a trigger, the longest matching pattern wins (most slots), so "express condolence"
(018) beats "express" alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl

Slot = tuple[tuple[str, ...], ...]  # alternatives, each a run of words


@dataclass(frozen=True, slots=True)
class VerbPattern:
    verb: str
    before: tuple[Slot, ...]
    after: tuple[Slot, ...]
    code: str
    direction: str
    kind: str
    origin: str

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)

    def describe(self) -> str:
        """The pattern as written in the seed, for the warehouse's explanation column."""

        def text(slots: tuple[Slot, ...]) -> str:
            return " ".join("|".join("_".join(a) for a in slot) for slot in slots)

        parts = [text(self.before), self.verb.upper(), text(self.after)]
        return " ".join(p for p in parts if p) + f" [{self.origin}]"


@cache
def _slots(text: str | None) -> tuple[Slot, ...]:
    return tuple(
        tuple(tuple(alt.split("_")) for alt in slot.split("|") if alt)
        for slot in (text or "").lower().split()
    )


@dataclass(frozen=True)
class VerbPatterns:
    """Patterns by the lemma of their head, longest first."""

    by_verb: dict[str, tuple[VerbPattern, ...]]

    @classmethod
    def from_frame(cls, frame: pl.DataFrame) -> VerbPatterns:
        if "kind" not in frame.columns:
            frame = frame.with_columns(kind=pl.lit(None, dtype=pl.String))
        for column in ("before", "origin"):
            if column not in frame.columns:
                frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias(column))
        by_verb: dict[str, list[VerbPattern]] = {}
        seen: set[tuple[str, tuple[Slot, ...], tuple[Slot, ...]]] = set()
        # rows read "verb that" go first: the reporting or warning sense of a verb wins over
        # the bare verb once the complementizer is dropped
        clause_first = frame.with_columns(
            _clause=pl.col("pattern").fill_null("").str.contains(r"(?:^|\s)that\s*$")
        ).sort("_clause", descending=True, maintain_order=True)
        for verb, before, pattern, code, direction, kind, origin in clause_first.select(
            "verb", "before", "pattern", "event_code", "direction", "kind", "origin"
        ).iter_rows():
            verb = (verb or "").strip().lower()
            if not verb or not code:
                continue
            after = _slots(pattern)
            # "warned that", "said that": the complementizer heads the reported clause in
            # the parse, outside the verb's own words
            while after and after[-1] == (("that",),):
                after = after[:-1]
            entry = VerbPattern(
                verb,
                _slots(before),
                after,
                code,
                direction or "source_target",
                kind or "",
                origin or "",
            )
            key = (verb, entry.before, entry.after)
            if key in seen:  # the first row wins (the project's own rows come first)
                continue
            seen.add(key)
            by_verb.setdefault(verb, []).append(entry)
        return cls(
            {
                verb: tuple(sorted(entries, key=lambda p: -p.size))
                for verb, entries in by_verb.items()
            }
        )

    @classmethod
    def from_seed(cls, path: Path) -> VerbPatterns:
        return cls.from_frame(pl.read_csv(path, infer_schema=False))

    def __post_init__(self) -> None:
        # per verb: patterns by a word their first slot needs (a region holds a handful of
        # words; a frequent verb has hundreds of patterns), and the bare ones
        index: dict[str, tuple[dict[str, list[VerbPattern]], list[VerbPattern]]] = {}
        for verb, entries in self.by_verb.items():
            by_word: dict[str, list[VerbPattern]] = {}
            bare: list[VerbPattern] = []
            for entry in entries:
                slots = entry.after or entry.before
                if not slots:
                    bare.append(entry)
                    continue
                for word in {alternative[0] for alternative in slots[0]}:
                    by_word.setdefault(word, []).append(entry)
            index[verb] = (by_word, bare)
        object.__setattr__(self, "_index", index)
        order = {p: k for entries in self.by_verb.values() for k, p in enumerate(entries)}
        object.__setattr__(self, "_order", order)

    def __contains__(self, lemma: str) -> bool:
        return lemma in self.by_verb

    def of(self, lemma: str) -> tuple[VerbPattern, ...]:
        return self.by_verb.get(lemma, ())

    def candidates(self, lemma: str, words: set[str]) -> list[VerbPattern]:
        """The patterns of `lemma` that can match where `words` occur (every slot has an
        alternative starting with one of them), longest first."""
        by_word, bare = self._index.get(lemma, ({}, []))  # type: ignore[attr-defined]
        found: set[VerbPattern] = set()
        for word in words:
            for entry in by_word.get(word, ()):
                if all(
                    any(alternative[0] in words for alternative in slot)
                    for slot in (*entry.before, *entry.after)
                ):
                    found.add(entry)
        # the seed's order breaks ties between patterns of one length (never set order:
        # string hashes differ between processes)
        order = self._order  # type: ignore[attr-defined]
        return sorted([*found, *bare], key=lambda p: (-p.size, order[p]))


def surface_forms(
    lemmas: set[str], exceptions: dict[str, list[str]] | None = None
) -> frozenset[str]:
    """Every word form that may have one of `lemmas` as its lemma: the regular inflections
    (a generous superset) and the irregular ones of `exceptions` (form -> lemmas, as spaCy's
    lemmatizer tables give them). Used to pick the sentences worth parsing without parsing."""
    forms = set(lemmas)
    for lemma in lemmas:
        forms.update((lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"))
        if lemma.endswith("e"):
            forms.add(lemma[:-1] + "ing")
        if lemma.endswith("y"):
            forms.update((lemma[:-1] + "ies", lemma[:-1] + "ied"))
        if len(lemma) > 2:
            forms.update((lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"))
    for form, targets in (exceptions or {}).items():
        if any(t in lemmas for t in targets):
            forms.add(form)
    return frozenset(forms)
