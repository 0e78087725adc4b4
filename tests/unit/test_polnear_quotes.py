"""Reading an attribution corpus in brat standoff form as quotations with named sources (on
an article and annotations written for this test; the corpus itself only when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.evaluation.polnear_quotes import (
    POLNEAR_DATA,
    direct_quotes,
    evaluate_polnear_quotes,
    parse_attributions,
    source_kind,
    source_name,
)

_BODY = (
    "Harbour rally.\n\n"
    "Harbour Party campaign manager Tom Reyes said the rally was “the biggest we have ever"
    " held.”\n\n"
    "He added that the party was “ready”.\n\n"
    "Ann Vale, the party's treasurer, said it was “paid for by members alone, every penny.”"
)


def _ann(body: str) -> str:
    """Standoff lines for the three attributions of `_BODY`: source, cue, content, event."""
    rows = []
    for n, (source, cue, content) in enumerate(
        [
            ("Harbour Party campaign manager Tom Reyes", "said", "the rally was “the biggest"),
            ("He", "added", "that the party was “ready”"),
            ("Ann Vale, the party's treasurer,", "said", "it was “paid for by members"),
        ]
    ):
        ids = [f"T{3 * n + k}" for k in (1, 2, 3)]
        for tid, kind, text in zip(
            ids, ("Source", "Cue", "Content"), (source, cue, content), strict=True
        ):
            start = body.index(text)
            end = (
                start + len(text)
                if kind != "Content"
                else body.index("\n", start)
                if ("\n" in body[start:])
                else len(body)
            )
            rows.append(f"{tid}\t{kind} {start} {end}\t{body[start:end]}")
        rows.append(f"E{n + 1}\tAttribution:{ids[1]} Content:{ids[2]} Cue:{ids[1]} Source:{ids[0]}")
    return "\n".join(rows) + "\n"


def test_quotations_of_three_words_or_more_are_read_with_their_source() -> None:
    quotes = list(direct_quotes(_BODY, parse_attributions(_ann(_BODY))))
    # ("ready" is one word: a scare quote, not someone's words)
    assert [(q["speaker"], q["resolved_by"]) for q in quotes] == [
        ("Tom Reyes", "name"),
        ("Ann Vale", "name"),
    ]
    first = quotes[0]
    assert _BODY[first["quote_start"] : first["quote_end"]] == "“the biggest we have ever held.”"


@pytest.mark.parametrize(
    ("source", "kind", "name"),
    [
        ("he", "pronoun", "he"),
        ("a party spokesman", "role", "a party spokesman"),
        ("Vermont Sen. Tom Reyes", "name", "Tom Reyes"),
        ("Journalist Ann Vale", "name", "Ann Vale"),
        ("Ann Vale, the party's treasurer,", "name", "Ann Vale"),
        ("Tom Reyes’s", "name", "Tom Reyes"),
    ],
)
def test_a_source_s_kind_and_the_name_it_holds(source: str, kind: str, name: str) -> None:
    assert source_kind(source) == kind
    assert (source_name(source) if kind == "name" else source) == name


def test_a_corpus_folder_is_scored_on_its_named_sources(tmp_path: Path) -> None:
    root = tmp_path / "data"
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir()
    (root / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\ndev\trally\t2016-05-01\n"
    )
    (root / "dev" / "text" / "rally.txt").write_text(_BODY)
    (root / "dev" / "attributions" / "rally_a1.ann").write_text(_ann(_BODY))
    score = evaluate_polnear_quotes("dev", root)
    assert (score.gold, score.found, score.right) == (2, 2, 2)


@pytest.mark.skipif(
    not (POLNEAR_DATA / "metadata.tsv").exists(), reason="the PolNeAR corpus is not present"
)
def test_the_corpus_dev_months_hold_hundreds_of_named_quotations() -> None:
    score = evaluate_polnear_quotes("dev")
    assert score.gold > 250
    assert score.found / score.gold > 0.9
