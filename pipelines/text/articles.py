"""Source documents (raw rows from ingest) to cleaned articles, as polars frames.

Picks the right cleaner per source (scraped text or HTML), merges record fields with
what the cleaner found (a record's own fields win), detects the language, counts words
and computes the normalized-body hash used for exact deduplication.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

import polars as pl
import py3langid
from lxml.html import HtmlElement

from pipelines.text.clean import (
    CleanArticle,
    classify_documents,
    clean_paragraphs,
    clean_text_article,
    clean_texts,
    dedupe_key,
    normalize_text,
)
from pipelines.text.dateparse import parse_date
from pipelines.text.html import NO_METADATA, html_metadata, html_text_lines, parse_html_tree
from pipelines.text.read import QUARANTINE_SCHEMA

# Fewer words than this after cleaning is not an article (an error page, a bare menu).
MIN_BODY_WORDS = 25

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
}

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


def _url_date(url: str | None) -> date | None:
    found = _URL_DATE.search(url) if url else None
    if found is None:
        return None
    try:
        return date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def clean_html_pages(
    raws: Sequence[str], record_titles: Sequence[str | None]
) -> list[tuple[CleanArticle, str | None]]:
    """Clean a batch of HTML pages: each page's article and canonical URL."""
    metas, bodies = [], []
    for raw in raws:
        tree = parse_html_tree(raw)
        metas.append(html_metadata(tree) if tree is not None else NO_METADATA)
        bodies.append(_trafilatura_lines(tree) if tree is not None else [])
    titles = [
        normalize_text(title).strip() if title else None
        for title in (
            record or meta.title for record, meta in zip(record_titles, metas, strict=True)
        )
    ]
    with_body = [i for i, lines in enumerate(bodies) if lines]
    for i, kept in zip(
        with_body,
        _light_clean([bodies[i] for i in with_body], [titles[i] for i in with_body]),
        strict=True,
    ):
        bodies[i] = kept
    out = []
    for raw, meta, title, lines in zip(raws, metas, titles, bodies, strict=True):
        if not lines:  # trafilatura found nothing: our block extractor and paragraph filter
            blocks = (normalize_text(line).strip() for line in html_text_lines(raw))
            lines = clean_paragraphs([b for b in blocks if b], title)
        published = parse_date(meta.published) or _url_date(meta.url)
        article = CleanArticle(
            title=title,
            body="\n\n".join(lines),
            published_date=published,
            published_date_source="metadata" if published else None,
            author=meta.author,
            publisher=meta.publisher,
        )
        out.append((article, meta.url))
    return out


def clean_source(
    row: dict[str, Any],
    article: CleanArticle | None = None,
    *,
    page_url: str | None = None,
    derived: bool = True,
) -> dict[str, Any]:
    """Clean one source row (a dict with the ingest columns) into a cleaned-article dict.

    `article` (and an HTML page's `page_url`) is the cleaner's result when the caller
    cleaned a batch already; without `derived`, word count and body hash are left for the
    caller to compute.
    """
    if article is None and row["is_html"]:
        ((article, page_url),) = clean_html_pages([row["raw_text"]], [row.get("record_title")])
    elif article is None:
        article = clean_text_article(row["raw_text"], row.get("record_title"))
    url = row.get("record_url") or page_url
    published, published_source = article.published_date, article.published_date_source
    record_published = parse_date(row.get("record_published"))
    if record_published is not None:
        published, published_source = record_published, "record"
    body = article.body
    return {
        "source_key": row["source_key"],
        "title": article.title,
        "body": body,
        "published_date": published,
        "published_date_source": published_source if published else None,
        "publisher": row.get("record_publisher") or article.publisher,
        "author": row.get("record_author") or article.author,
        "url": url,
        "language": detect_language(body),
        "n_words": len(body.split()) if derived else None,
        "body_hash": normalized_body_hash(body) if derived else None,
    }


def _record_titles(sources: pl.DataFrame) -> list[str | None]:
    if "record_title" not in sources.columns:
        return [None] * sources.height
    return sources["record_title"].to_list()


def clean_sources(sources: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Clean every source row: (cleaned articles, quarantine rows for sources with no article)."""
    # Each kind is cleaned as one batch (one vectorized line classification per kind).
    texts, pages = sources.filter(~pl.col("is_html")), sources.filter(pl.col("is_html"))
    text_results = iter(clean_texts(texts["raw_text"].to_list(), _record_titles(texts)))
    page_results = iter(clean_html_pages(pages["raw_text"].to_list(), _record_titles(pages)))
    per_row = [
        next(page_results) if is_html else (next(text_results), None)
        for is_html in sources["is_html"]
    ]
    cleaned = pl.DataFrame(
        [
            clean_source(row, article, page_url=page_url, derived=False)
            for row, (article, page_url) in zip(sources.iter_rows(named=True), per_row, strict=True)
        ],
        schema=CLEANED_SCHEMA,
    )
    body_keys = (
        cleaned["body"]
        .str.to_lowercase()
        .str.replace_all(BODY_KEY_SEPARATORS, " ")
        .str.strip_chars()
    )
    cleaned = cleaned.with_columns(
        n_words=pl.col("body").str.count_matches(r"\S+").cast(pl.Int64),
        # sha256 has no polars expression; hashlib runs in C on each normalized body.
        body_hash=pl.Series(
            [hashlib.sha256(key.encode("utf-8")).hexdigest() for key in body_keys], dtype=pl.String
        ),
    )
    too_short = pl.col("n_words") < MIN_BODY_WORDS
    rejected = (
        cleaned.filter(too_short)
        .join(
            sources.select("source_key", "source_file", "source_record", "file_sha256"),
            on="source_key",
        )
        .select(
            "source_key",
            "source_file",
            "source_record",
            "file_sha256",
            pl.lit("clean").alias("stage"),
            pl.lit("no_article_body").alias("reason_kind"),
            pl.format(
                "no article text found: {} words left after removing page furniture (minimum {})",
                pl.col("n_words"),
                pl.lit(MIN_BODY_WORDS),
            ).alias("reason"),
        )
        .select(list(CLEAN_QUARANTINE_SCHEMA))
        .cast(CLEAN_QUARANTINE_SCHEMA)  # type: ignore[arg-type]
    )
    return cleaned.filter(~too_short), rejected
