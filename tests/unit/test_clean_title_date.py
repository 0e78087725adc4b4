"""Title and published-date signals of the scraped-text cleaner, on small pages written here."""

from datetime import date

from pipelines.evaluation.cleaning import normalize_title, page_half
from pipelines.text.articles import clean_html_pages
from pipelines.text.clean import clean_text_article, date_line_value
from pipelines.text.html import html_metadata, page_lines, parse_html_tree

LOAD = date(2026, 6, 30)
P1 = "Negotiators from both delegations met for six hours in Geneva on Monday and agreed to meet again within a month."
P2 = "The mediator said both sides had accepted a timetable for the exchange of prisoners and the reopening of two crossings."
P3 = "Diplomats cautioned that the ceasefire along the northern line remained fragile after three violations were reported."
HEADLINE = "Geneva talks end with a prisoner timetable"
MENU = ["Home", "World", "Business", "Sport", "Opinion", "Most read today", "Weather outlook"]


def _page(*header: str, title_line: str | None = None) -> str:
    return "\n".join([title_line or f"{HEADLINE} | Harbor Daily", *MENU, *header, P1, P2, P3])


def test_the_page_title_without_the_site_name_names_the_headline():
    # A teaser line sits nearer the body; the page's own title (site name cut) wins.
    text = _page(HEADLINE, "Readers also liked the ferry timetable story", "By Mara Quist")
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_the_site_name_part_of_the_page_title_is_not_a_headline():
    text = _page("Harbor Daily", HEADLINE, "By Mara Quist")
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_headline_reworded_for_the_page_title_is_found_by_shared_words():
    text = _page(
        "Geneva talks close with a timetable for prisoners",
        "By Mara Quist",
        title_line="Delegations agree prisoner timetable in Geneva talks - Harbor Daily",
    )
    assert (
        clean_text_article(text, load_date=LOAD).title
        == "Geneva talks close with a timetable for prisoners"
    )


def test_a_line_followed_by_a_date_line_is_the_headline_not_a_standfirst():
    text = _page(
        "Ceasefire talks in Geneva move forward",
        "Both delegations accepted the timetable for the exchange of prisoners.",
        "March 3, 2026",
        title_line="Harbor Daily",
    )
    article = clean_text_article(text, load_date=LOAD)
    assert article.title == "Ceasefire talks in Geneva move forward"
    assert article.published_date == date(2026, 3, 3)


def test_a_masthead_first_line_is_not_the_title():
    text = _page(HEADLINE, "By Mara Quist", title_line="HARBOR DAILY NEWS")
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_header_date_lines_in_several_shapes():
    assert date_line_value("By Mara Quist - 3/4/26 06:56 AM EST", LOAD).value == date(2026, 3, 4)
    assert date_line_value("Von Mara Quist publiziert am 25. März 2026", LOAD).value == date(
        2026, 3, 25
    )
    assert date_line_value("sexta-feira, 22 de maio de 2026", LOAD).value == date(2026, 5, 22)
    assert date_line_value("Posted on Maret 30, 2026 by Admin", LOAD).value == date(2026, 3, 30)
    assert date_line_value("Updated 2 hours ago", LOAD) is None


def test_the_header_date_under_the_headline_wins_over_an_update_line():
    text = _page(
        HEADLINE,
        "Updated 4:10 am EST, Wednesday, March 4, 2026",
        "Published 11:26 pm EST, Tuesday, March 3, 2026",
        "By Mara Quist",
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 3, 3)


def test_a_date_in_a_caption_far_above_the_headline_is_not_the_published_date():
    text = _page(
        "Archive photo of the 2019 talks, taken on June 5, 2019 in Geneva by a staff photographer",
        *[f"Menu item {i}" for i in range(5)],
        HEADLINE,
        "By Mara Quist",
        "March 3, 2026",
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 3, 3)


def test_html_headline_is_the_shown_h1_not_the_masthead_or_the_social_title():
    html = f"""<html><head><title>{HEADLINE} | Harbor Daily</title>
    <meta property="og:title" content="Prisoner timetable agreed | Harbor Daily">
    <meta property="og:site_name" content="Harbor Daily"></head>
    <body><h1>Harbor Daily</h1><h1>Sign up now</h1><article><h1>{HEADLINE}</h1>
    <p>{P1}</p><p>{P2}</p></article></body></html>"""
    assert html_metadata(parse_html_tree(html)).title == HEADLINE


def test_html_social_title_loses_the_site_name_without_an_h1():
    html = """<html><head><meta property="og:title" content="Prisoner timetable agreed in Geneva | Harbor Daily">
    <meta property="og:site_name" content="Harbor Daily"></head><body><p>Text.</p></body></html>"""
    assert html_metadata(parse_html_tree(html)).title == "Prisoner timetable agreed in Geneva"


def test_title_normalization_and_halves_are_stable():
    assert normalize_title("‘Meth’ — We’re  On It") == normalize_title("'meth' - we're on it")
    assert normalize_title("Headline - Site") != normalize_title("Headline")
    assert page_half("abc") == page_half("abc") and {page_half(str(i)) for i in range(20)} == {
        "dev",
        "test",
    }


def _html_page(header: str, head: str = "", menu: str = "") -> str:
    return f"""<html><head><title>{HEADLINE} | Harbor Daily</title>{head}</head><body>
    <nav><ul><li>World</li><li>Business</li></ul></nav>{menu}
    <article><header><h1>{HEADLINE}</h1>{header}</header>
    <p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"""


def _html_date(html: str) -> date | None:
    return clean_html_pages([html], [None], LOAD)[0][0].published_date


def test_html_date_shown_at_the_byline_beats_a_utc_timestamp():
    # An evening article: the metadata's UTC timestamp is already the next day.
    head = '<meta property="article:published_time" content="2026-03-04T03:10:00Z">'
    header = '<div class="byline">By Mara Quist <time datetime="2026-03-04T03:10:00Z">March 3, 2026 10:10 pm ET</time></div>'
    assert _html_date(_html_page(header, head)) == date(2026, 3, 3)


def test_html_date_posted_beats_updated_at_the_headline():
    header = "<p>Updated March 5, 2026</p><p>Posted March 3, 2026</p>"
    assert _html_date(_html_page(header)) == date(2026, 3, 3)


def test_html_date_from_metadata_is_read_in_its_own_offset():
    head = '<meta property="article:published_time" content="2026-03-03T22:10:00-05:00">'
    assert _html_date(_html_page("<p>By Mara Quist</p>", head)) == date(2026, 3, 3)


def test_html_date_is_read_at_the_h1_not_at_a_menu_listing_the_headline():
    menu = f"<div><p>{HEADLINE}</p><p>January 9, 2026</p></div>" + "<p>Menu item</p>" * 4
    header = "<p>By Mara Quist</p><p>March 3, 2026</p>"
    assert _html_date(_html_page(header, menu=menu)) == date(2026, 3, 3)


def test_page_lines_keep_inline_elements_in_their_line_and_drop_scripts():
    html = """<html><body><div>By <a href="#">Mara Quist</a> on <time>March 3</time>
    <script>var x = 1;</script></div><h1>Big <em>news</em></h1><p>Text</p></body></html>"""
    shown = page_lines(parse_html_tree(html))
    assert shown.lines == ["By Mara Quist on March 3", "Big news", "Text"]
    assert shown.h1 == frozenset({1})


def test_a_byline_that_reads_like_a_sentence_gives_the_header_date():
    # The byline ends with a stop, as a paragraph does; the caption under it is no header.
    header = (
        "<div>By Mara Quist on Tuesday, March 3rd, 2026 at 11:04 a.m.</div>"
        "<div>The delegations in Geneva on January 9, 2026. (AP)</div>"
    )
    assert _html_date(_html_page(header)) == date(2026, 3, 3)


def test_the_date_is_read_at_the_headline_shown_over_the_article_not_the_page_title():
    text = "\n".join(
        [
            "Geneva talks end with a timetable",
            "Archive: talks of January 9, 2026 in Geneva",
            *MENU,
            "Geneva talks end with a timetable",
            "Mara Quist 03/03/2026",
            P1,
            P2,
            P3,
        ]
    )
    article = clean_text_article(text, load_date=LOAD)
    assert article.title == "Geneva talks end with a timetable"
    assert article.published_date == date(2026, 3, 3)


def test_a_site_name_shown_again_or_a_contact_line_is_not_the_headline():
    text = _page(
        "Harbor Daily",
        HEADLINE,
        "Harbor Daily",
        "mara.quist@harbordaily.example",
        "March 3, 2026",
        title_line="Harbor Daily",
    )
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


# Text dumps without the browser tab's title: the headline is found by the header's shape.
DECK = "Both delegations accept a timetable for the exchange of prisoners in Geneva"


def _untitled(*header: str, footer: tuple[str, ...] = ()) -> str:
    return "\n".join([*MENU, *header, P1, P2, P3, *footer])


def test_the_headline_is_the_first_of_a_headline_and_its_deck():
    text = _untitled(HEADLINE, DECK, "By Mara Quist", "March 3, 2026")
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_credit_line_before_the_date_is_not_the_headline():
    text = _untitled(
        HEADLINE,
        "Negotiators arrive for talks in Geneva, Switzerland, on Monday, with the delegations "
        "of both sides and the mediator, in a photo from the pool (AP Photo/Staff)",
        "The Associated Press",
        "Published Tuesday, March 3, 2026 8:22AM EST",
    )
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_short_kicker_over_the_date_is_not_the_headline():
    text = _untitled("Geneva Delegations Desk", "Published 22 hours ago", HEADLINE, "By Mara Quist")
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_the_lines_of_a_byline_block_are_not_the_headline():
    text = _untitled(
        HEADLINE,
        "The timetable sets dates for the exchange of prisoners and the reopening of crossings.",
        "By",
        "Mara Quist",
        "Geneva Delegations Desk",
        "Biography Mara Quist",
        "March 3, 2026",
    )
    article = clean_text_article(text, load_date=LOAD)
    assert article.title == HEADLINE
    assert article.published_date == date(2026, 3, 3)


def test_a_subheading_between_paragraphs_is_not_the_headline():
    bar = ["Share this", "Save", "Print", "Comments", "Listen", "Gift", "Follow", "More"]
    subheading = "Negotiators accepted the timetable for the prisoners"
    text = "\n".join([*MENU, HEADLINE, "By Mara Quist", *bar, P1, P2, subheading, P3, P1.upper()])
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_breadcrumb_trail_is_not_the_headline():
    text = _untitled(HEADLINE, "News > Geneva delegations > Prisoner timetable", "By Mara Quist")
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_the_publisher_named_by_the_copyright_line_is_not_the_headline():
    # The dump starts with the masthead; the copyright line names the same publisher.
    text = "\n".join(
        [
            "The Geneva Courier",
            *MENU,
            "Video Delegations Desk",
            HEADLINE,
            "5:45 AM 3/3/2026 by Mara Quist",
            f"{P1} The Geneva Courier asked both delegations.",
            P2,
            P3,
            "The Geneva Courier",
            "© 2026 The Geneva Courier",
        ]
    )
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_html_date_below_the_headline_beats_the_site_bar_date_above_it():
    menu = "<div>Wednesday, June 10, 2026</div>"
    header = "<p>By Mara Quist</p><p>March 3, 2026</p>"
    assert _html_date(_html_page(header, menu=menu)) == date(2026, 3, 3)


def test_html_date_is_read_at_the_h1_when_the_social_title_is_worded_otherwise():
    head = """<meta property="og:title" content="Delegates strike a deal | Harbor Daily">
    <meta property="article:published_time" content="2026-03-04T03:10:00Z">"""
    html = f"""<html><head><title>Delegates strike a deal | Harbor Daily</title>{head}</head>
    <body><h1>{HEADLINE}</h1><p>By Mara Quist</p><p>March 3, 2026</p>
    <p>{P1}</p><p>{P2}</p><p>{P3}</p></body></html>"""
    assert _html_date(html) == date(2026, 3, 3)


def test_html_date_without_an_h1_is_read_at_the_headline_the_text_shows():
    head = """<meta property="og:title" content="Delegates strike a deal | Harbor Daily">
    <meta property="article:published_time" content="2026-03-04T03:10:00Z">"""
    html = f"""<html><head><title>Delegates strike a deal | Harbor Daily</title>{head}</head>
    <body><div>World</div><div>Business</div><div class="title">{HEADLINE}</div>
    <div>By Mara Quist</div><div>March 3, 2026</div>
    <p>{P1}</p><p>{P2}</p><p>{P3}</p></body></html>"""
    assert _html_date(html) == date(2026, 3, 3)


# The browser tab's title in other shapes than "Headline | Site".
TEASER = "Readers also liked the ferry timetable story"
SHORT = ["Share", "Print", "Email"]


def test_a_page_title_with_section_and_site_names_the_headline():
    # "Headline | Section | Site" reads as a list of links; its first part is the headline.
    # The teaser stands nearer the body, over the date: only the page title names the headline.
    title_line = f"{HEADLINE} | World | Harbor Daily"
    text = _page(HEADLINE, *SHORT, TEASER, "March 3, 2026", title_line=title_line)
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_menu_as_the_first_line_names_no_headline():
    text = _page(
        "Geneva talks close with a timetable for prisoners",
        "March 3, 2026",
        title_line="Home | World | Business | Sport",
    )
    assert (
        clean_text_article(text, load_date=LOAD).title
        == "Geneva talks close with a timetable for prisoners"
    )


def test_a_page_title_ending_with_a_stop_names_its_exact_copy():
    text = _page(HEADLINE, *SHORT, TEASER, "March 3, 2026", title_line=f"{HEADLINE}.")
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_the_shown_headline_beats_the_page_title_it_rewords():
    shown = "Geneva talks end with a new prisoner timetable"
    text = _page(shown, "By Mara Quist", "March 3, 2026", title_line=HEADLINE)
    assert clean_text_article(text, load_date=LOAD).title == shown


def test_a_rewording_right_under_the_first_line_leaves_it_the_title():
    # Two lines of one header at the top of the text: the first is the headline.
    text = "\n".join([HEADLINE, "Geneva talks end with a new prisoner timetable", P1, P2, P3])
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_the_page_title_with_a_breadcrumb_glued_on_is_not_a_rewording():
    text = _page(f"Home World {HEADLINE}", HEADLINE, "March 3, 2026", title_line=HEADLINE)
    assert clean_text_article(text, load_date=LOAD).title == HEADLINE


def test_a_short_capitalized_first_line_is_the_site_name_even_when_shown_again():
    text = _page(
        "Harbor Daily Times",
        "Geneva talks close with a timetable for prisoners",
        "March 3, 2026",
        title_line="Harbor Daily Times",
    )
    assert (
        clean_text_article(text, load_date=LOAD).title
        == "Geneva talks close with a timetable for prisoners"
    )


# HTML pages whose header shows no date: the metadata, read as the page shows it.
def _undated_page(head: str, tail: str = "") -> str:
    return f"""<html><head><title>{HEADLINE} | Harbor Daily</title>{head}</head><body>
    <article><h1>{HEADLINE}</h1><p>By Mara Quist</p>
    <p>{P1}</p><p>{P2}</p><p>{P3}</p></article>{tail}</body></html>"""


def test_html_utc_metadata_a_day_ahead_of_the_shown_time_takes_the_shown_day():
    head = '<meta property="article:published_time" content="2026-03-04T03:10:00Z">'
    tail = '<footer><time datetime="2026-03-04T03:10:00Z">March 3, 2026</time></footer>'
    assert _html_date(_undated_page(head, tail)) == date(2026, 3, 3)


def test_html_time_showing_another_day_leaves_the_metadata_date():
    # The first <time> is the site bar's today, days after the article.
    head = '<meta property="article:published_time" content="2026-03-04T03:10:00Z">'
    tail = '<footer><time datetime="2026-03-06">March 6, 2026</time></footer>'
    assert _html_date(_undated_page(head, tail)) == date(2026, 3, 4)


def test_html_json_ld_graph_gives_the_published_date():
    ld = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Harbor Daily"},'
        '{"@type": "WebPage", "datePublished": "2026-03-02T09:00:00+00:00"},'
        '{"@type": "NewsArticle", "datePublished": "2026-03-03T09:00:00+00:00"}]}'
    )
    head = f'<script type="application/ld+json">{ld}</script>'
    assert _html_date(_undated_page(head)) == date(2026, 3, 3)


def test_more_header_date_shapes_and_the_published_date_after_an_update():
    assert date_line_value("2026/03/04 10:42", LOAD).value == date(2026, 3, 4)
    assert date_line_value("2026.03.04", LOAD).value == date(2026, 3, 4)
    assert date_line_value("4-Mar-2026 10:42 GMT", LOAD).value == date(2026, 3, 4)
    line = "Updated Mar 6, 2026, 3:00 PM / Published Mar 4, 2026"
    assert date_line_value(line, LOAD).value == date(2026, 3, 4)
    line = "Published: Mar 4, 2026 | Updated: Mar 6, 2026"
    assert date_line_value(line, LOAD).value == date(2026, 3, 4)


def test_an_update_line_anywhere_does_not_beat_the_date_under_the_headline():
    text = _page(HEADLINE, "By Mara Quist", "March 3, 2026", "Updated: March 6, 2026 4:15 PM")
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 3, 3)
    text = _page(HEADLINE, "Last modified on Fri 6 Mar 2026", "First published on Tue 3 Mar 2026")
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 3, 3)


def test_a_related_article_s_dated_byline_does_not_beat_the_header_date():
    text = "\n".join(
        [
            *_page(HEADLINE, "Mara Quist", "March 3, 2026").split("\n"),
            "More from the site",
            "Ferry timetable changes for the summer season",
            "by Ola Brent on March 1, 2026",
        ]
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 3, 3)


def test_a_sentence_stating_a_date_under_the_headline_is_not_its_date():
    # The header's date stands above the headline; under it, a caption and a short
    # sentence of the article state other dates.
    text = _page(
        "Harbor Daily | March 3, 2026",
        HEADLINE,
        "In this Jan. 9, 2026, file photo, delegates arrive in Geneva.",
        "On February 2, 2026, the talks were suspended.",
    )
    assert clean_text_article(text, load_date=LOAD).published_date == date(2026, 3, 3)


def _ld(data: object) -> str:
    import json

    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


ARTICLE_LD = {
    "@type": "NewsArticle",
    "headline": HEADLINE,
    "datePublished": "2026-03-03T09:00:00-05:00",
}


def test_html_date_from_the_article_object_of_a_json_ld_graph():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Harbor Daily"},
            {"@type": "WebPage", "datePublished": "2024-01-09T08:00:00Z"},
            {"@type": "BreadcrumbList", "itemListElement": []},
            ARTICLE_LD,
        ],
    }
    assert _html_date(_html_page("<p>By Mara Quist</p>", _ld(graph))) == date(2026, 3, 3)


def test_html_date_from_the_article_of_a_json_ld_list_or_a_later_script():
    as_list = _ld([{"@type": "WebPage", "datePublished": "2024-01-09"}, ARTICLE_LD])
    scripts = _ld({"@type": "WebPage", "headline": "Harbor Daily", "datePublished": "2024-01-09"})
    scripts += _ld(ARTICLE_LD)
    for head in (as_list, scripts):
        assert _html_date(_html_page("<p>By Mara Quist</p>", head)) == date(2026, 3, 3)


def test_html_date_is_the_published_meta_not_a_modified_one_listed_first():
    head = (
        '<meta property="article:modified_time" content="2026-03-09T10:00:00-05:00">'
        '<meta property="og:updated_time" content="2026-03-09T10:00:00-05:00">'
        '<meta property="article:published_time" content="2026-03-03T22:30:00-05:00">'
    )
    assert _html_date(_html_page("<p>By Mara Quist</p>", head)) == date(2026, 3, 3)


def test_html_date_from_other_published_meta_names():
    for name in ("DC.date.issued", "parsely-pub-date", "sailthru.date", "publish-date"):
        head = f'<meta name="{name}" content="2026-03-03 05:45:00">'
        assert _html_date(_html_page("<p>By Mara Quist</p>", head)) == date(2026, 3, 3), name


def test_html_date_marked_in_the_body_beats_a_time_in_the_site_header():
    header_time = '<time datetime="2026-06-30T07:00:00Z"></time>'
    marked = (
        '<time itemprop="datePublished" datetime="2026-03-03T09:00:00-05:00"></time>',
        '<span itemprop="datePublished" content="2026-03-03"></span>',
        '<span data-published="2026-03-03T09:00:00-05:00"></span>',
    )
    for node in marked:
        html = _html_page(f"<p>By Mara Quist {node}</p>", menu=header_time)
        assert _html_date(html) == date(2026, 3, 3), node
    assert _html_date(_html_page("<p>By Mara Quist</p>", _ld(ARTICLE_LD), header_time)) == date(
        2026, 3, 3
    )


def test_html_date_is_not_read_at_a_trending_copy_of_the_headline():
    trending = (
        f'<div class="trending-stories"><h3>{HEADLINE}</h3><p>January 9, 2026</p></div>'
        f'<section class="related"><h3>{HEADLINE}</h3><p>January 9, 2026</p></section>'
    )
    head = '<meta property="article:published_time" content="2026-03-03T09:00:00-05:00">'
    html = f"""<html><head><title>{HEADLINE} | Harbor Daily</title>{head}</head><body>
    {trending}<article><h2>{HEADLINE}</h2><p>By Mara Quist</p>
    <p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"""
    assert _html_date(html) == date(2026, 3, 3)


def test_share_buttons_take_no_room_in_the_header_window():
    words = ["Share", "Facebook", "Twitter", "Email", "Print", "Copy link", "Comments", "Save"]
    share = '<ul class="share-tools">' + "".join(f"<li>{w}</li>" for w in words * 2) + "</ul>"
    head = '<meta property="article:published_time" content="2026-03-04T03:10:00Z">'
    assert _html_date(_html_page(f"{share}<p>By Mara Quist | March 3, 2026</p>", head)) == date(
        2026, 3, 3
    )


def test_the_site_bar_date_above_the_headline_gives_way_to_the_metadata():
    head = '<meta property="article:published_time" content="2026-03-03T09:00:00-05:00">'
    html = f"""<html><head><title>{HEADLINE} | Harbor Daily</title>{head}</head><body>
    <div>Harbor Daily</div><div>Tuesday, June 30, 2026</div>
    <article><h1>{HEADLINE}</h1><p>By Mara Quist</p>
    <p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"""
    assert _html_date(html) == date(2026, 3, 3)


def test_page_lines_mark_lists_of_other_stories_and_drop_invisible_lines():
    html = """<html><body><nav><p>Home</p></nav><div class="most-read"><p>Other story</p></div>
    <div class="has-sidebar"><h1>Big news</h1><p>\u200b</p><p>Text</p></div></body></html>"""
    shown = page_lines(parse_html_tree(html))
    assert shown.lines == ["Home", "Other story", "Big news", "Text"]
    assert shown.elsewhere == frozenset({0, 1}) and shown.h1 == frozenset({2})
