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


def _extract_with_trafilatura(raw: str) -> tuple[list[str], Any]:
    """Main-text lines and metadata from trafilatura (measured best on our HTML benchmark).

    favor_recall keeps short paragraphs and lists that the default drops; our light
    post-cleaning then removes furniture lines and repeats.
    """
    import trafilatura

    try:
        document = trafilatura.bare_extraction(raw, favor_recall=True, with_metadata=True)
    except Exception:  # a page trafilatura cannot parse falls back to our own extractor
        return [], None
    if document is None or not document.text:
        return [], document
    return [
        line.strip() for line in normalize_text(document.text).split("\n") if line.strip()
    ], document


def _light_clean(lines: list[str], title: str | None) -> list[str]:
    """Drop furniture lines, repeats and the title repeated; keep everything else in order."""
    title_key = dedupe_key(title) if title else None
    (doc,) = classify_documents(["\n".join(lines)])
    seen: set[str] = set()
    kept = []
    for i, line in enumerate(doc.line):
        key = doc.key[i]
        if doc.is_furniture[i] or key in seen or key == title_key:
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _clean_html(raw: str, record_title: str | None) -> tuple[CleanArticle, str | None, str | None]:
    page = parse_html_page(raw)
    lines, document = _extract_with_trafilatura(raw)
    title = record_title or page.title or (document.title if document is not None else None)
    title = normalize_text(title).strip() if title else None
    if lines:
        paragraphs = _light_clean(lines, title)
    else:
        paragraphs = clean_paragraphs(
            [s for s in (normalize_text(line).strip() for line in page.lines) if s], title
        )
    published = parse_date(page.published)
    url = page.url or (document.url if document is not None else None)
    if published is None and document is not None and document.date and url:
        # trafilatura also guesses dates from body text; only trust it when the URL agrees.
        guessed = parse_date(document.date)
        if guessed is not None and (
            guessed.strftime("%Y/%m/%d") in url or guessed.isoformat() in url
        ):
            published = guessed
    author = page.author or (document.author if document is not None else None)
    publisher = page.publisher or (document.sitename if document is not None else None)
    return (
        CleanArticle(
            title=title,
            body="\n\n".join(paragraphs),
            published_date=published,
            published_date_source="metadata" if published else None,
            author=author,
            publisher=publisher,
        ),
        url,
        publisher,
    )


def clean_source(
    row: dict[str, Any], article: CleanArticle | None = None, *, derived: bool = True
) -> dict[str, Any]:
    """Clean one source row (a dict with the ingest columns) into a cleaned-article dict.

    `article` is the text cleaner's result when the caller cleaned a batch already;
    without `derived`, word count and body hash are left for the caller to compute.
    """
    url = row.get("record_url")
    if row["is_html"]:
        article, page_url, _ = _clean_html(row["raw_text"], row.get("record_title"))
        url = url or page_url
    elif article is None:
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
        "n_words": len(body.split()) if derived else None,
        "body_hash": normalized_body_hash(body) if derived else None,
    }


def clean_sources(sources: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Clean every source row: (cleaned articles, quarantine rows for sources with no article)."""
    rows = list(sources.iter_rows(named=True))
    # Scraped text is cleaned as one batch (vectorized line classification); HTML per page.
    text_rows = [row for row in rows if not row["is_html"]]
    text_articles = dict(
        zip(
            (row["source_key"] for row in text_rows),
            clean_texts(
                [row["raw_text"] for row in text_rows],
                [row.get("record_title") for row in text_rows],
            ),
            strict=True,
        )
    )
    cleaned = pl.DataFrame(
        [clean_source(row, text_articles.get(row["source_key"]), derived=False) for row in rows],
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
