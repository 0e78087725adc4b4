"""Scraped text to a clean article: body, title and metadata lines.

A first, rule-based cleaner. The body is the run of sentence-like paragraphs that follows
the title; page furniture (menus, banners, captions, share bars, footers) is recognised by
its shape (short, unpunctuated, list-like lines) and by a few structural markers, not by
phrases copied from particular sites. Paragraphs repeated inside one page are kept once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

import ftfy

from pipelines.text.dateparse import parse_date

# A "<space>date YYYY-MM-DD STATUS" line that scrapers prepend: the fetch records the page date.
_SCRAPE_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+\d{3})?\s*$", re.IGNORECASE)
_DATE_LABEL = re.compile(
    r"^(?:published|posted|first published|date|updated|last updated|modified)\b\s*(?:on|at)?\s*[:\-–]?\s*",
    re.IGNORECASE,
)
_UPDATED_LABEL = re.compile(r"^(?:updated|last updated|modified)\b", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?i:by|written by|words by|reporting by|author:|authors?\s*:)\s*(?P<name>[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|de|van|von|al|bin|da|di|del|la|le)){0,4})",
)
_PUBLISHER_PREFIX = re.compile(r"^\((?P<name>[A-Z][\w .&'-]{1,40})\)\s")
# Lines that are page furniture whatever their length.
_FURNITURE = re.compile(
    r"""^(?:
        (?:photo|image|picture|file\s+photo|caption|video|watch|listen|graphic)\b\s*[:|/–-]   # captions, media
      | .*(?:©|\(c\)\s*\d{4}|all\s+rights\s+reserved)                                          # copyright
      | (?:\#[\w-]+[\s,]*)+$                                                                   # hashtag lines
      | (?:share|tags?|topics|filed\s+under|related|read\s+(?:more|also|next)|see\s+also|more\s+on|recommended|advertisement|sponsored)\b.*$
      | (?:log\s*in|sign\s*in|sign\s*up|subscribe|newsletter)\b.*$
      | .*\b(?:cookies?)\b.*$
      | \d+\s+comments?\b.*$
      | (?:no\s+comments?|comments?)\b.*$
      | (?:legal\s+)?disclaimer\b.*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Once the body has started, these lines open the footer: nothing after them is article text.
_FOOTER_START = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|news|coverage))?|read\s+(?:more|also|next)|more\s+(?:stories|from|news)|"
    r"comments?|\d+\s+comments?|no\s+comments?.*|leave\s+a\s+(?:comment|reply)|(?:legal\s+)?disclaimer|tags?|topics|share(?:\s+this)?|"
    r"you\s+may\s+also\s+like|recommended|about\s+the\s+author)\s*[:.!]?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$|[\"”’]$")
_WORD = re.compile(r"\w+", re.UNICODE)
_LIST_SEPARATORS = re.compile(r"\s[|•·»/]\s|\s{3,}")

MIN_PARAGRAPH_WORDS = 12
MIN_BODY_LINE_WORDS = 4
MAX_TITLE_WORDS = 30


@dataclass(frozen=True)
class CleanArticle:
    """A cleaned article and the metadata read from its text."""

    title: str | None
    body: str
    published_date: date | None
    published_date_source: str | None
    author: str | None
    publisher: str | None


def normalize_text(text: str) -> str:
    """Repair mojibake, apply NFC, unify line breaks and spaces; typographic quotes stay."""
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_latin_ligatures=False, normalization="NFC")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+", " ", text)
    text = re.sub(r"[\u200b-\u200d\ufeff]", "", text)
    return re.sub(r"[ ]{2,}", " ", text)


def word_count(line: str) -> int:
    return len(_WORD.findall(line))


def is_paragraph(line: str) -> bool:
    """A sentence-like line long enough to be article prose."""
    return (
        word_count(line) >= MIN_PARAGRAPH_WORDS
        and bool(_SENTENCE_END.search(line))
        and not _looks_like_list(line)
    )


def _looks_like_list(line: str) -> bool:
    return len(_LIST_SEPARATORS.findall(line)) >= 2


def _dedupe_key(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def body_start(lines: list[str]) -> int | None:
    """Index of the first line of the article body.

    The first prose paragraph directly followed by another (or, failing that, nearly so): a lone
    sentence-like line above the title (an error message, a cookie notice) does not start it.
    """
    prose = [is_paragraph(line) and not _FURNITURE.match(line) for line in lines]
    for window in (2, 3):
        for i, is_prose in enumerate(prose):
            if is_prose and any(prose[i + 1 : i + window]):
                return i
    return next((i for i, is_prose in enumerate(prose) if is_prose), None)


def clean_paragraphs(lines: list[str], title: str | None = None) -> list[str]:
    """Keep article paragraphs from an ordered list of candidate lines.

    The body runs from the first prose paragraph to the footer; inside it, furniture
    lines, too-short fragments and repeats (including the title again) are dropped.
    """
    title_key = _dedupe_key(title) if title else None
    first = body_start(lines)
    if first is None:
        return []
    kept: list[str] = []
    seen: set[str] = set()
    for line in lines[first:]:
        if _FOOTER_START.match(line):
            break
        if _FURNITURE.match(line) or _BYLINE.match(line) or _looks_like_list(line):
            continue
        if word_count(line) < MIN_BODY_LINE_WORDS or not _SENTENCE_END.search(line):
            continue
        key = _dedupe_key(line)
        if key in seen or key == title_key:
            continue
        seen.add(key)
        kept.append(line)
    return kept


def clean_text_article(raw: str, record_title: str | None = None) -> CleanArticle:
    """Clean one scraped text (txt/md, or a record body) into title, body and metadata."""
    text = normalize_text(raw)
    lines = [_strip_markdown(line.strip()) for line in text.split("\n")]
    lines = [line for line in lines if line]

    published: date | None = None
    published_source: str | None = None
    updated: date | None = None
    author: str | None = None
    content: list[str] = []
    for line in lines:
        scrape = _SCRAPE_DATE_LINE.match(line)
        if scrape:
            published, published_source = parse_date(scrape.group(1)), "metadata"
            continue
        if _DATE_LABEL.match(line) and word_count(line) <= 12:
            parsed = parse_date(line)
            if parsed is not None:
                if _UPDATED_LABEL.match(line):
                    updated = updated or parsed
                elif published is None:
                    published, published_source = parsed, "metadata"
                continue
        byline = _BYLINE.match(line)
        if byline and word_count(line) <= 12:
            author = author or byline.group("name").strip()
            stated = parse_date(line)  # "By A. Writer | Posted on 2026-03-02"
            if stated is not None and published is None:
                published, published_source = stated, "metadata"
            continue
        content.append(line)
    if published is None and updated is not None:
        published, published_source = updated, "metadata"

    first_para = body_start(content)
    # Words of the opening prose paragraphs (not the footer, which often names the site).
    opening = [
        line
        for line in content[first_para or 0 :]
        if is_paragraph(line) and not _FURNITURE.match(line)
    ][:6]
    body_words = set(_WORD.findall(" ".join(opening).lower())) if first_para is not None else set()
    title = record_title or (_pick_title(content[:first_para], body_words) if first_para else None)
    if published is None and first_para:
        # A bare date line near the title ("October 14, 2026") is page metadata too.
        for line in content[max(0, first_para - 4) : first_para]:
            if word_count(line) <= 8:
                parsed = parse_date(line)
                if parsed is not None:
                    published, published_source = parsed, "metadata"
                    break
    paragraphs = clean_paragraphs(content, title)
    publisher = None
    if paragraphs:
        prefix = _PUBLISHER_PREFIX.match(paragraphs[0])
        publisher = prefix.group("name").strip() if prefix else None
    return CleanArticle(
        title=_clean_title(title),
        body="\n\n".join(paragraphs),
        published_date=published,
        published_date_source=published_source,
        author=author,
        publisher=publisher,
    )


def _strip_markdown(line: str) -> str:
    line = re.sub(r"^#{1,6}\s+", "", line)  # headings
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)  # images
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links keep their text
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    return line.strip()


def _pick_title(candidates: list[str], body_words: set[str]) -> str | None:
    """The headline among the lines above the body.

    Candidates are headline-shaped lines (3..30 words, not furniture, a list or a date).
    The one whose words the body's opening shares most wins; among equals (a title
    repeated or re-cased) the first. Requiring overlap keeps error and menu lines out.
    """
    best: tuple[float, str] | None = None
    seen: list[str] = []
    for line in candidates:
        # A line that repeats an earlier one with something glued on (a caption) is not the title.
        if any(line.lower().startswith(prev.lower()) and line != prev for prev in seen):
            continue
        seen.append(line)
        words = [w.lower() for w in _WORD.findall(line)]
        long_words = [w for w in words if len(w) >= 4]
        if not (3 <= len(words) <= MAX_TITLE_WORDS) or len(long_words) < 2:
            continue
        if (
            _FURNITURE.match(line)
            or _looks_like_list(line)
            or _FOOTER_START.match(line)
            or _BYLINE.match(line)
        ):
            continue
        if parse_date(line) is not None and len(words) <= 8:
            continue
        overlap = round(sum(w in body_words for w in long_words) / len(long_words), 1)
        if overlap >= 0.3 and (best is None or overlap > best[0]):
            best = (overlap, line)
    return best[1] if best else None


def _clean_title(title: str | None) -> str | None:
    if title is None:
        return None
    title = normalize_text(title).strip()
    return title or None
