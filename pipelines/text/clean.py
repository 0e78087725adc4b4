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
from functools import lru_cache

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
# Lines that are page furniture whatever their length: what a line starts with...
_FURNITURE_START = re.compile(
    r"""(?:
        (?:photo|image|picture|file\s+photo|caption|video|watch|listen|graphic)\b\s*[:|/–-]   # captions, media
      | (?:legal\s+notice|terms\s+(?:of\s+use|and\s+conditions)|privacy\s+policy|copyright)\b  # legal footers
      | this\s+(?:story|article|report|content)\s+(?:was|is|has\s+been)\s+(?:provided|supplied|distributed|produced|syndicated)\b
      | (?:\#[\w-]+[\s,]*)+$                                                                   # hashtag lines
      | (?:share|tags?|topics|filed\s+under|related|read\s+(?:more|also|next)|see\s+also|more\s+on|recommended|advertisement|sponsored)\b
      | (?:log\s*in|sign\s*in|sign\s*up|subscribe|newsletter)\b
      | \d+\s+comments?\b
      | (?:no\s+comments?|comments?)\b
      | (?:legal\s+)?disclaimer\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# ...or contains anywhere: copyright notices, glued captions, newsletter boxes, cookie banners.
_FURNITURE_ANYWHERE = re.compile(
    r"©|\(c\)\s*\d{4}|all\s+rights\s+reserved|protected\s+by\s+copyright|\b(?:photo|image|picture)\s*(?:credit)?\s*:\s"
    r"|\benter\s+your\s+e-?mail|\byour\s+inbox\b|\bunsubscribe\s+at\s+any\s+time|\bcookies?\b",
    re.IGNORECASE,
)


_FURNITURE_KEYS = (
    "©",
    "(c)",
    "rights",
    "copyright",
    "photo",
    "image",
    "picture",
    "mail",
    "inbox",
    "unsubscribe",
    "cookie",
)


class _Furniture:
    """`_FURNITURE.match(line)`: true for page furniture (kept as one name for readability)."""

    @staticmethod
    def match(line: str) -> bool:
        return _is_furniture(line)


@lru_cache(maxsize=1 << 16)
def _is_furniture(line: str) -> bool:
    if _FURNITURE_START.match(line):
        return True
    lower = line.lower()
    # Substring tests first: the regex only runs on lines that hold one of its keywords.
    return any(key in lower for key in _FURNITURE_KEYS) and bool(_FURNITURE_ANYWHERE.search(line))


_FURNITURE = _Furniture()


def clear_line_caches() -> None:
    """Forget the per-line classifications (they are memoized: menus repeat across pages)."""
    for cached in (_is_furniture, word_count, is_paragraph, line_score):
        cached.cache_clear()


# Once the body has started, these lines open the footer: nothing after them is article text.
# Lines that mark a boundary of the article: what follows is another block of the page
# (related links, comments, tags, share bars, legal notes). "Read more" is not one: it
# closes teasers inside articles too, and is dropped as furniture instead.
_FOOTER_START = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|news|coverage|posts|content|links))?|"
    r"more\s+(?:stories|from|news|on\s+this(?:\s+story)?|in\s+\w+)|"
    r"comments?|\d+\s+comments?|no\s+comments?.*|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|"
    r"join\s+the\s+(?:conversation|discussion)|(?:legal\s+)?disclaimer|tags?|topics|keywords|share(?:\s+this(?:\s+\w+)?)?|"
    r"you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|about\s+the\s+author|"
    r"most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|popular\s+(?:stories|posts|now)|"
    r"(?:sponsored|partner)\s+(?:content|stories)|editor'?s\s+picks?|"
    r"\d+\s+(?:responses?|replies|comments?)\b.*|[\w .'-]{1,40}\s+(?:says|said|wrote|writes):)\s*[:.!…]*\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’)\]」]*$|[\"”’」]$")
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
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


# UTF-8 read as cp1252/latin-1 leaves a lead byte (Ã, Â, â, Ð, Ñ...) before a continuation
# character; only such texts go through ftfy, which is slow on clean text.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_SPACES = re.compile(
    r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t][\u00a0\u2000-\u200a\u202f\u205f\u3000\t ]*| {2,}"
)
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def normalize_text(text: str) -> str:
    """Repair mojibake, apply NFC, unify line breaks and spaces; typographic quotes stay."""
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_text(
            text, uncurl_quotes=False, fix_latin_ligatures=False, normalization="NFC"
        )
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=1 << 16)
def word_count(line: str) -> int:
    """Words in a line; scripts without spaces count about one word per two characters."""
    n = len(_WORD.findall(line))
    if line.isascii():
        return n
    cjk = len(_CJK.findall(line))
    return n + cjk // 2 if cjk else n


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence (a stop, possibly inside closing quotes)."""
    return bool(_SENTENCE_END.search(line[-6:]))


@lru_cache(maxsize=1 << 16)
def is_paragraph(line: str) -> bool:
    """A sentence-like line long enough to be article prose."""
    return (
        word_count(line) >= MIN_PARAGRAPH_WORDS
        and ends_sentence(line)
        and not _looks_like_list(line)
    )


def _looks_like_list(line: str) -> bool:
    if "   " not in line and not any(mark in line for mark in "|•·»/"):
        return False  # the common case, without a regex
    return len(_LIST_SEPARATORS.findall(line)) >= 2


def dedupe_key(line: str) -> str:
    """A line reduced to its lowercase words: equal for repeats that differ in case or punctuation."""
    return " ".join(_WORD.findall(line.lower()))


@lru_cache(maxsize=1 << 16)
def line_score(line: str) -> float:
    """How much a line looks like article text (positive) or page furniture (negative)."""
    n = word_count(line)
    if _FURNITURE.match(line) or _FOOTER_START.match(line):
        return -max(8.0, float(n))
    if _looks_like_list(line):
        return -max(5.0, n / 2)
    if n <= 25 and _TRUNCATED.search(line[-8:]):
        return -2.0 - min(n, 16) / 2  # a teaser cut off with "...", not prose
    if ends_sentence(line):
        if n >= MIN_PARAGRAPH_WORDS:
            return float(n)
        if n >= MIN_BODY_LINE_WORDS:
            return n / 2
    if n >= 15 and _lowercase_share(line) >= 0.6:
        return n / 2  # long running text whose final stop was lost in scraping
    return -2.0 - min(n, 16) / 2  # menus, headlines, link lists: longer ones separate more


def _lowercase_share(line: str) -> float:
    """Share of words starting lowercase: high in prose, low in title-case headlines and menus."""
    words = [w for w in _WORD.findall(line) if w[0].isalpha()]
    if not words:
        return 0.0
    return sum(w[0].islower() for w in words) / len(words)


def line_scores(lines: list[str]) -> list[float]:
    """`line_score` of each line, with isolated prose discounted.

    Articles come in runs of paragraphs; a lone sentence between menus is more often a
    notice (an error message, a teaser) than the article, so it counts for a quarter.
    """
    scores = [line_score(line) for line in lines]
    out = list(scores)
    for i, score in enumerate(scores):
        if score > 0:
            before = scores[i - 1] if i > 0 else -1.0
            after = scores[i + 1] if i + 1 < len(scores) else -1.0
            if before <= 0 and after <= 0:
                out[i] = score / 4
    return out


def body_region(lines: list[str]) -> tuple[int, int] | None:
    """[start, end) of the densest run of article text: the maximum-sum run of line scores.

    Prose lines add their length, furniture subtracts; the best run starts at the first
    paragraph of the article and stops before the related links, comments and footers,
    while tolerating short headings and captions inside the body. A footer marker inside
    the run ("Comments", "Related articles") ends it when more text precedes it than
    follows, and starts it otherwise (a share bar above the article). A run needs at least
    one real paragraph.
    """
    scores = line_scores(lines)
    best_sum, best = 0.0, None
    run_sum, run_start = 0.0, 0
    for i, score in enumerate(scores):
        if run_sum <= 0:
            run_sum, run_start = 0.0, i
        run_sum += score
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    if best is None:
        return None
    start, end = _best_segment(lines, scores, *best)
    end = _extend_announced_list(lines, end)
    if not any(is_paragraph(line) for line in lines[start:end]):
        return None
    return start, end


def _extend_announced_list(lines: list[str], end: int, max_items: int = 80) -> int:
    """Extend the body over a list its last line announces ("Tour dates:", "The demands are:")."""
    if end == 0 or not lines[end - 1].rstrip().endswith(":"):
        return end
    stop = end
    while stop < len(lines) and stop - end < max_items:
        line = lines[stop]
        if _FURNITURE.match(line) or _FOOTER_START.match(line) or word_count(line) > 40:
            break
        stop += 1
    return stop


def _best_segment(lines: list[str], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """Split [start, end) at boundary markers and keep the segment with the most text.

    A share bar above the article, a comment section below it ("jane says:" before every
    comment) or a "Related" block are separate segments of the page, not the article.
    """
    cuts = [k for k in range(start, end) if _FOOTER_START.match(lines[k])]
    if not cuts:
        return start, end
    bounds = [start - 1, *cuts, end]
    segments = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
    mass = [sum(max(v, 0.0) for v in scores[a:b]) for a, b in segments]
    a, b = segments[max(range(len(segments)), key=mass.__getitem__)]
    # Trim the segment's own edges (a short teaser before a share bar, a trailing byline).
    best_sum, best, run_sum, run_start = 0.0, (a, b), 0.0, a
    for i in range(a, b):
        if run_sum <= 0:
            run_sum, run_start = 0.0, i
        run_sum += scores[i]
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    return best


def body_start(lines: list[str]) -> int | None:
    """Index of the first line of the article body (see `body_region`)."""
    region = body_region(lines)
    return region[0] if region else None


def clean_paragraphs(
    lines: list[str], title: str | None = None, region: tuple[int, int] | None = None
) -> list[str]:
    """Keep article paragraphs from an ordered list of candidate lines.

    Inside the body region, furniture lines, bylines and repeats (including the title again)
    are dropped; short lines stay only between two kept paragraphs (subheadings).
    """
    title_key = dedupe_key(title) if title else None
    region = region or body_region(lines)
    if region is None:
        return []
    kept: list[str] = []
    seen: set[str] = set()
    for line in lines[region[0] : region[1]]:
        if (
            _FURNITURE.match(line)
            or _FOOTER_START.match(line)
            or _BYLINE.match(line)
            or _looks_like_list(line)
        ):
            continue
        key = dedupe_key(line)
        if key in seen or key == title_key:
            continue
        seen.add(key)
        kept.append(line)

    # Short unpunctuated lines are kept as subheadings only between paragraphs: at either
    # end they are a byline, a kicker or a newsletter prompt.
    # (Three or more in a row are a list the article announced, and stay.)
    def is_stray(line: str) -> bool:
        return not ends_sentence(line) and word_count(line) < MIN_PARAGRAPH_WORDS

    head = next((i for i, line in enumerate(kept) if not is_stray(line)), len(kept))
    tail = next((i for i, line in enumerate(reversed(kept)) if not is_stray(line)), len(kept))
    start = head if head <= 2 else 0
    end = len(kept) - tail if tail <= 2 else len(kept)
    return kept[start:end] if start < end else []


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

    region = body_region(content)
    title_index = _pick_title_index(content, region) if region else None
    if region and title_index is not None and title_index >= region[0]:
        # The headline sits inside the densest run: what precedes it (an error page, a
        # teaser) is not the article, unless it outweighs what follows.
        scores = line_scores(content)
        before = sum(max(v, 0.0) for v in scores[region[0] : title_index])
        after = sum(max(v, 0.0) for v in scores[title_index + 1 : region[1]])
        if before < after / 2:
            region = (title_index + 1, region[1])
    title = record_title or (content[title_index] if title_index is not None else None)
    first_para = region[0] if region else None
    if published is None and first_para:
        # A bare date line near the title ("October 14, 2026") is page metadata too.
        for line in content[max(0, first_para - 4) : first_para]:
            if word_count(line) <= 8:
                parsed = parse_date(line)
                if parsed is not None:
                    published, published_source = parsed, "metadata"
                    break
    paragraphs = clean_paragraphs(content, title, region)
    publisher = None
    if paragraphs:
        prefix = _PUBLISHER_PREFIX.match(paragraphs[0])
        publisher = prefix.group("name").strip() if prefix else None
    if publisher is None:
        publisher = _copyright_holder(content)
    if author is None and title_index is not None and first_para is not None:
        # A bare name line under the headline ("Derya Aksoy | Stratos Wire").
        for line in content[title_index + 1 : min(first_para, title_index + 4)]:
            named = _NAME_LINE.match(line)
            if named and parse_date(line) is None:
                author = named.group("name")
                break
    return CleanArticle(
        title=_clean_title(title),
        body="\n\n".join(paragraphs),
        published_date=published,
        published_date_source=published_source,
        author=author,
        publisher=publisher,
    )


_MARKDOWN_HINT = re.compile(r"^#|[\[*_]")


_COPYRIGHT_HOLDER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?(?P<name>[A-Z][^.|,©]{1,60}?)\s*(?:[.,|]|all rights|$)",
    re.IGNORECASE,
)
# Trailing years and company forms are not part of the publication's name.
_HOLDER_SUFFIX = re.compile(
    r"(?:\s+(?:\d{4}|ltd|limited|inc|llc|plc|gmbh|ag|s\.?a|co))+\.?$", re.IGNORECASE
)
_NAME_LINE = re.compile(
    r"^(?P<name>[A-Z][a-z'’.-]+(?:[ -][A-Z][a-z'’.-]+){1,3})\s*(?:[|,–-]\s*[A-Z][\w .&'-]{1,40})?$"
)


def _copyright_holder(lines: list[str]) -> str | None:
    """The publisher named in a copyright line ("© 2026 Meridian Post. All rights reserved.")."""
    for line in reversed(lines):
        if "©" in line or "opyright" in line or "(c)" in line.lower():
            match = _COPYRIGHT_HOLDER.search(line)
            if match:
                name = re.split(r"\s+[·•|/]\s+", match.group("name"))[0]
                name = _HOLDER_SUFFIX.sub("", name).strip()
                if name and len(name.split()) <= 6:
                    return name
    return None


def _strip_markdown(line: str) -> str:
    if not _MARKDOWN_HINT.search(line):
        return line
    line = re.sub(r"^#{1,6}\s+", "", line)  # headings
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)  # images
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links keep their text
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    return line.strip()


def _pick_title_index(lines: list[str], region: tuple[int, int]) -> int | None:
    """Index of the headline: above the body or among its first lines.

    Candidates are headline-shaped lines (3..30 words, no final stop, not furniture, a list
    or a date) from the 15 lines above the body to the 6 first lines of it. The one whose
    words the body's opening shares most wins; among equals (a title repeated or re-cased)
    the first. Requiring overlap keeps error messages and menus out.
    """
    start, end = region
    opening = [
        line for line in lines[start:end] if is_paragraph(line) and not _FURNITURE.match(line)
    ][:8]
    body_words = set(_WORD.findall(" ".join(opening).lower()))
    best: tuple[float, int] | None = None
    seen: list[str] = []
    for index in range(max(0, start - 15), min(end, start + 6)):
        line = lines[index]
        # A line that repeats an earlier one with something glued on (a caption) is not the title.
        if any(line.lower().startswith(prev.lower()) and line != prev for prev in seen):
            continue
        seen.append(line)
        words = [w.lower() for w in _WORD.findall(line)]
        long_words = [w for w in words if len(w) >= 4]
        if not (3 <= len(words) <= MAX_TITLE_WORDS) or len(long_words) < 2:
            continue
        if index >= start and ends_sentence(line):
            continue  # inside the body only an unpunctuated line can be the headline
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
        if index >= start and best is not None and best[1] < start and best[0] >= 0.5:
            break  # a good headline above the body beats any line inside it
        if overlap >= 0.3 and (best is None or overlap > best[0]):
            best = (overlap, index)
    return best[1] if best else None


def _clean_title(title: str | None) -> str | None:
    if title is None:
        return None
    title = normalize_text(title).strip()
    return title or None
