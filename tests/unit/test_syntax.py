"""The parse the event coder reads: spaCy's tokens reduced to plain tuples, and the cache
that keeps them between loads."""

from __future__ import annotations

from pathlib import Path

from pipelines.nlp import syntax
from pipelines.nlp.syntax import ParseCache, parse_sentences


def test_tokens_carry_lemma_part_of_speech_and_dependencies():
    (tokens,) = parse_sentences(["The ministers met and held talks with Austria."])
    by_text = {t.text: t for t in tokens}
    assert (by_text["met"].lemma, by_text["met"].pos, by_text["met"].dep) == (
        "meet",
        "VERB",
        "ROOT",
    )
    assert by_text["ministers"].lemma == "minister"
    assert by_text["ministers"].head == by_text["met"].i
    assert by_text["talks"].lemma == "talk"
    assert all(
        "The ministers met and held talks with Austria."[t.start : t.end] == t.text for t in tokens
    )


def test_the_cache_returns_what_was_parsed_and_refuses_another_text(tmp_path: Path):
    cache = ParseCache(tmp_path / "parses.sqlite", max_rows=2)
    (parse,) = syntax._parse(["Iran attacked Austria."])
    cache.put({"Iran attacked Austria.": parse})
    assert cache.get(["Iran attacked Austria.", "Austria attacked Iran."]) == {
        "Iran attacked Austria.": parse
    }
    # a stored parse whose words are not the text's (a hash collision) is not returned
    cache.put({"Austria attacked Iran.": parse})
    assert cache.get(["Austria attacked Iran."]) == {}
    # bounded: the oldest entries go
    (other,) = syntax._parse(["Russia met Iran."])
    cache.put({"Russia met Iran.": other})
    assert cache.get(["Iran attacked Austria."]) == {}
    assert cache.get(["Russia met Iran."]) == {"Russia met Iran.": other}


def test_an_unusable_cache_is_skipped(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = ParseCache(blocker / "parses.sqlite")
    cache.put({"Iran attacked Austria.": ()})
    assert cache.get(["Iran attacked Austria."]) == {}


def test_the_cache_counts_its_rows_now_and_then_and_stays_near_its_bound(tmp_path: Path):
    import sqlite3

    cache = ParseCache(tmp_path / "parses.sqlite", max_rows=200)
    for n in range(300):  # one sentence at a time, as the quote stage writes
        cache.put({f"Sentence number {n}.": ()})
    with sqlite3.connect(cache.path) as conn:
        (count,) = conn.execute("SELECT count(*) FROM parses").fetchone()
    # counted every 2 rows (a hundredth of the bound): never more than that above it
    assert 200 - 2 <= count <= 200 + 2
