"""Source documents (raw rows from ingest) to cleaned articles, as polars frames.

Picks the right cleaner per source (scraped text or HTML), merges record fields with
what the cleaner found (a record's own fields win), detects the language, counts words
and computes the normalized-body hash used for exact deduplication.

Rules applied to every cleaned row, whatever its format (vectorized):
- No text column keeps a control character: C0 except tab and newline, DEL and C1 are
  removed (from the body when its lines are split, `line_features.split_lines`, CR, VT
  and FF becoming line breaks); single-line fields (title, author, publisher, url) have
  them removed and every run of whitespace, line breaks included, made one space
  (`finish_cleaned`).
- A title longer than `MAX_TITLE_CHARS` (500) is cut at the last word boundary that
  leaves room for a closing "…" (at 499 characters when that would keep less than half:
  one enormous token), the "…" appended and `title_truncated` set (`finish_cleaned`).
  A title is never dropped for its length.
- Published dates follow the one rule in `dateparse` (record field, page metadata and
  date lines alike): refused ones leave `published_date` NULL and are kept as written in
  `published_date_rejected`; an article is never quarantined for its date.
Then what is not an article goes to the clean quarantine (`quarantine_reasons`):
- `no_words`: no letter or digit (any script) left in the body after cleaning, the page
  holding only punctuation, symbols or markup. So no article id is ever the hash of an
  empty body.
- `no_article_body`: a page (txt, md, html) with fewer than `MIN_BODY_WORDS` words left
  once its page furniture is removed. Records (json, jsonl, csv) are exempt: a publisher
  already cut their text from its page, so a one-sentence brief is an article: when the
  line filter leaves no word of a record's text, the text is kept as given if it reads as
  text (a line of 4+ words ending a sentence, or of three words of letters, as a wire
  alert without a stop; a bare number, boolean or dumped list does not, and stays
  `no_article_body`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import polars as pl
import py3langid
from lxml.html import HtmlElement

from pipelines.text.clean import (
    MAX_TITLE_CHARS,
    CleanArticle,
    classify_documents,
    clean_paragraphs,
    clean_text_article,
    clean_texts,
    date_line_value,
    dedupe_key,
    normalize_text,
    shown_dates,
)
from pipelines.text.dateparse import StatedDate, stated_published_date, today_utc
from pipelines.text.html import (
    NO_METADATA,
    ShownText,
    html_metadata,
    html_text_lines,
    json_ld_items,
    json_ld_published,
    page_lines,
    parse_html_tree,
)
from pipelines.text.line_features import CONTROL, INVISIBLE
from pipelines.text.read import QUARANTINE_SCHEMA, RECORD_FILE_FORMATS

# Fewer words than this after cleaning is not an article (an error page, a bare menu);
# records are exempt (module docstring).
MIN_BODY_WORDS = 25
TITLE_ELLIPSIS = "…"
# A letter or a digit in any script: a body without one has no words.
WORD_CHARACTER = r"[\p{L}\p{N}]"
# What is not the text of a page: scripts, styles, comments, tags, entities.
_MARKUP = r"(?is)<(?:script|style)\b.*?</(?:script|style)\s*>|<!--.*?-->|<[^>]*>|&#?\w+;"

CLEANED_SCHEMA: dict[str, pl.DataType] = {
    "source_key": pl.String(),
    "title": pl.String(),
    "body": pl.String(),
    "published_date": pl.Date(),
    "published_date_source": pl.String(),
    "publisher": pl.String(),
    "author": pl.String(),
    "url": pl.String(),
    "language": pl.String(),
    "n_words": pl.Int64(),
    "body_hash": pl.String(),
    # the stated published date the rule refused, as written (NULL when a date was used)
    "published_date_rejected": pl.String(),
    "title_truncated": pl.Boolean(),
}
# Text columns kept on one line. (The body is built from lines that `split_lines` has
# already rid of control characters; the language is a code we set.)
SINGLE_LINE_COLUMNS = ("title", "publisher", "author", "url", "published_date_rejected")

CLEAN_QUARANTINE_SCHEMA: dict[str, pl.DataType] = {**QUARANTINE_SCHEMA, "source_key": pl.String()}


# Runs of non-word characters, removed from bodies before hashing (Python and polars alike).
BODY_KEY_SEPARATORS = r"[\W_]+"
_NOT_ALNUM = re.compile(BODY_KEY_SEPARATORS)
# The commonest English function words: prose with many of them is English, and the
# language model (about 1 ms a document) is only consulted for the rest.
_ENGLISH_HINTS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "said",
        "by",
        "it",
        "at",
        "from",
        "his",
        "her",
        "are",
        "be",
        "this",
        "have",
        "has",
        "were",
        "will",
        "not",
    ]
)


def normalized_body_hash(body: str) -> str:
    """Hash of the body with case, punctuation and spacing removed: equal for exact copies."""
    key = _NOT_ALNUM.sub(" ", body.lower()).strip()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def detect_language(body: str) -> str | None:
    """ISO 639-1 code of the body's language (py3langid ships its model in the wheel)."""
    if not body.strip():
        return None
    words = body[:1500].lower().split()
    if len(words) >= 30 and sum(w in _ENGLISH_HINTS for w in words) / len(words) >= 0.2:
        return "en"
    return str(py3langid.classify(body[:800])[0])


def _trafilatura_lines(tree: HtmlElement) -> list[str]:
    """Main-text lines from trafilatura (measured best on our HTML benchmark).

    favor_recall keeps short paragraphs and lists that the default drops; our light
    post-cleaning then removes furniture lines and repeats. `fast` skips trafilatura's
    second opinion (readability and jusText, run on every page and compared): on the
    extraction benchmark it scored no better and cost a third of the time. Comments are
    never the article. Metadata comes from our own reading of the same tree.
    """
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            tree, favor_recall=True, fast=True, include_comments=False
        )
    except Exception:  # a page trafilatura cannot parse falls back to our own extractor
        return []
    if document is None or not document.text:
        return []
    return [line.strip() for line in normalize_text(document.text).split("\n") if line.strip()]


def _light_clean(pages: list[list[str]], titles: list[str | None]) -> list[list[str]]:
    """Drop furniture lines, repeats and the title repeated; keep everything else in order
    (the lines of every page classified in one batch)."""
    kept_pages = []
    for doc, title in zip(classify_documents(["\n".join(p) for p in pages]), titles, strict=True):
        title_key = dedupe_key(title) if title else None
        seen: set[str] = set()
        kept = []
        for i, line in enumerate(doc.line):
            key = doc.key[i]
            if doc.is_furniture[i] or key in seen or key == title_key:
                continue
            seen.add(key)
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages


# A date in the URL path (/2024/03/05/, /2024-03-05-): news sites file stories by day.
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?!\d)")


def _url_date(url: str | None, load_date: date) -> StatedDate | None:
    found = _URL_DATE.search(url) if url else None
    return stated_published_date("-".join(found.groups()), load_date) if found else None


def _json_ld_published(tree: HtmlElement) -> str | None:
    """`datePublished` of the page's JSON-LD, looked for in nested items and `@graph`
    lists too (where site plugins put the article), an article's item first."""
    return json_ld_published(json_ld_items(tree))


# The `<time datetime>` that shows the published date: one marked so (itemprop, pubdate)
# first, else the page's first.
_MARKED_TIME = '//time[@datetime][@itemprop="datePublished" or @pubdate]'


def _time_text_date(tree: HtmlElement, load_date: date) -> date | None:
    """The date the page's `<time datetime>` element shows in its text (as a reader sees
    it: the publisher's calendar day; one marked as the published date first, else the
    first), None when its text states no full date."""
    node = next(iter(tree.xpath(_MARKED_TIME)), None)
    node = node if node is not None else tree.find(".//time[@datetime]")
    if node is None:
        return None
    text = " ".join(node.text_content().split())
    stated = date_line_value(text, load_date) if 0 < len(text) <= 80 else None
    return stated.value if stated is not None else None


def _local_day(stated: StatedDate | None, shown: date | None) -> StatedDate | None:
    """The metadata date, or the day before it that the page's `<time>` shows: a metadata
    timestamp is often in UTC, a day ahead of an evening article in the Americas. Only the
    day before is taken (a `<time>` elsewhere may be the site's header with today's date)."""
    if stated is None or stated.value is None or shown is None:
        return stated
    if stated.value - shown == timedelta(days=1):
        return StatedDate(value=shown, written=stated.written)
    return stated


# The time zone a page's header writes after a time ("9:45 pm PST", "8:20 am ET",
# "11:06am IST"), and where it is kept: a metadata timestamp written in UTC is the
# publisher's calendar day only once read in it.
_SHOWN_ZONE = re.compile(
    # a time: "10:01", "8:21 am", "11am" (not "5000 MT" of rice)
    r"\b\d{1,2}(?::\d\d\s*(?:[aApP]\.?[mM]\.?)?|\s*[aApP]\.?[mM]\.?)\s*\(?"
    r"(E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|AK[SD]T|H[SD]?T|IST|JST|KST|AE[SD]T|BST|CES?T)\b"
)
_ZONES = {
    **dict.fromkeys(["ET", "EST", "EDT"], "America/New_York"),
    **dict.fromkeys(["CT", "CST", "CDT"], "America/Chicago"),
    **dict.fromkeys(["MT", "MST", "MDT"], "America/Denver"),
    **dict.fromkeys(["PT", "PST", "PDT"], "America/Los_Angeles"),
    **dict.fromkeys(["AKST", "AKDT"], "America/Anchorage"),
    **dict.fromkeys(["HT", "HST", "HDT"], "Pacific/Honolulu"),
    "IST": "Asia/Kolkata",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    **dict.fromkeys(["AEST", "AEDT"], "Australia/Sydney"),
    "BST": "Europe/London",
    **dict.fromkeys(["CET", "CEST"], "Europe/Berlin"),
}
# Lines under a headline read for the header's time zone.
_ZONE_LINES = 15


def _header_zone(shown: ShownText) -> str | None:
    """The time zone the page's header writes after a time, within 15 lines under an `<h1>`
    (not one in a list of other stories), as an IANA name; None when it writes none."""
    heads = sorted(shown.h1 - shown.elsewhere)
    for head in heads:
        for line in shown.lines[head : head + _ZONE_LINES]:
            found = _SHOWN_ZONE.search(line)
            if found is not None:
                return _ZONES[found.group(1)]
    return None


def _in_zone(value: str | None, zone: str | None) -> str | None:
    """A metadata timestamp written in UTC ("2026-03-04T03:10:00Z") as the day it is in
    the page's own time zone (`_header_zone`): an evening article in the Americas is
    dated the next day in UTC. A timestamp written with another offset is read in it."""
    if value is None or zone is None:
        return value
    try:
        stamp = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    if stamp.tzinfo is None or stamp.utcoffset() != timedelta(0):
        return value
    try:
        return stamp.astimezone(ZoneInfo(zone)).date().isoformat()
    except OverflowError:  # "0001-01-01T00:00:00Z": left for the date rule to refuse
        return value


def _first_published(stated: Sequence[StatedDate | None]) -> tuple[date | None, str | None]:
    """(the first accepted date, else None; the first refused value when none was accepted)."""
    accepted = next((s.value for s in stated if s is not None and s.value is not None), None)
    if accepted is not None:
        return accepted, None
    return None, next((s.written for s in stated if s is not None), None)


def clean_html_pages(
    raws: Sequence[str], record_titles: Sequence[str | None], load_date: date | None = None
) -> list[tuple[CleanArticle, str | None]]:
    """Clean a batch of HTML pages: each page's article and canonical URL."""
    load_date = load_date or today_utc()
    metas, bodies, shown, time_texts, graph_dates = [], [], [], [], []
    for raw in raws:
        tree = parse_html_tree(raw)
        metas.append(html_metadata(tree) if tree is not None else NO_METADATA)
        time_texts.append(_time_text_date(tree, load_date) if tree is not None else None)
        graph_dates.append(_json_ld_published(tree) if tree is not None else None)
        # Read before trafilatura, which may prune the tree it is given.
        shown.append(page_lines(tree) if tree is not None else ShownText([], frozenset()))
        bodies.append(_trafilatura_lines(tree) if tree is not None else [])
    titles = [
        normalize_text(title).strip() if title else None
        for title in (
            record or meta.title for record, meta in zip(record_titles, metas, strict=True)
        )
    ]
    zones = [_header_zone(page) for page in shown]
    published_stamps = [
        _in_zone(meta.published, zone) for meta, zone in zip(metas, zones, strict=True)
    ]
    graph_dates = [_in_zone(graph, zone) for graph, zone in zip(graph_dates, zones, strict=True)]
    meta_dates = [
        stated.value if stated is not None else None
        for stated in (
            stated_published_date(published or graph, load_date, whole_field=True)
            for published, graph in zip(published_stamps, graph_dates, strict=True)
        )
    ]
    displayed_dates = shown_dates(shown, titles, load_date, meta_dates)
    with_body = [i for i, lines in enumerate(bodies) if lines]
    for i, kept in zip(
        with_body,
        _light_clean([bodies[i] for i in with_body], [titles[i] for i in with_body]),
        strict=True,
    ):
        bodies[i] = kept
    out = []
    for raw, meta, title, lines, displayed, time_text, graph_date, published_stamp in zip(
        raws,
        metas,
        titles,
        bodies,
        displayed_dates,
        time_texts,
        graph_dates,
        published_stamps,
        strict=True,
    ):
        if not lines:  # trafilatura found nothing: our block extractor and paragraph filter
            blocks = (normalize_text(line).strip() for line in html_text_lines(raw))
            lines = clean_paragraphs([b for b in blocks if b], title)
        published, rejected = _first_published(
            [
                displayed,
                _local_day(
                    stated_published_date(published_stamp, load_date, whole_field=True), time_text
                ),
                _local_day(
                    stated_published_date(graph_date, load_date, whole_field=True), time_text
                ),
                _url_date(meta.url, load_date),
            ]
        )
        article = CleanArticle(
            title=title,
            body="\n\n".join(lines),
            published_date=published,
            published_date_source="metadata" if published else None,
            author=meta.author,
            publisher=meta.publisher,
            published_date_rejected=rejected,
        )
        out.append((article, meta.url))
    return out


def _is_record(fmt: str | None) -> bool:
    return fmt in RECORD_FILE_FORMATS


def clean_source(
    row: dict[str, Any],
    article: CleanArticle | None = None,
    *,
    page_url: str | None = None,
    derived: bool = True,
    load_date: date | None = None,
) -> dict[str, Any]:
    """Clean one source row (a dict with the ingest columns) into a cleaned-article dict.

    `article` (and an HTML page's `page_url`) is the cleaner's result when the caller
    cleaned a batch already; without `derived`, the rules of `finish_cleaned` (control
    characters, title length, word count, body hash) are left for the caller to apply to
    the whole batch.
    """
    load_date = load_date or today_utc()
    if article is None and row["is_html"]:
        ((article, page_url),) = clean_html_pages(
            [row["raw_text"]], [row.get("record_title")], load_date
        )
    elif article is None:
        article = clean_text_article(
            row["raw_text"],
            row.get("record_title"),
            load_date,
            keep_text=_is_record(row.get("format")),
        )
    # The record's own field first, then what the page says (both under the same rule);
    # with no date used, the first refused statement is kept.
    record = stated_published_date(row.get("record_published"), load_date, whole_field=True)
    if record is not None and record.value is not None:
        published, source, rejected = record.value, "record", None
    else:
        published, source = article.published_date, article.published_date_source
        refused = record.written if record is not None else article.published_date_rejected
        rejected = None if published else refused
    body = article.body
    cleaned = {
        "source_key": row["source_key"],
        "title": article.title,
        "body": body,
        "published_date": published,
        "published_date_source": source if published else None,
        "publisher": row.get("record_publisher") or article.publisher,
        "author": row.get("record_author") or article.author,
        "url": row.get("record_url") or page_url,
        "language": detect_language(body),
        "n_words": None,
        "body_hash": None,
        "published_date_rejected": rejected,
        "title_truncated": None,
    }
    if not derived:
        return cleaned
    return finish_cleaned(pl.DataFrame([cleaned], schema=CLEANED_SCHEMA)).row(0, named=True)


def _one_line(column: str) -> pl.Expr:
    """The column without control or invisible characters, its whitespace runs (line breaks
    included) one space, stripped; NULL when nothing is left."""
    text = (
        pl.col(column)
        .str.replace_all(f"{CONTROL}|{INVISIBLE}", "")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
    )
    return pl.when(text != "").then(text).alias(column)


def truncated_title(title: pl.Expr) -> pl.Expr:
    """The title rule (module docstring): longer than MAX_TITLE_CHARS, cut at a word
    boundary with "…" appended, MAX_TITLE_CHARS at most in all."""
    room = MAX_TITLE_CHARS - len(TITLE_ELLIPSIS)
    # Up to the last whitespace among the first room + 1 characters: room at most.
    at_word = title.str.slice(0, room + 1).str.extract(r"^([\s\S]*\S)\s", 1)
    cut = (
        pl.when(at_word.str.len_chars() >= room // 2)
        .then(at_word)
        .otherwise(title.str.slice(0, room))
        .str.strip_chars_end(" ,;:|/-–—")
    )
    return (
        pl.when(title.str.len_chars() > MAX_TITLE_CHARS)
        .then(pl.concat_str([cut, pl.lit(TITLE_ELLIPSIS)]))
        .otherwise(title)
    )


def finish_cleaned(cleaned: pl.DataFrame) -> pl.DataFrame:
    """The rules every cleaned row follows (module docstring), then word count and body hash."""
    cleaned = cleaned.with_columns(
        *(_one_line(column) for column in SINGLE_LINE_COLUMNS)
    ).with_columns(
        title=truncated_title(pl.col("title")),
        title_truncated=pl.col("title").str.len_chars().fill_null(0) > MAX_TITLE_CHARS,
    )
    body_keys = (
        cleaned["body"]
        .str.to_lowercase()
        .str.replace_all(BODY_KEY_SEPARATORS, " ")
        .str.strip_chars()
    )
    return cleaned.with_columns(
        n_words=pl.col("body").str.count_matches(r"\S+").cast(pl.Int64),
        # sha256 has no polars expression; hashlib runs in C on each normalized body.
        body_hash=pl.Series(
            [hashlib.sha256(key.encode("utf-8")).hexdigest() for key in body_keys], dtype=pl.String
        ),
    )


def quarantine_reasons(cleaned: pl.DataFrame, sources: pl.DataFrame) -> pl.Series:
    """Why each cleaned row is not an article (`reason_kind`), NULL for articles: the
    rows of `cleaned` and `sources` are the same sources in the same order."""
    has_words = pl.col("body").str.contains(WORD_CHARACTER)
    # Only a wordless body needs the page's own text looked at (what its markup leaves).
    page_text = pl.when(~has_words).then(pl.col("raw_text")).otherwise(pl.lit(""))
    page_has_words = (
        pl.when(pl.col("is_html"))
        .then(page_text.str.replace_all(_MARKUP, " "))
        .otherwise(page_text)
        .str.contains(WORD_CHARACTER)
    )
    frame = pl.DataFrame(
        {
            "body": cleaned["body"],
            "n_words": cleaned["n_words"],
            "raw_text": sources["raw_text"],
            "is_html": sources["is_html"],
            "is_record": sources["format"].is_in(list(RECORD_FILE_FORMATS)),
        }
    )
    return frame.select(
        pl.when(~has_words & ((pl.col("body") != "") | ~page_has_words))
        .then(pl.lit("no_words"))
        .when(~has_words | (~pl.col("is_record") & (pl.col("n_words") < MIN_BODY_WORDS)))
        .then(pl.lit("no_article_body"))
        .alias("reason_kind")
    ).to_series()


def _reason(kind: pl.Expr) -> pl.Expr:
    return (
        pl.when(kind == "no_words")
        .then(
            pl.lit(
                "no words left after cleaning: the page holds only punctuation/markup "
                "(no letter or digit in any script)"
            )
        )
        .otherwise(
            pl.format(
                "no article text found: {} words left after removing page furniture (minimum {})",
                pl.col("n_words"),
                pl.lit(MIN_BODY_WORDS),
            )
        )
    )


def _record_titles(sources: pl.DataFrame) -> list[str | None]:
    if "record_title" not in sources.columns:
        return [None] * sources.height
    return sources["record_title"].to_list()


def clean_sources(
    sources: pl.DataFrame, load_date: date | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Clean every source row: (cleaned articles, quarantine rows for sources with no article).

    `load_date` bounds the published dates accepted (default: today, UTC)."""
    load_date = load_date or today_utc()
    # Each kind is cleaned as one batch (one vectorized line classification per kind).
    texts, pages = sources.filter(~pl.col("is_html")), sources.filter(pl.col("is_html"))
    text_results = iter(
        clean_texts(
            texts["raw_text"].to_list(),
            _record_titles(texts),
            load_date,
            [_is_record(fmt) for fmt in texts["format"]],
        )
    )
    page_results = iter(
        clean_html_pages(pages["raw_text"].to_list(), _record_titles(pages), load_date)
    )
    per_row = [
        next(page_results) if is_html else (next(text_results), None)
        for is_html in sources["is_html"]
    ]
    cleaned = finish_cleaned(
        pl.DataFrame(
            [
                clean_source(row, article, page_url=page_url, derived=False, load_date=load_date)
                for row, (article, page_url) in zip(
                    sources.iter_rows(named=True), per_row, strict=True
                )
            ],
            schema=CLEANED_SCHEMA,
        )
    )
    cleaned = cleaned.with_columns(reason_kind=quarantine_reasons(cleaned, sources))
    rejected_keys = cleaned.filter(pl.col("reason_kind").is_not_null())
    # Whatever identifies the source in the quarantine schema comes from the source row.
    from_source = [c for c in CLEAN_QUARANTINE_SCHEMA if c in sources.columns]
    rejected = (
        rejected_keys.select("source_key", "n_words", "reason_kind")
        .join(sources.select(from_source), on="source_key")
        .with_columns(stage=pl.lit("clean"), reason=_reason(pl.col("reason_kind")))
        .select(
            [
                pl.col(c)
                if c in from_source or c in ("stage", "reason_kind", "reason")
                else pl.lit(None).alias(c)
                for c in CLEAN_QUARANTINE_SCHEMA
            ]
        )
        .cast(CLEAN_QUARANTINE_SCHEMA)  # type: ignore[arg-type]
    )
    return cleaned.filter(pl.col("reason_kind").is_null()).drop("reason_kind"), rejected
