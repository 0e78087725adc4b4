"""Title and date signals read from the page's furniture around the headline: an exact copy
of the browser's title over the article, photo captions and their credits, abbreviations
closing a headline, a long site name beside the headline, and dates a page writes inside
a list or glued to its deck. Pages written here."""

from datetime import date

from pipelines.text.articles import clean_html_pages
from pipelines.text.clean import clean_text_article
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
