from datetime import date

from pipelines.text.articles import clean_source, normalized_body_hash
from pipelines.text.clean import clean_text_article, normalize_text
from pipelines.text.dateparse import parse_date
from pipelines.text.html import html_metadata, html_text_lines, parse_html_tree

PARA_1 = "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss a new border commission, officials said."
PARA_2 = "“We have agreed to meet again before the end of the year,” Minister Ana Rojas told reporters after the talks."
PARA_3 = "The commission will review fishing rights along the maritime boundary and report to both governments by June."

SCRAPE = f""" date 2026-05-12 200
We use cookies to improve your experience. Accept all | Manage preferences
Home | World | Politics | Business | Sport
English | Español | Português
Chile and Peru agree on border commission
CHILE AND PERU AGREE ON BORDER COMMISSION
By Lucia Ferrer
Photo: Delegations at the ministry in Lima / Andes Agency
{PARA_1}
{PARA_2}
{PARA_3}
{PARA_1}
{PARA_2}
{PARA_3}
#Chile #Peru #Diplomacy
Share: Facebook Twitter Email
Related articles
Andean trade talks stall again over tariffs and quotas for the coming season.
© 2026 Andes Agency. All rights reserved.
"""


def test_scraped_text_keeps_only_the_article():
    article = clean_text_article(SCRAPE)
    assert article.title == "Chile and Peru agree on border commission"
    assert article.body == "\n\n".join([PARA_1, PARA_2, PARA_3])
    assert article.published_date == date(2026, 5, 12)
    assert article.published_date_source == "metadata"
    assert article.author == "Lucia Ferrer"


def test_typographic_quotes_survive_and_mojibake_is_repaired():
    assert normalize_text("â€œPeaceâ€\x9d, he said") == "“Peace”, he said"
    assert normalize_text("“Peace,” he said") == "“Peace,” he said"


def test_character_references_left_in_plain_text_are_decoded():
    assert normalize_text("Jos&#233; Vale said &quot;no&quot; &amp; left") == (
        'José Vale said "no" & left'
    )
    # a bare ampersand, or one that opens no complete reference, stays as written
    assert normalize_text("AT&T and R&D, Q&A at &copy2005") == "AT&T and R&D, Q&A at &copy2005"


def test_published_label_and_no_date():
    text = f"Title of the story here\nPublished: 3 March 2026 10:15 GMT\n{PARA_1}\n{PARA_3}"
    assert clean_text_article(text).published_date == date(2026, 3, 3)
    assert clean_text_article(f"Title of the story here\n{PARA_1}\n{PARA_3}").published_date is None


def test_parse_date_formats():
    assert parse_date("2026-10-14T09:00:00Z") == date(2026, 10, 14)
    assert parse_date("Posted Oct. 14, 2026") == date(2026, 10, 14)
    assert parse_date("14 October 2026") == date(2026, 10, 14)
    assert parse_date("14.10.2026") == date(2026, 10, 14)
    assert parse_date("10/14/2026") == date(2026, 10, 14)
    assert parse_date("no date here") is None


def test_html_page_metadata_and_body():
    html = f"""<html><head><title>Border deal | Andes Agency</title>
    <meta property="og:title" content="Chile and Peru agree on border commission">
    <meta property="article:published_time" content="2026-05-12T08:00:00Z">
    <meta name="author" content="Lucia Ferrer"><meta property="og:site_name" content="Andes Agency">
    <link rel="canonical" href="https://andes.example/border"></head>
    <body><nav><a>Home</a><a>World</a></nav><div class="cookie-banner"><p>We use cookies on this site to give you the best experience possible today.</p></div>
    <article><h1>Chile and Peru agree on border commission</h1><figure><figcaption>Delegations in Lima.</figcaption></figure>
    <p>{PARA_1}</p><p>{PARA_2}</p><p>{PARA_3}</p><aside><p>Related: Andean trade talks stall again over tariffs and quotas.</p></aside></article>
    <footer><p>© 2026 Andes Agency. All rights reserved.</p></footer><script>var x = 1;</script></body></html>"""
    page = html_metadata(parse_html_tree(html))
    assert page.title == "Chile and Peru agree on border commission"
    assert (page.published, page.author, page.publisher, page.url) == (
        "2026-05-12T08:00:00Z",
        "Lucia Ferrer",
        "Andes Agency",
        "https://andes.example/border",
    )
    # the fallback extractor (when trafilatura finds nothing): blocks without the furniture
    blocks = html_text_lines(html)
    assert [b for b in blocks if b in (PARA_1, PARA_2, PARA_3)] == [PARA_1, PARA_2, PARA_3]
    assert not any("cookies" in b or "Related" in b or "©" in b for b in blocks)
    row = clean_source(
        {
            "source_key": "k",
            "raw_text": html,
            "is_html": True,
            "record_title": None,
            "record_published": None,
            "record_url": None,
            "record_publisher": None,
            "record_author": None,
        }
    )
    assert row["body"] == "\n\n".join([PARA_1, PARA_2, PARA_3])
    assert row["published_date"] == date(2026, 5, 12)
    assert row["url"] == "https://andes.example/border"
    assert row["language"] == "en"


def test_record_fields_win_over_text():
    row = clean_source(
        {
            "source_key": "k",
            "raw_text": f"{PARA_1}\n\n{PARA_2}",
            "is_html": False,
            "record_title": "Given title",
            "record_published": "2026-01-02",
            "record_url": "u",
            "record_publisher": "P",
            "record_author": "A",
        }
    )
    assert (row["title"], row["published_date"], row["published_date_source"]) == (
        "Given title",
        date(2026, 1, 2),
        "record",
    )
    assert (row["publisher"], row["author"], row["url"]) == ("P", "A", "u")


def test_normalized_hash_ignores_case_spacing_and_punctuation():
    assert normalized_body_hash("Talks  resumed, in Geneva.") == normalized_body_hash(
        "talks resumed in geneva"
    )
    assert normalized_body_hash("Talks resumed in Geneva.") != normalized_body_hash(
        "Talks resumed in Vienna."
    )


P1 = "Negotiators from both delegations met for six hours in Geneva on Monday and agreed to meet again within a month."
P2 = "The mediator said both sides had accepted a timetable for the exchange of prisoners and the reopening of two crossings."
P3 = "Diplomats cautioned that the ceasefire along the northern line remained fragile after three violations were reported."


def test_error_preamble_before_the_headline_is_not_body():
    text = "\n".join(
        [
            "Sorry, the story you are looking for has moved to another address on our website today.",
            "Please check the address or browse the latest headlines from our newsroom below.",
            "Delegations agree timetable for prisoner exchange in Geneva",
            P1,
            P2,
            P3,
        ]
    )
    article = clean_text_article(text)
    assert article.title == "Delegations agree timetable for prisoner exchange in Geneva"
    assert article.body == "\n\n".join([P1, P2, P3])


def test_comment_section_and_related_block_are_cut_off():
    comments = [
        f"reader{i} says:\nI think this agreement will not last long and everyone here knows exactly why it fails."
        for i in range(6)
    ]
    text = "\n".join(
        [
            "Delegations agree timetable for prisoner exchange",
            P1,
            P2,
            P3,
            "Related articles",
            "Earlier talks ended without agreement",
            "12 Comments",
            *comments,
        ]
    )
    assert clean_text_article(text).body == "\n\n".join([P1, P2, P3])


def test_a_list_announced_by_the_body_is_kept():
    items = [
        "June 9 -- Vienna, Austria",
        "June 12 -- Geneva, Switzerland",
        "June 15 -- Oslo, Norway",
    ]
    text = "\n".join(
        [
            "Envoy plans tour of European capitals",
            P1,
            P2,
            "The envoy will visit these capitals:",
            *items,
            "© 2026 Example Wire. All rights reserved.",
        ]
    )
    article = clean_text_article(text)
    assert article.body.split("\n\n")[-3:] == items
    assert article.publisher == "Example Wire"


def test_batch_hash_and_word_count_match_the_single_article_path():
    import polars as pl

    from pipelines.text.articles import clean_sources
    from pipelines.text.read import SOURCE_SCHEMA

    rows = [
        {"source_key": f"k{i}", "raw_text": text, "is_html": False}
        for i, text in enumerate([SCRAPE, "\n".join([P1, P2, P3])])
    ]
    sources = (
        pl.DataFrame(rows)
        .with_columns(
            [
                pl.lit(None, dtype=t).alias(n)
                for n, t in SOURCE_SCHEMA.items()
                if n not in ("source_key", "raw_text", "is_html")
            ]
        )
        .select(list(SOURCE_SCHEMA))
        .cast(SOURCE_SCHEMA)
    )
    cleaned, rejected = clean_sources(sources)
    assert rejected.is_empty()
    for row, source in zip(cleaned.iter_rows(named=True), rows, strict=True):
        single = clean_source({**dict.fromkeys(SOURCE_SCHEMA), **source})
        assert (row["body"], row["n_words"], row["body_hash"]) == (
            single["body"],
            single["n_words"],
            single["body_hash"],
        )
        assert row["body_hash"] == normalized_body_hash(row["body"])


def test_html_metadata_from_json_ld_author_class_and_url_date():
    from pipelines.text.articles import clean_html_pages

    html = f"""<html><head><title>Border deal | Andes Agency</title>
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Chile and Peru sign border accord"}}</script>
    <link rel="canonical" href="https://andes.example/2026/05/12/border-accord"></head>
    <body><article><h1>Chile and Peru sign border accord</h1>
    <p class="author-box">Ignored box</p><span class="story author">Lucia Ferrer</span>
    <p>{PARA_1}</p><p>{PARA_2}</p><p>{PARA_3}</p></article></body></html>"""
    ((article, url),) = clean_html_pages([html], [None])
    assert article.title == "Chile and Peru sign border accord"
    assert article.author == "Lucia Ferrer"  # the class token "author", not "author-box"
    assert url == "https://andes.example/2026/05/12/border-accord"
    assert article.published_date == date(2026, 5, 12)  # from the URL path, nothing else says
    assert article.body == "\n\n".join([PARA_1, PARA_2, PARA_3])


def test_bylines_and_date_labels_of_other_languages():
    # a Portuguese byline under the headline is no title; a French date line after the body
    # is the published date; "PARIS (AFP)" opens a dateline, not a byline
    text = (
        "Menu\nMundo\nChile e Peru criam comissão de fronteira após reunião em Lima\n"
        "Por Redação Andes — Lima\nCompartilhe:\nFacebook\n"
        f"PARIS (AFP) - {PARA_1}\n{PARA_2}\n{PARA_3}\n"
        "Publié le : 21/10/2025 - 08:14\nPartager :\n© 2025 Andes"
    )
    article = clean_text_article(text)
    assert article.title == "Chile e Peru criam comissão de fronteira após reunião em Lima"
    assert article.published_date == date(2025, 10, 21)
    assert article.author == "Redação Andes"
    assert article.body.startswith("PARIS (AFP) - ")


def test_a_dateline_on_its_own_line_opens_the_first_paragraph():
    # wire copy sets the dateline apart ("HAVANA (AP) --" over a blank line): it is where the
    # story was filed, so it stays, joined to the story's first words
    for dateline in ("HAVANA (AP) --", "NAIROBI, Kenya (AP) _", "MIAMI _"):
        article = clean_text_article(
            f"\n\n{dateline}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n",
            record_title="Wire story",
            keep_text=True,
        )
        assert article.body == "\n\n".join([f"{dateline} {PARA_1}", PARA_2, PARA_3])
    # a section's name in capitals has no agency and no dash: it is not a dateline
    article = clean_text_article(f"WORLD\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert article.body.startswith(PARA_1)


def test_a_record_with_its_title_keeps_a_lede_that_reads_like_a_headline():
    text = (
        "Lakeland Mayor Dana Whitfield (D) is defending the city's new parking campaign with "
        "the slogan “Park it, we mean it.”\n\n"
        "The tagline drew a mix of praise and jokes online on Monday, but Whitfield said the "
        "attention was proof that the message was reaching drivers.\n\n"
        "“People talk about it, and that is the point,” Whitfield wrote on Monday night."
    )
    given = clean_text_article(text, record_title="Mayor defends parking slogan", keep_text=True)
    assert given.title == "Mayor defends parking slogan"
    assert given.body.startswith("Lakeland Mayor Dana Whitfield (D) is defending")
    # the same text with a copy of its title on top: the copy goes, the lede stays
    copied = clean_text_article(
        "Mayor defends parking slogan\n\n" + text, record_title="Mayor defends parking slogan"
    )
    assert copied.body.startswith("Lakeland Mayor Dana Whitfield (D) is defending")
