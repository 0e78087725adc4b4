"""The news-page quotes gold: references into the benchmark's bodies, and scoring (on a page
written for this test; the real pages are read only when the shared data is present)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.evaluation.kremlin_gold import load_gold
from pipelines.evaluation.news_quotes import (
    BBC_QUOTES_GOLD,
    BBC_STORIES,
    BENCHMARK_PAGES,
    NEWS_QUOTES_GOLD,
    TIMEBANK_DOCS,
    TIMEBANK_QUOTES_GOLD,
    bbc_bodies,
    evaluate_bbc_quotes,
    evaluate_news_quotes,
    evaluate_timebank_quotes,
    page_bodies,
    timebank_texts,
)

RESOLUTIONS = {"name", "role", "pronoun", "context"}


def test_a_written_page_is_scored_by_its_offsets(tmp_path: Path) -> None:
    body = (
        "The council met on Monday.\n\n"
        "“We will rebuild the bridge by spring,” said Ann Vale, the council's chair.\n\n"
        "“Nobody will pay more for it,” she added."
    )
    pages = tmp_path / "pages.jsonl"
    pages.write_text(json.dumps({"id": "p1", "page_text": body, "gold_body": body}) + "\n")
    first, second = (body.index("We will"), body.index("Nobody"))
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"page_id": "p1", "quote_start": first, "quote_end": first + 10,
         "speaker": "Ann Vale", "resolved_by": "name"},
        {"page_id": "p1", "quote_start": second, "quote_end": second + 10,
         "speaker": "Tom Reyes", "resolved_by": "pronoun"},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    score = evaluate_news_quotes(None, gold, pages)
    # the second is Ann Vale's too: the gold's other name is counted wrong
    assert (score.gold, score.found, score.right) == (2, 2, 1)
    assert score.right_by_resolution == {"name": 1}


def _unmarked(gold: list[dict], bodies: dict[str, str], key: str, marks: str) -> int:
    """How many gold quotes no quotation mark opens within a few characters before, each
    quote's offsets and `resolved_by` checked on the way."""
    unmarked = 0
    for item in gold:
        body = bodies[item[key]]
        assert 0 <= item["quote_start"] < item["quote_end"] <= len(body)
        assert item["resolved_by"] in RESOLUTIONS
        before = body[max(0, item["quote_start"] - 3) : item["quote_start"]]
        unmarked += not any(mark in before for mark in marks)
    return unmarked


@pytest.mark.skipif(not BENCHMARK_PAGES.exists(), reason="the shared reference data is absent")
def test_the_gold_points_at_quotation_marks_of_english_pages() -> None:
    gold = load_gold(NEWS_QUOTES_GOLD)
    assert len(gold) == 410
    # the words sit inside quotation marks: one opens within a few characters before
    assert _unmarked(gold, page_bodies(), "page_id", "\"“«‘'") == 0


@pytest.mark.skipif(not BENCHMARK_PAGES.exists(), reason="the shared reference data is absent")
def test_speakers_on_news_pages_hold_their_figures() -> None:
    # first scores (before any change made for the set): dev 152/223, test 135/187
    dev, test = evaluate_news_quotes("dev"), evaluate_news_quotes("test")
    assert (dev.gold, test.gold) == (223, 187)
    # (209 since "Earlier this year, …" opens no body's name; 211 since a quoted heading is
    # the speaker's who says its words below it)
    assert dev.right >= 211
    # (150 since a description the parse has speaking is resolved as at the quotation;
    # 151 since "Network", "Productions", "Exchange" and "Office" end a body's name)
    assert test.right >= 151


@pytest.mark.skipif(not TIMEBANK_DOCS.exists(), reason="the shared reference data is absent")
def test_the_wire_gold_points_at_quotation_marks_and_its_figures_hold() -> None:
    texts = {doc: text for doc, (text, _) in timebank_texts().items()}
    gold = load_gold(TIMEBANK_QUOTES_GOLD)
    assert len(gold) == 532
    # one quotation runs on where the story left its closing mark out
    assert _unmarked(gold, texts, "doc_id", "\"“`'") <= 1
    # first scores (before any change made for the set, dated by their documents): dev
    # 99/147, test 70/108 of the first 60 stories; 98/131 and 117/146 of the 46 added later
    dev, test = evaluate_timebank_quotes("dev"), evaluate_timebank_quotes("test")
    assert (dev.gold, test.gold) == (278, 254)
    # (268 since people at large closing a sentence say its words, a short phrase too)
    assert dev.right >= 268
    # (211 on 2026-12-06, two by scoring conventions and one by a rule; 210 since the
    # clause a description opens reports its quoted words, which gained one BBC test quote;
    # 214 since the parse reads the speaker of a quotation inside a clause; 213 since a
    # subject's title alone is no name and a person in apposition speaks; 214 since a
    # named doer "by" brings in after a passive of calling speaks; 215 since people at
    # large the parse has speaking do not go on with the speaker before; 216 since they
    # say the words of a sentence they close, a short phrase too; 217 since someone
    # indefinite who speaks out says them wherever the sentence puts them)
    assert test.right >= 217


def test_a_bbc_story_is_its_text_after_the_title_line(tmp_path: Path) -> None:
    folder = tmp_path / "politics"
    folder.mkdir()
    (folder / "007.txt").write_bytes("Council tax row\n\nThe £ rose.\n".encode("latin-1"))
    assert bbc_bodies(tmp_path) == {"politics/007": "The £ rose.\n"}


@pytest.mark.skipif(not BBC_STORIES.exists(), reason="the BBC stories are absent")
def test_the_bbc_gold_points_at_quotation_marks_and_its_figures_hold() -> None:
    gold = load_gold(BBC_QUOTES_GOLD)
    assert len(gold) == 5677
    assert _unmarked(gold, bbc_bodies(), "doc_id", "\"“'‘") == 0
    # first scores: the first batch dev 187/252, test 162/218 (code of 2026-12-05's start);
    # the second, drawn after the first was tuned on, dev 143/186, test 149/199; the third,
    # drawn after the second was, dev 169/213, test 149/194; the fourth (with technology
    # stories) dev 192/220, test 101/125; the fifth dev 166/210, test 95/105; the sixth
    # dev 132/159, test 162/209; the seventh dev 133/173, test 125/155; the eighth
    # dev 124/152, test 182/206; the ninth dev 105/135, test 130/168; the tenth dev
    # 132/154, test 148/170; the eleventh dev 160/189, test 107/137; the twelfth (business
    # and technology only) dev 85/97, test 104/117 (83/97 and 104/117 with the code of the
    # session's start); the thirteenth (business and technology, drawn blind at a
    # session's start and scored at its end) dev 132/154, test 114/133 (132/154 and
    # 113/133 with the code of that session's start); the fourteenth (the same way) dev
    # 127/145, test 91/109 (123/145 and 92/109 with the code of that session's start);
    # the fifteenth (the same, drawn before the session's first change) dev 87/96, test
    # 122/144 with both that session's starting and final code; the sixteenth (the same)
    # dev 105/113, test 98/104 (104/113 and 98/104 with that session's starting code);
    # the seventeenth (business and technology, drawn 50 minutes into a session, scored
    # before its dev half was read) dev 103/128, test 97/109 with both that session's
    # starting code and its code when drawn; the eighteenth (the same, drawn at a session's
    # start, copies of stories in the gold set aside) dev 53/61, test 34/41 with both that
    # session's starting code and its code when merged; the nineteenth (the same, stories
    # with two quotation marks or more) dev 80/92, test 94/105 with both
    dev, test = evaluate_bbc_quotes("dev"), evaluate_bbc_quotes("test")
    assert (dev.gold, test.gold) == (2929, 2748)
    # (dev 2,039 and test 1,780 before the parse read the speaker of a quotation inside a
    # clause the rules left without one: dev 2,064, test 1,804; and 2,067 and 1,815 since
    # a person the parse finds outranks a body the rules name at the quote; 2,070 and
    # 1,824 since the parse's actor takes a description the rules resolved to no one; with
    # the fourteenth batch 2,197 and 1,915; with the fifteenth, after reports, members,
    # shadow ministers, seats, spokespeople and "Labour", 2,310 and 2,052; with the
    # sixteenth, after "he/she said" read from the parse of the sentences before, 2,437
    # and 2,160; 2,447 and 2,168 after committees in lowercase, answers to narrated
    # questions and the rest of extraction version 41; 2,457 and 2,180 with extraction
    # version 42: given names of many countries, a government by the country named most,
    # "Ms Abbott" alone, a few quoted words in a sentence about a named body; then 2,458
    # and 2,184 with short English given names, "Ian Holt"; 2,462 and 2,184 with
    # extraction version 43: a lede's role named in the next paragraph by a name in no
    # dictionary after an owner known, "…, its chief has said.", a paragraph going on
    # with the speaker the one before ended on; 2,464 after "Peter Dobrow, a T-Mobile
    # spokesperson said" and an unnamed spokesman named at his next words; 2,466 after
    # "X was asked …" no longer made X the asker; with the seventeenth batch 2,569 and
    # 2,281; 2,570 since a known surname opening another name is someone else, "Assad
    # Omar"; 2,571 since "The idea, says BT, is …" is BT's; 2,572 since "According to
    # NIESR, it is “unlikely” …" is a quote of the body spelled out before; 2,573 and 2,284
    # with extraction version 44: a definite description the parse has speaking, "The MPs
    # found the system was “…”", resolved as at the quotation; 2,574 and 2,285 since a
    # participle of saying is said by the subject of the verb of saying above it; 2,575
    # and 2,287 since people at large the parse has speaking, "UKIP officials also argue
    # he has not been “…”", do not go on with the speaker before; with the eighteenth
    # batch 2,628 and 2,321; 2,631 since "accountancy firm Grant Thornton" is no person;
    # with extraction version 45, 2,640 and 2,326: "Lib Dem Sir Archy Kirkwood, who" is
    # discovered, and people at large closing a sentence, "…, lenders have said.", say its
    # words, a short phrase among them; test 2,328 since "he/she said" is the main subject
    # named at the head of the sentence before, though it says nothing there; 2,329 since
    # "the study said" is no person and speaks for the body that spoke before, wherever
    # its sentence put it; dev 2,644 since "he" goes back over the sentences "He" opens to
    # an unnamed spokesman; 2,647 since someone indefinite who speaks out says the words
    # wherever the sentence puts them; with the nineteenth batch 2,727 and 2,423; dev
    # 2,728 since "they" after people at large as the sentence before's subject is nobody;
    # 2,729 since "Foster's said" is Foster's, not Foster; with extraction version 46,
    # 2,730 and 2,426 since "he said" after someone unnamed the parse has speaking, "A
    # Labour Party spokesman criticised …, saying", is nobody; dev 2,731 since "Dr Doug
    # Williams of BT" is the person; 2,732 since "Office" ends a body's name; 2,733 since
    # "UK Coal said" is a body, not the country)
    assert dev.right >= 2733
    assert test.right >= 2426
