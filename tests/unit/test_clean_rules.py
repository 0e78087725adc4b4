"""The cleaner's rules for hostile input: no words, control characters, published dates
out of range and overlong titles (see the docstrings of `pipelines.text.articles` and
`pipelines.text.dateparse`)."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import polars as pl
import pytest

from pipelines.quality.gx_runner import validate_frame
from pipelines.raw_store import ARTICLE_BATCH_SCHEMA
from pipelines.settings import EXPECTATIONS_DIR
from pipelines.text.articles import MIN_BODY_WORDS, clean_source, clean_sources
from pipelines.text.dateparse import StatedDate, stated_published_date
from pipelines.text.read import SOURCE_SCHEMA

LOAD = date(2026, 12, 1)
EMPTY_BODY_HASH = hashlib.sha256(b"").hexdigest()

P1 = "Negotiators from both delegations met for six hours in Geneva on Monday and agreed to meet again within a month."
P2 = "The mediator said both sides had accepted a timetable for the exchange of prisoners and the reopening of two crossings."
P3 = "Diplomats cautioned that the ceasefire along the northern line remained fragile after three violations were reported."
ARTICLE = "\n\n".join([P1, P2, P3])
BRIEF = "Police in the northern port city arrested four men suspected of smuggling fuel across the border on Friday."


def sources(*rows: dict[str, Any]) -> pl.DataFrame:
    """Source rows as ingest writes them (unset columns NULL; a txt file by default)."""
    full = [
        {
            **dict.fromkeys(SOURCE_SCHEMA),
            "source_file": f"in/{i}",
            "format": "txt",
            "is_html": False,
            **row,
            "source_key": f"k{i}",
        }
        for i, row in enumerate(rows)
    ]
    return pl.DataFrame(full, schema=SOURCE_SCHEMA)


def record(text: str, **fields: Any) -> dict[str, Any]:
    return {"format": "jsonl", "source_record": 1, "raw_text": text, **fields}


def html(body: str, head: str = "") -> dict[str, Any]:
    return {
        "format": "html",
        "is_html": True,
        "raw_text": f"<html><head>{head}</head><body>{body}</body></html>",
    }


def by_key(frame: pl.DataFrame) -> dict[str, dict[str, Any]]:
    return {row["source_key"]: row for row in frame.iter_rows(named=True)}


# --- 1. a body without words is not an article ----------------------------------------------


def test_pages_of_punctuation_are_quarantined_as_no_words():
    punctuation = "".join(f"<p>{'!!! ... ??? --- *** ' * 8}{'#' * i}</p>" for i in range(6))
    russian = "Переговоры в Москве возобновятся в понедельник, сообщил министр."
    japanese = "東京で会議が開かれた。"
    arabic = "عقد الاجتماع في القاهرة يوم الاثنين وفق ما أعلنت الوزارة."
    cleaned, rejected = clean_sources(
        sources(
            html("<p>!!! ... ??? --- ***</p>"),
            html(punctuation),  # long enough to pass the word count: it did, as an article
            {"raw_text": "\n".join(["!!! ... ??? --- *** ¿¡ — … «»"] * 10)},
            record("!!! ??? ... --- ***"),
            record(russian),  # words in any script count
            record(japanese),
            record(arabic),
            html("<p>!!! ??? Москва ...</p>"),  # one word: too short for a page, not wordless
        ),
        load_date=LOAD,
    )
    reasons = {row["source_key"]: row for row in rejected.iter_rows(named=True)}
    assert {key: row["reason_kind"] for key, row in reasons.items()} == {
        "k0": "no_words",
        "k1": "no_words",
        "k2": "no_words",
        "k3": "no_words",
        "k7": "no_article_body",
    }
    for key in ("k0", "k1", "k2", "k3"):
        assert reasons[key]["stage"] == "clean"
        assert reasons[key]["reason"].startswith(
            "no words left after cleaning: the page holds only punctuation/markup"
        )
    assert reasons["k3"]["source_record"] == 1
    assert cleaned["body"].to_list() == [russian, japanese, arabic]
    assert EMPTY_BODY_HASH not in cleaned["body_hash"].to_list()


def test_a_page_of_furniture_only_is_still_no_article_body():
    text = "Home | World | Politics | Business\nAccept all cookies\n© 2026 Example Wire. All rights reserved."
    _, rejected = clean_sources(sources({"raw_text": text}), load_date=LOAD)
    assert rejected["reason_kind"].to_list() == ["no_article_body"]


def test_prose_about_cookies_or_with_a_misdecoded_accent_is_no_furniture():
    story = "\n\n".join(
        [
            "Dover council weighs a new budget for its schools and roads this spring.",
            "The council met on Tuesday to discuss the plan, which would raise spending on"
            " schools by four percent and repair the harbour road before the winter storms.",
            "Ann Vale, who chairs the finance committee, said the plan was sound and that the"
            " town could pay for it without raising the local tax this year or next.",
            # (a cookie sale in prose, not a banner about the site's cookies)
            "Later in the meeting, Vale praised the parents who had raised money by selling"
            " Girl Scout cookies at the market, and said she would bake cookies herself.",
            # ("Ã©" is a mis-decoded "é" a scraper left, no copyright sign)
            "It is a clichÃ© that budgets are dull, she said, but this one will decide"
            " whether the harbour road is repaired before the next winter storm hits.",
        ]
    )
    cleaned, _ = clean_sources(sources(record(story, record_title="Budget")), load_date=LOAD)
    body = cleaned["body"][0]
    assert "Girl Scout cookies" in body
    assert "budgets are dull" in body
    # (a banner is still furniture)
    banner = f"{story}\n\nWe use cookies to improve your experience. Accept all cookies"
    cleaned, _ = clean_sources(sources(record(banner, record_title="Budget")), load_date=LOAD)
    assert "Accept all" not in cleaned["body"][0]


def test_a_says_line_over_a_quotation_is_prose_and_over_a_date_a_comment():
    opening = "\n\n".join(
        [
            "The harbour council met on Tuesday to discuss the plan, which would raise spending"
            " on schools by four percent and repair the harbour road before the winter.",
            "Ann Vale, who chairs the finance committee, said the plan was sound and that the"
            " town could pay for it without raising the local tax this year or next.",
        ]
    )
    quoted = "\n\n".join(
        [
            "Reporter Tom Hale says:",
            "“Well, according to the clerk the road will close for a month while the crews"
            " replace the old drains, and the council will pay for the buses.”",
        ]
    )
    comment = "joetoronto says:\n\nNovember 19, 2019 at 6:44 am\n\nWorst plan ever, total waste."
    text = f"{opening}\n\n{quoted}\n\n{comment}"
    cleaned, _ = clean_sources(sources(record(text, record_title="Budget")), load_date=LOAD)
    body = cleaned["body"][0]
    assert "according to the clerk" in body
    assert "Worst plan ever" not in body


def test_a_one_sentence_record_is_an_article_but_a_one_sentence_page_is_not():
    cleaned, rejected = clean_sources(
        sources(
            record(BRIEF, record_title="Fuel smugglers arrested"),
            record("Storm closes two mountain passes overnight."),
            record("Explosion rocks Kabul airport"),  # an alert without a stop
            {"raw_text": f"Fuel smugglers arrested\n{BRIEF}"},
            # a record's text that is no prose (a JSON value turned into text) stays out
            record("True"),
            record("12345"),
            record(str(list(range(100, 140)))),
            record(str({f"k{i}": i for i in range(40)})),
        ),
        load_date=LOAD,
    )
    rows = by_key(cleaned)
    assert (rows["k0"]["body"], rows["k0"]["title"], rows["k0"]["n_words"]) == (
        BRIEF,
        "Fuel smugglers arrested",
        18,
    )
    assert rows["k1"]["body"] == "Storm closes two mountain passes overnight."
    assert rows["k2"]["body"] == "Explosion rocks Kabul airport"
    assert rejected.select("source_key", "reason_kind").rows() == [
        (f"k{i}", "no_article_body") for i in range(3, 8)
    ]
    assert rows["k0"]["n_words"] < MIN_BODY_WORDS


def test_a_one_line_record_read_as_a_headline_keeps_its_line_as_the_body():
    # with no title field, the line the cleaner reads as a headline (a name, a colon, a
    # quotation) is still the record's whole text: it must not leave an empty body
    line = 'Mayor Ilse Varga said: "Thank you. The bridge reopens to traffic on the first of May."'
    cleaned, rejected = clean_sources(sources(record(line)), load_date=LOAD)
    assert rejected.height == 0
    assert cleaned["body"].to_list() == [line]


# --- 2. no control characters in any cleaned text column ------------------------------------


def test_control_characters_are_removed_from_every_text_column():
    cleaned, _ = clean_sources(
        sources(
            record(
                # NUL and BEL inside words, form feed and CRLF between lines, ESC at the end
                f"Nego\x00tiators\x07{P1.removeprefix('Negotiators')}\x0c{P2}\r\n{P3}\x1b",
                record_title="Talks\x00 resume\x01 in\r\nGeneva\x0c today",
                record_author="Ann\x00 Lee\x1f",
                record_publisher="Wire\x00",
                record_url="https://example.org/\x00talks",
            ),
            html(
                f"<article><p>{P1}\x00</p><p>{P2}\x01</p><p>{P3}</p></article>",
                head='<meta property="og:title" content="Geneva\x00 talks">',
            ),
        ),
        load_date=LOAD,
    )
    rows = by_key(cleaned)
    assert rows["k0"]["title"] == "Talks resume in Geneva today"
    assert (rows["k0"]["author"], rows["k0"]["publisher"], rows["k0"]["url"]) == (
        "Ann Lee",
        "Wire",
        "https://example.org/talks",
    )
    assert rows["k0"]["body"] == ARTICLE
    assert rows["k1"]["title"] == "Geneva talks"
    assert rows["k1"]["body"] == ARTICLE
    for column, dtype in cleaned.schema.items():
        if dtype == pl.String:
            assert not cleaned[column].str.contains(r"[\x00-\x08\x0b-\x1f\x7f]").any(), column


# --- 3. one rule for published dates --------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("2026-03-05", date(2026, 3, 5)),
        ("Posted Oct. 14, 2026", date(2026, 10, 14)),
        ("1800-01-01", date(1800, 1, 1)),
        ("2026-12-03T23:00:00-05:00", date(2026, 12, 3)),  # load date + 2 days
        ("2026-12-04", None),
        ("2099-01-01", None),
        ("9999-12-31", None),
        ("0000-00-00", None),
        ("-2024-01-01", None),
        ("+2024-01-01", None),
        ("1799-12-31", None),
        ("31 February 2026", None),
        ("soon", None),
    ],
)
def test_the_published_date_rule(stated, expected):
    assert stated_published_date(stated, LOAD, whole_field=True) == StatedDate(stated, expected)


def test_refused_dates_load_with_null_and_keep_what_was_stated():
    stated = ["2099-01-01", "9999-12-31", "0000-00-00", "-2024-01-01", "soon", "2026-11-30"]
    cleaned, rejected = clean_sources(
        sources(
            *(record(ARTICLE, record_published=value) for value in stated),
            {"raw_text": f"Geneva talks resume\nPublished: 1 January 2099\n{ARTICLE}"},
            html(
                f"<article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>",
                head='<meta property="article:published_time" content="2099-01-01T08:00:00Z">',
            ),
            # a refused record field falls back on what the page states
            record(
                f"Geneva talks resume\nPublished: 3 March 2026\n{ARTICLE}",
                record_published="2099-01-01",
            ),
        ),
        load_date=LOAD,
    )
    assert rejected.is_empty()  # never quarantined for its date
    got = cleaned.select(
        "published_date", "published_date_source", "published_date_rejected"
    ).rows()
    assert got == [
        (None, None, "2099-01-01"),
        (None, None, "9999-12-31"),
        (None, None, "0000-00-00"),
        (None, None, "-2024-01-01"),
        (None, None, "soon"),
        (date(2026, 11, 30), "record", None),
        (None, None, "1 January 2099"),
        (None, None, "2099-01-01T08:00:00Z"),
        (date(2026, 3, 3), "metadata", None),
    ]
    # the body keeps no refused date line
    assert by_key(cleaned)["k6"]["body"] == ARTICLE


def test_the_articles_suite_quarantines_no_article_for_its_date():
    rows = [
        {
            "article_id": f"art_000000000000000{i}",
            "source_key": f"k{i}",
            "title": "Geneva talks",
            "body": ARTICLE,
            "published_date": published,
            "published_date_source": "record",
            "language": "en",
            "n_words": len(ARTICLE.split()),
        }
        for i, published in enumerate([date(2099, 1, 1), date(1850, 6, 1)])
    ]
    result = validate_frame(
        pl.DataFrame(rows, schema=ARTICLE_BATCH_SCHEMA), EXPECTATIONS_DIR / "articles.json"
    )
    assert result.quarantine.is_empty()
    assert result.success


# --- 4. long titles are cut, never dropped --------------------------------------------------

LONG_TITLE = ("Negotiators agree prisoner exchange timetable in Geneva " * 200)[:10_000]


def test_a_long_title_is_cut_at_a_word_boundary_and_flagged():
    cleaned, _ = clean_sources(
        sources(
            record(ARTICLE, record_title=LONG_TITLE),
            record(ARTICLE.replace("six", "seven"), record_title="X" * 10_000),
            {"raw_text": f"{LONG_TITLE}\n{P1}\n{P2}\n{P3}"},  # the headline line of a scraped page
            html(
                f"<article><p>{P1}</p><p>{P2}</p><p>{P3.replace('three', 'four')}</p></article>",
                head=f'<meta property="og:title" content="{LONG_TITLE}">',
            ),
            record(ARTICLE.replace("six", "eight"), record_title="Geneva talks resume"),
        ),
        load_date=LOAD,
    )
    rows = cleaned.select("title", "title_truncated").rows()
    for title, truncated in rows[:4]:
        assert truncated is True
        assert len(title) <= 500 and title.endswith("…")
    for title, _ in (rows[0], rows[2], rows[3]):
        kept = title.removesuffix("…")
        assert LONG_TITLE.startswith(kept) and LONG_TITLE[len(kept)] == " "  # a word boundary
        assert len(kept) > 450
    assert rows[1] == ("X" * 499 + "…", True)  # one enormous token: cut at 499 characters
    assert rows[4] == ("Geneva talks resume", False)
    assert by_key(cleaned)["k2"]["body"] == ARTICLE


def test_the_single_source_path_applies_the_same_rules():
    row = {
        **dict.fromkeys(SOURCE_SCHEMA),
        **record(ARTICLE, record_title=LONG_TITLE + "\x00", record_published="2099-01-01"),
        "source_key": "k",
        "is_html": False,
    }
    single = clean_source(row, load_date=LOAD)
    batch = by_key(clean_sources(sources(row), load_date=LOAD)[0])["k0"]
    for column in (
        "title",
        "title_truncated",
        "published_date",
        "published_date_rejected",
        "body",
        "n_words",
        "body_hash",
    ):
        assert single[column] == batch[column], column
    assert single["title_truncated"] and single["published_date_rejected"] == "2099-01-01"
