"""Title and date signals read from the page's furniture around the headline: an exact copy
of the browser's title over the article, photo captions and their credits, abbreviations
closing a headline, a long site name beside the headline, and dates a page writes inside
a list or glued to its deck. Pages written here."""

from datetime import date

from pipelines.text.articles import clean_html_pages
from pipelines.text.clean import clean_text_article, date_line_value
from pipelines.text.html import html_metadata, parse_html_tree
from tests.unit.test_clean_title_date_more import HEADLINE, LOAD, MENU, P1, P2, P3


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_the_browser_title_shown_again_over_the_article_beats_a_rewording_in_the_standfirst():
    text = _text(
        HEADLINE,
        *MENU,
        HEADLINE,
        "harbour",
        "The sea wall was finished after two years of delays, the port authority said.",
        "Share this article",
        "03/06/2026 | 18:20",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_caption_over_a_credit_line_is_not_the_headline():
    headline = "The wall that took two winters: how the harbour won"
    text = _text(
        "Sea wall: what two years of delays cost the harbour | The Quay Courier",
        *MENU,
        headline,
        "What the harbour gained, and what the long fight cost the town and its fishers",
        "The harbour has its sea wall after two years of delays and cost overruns",
        "(Image credit: Ines Varga/Quay Courier)",
        "By Tom Ekberg",
        "published 3 June 2026",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).title == headline


def test_a_caption_closed_by_a_photographer_and_an_outlet_is_not_the_headline():
    headline = "Sea wall finished after two years of delays in Mass."
    text = _text(
        "Harbour wall done after long delay - Quay Courier",
        *MENU,
        headline,
        P1,
        "The harbour master speaks at Monday's ceremony on the quay. Ines Varga / The Quay Courier",
        "By Tom Ekberg",
        "June 3, 2026 | 1:49 PM",
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).title == headline


def test_a_headline_part_shown_alone_wins_over_a_long_site_name():
    headline = "Sea wall finished at last"
    site = "The Evening Sun of the Northern Harbour Towns"
    text = _text(
        f"{headline} - {site}",
        *MENU,
        headline,
        "The harbour hopes to win back the fish market it lost to the floods",
        "Photo: Ines Varga | The Evening Sun.",
        f"Tom Ekberg | {site}",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).title == headline


def _html(header: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    menu = "".join(f"<li><a href='/{m}'>{m}</a></li>" for m in MENU)
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><nav><ul>{menu}</ul></nav>"
        f"<article>{header}{body}</article></body></html>"
    )


def test_the_date_in_a_list_right_under_the_headline_is_the_published_date():
    page = _html(
        f"<h1>{HEADLINE}</h1><ul class='nav meta'><li><a href='/time/2026-06-03'>3 Jun 2026 18:29</a>"
        "</li><li>1479</li><li><a href='/exclusives'>Exclusives</a></li></ul>"
    )
    ((article, _),) = clean_html_pages([page], [None], LOAD)
    assert article.published_date == date(2026, 6, 3)


def test_a_date_glued_to_the_end_of_the_deck_is_the_published_date():
    page = _html(
        f"<h1>{HEADLINE}</h1><h2>The harbour gets its wall at last, two years after the great"
        " flood and a long fight over its cost. What did the delays cost the fishers and the town?"
        "<span class='date'>Wednesday, 3 June 2026</span></h2><div>By Tom Ekberg</div>"
    )
    ((article, _),) = clean_html_pages([page], [None], LOAD)
    assert article.published_date == date(2026, 6, 3)


def test_the_title_s_headline_among_look_alike_teasers_is_the_headline():
    headline = "Share market update: fish market shares gain; Quay Holdings rises 1%"
    teasers = [
        "Share market update: fish market shares dip; Pier Group down 1%",
        "Share market update: fish market shares mixed; Dock Bank rises 1%",
        "Share market update: fish market shares rise; Pier Group climbs 3%",
        "Share market update: fish market shares jump; Tide Co up 1%",
    ]
    text = _text(
        f"Quay Holdings share price: {headline} - The Quay Courier",
        *MENU,
        *teasers,
        "Stock Analysis, Funds, Bonds & More",
        headline,
        "The harbour's fish market index was trading 0.68 per cent up at 2426.3.",
        "Quay Courier |",
        "Updated: Jan 23, 2026, 10.45 AM",
        P1,
        P2,
        P3,
        *teasers,
        "Share market update: fish market shares rally; Pier Group climbs 5%",
        headline,
    )
    assert clean_text_article(text, load_date=LOAD).title == headline


def test_a_share_bar_is_furniture_and_news_about_shares_is_not():
    from pipelines.text.clean import classify_documents

    lines = [
        "Share",
        "Share this article",
        "Share on Facebook",
        "Share: Twitter | Email",
        "Share market update: fish market shares gain",
        "Share prices at the harbour rose by a tenth in the first week of June.",
    ]
    doc = classify_documents(["\n".join(lines)])[0]
    assert [doc.is_furniture[i] for i in range(len(lines))] == [True] * 4 + [False] * 2


def test_a_european_date_with_a_two_digit_year_alone_on_its_line_is_read_day_first():
    assert date_line_value("02.12.25", LOAD).value == date(2025, 12, 2)
    assert date_line_value("2.12.25 14:05", LOAD).value == date(2025, 12, 2)
    assert date_line_value("Release notes for version 2.12.25", LOAD) is None


def test_more_languages_month_names_are_read():
    assert date_line_value("Gazeta Portului, 20 septembrie 2025 16:20", LOAD).value == date(
        2025, 9, 20
    )
    assert date_line_value("12 marca 2026", LOAD).value == date(2026, 3, 12)
    assert date_line_value("3. května 2026", LOAD).value == date(2026, 5, 3)
    assert date_line_value("14 Mayıs 2026", LOAD).value == date(2026, 5, 14)


def test_a_day_with_a_stop_before_an_english_month():
    assert date_line_value("By Ines on 31. May, 2026 | 4 Comments", LOAD).value == date(2026, 5, 31)


def test_a_members_joining_date_under_a_forum_thread_is_not_its_published_date():
    text = _text(
        f"{HEADLINE} | Harbour Forum",
        *MENU,
        HEADLINE,
        "Thread starter Ines Varga",
        "Start date 2 minutes ago",
        "Ines Varga",
        "Joined",
        "May 11, 2021",
        "Messages",
        "3,066",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).published_date is None


def test_a_british_page_writes_its_slashed_date_day_first():
    text = _text(
        f"{HEADLINE} - The Quay Courier",
        *MENU,
        HEADLINE,
        "02/06/2026 02:00pm",
        P1,
        "The council's defence of the programme won over the neighbours whilst the works went on.",
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 6, 2)


def test_a_date_right_above_the_body_when_the_headline_shown_has_its_deck_glued():
    text = _text(
        HEADLINE,
        *MENU,
        "Search",
        "Store",
        "Podcast",
        "Travel",
        "Reviews",
        f"{HEADLINE} The harbour gets its wall at last",
        "June 4, 2026 • words by Ines Varga • photos by Tom Ekberg",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 6, 4)


def test_the_site_bar_under_the_document_title_yields_to_the_date_over_the_article():
    text = _text(
        HEADLINE,
        "Tue, 9 Jun 2026",
        *MENU,
        HEADLINE,
        "Quay Courier",
        "8 Jun 2026, 22:11 GMT+10",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 6, 8)


def test_a_byline_glued_to_a_disclosure_gives_its_date():
    text = _text(
        f"{HEADLINE} - The Quay Courier",
        *MENU,
        HEADLINE,
        "By Ines on 3. June, 2026 | 18 Comments . This post may contain affiliate links, and"
        " as an associate the courier earns from qualifying purchases made through them.",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 6, 3)


def test_a_short_article_under_its_headline_beats_a_longer_footer_blurb():
    # The site's blurb in the footer outweighs the article, far below its headline.
    blurb = [
        "The Quay Courier has reported on the harbour towns since 1890, with a newsroom of"
        " forty reporters and editors who cover the ports, the fishing fleets, the councils"
        " and the courts of the coast.",
        "Its reporters have won the coast's press prize eleven times, and its archive holds"
        " every edition since the first, open to all readers at the library on the quay.",
    ]
    sections = [
        f"{m} {k}" for k in ("news", "guides", "events", "maps", "people", "jobs") for m in MENU
    ]
    text = _text(
        HEADLINE,
        *MENU,
        "03.06.26",
        HEADLINE,
        P1,
        P2,
        "Read more",
        "Related content",
        *sections,
        *blurb,
        "Contact",
        "Privacy policy",
    )
    article = clean_text_article(text, load_date=LOAD)
    assert article.title == HEADLINE
    assert article.published_date == date(2026, 6, 3)
    assert article.body.startswith(P1)


def test_a_published_date_in_a_scripts_data_is_the_last_resort():
    page = _html(f"<h1>{HEADLINE}</h1>").replace(
        "</head>",
        '<script type="application/json">{"review": {"publishedDate": "2026-06-03T20:37:27Z",'
        ' "updatedDate": "2026-06-05T10:00:00Z"}}</script></head>',
    )
    assert html_metadata(parse_html_tree(page)).published == "2026-06-03T20:37:27Z"


def test_of_two_h1_the_one_the_social_title_names_is_the_headline():
    page = (
        "<html><head><title>HARBOUR NOTES The Quay Blog: Sea wall finished at last</title>"
        "<meta property='og:title' content='Sea wall finished at last'></head><body>"
        "<h1>HARBOUR NOTES The Quay Blog</h1><p>Notes from the harbour.</p>"
        "<h1>Sea wall finished at last</h1>"
        f"<p>{P1}</p><p>{P2}</p></body></html>"
    )
    assert html_metadata(parse_html_tree(page)).title == "Sea wall finished at last"


def test_an_age_line_under_a_headline_tells_it_though_it_states_no_date():
    headline = "Harbour live: ferries stopped as gales close the sea wall road"
    text = _text(
        "Harbour live: all ferries cancelled | The Quay Courier",
        *MENU,
        "LIVE",
        headline,
        "Updated 6 minutes ago",
        P1,
        P2,
        P3,
    )
    article = clean_text_article(text, load_date=LOAD)
    assert article.title == headline
    assert article.published_date is None  # an age is no date to publish


def test_a_headline_of_forty_words_without_a_final_stop_is_still_a_headline():
    headline = (
        "Harbour board members say they are close to an agreement that would keep the "
        "ferries running through the winter, but a group of fishers on the quay is "
        "threatening to block any plan that raises the mooring fees for small boats again"
    )
    text = _text(
        "Harbour deal near as fishers object - The Quay Courier",
        *MENU,
        headline,
        "By Ann Lee",
        "Published June 3, 2026 at 6:15 p.m.",
        P1,
        P2,
        P3,
    )
    assert clean_text_article(text, load_date=LOAD).title == headline


def test_dates_in_other_scripts_and_numeric_forms_are_read():
    def value(line: str) -> date | None:
        stated = date_line_value(line, LOAD)
        return stated.value if stated is not None else None

    assert value("9 лютого 2024, 17:20") == date(2024, 2, 9)
    assert value("Κυριακή, 23 Ιουλίου 2023") == date(2023, 7, 23)
    assert value("发布时间：2024年03月12日") == date(2024, 3, 12)
    assert value("13. 11. 2023 9:41") == date(2023, 11, 13)
    assert value("2023. október 23., hétfő") == date(2023, 10, 23)
    # a version number with spaces is no date
    assert value("version 1. 2. 3") is None
