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
        for verb, before, pattern, code, direction, kind, origin in frame.select(
            "verb", "before", "pattern", "event_code", "direction", "kind", "origin"
        ).iter_rows():
            verb = (verb or "").strip().lower()
            if not verb or not code:
                continue
            entry = VerbPattern(
                verb,
                _slots(before),
                _slots(pattern),
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

    def __contains__(self, lemma: str) -> bool:
        return lemma in self.by_verb

    def of(self, lemma: str) -> tuple[VerbPattern, ...]:
        return self.by_verb.get(lemma, ())


def surface_forms(lemmas: set[str], exceptions: dict[str, list[str]] | None = None) -> frozenset[str]:
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
