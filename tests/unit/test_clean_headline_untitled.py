"""Headlines and dates of scraped texts without the browser's title on their first line (or
with another line there: a notice, the site's name), on pages written here: the header
under the headline (a byline, a labelled date) tells it from teasers and menus."""

from datetime import date

from pipelines.text.clean import clean_text_article

LOAD = date(2026, 6, 30)
P1 = "Engineers at the harbour finished the new sea wall on Monday after two years of delays and storms."
P2 = "The port authority said the wall would protect three hundred homes and the fish market from winter surges."
P3 = "Residents who had campaigned for the wall since the great flood gathered on the quay to watch the last block set."
BODY = [P1, P2, P3]
NAV = ["Home", "Local", "Business", "Sport", "Opinion"]
HEADLINE = "Sea wall finished after two years of delays"
SHARE = ["Share this:", "Click to share on Facebook (Opens in new window)", "Email"]
# Other stories of the site, each a headline with a bare date, between the header and the body.
# (They speak of the same harbour: their words are the body's too.)
TEASERS = [
    "Harbour ferry timetable changes for the winter storms",
    "March 1, 2026",
    "Fish market reopens with a new cold store at the harbour",
    "February 27, 2026",
    "Residents of the quay campaign for a second wall",
    "February 20, 2026",
]


def _clean(*lines: str):
    return clean_text_article("\n".join(lines), load_date=LOAD)


def test_the_headline_over_its_byline_beats_dated_teasers_nearer_the_body():
    article = _clean(*NAV, HEADLINE, "By Ines Varga", "Published March 3, 2026", *TEASERS, *BODY)
    assert article.title == HEADLINE
    assert article.published_date == date(2026, 3, 3)


def test_the_byline_may_stand_past_share_buttons_and_a_standfirst():
    article = _clean(
        *NAV,
        HEADLINE,
        "The council says the harbour is now safe from the winter storms for decades.",
        *SHARE,
        "By Ines Varga | Quay Courier",
        "Updated: March 3, 2026 at 9:12 pm",
        "Most Popular",
        *TEASERS,
        *BODY,
    )
    assert article.title == HEADLINE


def test_a_question_at_the_top_of_the_body_with_its_byline_is_the_headline():
    article = _clean(
        *NAV,
        "Is the new sea wall high enough?",
        "Engineers disagree about the height of the wall, and residents want an answer.",
        "By",
        "Ines Varga",
        "March 3, 2026 7:04 pm ET",
        *BODY,
    )
    assert article.title == "Is the new sea wall high enough?"
    assert article.published_date == date(2026, 3, 3)


def test_a_two_word_headline_over_posted_by_is_the_headline():
    article = _clean(
        *NAV, "Home » Column »", "About tides", "March 3, 2026", "Posted by Ines", *BODY
    )
    assert article.title == "About tides"


def test_a_bare_author_name_with_an_age_under_it_is_the_header():
    article = _clean(
        *NAV,
        "Ferry timetable changes for the winter season",
        "Lighthouse keeper retires after forty years",
        HEADLINE,
        "Ines Varga",
        "1 day ago",
        "Fish market reopens with a new cold store at the harbour",
        "Harbour ferry timetable changes for the winter storms",
        *BODY,
    )
    assert article.title == HEADLINE


def test_a_label_and_an_author_before_by_are_a_byline_not_the_headline():
    article = _clean(
        *NAV,
        "Harbour News",
        HEADLINE,
        "Analysis by Ines Varga, Quay Courier harbour editor",
        "Updated 1909 GMT March 3, 2026",
        *BODY,
    )
    assert article.title == HEADLINE


def test_a_first_line_not_shown_again_far_above_the_body_is_not_the_title():
    # The scrape begins with a notice; the browser's title is missing.
    filler = [f"Section {name} and more" for name in "ABCDEFGHIJKL"]
    article = _clean(
        "Harbour wall tours: the lowest prices on the quay, updated March 20th",
        *filler,
        HEADLINE,
        "By Ines Varga",
        "March 3, 2026",
        *BODY,
    )
    assert article.title == HEADLINE


def test_a_first_line_right_over_the_body_is_still_the_title():
    article = _clean(HEADLINE, *BODY)
    assert article.title == HEADLINE


def test_the_entries_of_a_menu_of_sister_sites_are_not_the_headline():
    article = _clean(
        *NAV,
        "Harbour Boats Monthly",
        "Classic Sail Magazine",
        "Quay Fishing Weekly",
        "Sea wall review",
        "03/03/2026 Ines Varga Books, Reviews",
        *BODY,
        "Get Harbour Boats Monthly delivered through your letterbox every month of the year.",
    )
    assert article.title == "Sea wall review"


def test_a_menu_entry_above_the_headline_does_not_make_it_a_deck():
    article = _clean(
        *NAV,
        "Tide tables for the coast",
        "Harbour fees and moorings",
        "Winter storms and floods today",
        HEADLINE,
        *BODY,
    )
    assert article.title == HEADLINE


def test_a_headline_in_chinese_japanese_or_korean_characters():
    headline = "港の新しい防波堤が完成した！？"
    body = [
        "港の新しい防波堤が月曜日に完成しました。二年間の遅れと嵐を経ての完成です。",
        "港湾局によると、防波堤は三百軒の家と魚市場を冬の高潮から守るということです。",
        "大洪水の後から防波堤を求めてきた住民たちは、最後のブロックが置かれるのを見守りました。",
        "防波堤の完成で、冬の漁業も安全になると漁師たちは話しています。今年の冬が楽しみです。",
    ]
    article = _clean(
        *NAV,
        "ブログ",
        "HOME >",
        "ブログ >",
        headline,
        headline,
        "by 港町ニュース ／ 2026.03.03",
        *body,
    )
    assert article.title == headline


def test_teasers_glued_into_the_body_run_before_the_headline_are_not_the_article():
    # A list of other stories (headline and first sentence glued) makes the run of text
    # the body's region begins with; the article's headline stands deep in it.
    places = ["ferry", "fish market", "lighthouse", "marina", "boatyard", "beach", "pier"]
    teasers = [
        f"News from the {place} HARBOUR CITY: The {place} reopened on Thursday after a long "
        f"winter of repairs that the traders of the {place} had asked the council for."
        for place in places
    ]
    article = _clean(
        *NAV,
        *teasers,
        HEADLINE,
        "March 3",
        "15:23 2026",
        "Print This Article",
        "by Quay Courier News Desk 0 Comments",
        *BODY,
    )
    assert article.title == HEADLINE
    assert article.published_date == date(2026, 3, 3)
    assert article.body.startswith(P1)


def test_a_headline_over_dated_teasers_far_above_the_body_is_the_headline():
    # Each teaser is "section, headline, date": their dates make a list, not a header.
    teasers = []
    for n, place in enumerate(["ferry", "fish market", "lighthouse", "marina", "boatyard"]):
        teasers += [
            "HARBOUR NEWS",
            f"New timetable for the harbour {place} this winter",
            f"May {n + 1}, 2025",
        ]
    article = _clean(
        *NAV,
        "Harbour News",
        HEADLINE,
        "Ines Varga View More Articles",
        "The wall that took two years to build",
        "Quay Courier March 3, 2026 13:42",
        "MORE STORIES LIKE THIS ONE",
        *teasers,
        *BODY,
    )
    assert article.title == HEADLINE
    assert article.published_date == date(2026, 3, 3)


def test_a_bare_date_with_the_article_under_it_heads_a_headline_deep_in_the_run():
    teasers = [
        f"News from the {place} HARBOUR CITY: The {place} reopened on Thursday after a long "
        f"winter of repairs that the traders of the {place} had asked the council for."
        for place in ["ferry", "fish market", "lighthouse", "marina", "boatyard", "beach", "pier"]
    ]
    article = _clean(
        *NAV, *teasers, "Weather", "Sport", HEADLINE, "March 3, 2026 at 9:45 am", *BODY
    )
    assert article.title == HEADLINE
    assert article.published_date == date(2026, 3, 3)
    assert article.body.startswith(P1)


def test_a_date_written_twice_under_the_headline_is_its_header_not_a_list():
    article = _clean(
        *NAV,
        HEADLINE,
        "BLOG > Harbour > Walls",
        "March 3, 2026 | BY: Ines Varga, Harbour Editor",
        "March 3, 2026 Ines Varga, Harbour Editor",
        *BODY,
    )
    assert article.title == HEADLINE
    assert article.published_date == date(2026, 3, 3)
