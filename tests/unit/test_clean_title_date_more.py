"""More title and date signals of scraped pages (headline parts of the document title,
captions, dates past a newsletter prompt, other languages' dates, time zones), on pages
written here."""

from datetime import date

from pipelines.text.articles import clean_html_pages
from pipelines.text.clean import clean_text_article, date_line_value
from pipelines.text.dateparse import parse_date
from pipelines.text.html import html_metadata, parse_html_tree

LOAD = date(2026, 6, 30)
P1 = "Engineers at the harbour finished the new sea wall on Monday after two years of delays and storms."
P2 = "The port authority said the wall would protect three hundred homes and the fish market from winter surges."
P3 = "Residents who had campaigned for the wall since the great flood gathered on the quay to watch the last block set."
MENU = ["Home", "Local", "Business", "Sport", "Opinion", "Most read today", "Weather outlook"]
HEADLINE = "Sea wall finished after two years of delays"


def _page(*header: str, first: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([first, *MENU, *header, P1, P2, P3, *tail])


def test_a_section_before_the_headline_in_the_page_title_is_cut_too():
    text = _page(
        f"Local | {HEADLINE}",
        "Continue reading",
        HEADLINE,
        "By Ines Varga",
        first=f"Local | {HEADLINE} - The Quay Courier",
    )
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_short_headline_before_the_copyright_holders_name_is_the_headline():
    text = _page(
        "About tides",
        "March 3, 2026",
        "Posted by Ines",
        first="About tides - Quay Courier Media Group",
        tail=("© 2026 Quay Courier Media Group. All rights reserved.",),
    )
    assert clean_text_article(text, load_date=LOAD).title == "About tides"


def test_a_headline_before_a_list_of_sections_in_the_page_title():
    text = _page(
        "Harbour Calendar 2026",
        "Monday, March 3, 2026",
        first="Harbour Calendar 2026 | Courier | Boats | Tides | Weather",
    )
    assert clean_text_article(text, load_date=LOAD).title == "Harbour Calendar 2026"


def test_an_ellipsis_matches_three_stops():
    text = _page(
        "Only the wall knows…", "By Ines Varga", first="Only the wall knows... — Quay Courier"
    )
    assert clean_text_article(text, load_date=LOAD).title == "Only the wall knows…"


def test_a_photo_caption_with_its_credit_is_not_the_headline():
    text = _page(
        HEADLINE,
        "The last block of the sea wall is lowered into place on Monday. (Port Authority/Ann Lee)",
        "By Ines Varga",
        "March 3, 2026",
        first="Quay Courier",
    )
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_headline_ending_with_an_agencys_name_is_no_credit():
    headline = "Port wins a grant for its sea wall from the EPA"
    text = _page(headline, "By Ines Varga", "March 3, 2026", first="Quay Courier")
    assert clean_text_article(text, load_date=LOAD).title == headline


def test_the_headline_shown_with_its_date_after_a_list_of_stories_is_found():
    stories = [
        f"Story number {n} about the town council and its long budget meeting on the quay."
        for n in range(12)
    ]
    text = "\n".join(
        [
            f"{HEADLINE} - Quay Courier",
            *MENU,
            *stories,
            HEADLINE,
            "March 3, 2026",
            "By Ines Varga",
            P1,
        ]
    )
    article = clean_text_article(text, load_date=LOAD)
    assert article.title == HEADLINE
    assert article.published_date == date(2026, 3, 3)


def test_a_date_at_the_byline_after_a_newsletter_prompt_is_the_headers():
    text = _page(
        HEADLINE,
        "The port authority says three hundred homes are now protected from winter surges.",
        "Join our harbour letter for tide tables, ferry notices and council news every Friday.",
        "Mar. 3, 2026, 7:15 AM UTC",
        "By Ines Varga",
        first=f"{HEADLINE} | Quay Courier",
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 3, 3)


def test_a_long_published_and_updated_line_gives_the_published_date():
    share = [f"Click to share on Network {n} (Opens in new window)" for n in range(12)]
    text = _page(
        HEADLINE,
        *share,
        "By Ines Varga | Courier staff",
        "PUBLISHED: March 3, 2026 at 7:45 pm | UPDATED: March 4, 2026 at 9:05 am",
        first=f"{HEADLINE} | Quay Courier",
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 3, 3)


def test_the_date_under_the_first_copy_of_the_headline_beats_a_sources_date():
    # The page shows the headline twice: over the article with its date, and in a share box.
    quote = (
        "“The wall will hold for a century,” the port authority said in a statement on the project."
    )
    text = "\n".join(
        [
            f"{HEADLINE} | Quay Courier",
            *MENU,
            HEADLINE,
            "March 3, 2026",
            "Share",
            HEADLINE,
            "share",
            "The port authority",
            quote,
            "Source: Port Authority, January 25, 2026",
            P1,
            P2,
            P3,
        ]
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 3, 3)


def test_an_age_under_the_headline_leaves_a_date_above_it_unread():
    # The date above the headline is a teaser's byline; the article shows its age only.
    text = _page(
        "Ines Varga",
        "02/27/26 8:05AM",
        "Harbour",
        HEADLINE,
        "Ines Varga",
        "Tuesday 4:15PM",
        first=f"{HEADLINE} | Quay Courier",
    )
    assert clean_text_article(text, load_date=LOAD).published_date is None


def test_dates_in_other_languages_and_shapes():
    assert date_line_value("Текст: Анна Ли · 12 марта 2021", LOAD).value == date(2021, 3, 12)
    assert date_line_value("Notizie 14 Ago 2021", LOAD).value == date(2021, 8, 14)
    assert date_line_value("Posted 2 days ago", LOAD) is None
    # Dots: day first, unless the second number cannot be a month (a US site's).
    assert parse_date("03.17.2021 10:00 AM") == date(2021, 3, 17)
    assert parse_date("03.04.2021") == date(2021, 4, 3)
    # Slashes are month first, unless the page is not in English.
    assert date_line_value("07/03/2021", LOAD).value == date(2021, 7, 3)
    assert date_line_value("07/03/2021", LOAD, day_first=True).value == date(2021, 3, 7)


def test_a_page_in_another_language_writes_its_slashed_date_day_first():
    body = [
        "A prefeitura inaugurou nesta semana a nova ponte sobre o rio, depois de dois anos de obras e muitas chuvas.",
        "Segundo a secretaria de obras, a ponte vai ligar os bairros do norte ao centro e ao mercado de peixe.",
        "Moradores que pediam a ponte desde a enchente acompanharam a cerimônia na praça com música e comida.",
    ]
    headline = "Nova ponte liga os bairros do norte ao centro"
    text = "\n".join([headline, *MENU, headline, "07/03/2021 - Publicado por: Ana Lima", *body])
    assert clean_text_article(text, load_date=LOAD).published_date == date(2021, 3, 7)


def _html(header: str, head: str) -> str:
    return f"""<html><head><title>{HEADLINE} | Quay Courier</title>{head}</head><body>
    <article><header><h1>{HEADLINE}</h1>{header}</header>
    <p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"""


def _html_date(header: str, head: str) -> date | None:
    return clean_html_pages([_html(header, head)], [None], LOAD)[0][0].published_date


def test_html_an_update_shown_at_the_byline_yields_to_an_earlier_published_date():
    head = '<meta property="article:published_time" content="2026-03-03T15:30:00-05:00">'
    header = "<p>By Ines Varga Updated Mar 9, 2026, 10:28am EST</p>"
    assert _html_date(header, head) == date(2026, 3, 3)


def test_html_a_utc_timestamp_is_read_in_the_time_zone_the_header_writes():
    # Published at 10:10 pm Eastern (03:10 UTC the next day); only the update is shown.
    head = '<meta property="article:published_time" content="2026-03-04T03:10:00Z">'
    header = "<p>By Ines Varga</p><p>Updated 9:24 am EST, Wednesday, March 4, 2026</p>"
    assert _html_date(header, head) == date(2026, 3, 3)


def test_html_a_utc_timestamp_stays_in_utc_without_a_time_zone_shown():
    head = '<meta property="article:published_time" content="2026-03-04T03:10:00Z">'
    assert _html_date("<p>By Ines Varga</p>", head) == date(2026, 3, 4)


def test_html_an_h1_sharing_only_short_words_with_the_titles_is_not_the_headline():
    html = """<html><head><title>Reviews For The Harbour Ferry Are Not Great - Courier</title>
    <meta property="og:title" content="Reviews For The Harbour Ferry Are Not Great"></head>
    <body><h1>Why Not Ask For The Keeper?</h1><p>Text.</p></body></html>"""
    assert (
        html_metadata(parse_html_tree(html)).title == "Reviews For The Harbour Ferry Are Not Great"
    )


def test_html_a_numeric_date_shown_day_first_is_read_as_the_metadata_orders_it():
    # "04/03/2026" read month first is 3 April; the metadata says 4 March.
    head = '<meta property="article:published_time" content="2026-03-04T09:00:00+00:00">'
    assert _html_date("<p>By Ines Varga | 04/03/2026</p>", head) == date(2026, 3, 4)


def test_html_a_numeric_date_agreeing_with_the_metadata_stays_month_first():
    head = '<meta property="article:published_time" content="2026-04-03T09:00:00+00:00">'
    assert _html_date("<p>By Ines Varga | 04/03/2026</p>", head) == date(2026, 4, 3)


def test_text_an_ambiguous_slashed_date_follows_the_order_of_the_pages_other_dates():
    text = _page(
        HEADLINE,
        "04/03/2026 by Ines Varga",
        first=f"{HEADLINE} - The Quay Courier",
        tail=("Comments", "Ann Lee 21/03/2026", "Good news for the quay at last."),
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 3, 4)


def test_text_an_ambiguous_slashed_date_stays_month_first_on_a_page_writing_so():
    text = _page(
        HEADLINE,
        "04/03/2026 by Ines Varga",
        first=f"{HEADLINE} - The Quay Courier",
        tail=("Comments", "Ann Lee 3/21/2026", "Good news for the quay at last."),
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 4, 3)


def test_text_a_bare_date_over_the_authors_name_is_the_headline_s_header():
    # No document title: the question headline is told by the date and name under it.
    question = "Can the harbour keep its sea wall through another winter of storms?"
    text = "\n".join(
        [
            *MENU,
            question,
            "The new wall has held so far, but engineers warn the next surge will test it.",
            "March 4, 2026",
            "Ines Varga",
            "Harbour correspondent of the Courier",
            P1,
            P2,
            P3,
        ]
    )
    cleaned = clean_text_article(text, load_date=LOAD)
    assert (cleaned.title, cleaned.published_date) == (question, date(2026, 3, 4))
