"""A site's name over its menu is no headline, even when the body names the paper; a
headline broken over two lines is read whole; dates in other scripts' digits and months,
photo captions' dates, teasers' dates above the headline and a footer's "originally
published" sentence. Pages written here."""

from datetime import date

from pipelines.text.clean import clean_text_article
from tests.unit.test_clean_title_date_more import HEADLINE, LOAD, MENU, P1, P2, P3


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_the_site_name_in_the_masthead_is_not_the_headline_when_the_body_names_the_paper():
    text = _text(
        "Harbour wall is finally done | The Quay Courier",
        "Skip to main content",
        "The Quay Courier",
        "Sign in",
        "Subscribe from one pound",
        *MENU,
        HEADLINE,
        "By Ann Lee",
        "3 hours ago",
        P1,
        "The harbour master told the Quay Courier that the wall had passed its last inspection.",
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_short_site_name_shown_twice_at_the_top_is_not_the_headline():
    text = _text(
        "El Faro del Puerto",
        "El Faro del Puerto",
        *MENU,
        HEADLINE,
        "The port authority says the works ran two years late but came in under budget",
        "Redacción",
        "June 5, 2026 08:45",
        P1,
        P2,
        P3,
    )
    article = clean_text_article(text, load_date=LOAD)
    assert article.title == HEADLINE
    assert article.published_date == date(2026, 6, 5)


def test_a_headline_broken_after_a_colon_is_read_with_its_second_line():
    text = _text(
        "Quay residents recall two winters of building | The Quay Courier",
        *MENU,
        "Features",
        "Two winters on the quay:",
        "how the harbour got its wall",
        "By Ann Lee",
        "June 3, 2026",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).title == (
        "Two winters on the quay: how the harbour got its wall"
    )


def test_a_headline_line_that_ends_in_a_colon_keeps_a_capitalized_deck_apart():
    text = _text(
        "Quay residents recall two winters of building | The Quay Courier",
        *MENU,
        "Two winters on the quay:",
        "The port authority says the works ran two years late",
        "By Ann Lee",
        "June 3, 2026",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).title == "Two winters on the quay:"


def test_dates_written_in_arabic_indic_and_devanagari_digits_and_their_months():
    for line, expected in (
        ("الأحد ١٧ مايو ٢٠٢٦ م", date(2026, 5, 17)),
        ("प्रकाशित: २५ जून २०२६, ०६:१० अपराह्न", date(2026, 6, 25)),
        ("Објављено: 3. јун 2026. у 14:05", date(2026, 6, 3)),
        ("2026년 6월 12일 오후 3시", date(2026, 6, 12)),
    ):
        text = _text(HEADLINE, *MENU, HEADLINE, "Ann Lee", line, P1, P2, P3)
        assert clean_text_article(text, load_date=LOAD).published_date == expected, line


def test_a_caption_dated_with_its_photographer_yields_to_the_header_date():
    text = _text(
        HEADLINE,
        *MENU,
        HEADLINE,
        "岸壁で最後のブロックを見守る住民たち＝2026年6月1日、佐藤撮影",
        "2026年6月3日 19時30分",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 6, 3)


def _under_dated_teasers(*tail: str) -> str:
    """An article under a list of related stories, each with its date, and `tail` after it."""
    return _text(
        "Sea wall finished | The Quay Courier",
        *MENU,
        "Related stories",
        "Ferry timetable changes for the summer",
        "May 25, 2026",
        "Fish market reopens after repairs",
        "May 18, 2026",
        "Local",
        HEADLINE,
        "The works ran two years late but the port authority says the town is safer",
        "Ann Lee",
        P1,
        P2,
        P3,
        *tail,
    )


def test_teasers_dated_above_the_headline_do_not_date_the_article_a_footer_sentence_does():
    undated = _under_dated_teasers()
    assert clean_text_article(undated, load_date=LOAD).published_date is None
    dated = _under_dated_teasers(
        "This story was originally published on June 2, 2026.", "Share this story"
    )
    assert clean_text_article(dated, load_date=LOAD).published_date == date(2026, 6, 2)


def test_labelled_dates_in_other_languages_and_glued_to_other_fields():
    for line, expected in (
        (
            "发布时间：2026-06-18 10:15:00　来源：化学学院　作者：李文　浏览次数：1326",
            date(2026, 6, 18),
        ),
        ("Иван Соколов 14 июн 2026 в 10:15", date(2026, 6, 14)),
        ("Gepubliceerd op 3 juni 2026", date(2026, 6, 3)),
    ):
        text = _text(HEADLINE, *MENU, HEADLINE, line, P1, P2, P3)
        assert clean_text_article(text, load_date=LOAD).published_date == expected, line


def test_a_footers_created_label_dates_a_page_whose_header_tells_only_the_age():
    text = _text(
        "Sea wall finished | Quay Notes",
        *MENU,
        HEADLINE,
        "Ann Lee · vor 2 Tagen · 6 Min. Lesezeit",
        P1,
        P2,
        P3,
        "Erstellt am 02.06.2026, zuletzt geändert am 03.06.2026",
        "Schlagworte: Hafen",
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 6, 2)


def test_a_two_word_headline_over_its_deck_is_the_headline():
    text = _text(
        "Quay Notes — Harbours, Boats, People",
        *MENU,
        "Issue 12 · Summer 2026",
        "Harbours",
        "Seawall Stories",
        "Why the town that fought its sea wall for twenty years now cannot imagine the quay without it",
        "Words by Ann Lee",
        "Posted online June 2, 2026",
        "The seawall stories of the harbour began with a storm that flooded the fish market.",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).title == "Seawall Stories"


def test_a_site_tagline_by_its_name_over_the_menu_is_not_the_headline():
    # the page's title is "site — tagline", the article's own headline only in its header
    text = _text(
        "Quay Notes — Neighbourhood news for Fenwick",
        "",
        "Quay Notes",
        "Neighbourhood news for Fenwick",
        "Home",
        "News",
        "Events",
        "Schools",
        "About",
        "",
        "Categories: Harbour, Works",
        HEADLINE,
        "Posted by Ann Lee",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_headline_only_the_browser_title_shows_is_the_headline():
    # the scrape missed the headline over the article (an image); a teaser with its own
    # date stands where it would be, the body takes up the browser title's words
    text = _courier_page(
        "Most read",
        "Council votes to close two libraries in the north of the county next spring",
        "2 hours ago",
    )
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE
    # shown over the article as well: the page's own line
    shown = text.replace("By Ann Lee", f"{HEADLINE}\nBy Ann Lee")
    assert clean_text_article(shown, load_date=LOAD).title == HEADLINE


def test_the_browser_titles_headline_is_no_caption_for_a_shorter_line_above_it():
    # a teaser above the header shows the headline cut short; the header's full line is
    # the headline the browser's title names, not a caption glued onto that cut line
    text = _courier_page("Sea wall finished after two", "Read the full story", HEADLINE)
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def _courier_page(*over_header: str) -> str:
    """A page whose browser title is the headline, with `over_header` above its byline."""
    return _text(
        f"{HEADLINE} | The Fenwick Courier",
        "The Fenwick Courier",
        *MENU,
        *over_header,
        "By Ann Lee",
        "Published 3 March 2024",
        P1,
        P2,
        P3,
    )
