"""Source documents (raw rows from ingest) to cleaned articles, as polars frames.

Picks the right cleaner per source (scraped text or HTML), merges record fields with
what the cleaner found (a record's own fields win), detects the language, counts words
and computes the normalized-body hash used for exact deduplication.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import polars as pl
import py3langid

from pipelines.text.clean import CleanArticle, clean_paragraphs, clean_text_article, normalize_text
from pipelines.text.dateparse import parse_date
from pipelines.text.html import parse_html_page
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


_NOT_ALNUM = re.compile(r"[\W_]+")
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
    return str(py3langid.classify(body[:1500])[0])


def _clean_html(raw: str, record_title: str | None) -> tuple[CleanArticle, str | None, str | None]:
    page = parse_html_page(raw)
    title = record_title or (normalize_text(page.title).strip() if page.title else None)
    lines = [normalize_text(line).strip() for line in page.lines]
    paragraphs = clean_paragraphs([line for line in lines if line], title)
    published = parse_date(page.published)
    return (
        CleanArticle(
            title=title,
            body="\n\n".join(paragraphs),
            published_date=published,
            published_date_source="metadata" if published else None,
            author=page.author,
            publisher=page.publisher,
        ),
        page.url,
        page.publisher,
    )


def clean_source(row: dict[str, Any]) -> dict[str, Any]:
    """Clean one source row (a dict with the ingest columns) into a cleaned-article dict."""
    url = row.get("record_url")
    if row["is_html"]:
        article, page_url, _ = _clean_html(row["raw_text"], row.get("record_title"))
        url = url or page_url
    else:
        article = clean_text_article(row["raw_text"], row.get("record_title"))
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
        "n_words": len(body.split()),
        "body_hash": normalized_body_hash(body),
    }


def clean_sources(sources: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Clean every source row: (cleaned articles, quarantine rows for sources with no article)."""
    cleaned = pl.DataFrame(
        [clean_source(row) for row in sources.iter_rows(named=True)], schema=CLEANED_SCHEMA
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
