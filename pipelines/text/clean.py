"""Scraped text to clean articles: body, title and metadata, a batch at a time.

The body is the densest run of article text on the page. Each line gets a score from
its shape (`line_features`, vectorized over the batch): prose adds its length, furniture
(menus, banners, captions, share bars, legal lines) subtracts. Per document, the
maximum-sum run of scores is the body; page-block markers ("Related", "Comments",
"jane says:") split it and the segment with the most text wins; the headline, found by
its overlap with the body and the article's header under it (a byline, a labelled date:
the page's first line, the browser's title, may be missing), marks where the body may
start. Paragraphs repeated inside one
page are kept once. Nothing here is a phrase list of particular sites: the markers are
the generic words pages use for their blocks.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import ftfy
import polars as pl

from pipelines.text.dateparse import (
    MONTHS,
    StatedDate,
    stated_published_date,
    today_utc,
)
from pipelines.text.dateparse import states_date as _states_date
from pipelines.text.line_features import (
    BYLINE_OPENER,
    DATE_LABEL,
    MIN_BODY_LINE_WORDS,
    MIN_PARAGRAPH_WORDS,
    PHOTO_CREDIT,
    UPDATED_LABEL,
    classify_lines,
    split_lines,
)

MAX_TITLE_WORDS = 30
# Whether a line states a date, asked of the same header lines for every candidate headline.
states_date = lru_cache(maxsize=1 << 16)(_states_date)
# Longest title kept whole; longer ones are cut at a word boundary (`articles.finish_cleaned`).
MAX_TITLE_CHARS = 500

# Metadata lines, read in Python once the batch pass has flagged them.
_SCRAPE_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+\d{3})?\s*$", re.IGNORECASE)
_DATE_LABEL = re.compile(DATE_LABEL, re.IGNORECASE)
_UPDATED_LABEL = re.compile(UPDATED_LABEL, re.IGNORECASE)
_BYLINE = re.compile(
    BYLINE_OPENER
    + r"(?P<name>[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|de|van|von|al|bin|da|di|del|la|le)){0,4})",
)
_PUBLISHER_PREFIX = re.compile(r"^\((?P<name>[A-Z][\w .&'-]{1,40})\)\s")
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


def _combining_marks() -> str:
    """The combining marks of the Basic Multilingual Plane as a character class's ranges:
    Python's `\\w` leaves them out, splitting a word of an Indic script at its vowel signs
    ("বাড়ির" in four), where the line classifier's `\\w` keeps it whole."""
    marks = [c for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M")]
    ranges: list[tuple[int, int]] = []
    for c in marks:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


_WORD = re.compile(rf"[\w{_combining_marks()}]+")
# A word in the sense of the no-words rule: a letter or a digit, in any script.
HAS_WORD = re.compile(r"[^\W_]")

# A complete HTML character reference left in plain text: "&#233;", "&#xE9;", "&quot;".
_HTML_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6}|[A-Za-z][A-Za-z0-9]{1,7});")
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


@dataclass(frozen=True)
class CleanArticle:
    """A cleaned article and the metadata read from its text."""

    title: str | None
    body: str
    published_date: date | None
    published_date_source: str | None
    author: str | None
    publisher: str | None
    # The stated published date the rule refused (see `dateparse`), when none was used.
    published_date_rejected: str | None = None


def repair_text(text: str) -> str:
    """Repair mojibake, decode the HTML character references a scraper left in plain text
    ("Jos&#233; Manuel Barroso", "&quot;"), and apply NFC; typographic quotes stay. (Spaces
    and line breaks are unified for a whole batch by `line_features.split_lines`.)"""
    if "&" in text:
        # (only complete references, ";" and all: "AT&T" and "R&D" stay as written)
        text = _HTML_REFERENCE.sub(lambda found: html.unescape(found.group()), text)
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_text(
            text, uncurl_quotes=False, fix_latin_ligatures=False, normalization="NFC"
        )
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def normalize_text(text: str) -> str:
    """`repair_text`, then unified line breaks and spaces and no invisible characters."""
    text = repair_text(text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text)


def dedupe_key(line: str) -> str:
    """The line lowercased with spaces unified: equal for repeats and re-cased copies.
    (The batch computes the same key for every line as `Lines.key`.)"""
    return " ".join(line.lower().split())


class Lines:
    """The classified lines of one document (parallel lists, see `line_features`)."""

    __slots__ = (
        "ends_sentence",
        "has_copyright",
        "is_byline",
        "is_furniture",
        "is_list",
        "is_marker",
        "is_paragraph",
        "key",
        "line",
        "maybe_metadata",
        "n_words",
        "score",
    )

    def __init__(self, columns: dict[str, list]) -> None:
        for name in self.__slots__:
            setattr(self, name, columns[name])

    def __len__(self) -> int:
        return len(self.line)

    def is_junk(self, i: int) -> bool:
        return self.is_furniture[i] or self.is_marker[i] or self.is_list[i]


def classify_documents(texts: Sequence[str]) -> list[Lines]:
    """Split and classify the lines of every text in one vectorized pass."""
    frame = classify_lines(split_lines(pl.Series(list(texts), dtype=pl.String)))
    grouped = frame.group_by("doc", maintain_order=True).agg(pl.exclude("doc"))
    docs: list[Lines] = [Lines({name: [] for name in Lines.__slots__}) for _ in texts]
    for row in grouped.iter_rows(named=True):
        docs[row["doc"]] = Lines(row)
    return docs


# --- the body region ----------------------------------------------------------------------


def isolated_discount(scores: list[float]) -> list[float]:
    """Articles come in runs of paragraphs; a lone sentence between menus is more often a
    notice (an error message, a teaser) than the article, so it counts for a quarter."""
    out = list(scores)
    last = len(scores) - 1
    for i, score in enumerate(scores):
        if score > 0 and (i == 0 or scores[i - 1] <= 0) and (i == last or scores[i + 1] <= 0):
            out[i] = score / 4
    return out


def max_run(scores: list[float], start: int, end: int) -> tuple[float, tuple[int, int] | None]:
    """The maximum-sum run of scores[start:end] (Kadane): (sum, (first, last + 1))."""
    best_sum, best = 0.0, None
    run_sum, run_start = 0.0, start
    for i in range(start, end):
        if run_sum <= 0:
            run_sum, run_start = 0.0, i
        run_sum += scores[i]
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    return best_sum, best


def body_region(doc: Lines, scores: list[float]) -> tuple[int, int] | None:
    """[start, end) of the densest run of article text.

    Prose lines add their length, furniture subtracts; the best run starts at the first
    paragraph of the article and stops before related links, comments and footers while
    tolerating short headings and captions inside the body. Page-block markers inside the
    run split it, and the segment with the most text wins (a share bar above the article,
    comments below it). A run needs at least one real paragraph.
    """
    _, best = max_run(scores, 0, len(scores))
    if best is None:
        return None
    start, end = _best_segment(doc, scores, *best)
    end = _extend_announced_list(doc, end)
    if not any(doc.is_paragraph[start:end]):
        return None
    return start, end


# How much of the densest run's text the run under a copy of the page's title must hold
# to be the article instead (`under_headline`).
MIN_HEADED_SHARE = 0.5


def under_headline(doc: Lines, scores: list[float], region: tuple[int, int]) -> tuple[int, int]:
    """The run of text right under a copy of the page's title (the first line, or its
    headline part), when the densest run has none near it and this one holds at least
    half as much text: the densest is then a footer's blurb or a privacy notice, and the
    article a short one under its headline."""
    title_line, page_title, parts = page_title_variants(doc)
    keys = parts | ({page_title} if page_title else set())
    start, end = region
    copies = [
        i
        for i in range(len(doc))
        if i != title_line and doc.n_words[i] >= 3 and _title_key(doc.line[i]) in keys
    ]
    if not copies or any(start - TITLE_WINDOW_ABOVE <= c < end for c in copies):
        return region
    mass = sum(max(v, 0.0) for v in scores[start:end])
    best: tuple[float, tuple[int, int]] | None = None
    for copy in copies:
        total, run = max_run(scores, copy + 1, start if copy < start else len(doc))
        if (
            run is not None
            and run[0] <= copy + _HEADER_AFTER
            and total >= MIN_HEADED_SHARE * mass
            and any(doc.is_paragraph[run[0] : run[1]])
            and (best is None or total > best[0])
        ):
            best = (total, run)
    return best[1] if best is not None else region


def _best_segment(doc: Lines, scores: list[float], start: int, end: int) -> tuple[int, int]:
    cuts = [k for k in range(start, end) if doc.is_marker[k]]
    if not cuts:
        return start, end
    bounds = [start - 1, *cuts, end]
    segments = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
    mass = [sum(max(v, 0.0) for v in scores[a:b]) for a, b in segments]
    a, b = segments[max(range(len(segments)), key=mass.__getitem__)]
    _, trimmed = max_run(scores, a, b)  # a short teaser before a share bar, a trailing byline
    return trimmed or (a, b)


def _extend_announced_list(doc: Lines, end: int, max_items: int = 80) -> int:
    """Extend the body over a list its last line announces ("Tour dates:", "The demands are:")."""
    if end == 0 or not doc.line[end - 1].endswith(":"):
        return end
    stop = end
    while stop < len(doc) and stop - end < max_items:
        if doc.is_furniture[stop] or doc.is_marker[stop] or doc.n_words[stop] > 40:
            break
        stop += 1
    return stop


# --- title, metadata, paragraphs ----------------------------------------------------------


# Between a headline and the site's name in a page title: "Headline - Site", "Site | Headline".
_SITE_SEPARATOR = re.compile(r"\s+(?:[|–—·•»]|-{1,2}|::)\s+")
_TYPOGRAPHIC = str.maketrans(
    {c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"} | {"–": "-", "—": "-"}
)
# How far above the body a headline may stand (bylines, dates, share bars, a standfirst).
TITLE_WINDOW_ABOVE = 40
TITLE_WINDOW_INSIDE = 6
# A first line not shown again is the page's title only this near the body (`title_candidates`).
FIRST_LINE_NEAR_BODY = 4


# An e-mail address or a web link in a line.
_ADDRESS = re.compile(r"\S@\w|https?://|www\.\w", re.IGNORECASE)
# A breadcrumb trail ("Blog > Weight Loss > Tips"): two path separators or more.
_BREADCRUMB = re.compile(r"(?:\s[>»›]\s.*){2}")
# Abbreviations whose stop ends a headline without making it a sentence ("... brothels
# in Mass.", "... to leave the U.S."): states, companies, names, countries' initials.
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Mass|Calif|Fla|Ga|Ill|Pa|Va|Wash|Conn|Mich|Minn|Ariz|Colo|Tenn|Tex|Mo|Md|Ky|La"
    r"|Ala|Okla|Ore|Wis|Ind|Inc|Corp|Co|Ltd|Jr|Sr|Bros)|\b(?:[A-Z]\.){1,3}[A-Z])\.\s*$"
)
# The page's own buttons and links: "Skip to main content", "Continue reading the main
# story", "Click to share on Reddit (Opens in new window)", "Sign up for our newsletter".
_PAGE_CONTROL = re.compile(
    r"\(opens in (?:a )?new (?:window|tab)\)|^(?:skip to|continue reading|click to|share (?:this|on)"
    r"|sign (?:up|in) (?:for|to)|subscribe to)\b",
    re.IGNORECASE,
)
# A headline labelled with its medium ("VIDEO: Voting on the harbour's future"): furniture
# to the line classifier (a caption's label), a headline when it is the page's title.
_MEDIA_HEADLINE = re.compile(
    r"^(?i:video|watch|listen|photos?|pictures|gallery|podcast)\s*:\s*\S+(?:\s+\S+){2,}"
)
# "By" alone on its line, the author's name on the next: a byline split in two.
_BY_ALONE = re.compile(r"^(?i:by|written by|words by|authors?)\s*:?\s*$")


# Chinese, Japanese and Korean characters: written without spaces between words (or with
# particles glued on), they are compared as pairs of characters.
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=1 << 16)
def _title_words(text: str) -> tuple[str, ...]:
    """The words of a line as headlines are compared: its `\\w` runs, a run holding Chinese,
    Japanese or Korean characters as its pairs of characters ("商標法違反" as "商標",
    "標法", "法違", "違反")."""
    out: list[str] = []
    for word in _WORD.findall(text):
        if len(word) > 2 and _CJK_CHAR.search(word):
            out.extend(word[i : i + 2] for i in range(len(word) - 1))
        else:
            out.append(word)
    return tuple(out)


def _count_words(text: str) -> int:
    """Words as the line classifier counts them: a run of Chinese, Japanese or Korean
    characters counts one word for two of them."""
    words = _WORD.findall(text)
    cjk = len(_CJK_CHAR.findall(text))
    return len(words) + cjk // 2 if cjk else len(words)


def _is_long_word(word: str) -> bool:
    """A word that says something: four letters or more, or a pair of CJK characters."""
    return len(word) >= 4 or bool(_CJK_CHAR.search(word))


def _title_key(line: str) -> str:
    """A line compared as a title: compatibility forms ("…" as "..."), lowercase, spaces
    one, curly quotes and dashes plain."""
    return " ".join(unicodedata.normalize("NFKC", line).translate(_TYPOGRAPHIC).lower().split())


def page_title_variants(doc: Lines) -> tuple[int | None, str | None, set[str]]:
    """The page's own title and that title without its site name.

    Scrapers write the document title (the browser tab's) as the page's first line;
    publishers append or prepend their name to it ("Headline - Site", "Site | Headline").
    Returns the first line's index and key (None when it is metadata or furniture) and
    the runs of its separated parts that may be the headline (`_title_parts`: without the
    site's name, a section's, a tagline's).

    A title with two separators ("Headline | Section | Site") reads as a list of links
    to the line classifier; it is the title when one of its parts of three words or more
    is a headline (`_title_parts`), a menu's items are not. A first line ending
    with a stop may be an error message as well as a headline: its key (stop dropped) is
    returned, without parts, and only an exact copy of it counts (`title_candidates`)."""
    first = next((i for i in range(min(len(doc), 3)) if not doc.maybe_metadata[i]), None)
    if first is None or doc.n_words[first] < 2:
        return None, None, set()
    line = doc.line[first]
    if doc.is_marker[first] or (doc.is_furniture[first] and not _MEDIA_HEADLINE.match(line)):
        return None, None, set()
    key = _title_key(line)
    holder = _copyright_holder(doc)
    parts = _title_parts(key, _title_key(holder) if holder else None)
    if doc.is_list[first] and not any(len(_WORD.findall(part)) >= 3 for part in parts):
        return None, None, set()
    if line.endswith("."):
        return first, _title_key(line[:-1]), set()
    return first, key, parts


def _title_parts(key: str, site_name: str | None) -> set[str]:
    """The runs of a document title's separated parts that may be its headline: the
    headline's part(s) without the site's name and a section's ("Opinion | Headline -
    Site"). A part is kept when it has two words and either half the title's words (the
    site's name is the short part), or more words than every part left out (a headline
    before a list of sections: "Headline | Site | News | Sports"), or when what is left
    out is the site's name as the page's copyright line writes it ("About tides - Quay
    Courier Media Group")."""
    n_words = len(_WORD.findall(key))
    parts: set[str] = set()
    for part, rest in _title_runs(key).items():
        n_part = len(_WORD.findall(part))
        if n_part < 2:
            continue
        shorter = [r for r in rest if r != site_name]
        if (
            2 * n_part >= n_words
            or (n_part >= 3 and all(n_part > len(_WORD.findall(r)) for r in rest))
            or (site_name in rest and all(len(_WORD.findall(r)) < n_part for r in shorter))
        ):
            parts.add(part)
    return parts


def _title_runs(key: str) -> dict[str, list[str]]:
    """Each run of a document title's separated parts short of the whole title, with the
    parts it leaves out."""
    cuts = list(_SITE_SEPARATOR.finditer(key))
    if not cuts:
        return {}
    bounds = [0, *(m.start() for m in cuts), len(key)]
    starts = [0, *(m.end() for m in cuts)]
    segments = [key[starts[i] : bounds[i + 1]] for i in range(len(starts))]
    return {
        key[starts[a] : bounds[b]]: segments[:a] + segments[b:]
        for a in range(len(segments))
        for b in range(a + 1, len(segments) + 1)
        if (a, b) != (0, len(segments))
    }


def _is_date_line(doc: Lines, i: int) -> bool:
    """A short line stating a date, in English or with another language's month name
    ("22 de janeiro de 2018"), or a byline ("By" alone included): the header under a
    headline."""
    return (
        doc.is_byline[i]
        or (doc.n_words[i] <= 20 and _states_any_date(doc.line[i]))
        or bool(_BY_ALONE.match(doc.line[i]) or _AGE_LINE.match(doc.line[i]))
    )


# A header that gives only the article's age ("Updated 6 minutes ago", "3 hrs ago"): it
# tells a headline as a date line does, though it states no date to publish.
_AGE_LINE = re.compile(
    r"(?i)^\s*(?:(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*)?"
    r"(?:\d{1,3}|an?|one)\s*(?:sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)"
    r"\s+ago\s*$"
)


def _states_any_date(line: str) -> bool:
    """Whether the line writes a date, with an English month name or another language's."""
    if states_date(line):
        return True
    english = _as_english_date(line)
    return english != line and states_date(english)


def _is_prose(doc: Lines, i: int) -> bool:
    """A paragraph of running text (not furniture, not a byline)."""
    return doc.is_paragraph[i] and not doc.is_furniture[i] and not doc.is_byline[i]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass(frozen=True)
class TitleCandidate:
    """A headline-shaped line and what speaks for it (see `pick_title_index`)."""

    index: int  # its first copy when the page shows it twice
    named: float  # 3: the page's own title (site name cut); 2.5: the whole first line
    similar: float  # Jaccard of its words and the page title's (without the site name)
    overlap: float  # share of its long words the body's opening uses
    dated: bool  # a date or a byline follows within three lines
    repeated: bool  # the page shows it twice
    sentence: bool  # ends with a full stop, as a standfirst does
    above: int  # lines above the body's first line (0 or less: inside the body)
    n_words: int
    deck: bool = False  # right under another headline-shaped line: a deck or a subheadline
    subheading: bool = False  # between paragraphs, under a headline-shaped line: a subheading
    under_byline: bool = False  # a byline stands within three lines above: the author's lines
    headed: bool = False  # the article's header follows: a byline or a labelled date (`_is_headed`)
    menu: bool = False  # an entry of a menu, not its last (`_in_menu`)
    deep: bool = False  # past the body's first lines (`TITLE_WINDOW_INSIDE`)


# Weights of the signals; a candidate needs `min` in all.
TITLE_WEIGHTS = {
    "similar": 1.5,
    "overlap": 1.0,
    "dated": 0.5,
    "repeated": 0.3,
    "sentence": -1.0,
    "per_line_above": -0.02,
    "inside": -0.25,
    "per_word_short": -0.15,
    "per_word_long": -0.03,
    "under_byline": -0.5,
    "headed": 0.5,
    "menu": -0.5,
    "deep": -0.5,
    "deck": -0.5,
    "subheading": -0.5,
    "min": 0.25,
}
# Words a line shares with the document title (Jaccard) for it to be that title reworded.
REWORDED_TITLE = 0.5
# ...or fewer when a date or a byline stands at it: the header's headline, worded otherwise
# than the browser's title ("Council backs the harbour wall after a long night" for
# "Harbour wall: councillors vote yes, residents cheer").
REWORDED_DATED_TITLE = 0.3
# Headlines have five to twenty words: fewer, and a line is likelier a section name, a
# kicker, a person's or an agency's name (a credit line); more, a standfirst.
SHORT_TITLE_WORDS = 5
LONG_TITLE_WORDS = 20


def title_score(c: TitleCandidate, w: dict[str, float] = TITLE_WEIGHTS) -> float:
    """A candidate's score under weights `w` (`TITLE_WEIGHTS`)."""
    return (
        (c.named or w["similar"] * c.similar)
        + w["overlap"] * c.overlap
        + w["dated"] * c.dated
        + w["repeated"] * c.repeated
        + w["sentence"] * c.sentence
        + (w["per_line_above"] * c.above if c.above > 0 else w["inside"])
        + (0.0 if c.named else w["per_word_short"] * max(0, SHORT_TITLE_WORDS - c.n_words))
        + w["per_word_long"] * max(0, c.n_words - LONG_TITLE_WORDS)
        + w["deck"] * c.deck
        + w["under_byline"] * c.under_byline
        + w["headed"] * c.headed
        + w["menu"] * c.menu
        + w["deep"] * c.deep
        + w["subheading"] * c.subheading
    )


def _opening_words(doc: Lines, region: tuple[int, int]) -> set[str]:
    """The words of the body's first eight paragraphs, as titles are compared."""
    opening = [i for i in range(*region) if doc.is_paragraph[i] and not doc.is_furniture[i]][:8]
    return {word for i in opening for word in _title_words(doc.key[i])}


def _taken_up(words: Sequence[str], body_words: set[str]) -> float:
    """The share of the long words among `words` that the body's opening uses."""
    long_words = [w for w in words if _is_long_word(w)]
    return sum(w in body_words for w in long_words) / len(long_words) if long_words else 0.0


def title_candidates(doc: Lines, region: tuple[int, int]) -> list[TitleCandidate]:
    """Headline-shaped lines near the body's start and their signals (`pick_title_index`)."""
    start, end = region
    body_words = _opening_words(doc, region)
    title_line, page_title, stripped = page_title_variants(doc)
    # A first line ending with a stop may be an error message: only its exact copy counts.
    sentence_title = title_line is not None and doc.line[title_line].endswith(".")
    # A whole first line of a few capitalized words ("Quanta Magazine", "Space.com") is
    # the site's name, whether or not its logo shows it again: it names nothing.
    masthead = (
        title_line is not None
        and not stripped
        and doc.n_words[title_line] < SHORT_TITLE_WORDS
        and not _is_phrase(doc.line[title_line])
    )
    if masthead:
        page_title = None
    # Shared words only count with a title of three words or more (not a bare site name).
    title_words = [
        words
        for words in (
            set(_title_words(v)) for v in stripped or ([page_title] if page_title else [])
        )
        if len(words) >= 3 and not sentence_title
    ]
    repeated = Counter(doc.key)
    shown_parts = _shown_title_parts(doc, title_line, page_title, stripped)
    title_keys = _headline_keys(stripped) if not sentence_title else set()
    if page_title and title_line is not None and _MEDIA_HEADLINE.match(doc.line[title_line]):
        title_keys.add(page_title)  # a media label makes it furniture to the line classifier
    holder = _copyright_holder(doc)
    site_name = _title_key(holder) if holder else None
    seen: list[str] = []
    first_copy: dict[str, int] = {}
    decked: set[int] = set()  # lines right under a short headline: its deck
    out: list[TitleCandidate] = []
    window = range(max(0, start - TITLE_WINDOW_ABOVE), min(end, start + TITLE_WINDOW_INSIDE))
    # Deeper in the run, only a line with the article's header under it: the run began
    # with a list of other stories (teasers of a headline and a sentence each).
    deep = [
        i
        for i in range(window.stop, end)
        if 3 <= doc.n_words[i] <= MAX_TITLE_WORDS and not doc.is_paragraph[i]
    ]
    for index in [*window, *deep]:
        line = doc.line[index]
        # (a headline of 39 words is as long as a short paragraph, without its final stop)
        overlong = (
            len(line) > MAX_TITLE_CHARS or doc.n_words[index] > MAX_TITLE_WORDS + 5
        ) and not doc.ends_sentence[index]
        if doc.n_words[index] < 2 or (doc.n_words[index] > MAX_TITLE_WORDS + 5 and not overlong):
            continue
        # A line that repeats an earlier one with something glued on (a caption) is not the title.
        # (A menu's entry of two words, "Tide Tables", is no headline copied: only a line
        # of three words or more counts as one.)
        lowered = line.lower()
        if any(lowered.startswith(s) and len(lowered) > len(s) + 10 for s in seen) and (
            _title_key(line) not in stripped  # (the browser's title names it: no caption)
        ):
            continue
        if doc.n_words[index] >= 3:
            seen.append(lowered)
        words = _title_words(doc.key[index])
        n_title = min(_count_words(doc.key[index]), MAX_TITLE_WORDS if overlong else len(line))
        words = words[: MAX_TITLE_WORDS if overlong else None]
        long_words = [w for w in words if _is_long_word(w)]
        if not (2 <= n_title <= MAX_TITLE_WORDS) or not long_words:
            continue
        # (the document title's headline shown as a line is no furniture, however many
        # look-alike teasers the page lists: "Share market update: ..." each day)
        if (doc.is_junk(index) and _title_key(line) not in title_keys) or (
            doc.is_byline[index] or doc.maybe_metadata[index]
        ):
            continue
        if n_title <= MAX_BYLINE_WORDS and _names_author(line):
            continue  # "Analysis by Ann Lee, Editor-at-large", "Posted by Ann": a byline
        if n_title <= 8 and states_date(line):
            continue
        if _ADDRESS.search(line):
            continue  # an e-mail address or a link: a contact line, not a headline
        if PHOTO_CREDIT.search(line) or _credit_follows(doc, index):
            continue  # a caption with its photo's credit
        if _PAGE_CONTROL.search(line):
            continue  # a button or a link of the page's own ("Skip to main content")
        if _BREADCRUMB.search(line):
            continue  # a breadcrumb trail: where the article is filed, not what it says
        key = _title_key(line)
        if site_name is not None and key == site_name:
            continue  # the publisher's name, as its copyright line writes it: a masthead
        similar = 0.0
        overlap = _taken_up(long_words, body_words)
        if (
            key in stripped
            and title_line is not None
            and overlap < 0.3
            and _in_masthead(doc, index, title_line)
            and not _is_dated(doc, index)
            and not _is_headed(doc, index, body_words)
        ):
            continue  # "Harbor Notes — News for the bay": the tagline by the site's name
        if key in stripped or (
            key in shown_parts
            and overlap >= 0.3
            and (
                not _in_menu(doc, index)
                or _is_dated(doc, index)
                or _is_headed(doc, index, body_words)
            )
        ):
            # (A part the page shows on its own line is the headline however long the
            # site's name beside it, if the body takes up its words: a logo's do not; nor
            # is the site's name atop its menu, which a paper's own stories may take up
            # ("told the Courier"), unless the article's header stands at it.)
            named = 3.0
        elif key == page_title and index != title_line:
            # The page's title shown again over the article, where sites do not name
            # themselves; a title of one or two words is the site's name (its logo), and so
            # is a short one the body does not take up ("El Faro del Sur" twice in a row).
            named = (
                3.0 if n_title >= 3 and (n_title >= SHORT_TITLE_WORDS or overlap >= 0.3) else 0.0
            )
        elif key == page_title and not stripped:
            # The first line alone is the title only if the body takes up its words (else
            # it is the site's masthead, "DAILY WORLD REPORT") and the page shows it again
            # or the body follows it (a bare "headline, then text" dump); else it is
            # whatever line the scrape begins with when the browser's title is missing (a
            # notice, a promotion, a story in the site's bar), the page's header far below.
            shown = start - index <= FIRST_LINE_NEAR_BODY or _shown_again(doc, index, key)
            named = 2.5 if overlap >= 0.3 and shown else 0.0
        elif key == page_title:
            continue  # the title line with the site's name: its headline part is the candidate
        else:
            named = 0.0
            similar = max((_jaccard(set(words), w) for w in title_words), default=0.0)
        under_byline = any(
            doc.is_byline[k] or _BY_ALONE.match(doc.line[k])
            for k in range(max(0, index - 3), index)
        )
        # (A standfirst and an author's name stand over the byline too: not headlines.)
        ends_sentence = doc.ends_sentence[index] and not _ABBREVIATION_END.search(line)
        sentence = ends_sentence and line.rstrip().endswith(".")
        headed = not (sentence or under_byline) and _is_headed(doc, index, body_words)
        if index >= window.stop and not headed:
            continue
        short = n_title < 3 or len(long_words) < 2
        # "Quiet Machines" over its deck, the article's header under both: a short headline
        # the body takes up (a section's name is not taken up)
        over_deck = (
            short
            and len(long_words) == 2
            and overlap >= 0.5
            and not doc.ends_sentence[index]
            and index + 1 < len(doc)
            and _headline_shaped(doc, index + 1)
            and _is_headed(doc, index + 1, body_words)
        )
        if over_deck:
            decked.add(index + 1)
            headed = True  # the header under its deck is its own
        if (
            named < 2.5
            and short
            and not (headed and len(long_words) == 2 and _is_phrase(line))
            and not over_deck
        ):
            # A short line is a headline only when it is the page's title, a phrase of two
            # long words over the article's header ("About bugs" / "Posted by Ann"), or two
            # over a deck with the header under it.
            continue
        asks = line.rstrip("\"'”’ ").endswith(("?", "!", "？", "！"))
        if index >= start and ends_sentence and named < 2.5 and not (headed and asks):
            # Inside the body only an unpunctuated line can be the headline, or a question
            # or an exclamation with the article's header under it.
            continue
        out.append(
            TitleCandidate(
                index=index if index >= window.stop else first_copy.setdefault(key, index),
                named=named,
                similar=similar,
                overlap=overlap,
                dated=headed or (_is_dated(doc, index) and not _in_dated_list(doc, index)),
                repeated=repeated[doc.key[index]] > 1,
                sentence=sentence,
                above=start - index,
                n_words=n_title,
                deck=index in decked or _is_deck(doc, index, title_line, body_words),
                under_byline=under_byline,
                subheading=_is_subheading(doc, index, max(0, start - TITLE_WINDOW_ABOVE)),
                headed=headed,
                menu=_in_menu(doc, index),
                deep=index >= window.stop,
            )
        )
    if (
        title_line is not None
        and page_title
        and any(_rewords(c, doc, title_line, page_title) for c in out)
        and not _shown_again(doc, title_line, page_title)
    ):
        # The page shows a rewording of its document title over the article (and not the
        # title itself): the shown headline is the title, the first line only the browser's.
        out = [c for c in out if c.index != title_line]
    return out


def _headline_keys(parts: set[str]) -> set[str]:
    """The document title's headline parts (three words or more), each also without a
    label before its first colon ("Canara Bank share price: Share market update: ...")."""
    keys = {p for p in parts if len(_WORD.findall(p)) >= 3}
    keys |= {rest for p in keys if (rest := p.partition(": ")[2]) and len(_WORD.findall(rest)) >= 3}
    return keys


def _shown_title_parts(
    doc: Lines, title_line: int | None, page_title: str | None, stripped: set[str]
) -> set[str]:
    """The runs of the document title's parts (three words or more, not already taken as
    its headline) that the page shows again on a line of their own."""
    if title_line is None or not page_title or not _SITE_SEPARATOR.search(page_title):
        return set()
    runs = {p for p in _title_runs(page_title) if p not in stripped and len(_WORD.findall(p)) >= 3}
    if not runs:
        return set()
    return {
        key
        for i in range(title_line + 1, len(doc))
        if doc.n_words[i] >= 3 and (key := _title_key(doc.line[i])) in runs
    }


def _bare_date_line(doc: Lines, i: int) -> bool:
    """A line of a date and little else ("13 Oct 2020 18:29", "May 4, 2021 | 5 min read")."""
    return doc.n_words[i] <= 8 and states_date(doc.line[i])


def _credit_follows(doc: Lines, index: int) -> bool:
    """The next line is a photo's credit alone, in brackets ("(Image credit: AP photo/Ann
    Lee)"): line `index` is the photo's caption. (A bare "Photo: Ann Lee" under a headline
    may credit the picture below it.)"""
    k = index + 1
    if k >= len(doc) or doc.n_words[k] > 12:
        return False
    line = doc.line[k].strip()
    return line.startswith("(") and line.endswith(")") and bool(PHOTO_CREDIT.search(line))


def _shown_again(doc: Lines, index: int, key: str) -> bool:
    """Another line of the page is line `index` (compared as titles are)."""
    return any(_title_key(doc.line[i]) == key for i in range(len(doc)) if i != index)


def _rewords(c: TitleCandidate, doc: Lines, title_line: int, page_title: str) -> bool:
    """The candidate is the document title reworded ("15 Helpful Tips..." for "15 Tips..."),
    shown apart from it (other lines between: a line right under the first is the same
    header's second line), not the title with a breadcrumb or a label glued on."""
    return (
        c.similar >= (REWORDED_DATED_TITLE if c.dated else REWORDED_TITLE)
        and c.index > title_line + 1
        and page_title not in _title_key(doc.line[c.index])
    )


def _states_short_date(doc: Lines, i: int) -> bool:
    """A short line stating a date or labelled as one ("Published 1 day ago"), not a byline."""
    line = doc.line[i]
    return (
        not doc.is_byline[i]
        and doc.n_words[i] <= 20
        and (states_date(line) or bool(_DATE_LABEL.match(line.lstrip("|•·- "))))
    )


def _headline_shaped(doc: Lines, i: int) -> bool:
    """A line shaped as a headline: a phrase (a lowercase word at least: not a list of
    names or sections) of `SHORT_TITLE_WORDS` to `MAX_TITLE_WORDS` words, without a final
    stop, and not furniture, a byline, metadata, a date, a link or a breadcrumb."""
    line = doc.line[i]
    return (
        SHORT_TITLE_WORDS <= doc.n_words[i] <= MAX_TITLE_WORDS
        and not line.rstrip().endswith(".")
        and _is_phrase(line)
        and not (doc.is_junk(i) or doc.is_byline[i] or doc.maybe_metadata[i])
        and not states_date(line)
        and not _ADDRESS.search(line)
        and not _BREADCRUMB.search(line)
    )


def _is_phrase(line: str) -> bool:
    """Whether a line reads as a phrase, not a list of names or sections: a word of a cased
    script that starts in lowercase ("of", "shows"), or no cased word at all."""
    initials = [word[0] for word in line.split() if word[0].isalpha()]
    cased = [c for c in initials if c.isupper() or c.islower()]
    return not cased or any(c.islower() for c in cased)


def _is_dated(doc: Lines, index: int) -> bool:
    """A date or a byline follows the line within three lines, or within six when only
    short lines (a caption's credit, a "By") stand between; or a date line stands right
    above it."""
    if index > 0 and _states_short_date(doc, index - 1):
        return True
    for k in range(index + 1, min(len(doc), index + 7)):
        if _is_date_line(doc, k):
            return True
        if k >= index + 3 and (_headline_shaped(doc, k) or _is_prose(doc, k)):
            return False
    return False


def _after_dated_teaser(doc: Lines, index: int) -> bool:
    """Bare date line `index` follows another bare date two to four lines above it, with a
    line between (a teaser's headline): it dates the last story of a list ("Related
    stories" over the article), not the article."""
    return _bare_date(doc, index) and any(
        _bare_date(doc, k) for k in range(max(0, index - 4), index - 1)
    )


def _in_dated_list(doc: Lines, index: int) -> bool:
    """The line is an entry of a list of dated teasers: two bare dates (`_bare_date`)
    with other lines between them (a header may write its date twice in a row) stand
    from three lines above it to six below it (its own and a neighbour's)."""
    window = range(max(0, index - 3), min(len(doc), index + 7))
    dates = [k for k in window if k != index and _bare_date(doc, k)]
    return len(dates) >= 2 and dates[-1] - dates[0] >= 2


# How far under a headline its header may stand (share buttons, a caption between), and how
# many lines of text (a deck, a standfirst, a caption) may stand between them.
HEADER_SCAN_LINES = 16
HEADER_SCAN_TEXT_LINES = 1
# A date's label inside a header line ("New Delhi, Bureau | Updated : 19 November 2019").
_LABELLED_DATE = re.compile(
    r"(?:^|[|•·,]\s*)(?:published|posted|first published|updated|last updated|publish date)\b",
    re.IGNORECASE,
)
MAX_BYLINE_WORDS = 12
# "By" and a date in one line, whatever script the name is written in ("by 港町 ／ 2026.03.03").
_BY_START = re.compile(r"^(?i:by)\s+\S")
# An author named after a label or a date: "Posted by Ann", "Analysis by Ann Lee",
# "September 10, 2018 | by Ann".
_LATE_BYLINE = re.compile(
    r"(?:^(?i:posted|published|analysis|commentary|opinion|review|story|text|report|interview)"
    r"|[|•·]|\d)\s*(?i:by):?\s+[A-Z]"
)


def _names_author(line: str) -> bool:
    """An author named after a label or a date ("Posted by Ann", "Analysis by Ann Lee",
    "March 4, 2026 | by Ann"), or "By" and a date in one line, whatever script the name is
    written in ("by 港町 ／ 2026.03.03")."""
    return bool(
        _LATE_BYLINE.search(line)
        or (_BY_START.match(line) and (states_date(line) or _YEAR_FIRST_DATE.search(line)))
    )


def _is_header_line(doc: Lines, k: int) -> bool:
    """A line of an article's header: a byline ("By Ann Lee", "By" or "Author:" alone,
    "Posted by Ann", "March 4, 2026 | by Ann"), a short line with a labelled date
    ("Published Nov 18, 2019", "Posted: Fri 6:45 PM", "Publish date:"), or an author's
    bare name with a date or an age on the next line ("Ann Lee" / "1 day ago")."""
    line = doc.line[k]
    if doc.is_byline[k] or _header_text(line, doc.n_words[k] <= MAX_DATE_LINE_WORDS):
        return True
    if doc.n_words[k] > MAX_DATE_LINE_WORDS:
        return False
    # (A name of two or three words: a teaser's title-cased headline in a list of dated
    # teasers is not one.)
    if _date_over_name(doc, k):
        return True
    return (
        k + 1 < len(doc)
        and doc.n_words[k] <= 3
        and bool(_NAME_LINE.match(line))
        and not states_date(line)
        and doc.n_words[k + 1] <= MAX_RELATIVE_DATE_WORDS
        and bool(states_date(doc.line[k + 1]) or _RELATIVE_DATE.search(doc.line[k + 1]))
        and not any(_bare_date(doc, j) for j in range(max(0, k - 3), k))
    )


def _date_over_name(doc: Lines, k: int) -> bool:
    """A bare date over an author's bare name ("August 23, 2020" / "Ann Lee"): a byline
    written in two lines, the order reversed. Not the last of a list of dated teasers
    (a bare date in the three lines above too)."""
    return (
        k + 1 < len(doc)
        and doc.n_words[k] <= MAX_RELATIVE_DATE_WORDS
        and _bare_date(doc, k)
        and doc.n_words[k + 1] <= 3
        and bool(_NAME_LINE.match(doc.line[k + 1]))
        and not states_date(doc.line[k + 1])
        and not any(_bare_date(doc, j) for j in range(max(0, k - 3), k))
    )


@lru_cache(maxsize=1 << 16)
def _header_text(line: str, short: bool) -> bool:
    """The line's own text is a header's (`_is_header_line`, the bare name aside); a
    labelled date or a late byline only on a `short` line."""
    if _BY_ALONE.match(line) or _BYLINE.match(line.lstrip("|•·- ")):
        return True
    if not short:
        return False
    return _names_author(line) or bool(
        _LABELLED_DATE.search(line) and (states_date(line) or line.rstrip().endswith(":"))
    )


@lru_cache(maxsize=1 << 16)
def _header_filler(line: str, n_words: int) -> bool:
    """A line the header may hold between a headline and its byline, judged on its text:
    a page control, a photo's credit, a short line or a bare date."""
    return bool(
        _PAGE_CONTROL.search(line)
        or PHOTO_CREDIT.search(line)
        or n_words <= 3
        or (n_words <= 8 and states_date(line))
    )


def _is_headed(doc: Lines, index: int, body_words: set[str]) -> bool:
    """Whether the article's header follows the line (`_header_under`)."""
    return _header_under(doc, index, body_words) is not None


def _header_under(doc: Lines, index: int, body_words: set[str]) -> int | None:
    """The header's line that follows the line: a byline or a labelled date line
    (`_is_header_line`) within `HEADER_SCAN_LINES` lines, past share buttons, page
    controls, bare dates, short lines (a section, an author's name) and at most one line
    of text that is no headline (a standfirst ending a sentence, a deck, a long caption),
    before any paragraph of the body or another headline. A headline is what stands over
    its byline; teasers in a list of other stories carry bare dates. A bare date right
    under the line is the header too when the article's paragraphs follow it (two in a
    row, past furniture and short lines: a teaser has one sentence at most), unless a bare
    date stands in the three lines above it too: the last of a list of dated teasers
    over the body. None when none does."""
    if (
        index + 1 < len(doc)
        and _dates_the_body(doc, index + 1)
        and not any(_bare_date(doc, k) for k in range(max(0, index - 3), index))
    ):
        return index + 1
    text_lines = 0
    for k in range(index + 1, min(len(doc), index + 1 + HEADER_SCAN_LINES)):
        if _is_header_line(doc, k):
            return k
        if doc.is_furniture[k] or doc.is_marker[k] or _header_filler(doc.line[k], doc.n_words[k]):
            continue
        text_lines += 1
        if text_lines > HEADER_SCAN_TEXT_LINES or not (
            doc.ends_sentence[k]
            or doc.n_words[k] > LONG_TITLE_WORDS
            or _is_deck(doc, k, None, body_words)
        ):
            return None
    return None


# Lines a bare date may stand above the article's first paragraph (`_dates_the_body`).
DATE_TO_BODY_LINES = 4


def _bare_date(doc: Lines, k: int) -> bool:
    """A short line stating a date that is not a sentence of the article."""
    line = doc.line[k]
    return doc.n_words[k] <= 12 and states_date(line) and not _reads_as_sentence(line)


def _dates_the_body(doc: Lines, k: int) -> bool:
    """Line `k` is a bare date (a short line stating one, not a sentence) and two
    paragraphs of running text follow it, within `DATE_TO_BODY_LINES` lines past
    furniture, page controls and short lines."""
    if not _bare_date(doc, k):
        return False
    j = k + 1
    while j < len(doc) and j - k <= DATE_TO_BODY_LINES and not _is_prose(doc, j):
        if not (
            doc.is_furniture[j]
            or doc.is_marker[j]
            or _PAGE_CONTROL.search(doc.line[j])
            or doc.n_words[j] <= 3
        ):
            return False
        j += 1
    return j + 1 < len(doc) and _is_prose(doc, j) and _is_prose(doc, j + 1)


def _is_subheading(doc: Lines, index: int, window: int) -> bool:
    """The line stands between paragraphs of running text, and a headline-shaped line
    stands above those paragraphs (from `window` on): it divides an article whose headline
    is above. (Paragraphs with no headline above are a preamble, an error message: the
    headline may follow them.)"""
    if not (0 < index < len(doc) - 1 and _is_prose(doc, index - 1) and _is_prose(doc, index + 1)):
        return False
    k = index - 1
    while k >= window and _is_prose(doc, k):
        k -= 1
    return any(_headline_shaped(doc, j) for j in range(window, k + 1))


# A menu's entries: runs of this many short unpunctuated lines or more.
MENU_RUN = 3
MAX_MENU_ENTRY_WORDS = 6


def _menu_entry(doc: Lines, i: int) -> bool:
    """A line shaped as a menu's entry: two to six words, no final stop, no date."""
    return (
        0 <= i < len(doc)
        and 2 <= doc.n_words[i] <= MAX_MENU_ENTRY_WORDS
        and not doc.ends_sentence[i]
        and not doc.maybe_metadata[i]
        and not states_date(doc.line[i])
    )


def _in_masthead(doc: Lines, index: int, title_line: int) -> bool:
    """The line stands by another part of the page's title (the site's name: its logo)
    and over a menu of short entries ("Harbor Notes" / "News for the bay" / "Home" /
    "News" / …): the site's tagline, whatever the page's title puts first."""
    title_key = doc.key[title_line]
    beside = any(
        0 <= k < len(doc)
        and k != title_line
        and doc.key[k]
        and doc.key[k] != doc.key[index]
        and doc.key[k] in title_key
        for k in (index - 1, index + 1)
    )
    menu = [k for k in range(index + 1, min(len(doc), index + 2 + MENU_RUN)) if doc.key[k] != ""]
    short = [
        k
        for k in menu
        if 1 <= doc.n_words[k] <= MAX_MENU_ENTRY_WORDS
        and not doc.ends_sentence[k]
        and not states_date(doc.line[k])
    ]
    return beside and len(short) >= MENU_RUN


def _in_menu(doc: Lines, index: int) -> bool:
    """The line is an entry of a run of `MENU_RUN` menu-shaped lines or more
    (`_menu_entry`: a list of sections, of sister sites) and not the run's last: a short
    headline closes the breadcrumb or menu above it."""
    if not _menu_entry(doc, index) or not _menu_entry(doc, index + 1):
        return False
    run = 2
    k = index + 2
    while run < MENU_RUN and _menu_entry(doc, k):
        run, k = run + 1, k + 1
    k = index - 1
    while run < MENU_RUN and _menu_entry(doc, k):
        run, k = run + 1, k - 1
    return run >= MENU_RUN


def _is_deck(doc: Lines, index: int, title_line: int | None, body_words: set[str]) -> bool:
    """The line stands right under a headline-shaped line (dates between skipped) that
    speaks of the article (a long word of the body's opening), is not the page's first
    line and does not hold the line: it is that headline's deck."""
    k = index - 1
    while k >= 0 and index - k <= 3 and (_states_short_date(doc, k) or doc.n_words[k] <= 3):
        k -= 1
    return (
        k >= 0
        and k != title_line
        and _headline_shaped(doc, k)
        and not all(_menu_entry(doc, j) for j in range(k - MENU_RUN + 1, k + 1))  # a menu's last
        and doc.key[index] not in doc.key[k]
        and any(_is_long_word(w) and w in body_words for w in _title_words(doc.key[k]))
    )


def pick_title_index(
    doc: Lines, region: tuple[int, int], weights: dict[str, float] = TITLE_WEIGHTS
) -> int | None:
    """Index of the headline: above the body or among its first lines.

    Candidates (`title_candidates`) are headline-shaped lines (2..30 words, not furniture,
    a list, a byline or a bare date) from `TITLE_WINDOW_ABOVE` lines above the body to its
    `TITLE_WINDOW_INSIDE` first lines (there, only unpunctuated ones, or a question or an
    exclamation with the article's header under it; never an e-mail address, a link, a
    breadcrumb trail or the publisher's name its copyright line writes); deeper in the
    body's run, only a line with the article's header under it (the run began with a list
    of teasers). Words are compared as written, Chinese, Japanese and Korean runs as pairs
    of characters. What a headline is, whatever the site (`TITLE_WEIGHTS`):
    - it is the page's own title (`page_title_variants`), with or without the site name
      (3 points; the whole title line 2.5, if the body takes up its words and the page
      shows it again or the body follows it: else it is whatever line the scrape began
      with when the browser's title is missing; shown again, 3 if it has three words at
      least: one or two are the site's name in its logo), or shares its words (up to
      1.5); a whole title line of fewer than five capitalized words is the site's name
      and names nothing, and the title line itself is no candidate when the page shows a
      rewording of it apart from it (`_rewords`);
    - the body's opening repeats its words (up to 1);
    - the header's date or byline follows it (within three lines, or six past a credit
      or a lone "By"), or a date line stands right above it (0.5);
    - the article's header follows it (`_is_headed`: a byline or a labelled date, past
      share buttons, short lines and at most a deck or a standfirst; 0.5 more): what
      tells the headline when the page's own title is missing, since teasers carry bare
      dates; such a line of two long words (a phrase: "About bugs") is a candidate too;
    - the page shows it twice (0.3);
    - it does not end like a sentence (a standfirst does: -1);
    - it stands close above the body (-0.02 a line; inside the body -0.25);
    - it has five to twenty words (-0.15 a word fewer: a section, a kicker, a name or a
      credit line; -0.03 a word more: a standfirst);
    - it is not the deck under the article's headline (-0.5), a subheading between
      paragraphs (-0.5), a line of the byline's block (an author's name, affiliation
      or biography, -0.5) or an entry of a menu above another (`_in_menu`, -0.5);
    - a date counts for none of a list of dated teasers (`_in_dated_list`), and a line
      deep in the body's run loses 0.5 (the article's header under it must outweigh it).
    The best line wins (the first among equals) if it scores 0.25 at least: overlap keeps
    error messages and menus out. A line longer than MAX_TITLE_CHARS without a final stop is
    judged by its first 30 words: a headline that ran long is cut by the title rule, never
    dropped for its length (with a final stop, it is a paragraph).
    """
    best: tuple[float, int] | None = None
    for c in title_candidates(doc, region):
        score = title_score(c, weights)
        if score >= weights["min"] and (
            best is None or score > best[0] or (score == best[0] and c.index < best[1])
        ):
            best = (score, c.index)
    return best[1] if best else _dated_title_copy(doc)


def _dated_title_copy(doc: Lines) -> int | None:
    """The first line, anywhere below the page's first, that is the document title's
    headline part (`page_title_variants`; or the whole title, of three words at least, when
    it names no site) with a date or a byline at it (`_is_dated`): the headline shown over
    an article that the body's run did not reach (a page whose densest run is a list of
    other stories)."""
    title_line, page_title, stripped = page_title_variants(doc)
    if title_line is None or page_title is None:
        return None
    keys = stripped or ({page_title} if len(_WORD.findall(page_title)) >= 3 else set())
    return next(
        (
            i
            for i in range(title_line + 1, len(doc))
            if _title_key(doc.line[i]) in keys
            and not (doc.is_junk(i) or doc.maybe_metadata[i])
            and _is_dated(doc, i)
        ),
        None,
    )


# Month names of other languages, read on date lines only ("25. September 2018",
# "22 de outubro de 2010", "Maret 30, 2015", "12 марта 2021", "14 Ago 2021"): German,
# French, Spanish, Portuguese, Italian, Dutch, Indonesian, Russian, Romanian, Polish,
# Czech, Swedish and Turkish names (and the Romance languages' short forms) that differ
# from the English ones, Slavic ones as a date writes them (the genitive: "12 marca"). A
# short form that is an English word too ("ago", "set", "out") only makes a date beside a
# day and a year.
_FOREIGN_MONTHS = {
    name: english
    for english, names in {
        "January": "янв januar janvier enero janeiro gennaio januari января январь janv ene gen "
        "ianuarie stycznia ledna ocak січня січень ιανουαρίου január јануар јануара "
        "siječnja يناير जनवरी ژانویه",
        "February": "фев februar février fevrier febrero fevereiro febbraio februari февраля "
        "февраль févr fev februarie lutego února şubat лютого лютий φεβρουαρίου február "
        "фебруар фебруара veljače فبراير شباط फ़रवरी फरवरी فوریه",
        "March": "мар märz maerz mars marzo março marco maart maret марта март martie marca "
        "března mart березня березень μαρτίου március март марта ožujka مارس آذار मार्च",
        "April": "апр avril abril aprile апреля апрель avr abr aprilie kwietnia dubna nisan квітня "
        "квітень απριλίου április април априла travnja أبريل إبريل نيسان अप्रैल آوریل",
        "May": "mai mayo maio maggio mei мая май mag maj maja května mayıs травня травень "
        "μαΐου május мај маја svibnja مايو أيار मई",
        "June": "июн juni juin junio junho giugno июня июнь giu iunie czerwca června haziran червня "
        "червень ιουνίου június јун јуна lipnja يونيو حزيران जून ژوئن",
        "July": "июл juli juillet julio julho luglio июля июль juil lug iulie lipca července temmuz "
        "липня липень ιουλίου július јул јула srpnja يوليو تموز जुलाई ژوئیه",
        "August": "авг août aout agosto augustus agustus августа август ago augusti sierpnia "
        "srpna ağustos серпня серпень αυγούστου augusztus avgust avgusta август августа "
        "kolovoza أغسطس آب अगस्त اوت",
        "September": "сен сент septembre septiembre setembro settembre сентября сентябрь set "
        "septembrie września září eylül вересня вересень σεπτεμβρίου szeptember septembar "
        "septembra септембар септембра rujna سبتمبر أيلول सितंबर सितम्बर سپتامبر",
        "October": "окт oktober octobre octubre outubro ottobre октября октябрь ott out "
        "octombrie października října ekim жовтня жовтень οκτωβρίου október oktobar "
        "oktobra октобар октобра أكتوبر अक्टूबर اکتبر",
        "November": "ноя novembre noviembre novembro nopember ноября ноябрь noiembrie listopada "
        "listopadu kasım листопада листопад νοεμβρίου novembar novembra новембар "
        "новембра studenoga نوفمبر नवंबर नवम्बर نوامبر",
        "December": "дек dezember décembre decembre diciembre dezembro dicembre desember "
        "декабря декабрь déc dic dez decembrie grudnia prosince aralık грудня грудень "
        "δεκεμβρίου decembar decembra децембар децембра prosinca ديسمبر दिसंबर दिसम्बर "
        "دسامبر",
    }.items()
    for name in names.split()
}
_FOREIGN_MONTH = re.compile(
    r"(?<!\w)(" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
# "25. September", "22 de outubro de 2010": a day with a stop, "de" between the parts.
_DAY_STOP = re.compile(r"\b([0-3]?\d)\.\s+(?=[^\W\d_])")
_DE = re.compile(r"(?<=\w)\s+de\s+(?=\w)", re.IGNORECASE)
# A US date with a two-digit year in a byline ("11/19/19 06:56 AM EST").
_SHORT_YEAR_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])")
# A European date with dots and a two-digit year, day first, alone on its line (a time
# may follow): "02.12.19", "2.12.19 14:05". Only alone: in a sentence it may be a version.
_DOTTED_SHORT_YEAR = re.compile(r"^([0-3]?\d)\.([01]?\d)\.(\d{2})(?:,?\s+\d{1,2}:\d\d)?$")
_HEADER_BEFORE = 3  # a date line may stand above the headline (a kicker, a dateline)...
_HEADER_AFTER = 12  # ...or under it with the byline, above the body
MAX_DATE_LINE_WORDS = 20
# A date above the headline this much after the metadata's is the site's bar (`shown_dates`).
_SITE_BAR_GAP = timedelta(days=1)


# "Published"/"Posted" after an update's label in one line ("Updated Nov 21, 2019 /
# Published Nov 19, 2019"): the date after it is the published one.
_PUBLISHED_WORD = re.compile(
    r"\b(?:first |originally )?(?:published|posted)(?:\s+on)?\b\s*:?", re.IGNORECASE
)
_UPDATE_WORD = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)
# Year first with slashes or dots ("2019/11/19", "2019.11.19"), a month name between
# hyphens ("19-Nov-2019").
_YEAR_FIRST_DATE = re.compile(r"(?<![\d/.])((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])")
_HYPHEN_MONTH_DATE = re.compile(r"\b([0-3]?\d)-([A-Za-z]{3,9})\.?-(\d{4})\b")


def date_line_value(line: str, load_date: date, *, day_first: bool = False) -> StatedDate | None:
    """The published date a short header line states: the date after a "Published" or
    "Posted" label when the line states another one before it (an update), else as
    `stated_published_date` reads it, else with another language's month name
    ("25. September 2018"), else as a date with a two-digit year ("11/19/19": 2019,
    month first unless `day_first` or the first number cannot be a month), else as a
    European one alone on its line ("02.12.19": 2 December 2019), else year first with
    slashes or dots ("2019/11/19") or a month name between hyphens ("19-Nov-2019")."""
    update = _UPDATE_WORD.search(line)
    label = _PUBLISHED_WORD.search(line, update.end()) if update is not None else None
    if label is not None:
        after = _line_date(line[label.end() :], load_date, day_first)
        if after is not None and after.value is not None:
            return after
    return _line_date(line, load_date, day_first)


# A slashed date with four-digit year whose both first numbers may be a month.
_AMBIGUOUS_SLASHED = re.compile(r"(?<![\d/])([01]?\d)/([01]?\d)/(\d{4})(?![\d/])")


# Numeric dates English parsers do not read: "2024年03月12日" (Chinese, Japanese), "13. 11.
# 2023" (Czech, Slovak: day first, spaced), "2023. október 23." (Hungarian: year first).
_CJK_DATE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width) as
# ASCII digits, for a date line written in them ("١٧ مارس ٢٠٢٤", "२५ जुलाई २०२४").
_ASCII_DIGITS = {
    c: str(unicodedata.decimal(chr(c)))
    for start in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10)
    for c in range(start, start + 10)
}
_SPACED_DOTTED_DATE = re.compile(r"(?<![\d.])([0-3]?\d)\.\s+([01]?\d)\.\s+((?:19|20)\d\d)(?!\d)")
_YEAR_FIRST_MONTH = re.compile(r"\b((?:19|20)\d\d)\.\s+([A-Z][a-z]+)\s+([0-3]?\d)\.")


def _as_english_date(line: str) -> str:
    """The line with another language's month names in English and the numeric forms
    above written as ISO dates, for `stated_published_date` to read."""
    line = _CJK_DATE.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", line)
    line = _SPACED_DOTTED_DATE.sub(lambda m: f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}", line)
    english = _FOREIGN_MONTH.sub(lambda m: _FOREIGN_MONTHS[m.group(1).lower()], line)
    english = _YEAR_FIRST_MONTH.sub(lambda m: f"{m[2]} {m[3]}, {m[1]}", english)
    return _DE.sub(" ", _DAY_STOP.sub(r"\1 ", english))


def _line_date(line: str, load_date: date, day_first: bool = False) -> StatedDate | None:
    line = line.translate(_ASCII_DIGITS)
    if day_first:
        # A page in another language than English writes "05/10/2018" for 5 October.
        line = _AMBIGUOUS_SLASHED.sub(lambda m: f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}", line)
    stated = stated_published_date(line, load_date)
    if stated is not None:
        return stated
    # another language's month names, a day with a stop ("31. October, 2023")
    english = _as_english_date(line)
    if english != line:
        stated = stated_published_date(english, load_date)
        if stated is not None:
            return stated
    short = _SHORT_YEAR_DATE.search(line)
    if short is not None:
        a, b, year = (int(g) for g in short.groups())
        month, day = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
        return stated_published_date(f"{2000 + year:04d}-{month:02d}-{day:02d}", load_date)
    dotted = _DOTTED_SHORT_YEAR.match(line.strip())
    if dotted is not None:
        day, month, year = (int(g) for g in dotted.groups())
        return stated_published_date(f"{2000 + year:04d}-{month:02d}-{day:02d}", load_date)
    year_first = _YEAR_FIRST_DATE.search(line)
    if year_first is not None:
        year, month, day = (int(g) for g in year_first.groups())
        return stated_published_date(f"{year:04d}-{month:02d}-{day:02d}", load_date)
    hyphens = _HYPHEN_MONTH_DATE.search(line)
    if hyphens is not None:
        return stated_published_date(" ".join(hyphens.groups()), load_date)
    return None


# A short line that reads as a sentence of the article ("On March 2, 2026, the council
# met.", "In this March 2, 2019, file photo, ..."): it ends with a word and a stop and has
# lowercase words besides a header's own ("on", "by", "at", ...).
# A caption's credit may follow its stop ("... on Aug. 31, 2019. (AP)"); "by" names an
# author ("March 5, 2026 by staff writers."): such a line is a byline, not a sentence.
_SENTENCE_END = re.compile(r"(\w+)[.!?][\"'”’)]?(?:\s*\([^()]{1,40}\))?$")
_HEADER_WORDS = frozenset(["on", "at", "in", "of", "and", "the", "am", "pm", "to", "from"])
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’]+")
_BY_WORD = re.compile(r"\bby\b", re.IGNORECASE)
MIN_SENTENCE_LOWER_WORDS = 2


def _reads_as_sentence(line: str) -> bool:
    end = _SENTENCE_END.search(line)
    if end is None or end.group(1).lower() in MONTHS or _BY_WORD.search(line):
        return False
    words = [w for w in _LOWER_WORD.findall(line) if w not in _HEADER_WORDS]
    return len(words) >= MIN_SENTENCE_LOWER_WORDS


@dataclass(frozen=True)
class HeaderDate:
    """A date stated in an article's header (`header_dates`)."""

    index: int
    below: bool  # under the headline (the article's own header), not above it
    updated: bool  # labelled as an update ("Updated Nov 19"), not as published
    stated: StatedDate


# A full date with a month's name closing a sentence's line ("... recovery? Monday, 6
# January 2020", "... the plan. May 4, 2021").
_TRAILING_DATE = re.compile(
    r"(?<=[.?!…])\s+((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}))\s*$"
)


# A line that opens with its date ("June 4, 2026 • photos by ..."): a header's, not a caption's.
_DATE_FIRST = re.compile(r"^\W*(?:\d|[A-Z][a-z]{2,8}\.?,?\s+\d)")


def header_dates(
    doc: Lines,
    title_index: int | None,
    first: int,
    load_date: date,
    skip: Collection[int] = frozenset(),
) -> list[HeaderDate]:
    """The dates written in the article's header, the likeliest first: short lines (up to
    20 words, a byline or not a paragraph, not a sentence of the article) from 3 lines
    above the headline to 12 below it, before the article's second paragraph (a standfirst
    may come first); without a headline, the 4 lines above the body. A date below the
    headline comes before one above it (the nearest first: above stand kickers, menus and
    the site's bar with today's date). Lines in `skip` (a list of other stories, share
    buttons, a menu beside the header) are not read, nor counted in the window below. A
    date a widget splits over two lines ("November 20" / "15:23 2019") is read whole
    (`_split_date`)."""
    lines: Sequence[int]
    if title_index is None:
        lines = range(max(0, first - 4), first)
    elif skip:
        # The skipped lines (share buttons, a menu) take no room in the window below the
        # headline (above it, they would bring the site's bar with today's date nearer).
        above = range(max(0, title_index - _HEADER_BEFORE), title_index)
        below = [i for i in range(title_index + 1, len(doc)) if i not in skip]
        lines = [*above, title_index, *below[:_HEADER_AFTER]]
    else:
        lines = range(
            max(0, title_index - _HEADER_BEFORE), min(len(doc), title_index + _HEADER_AFTER + 1)
        )
    found: list[HeaderDate] = []
    paragraphs = 0
    # (the page's order is read only when the header writes a date it matters for)
    day_first = any(_ORDERED_SLASHED.search(doc.line[i]) for i in lines) and _day_first(doc)
    relative_below = False
    for i in lines:
        if i in skip:
            continue
        if (
            title_index is not None
            and i > title_index
            and paragraphs < 2
            and doc.n_words[i] <= MAX_RELATIVE_DATE_WORDS
            and _RELATIVE_DATE.search(doc.line[i])
            and not states_date(doc.line[i])
        ):
            relative_below = True
        # A byline reads like a sentence ("By Ann Lee on Monday, May 4th, 2026 at 11:04
        # a.m.") but is the header, not the article.
        line = doc.line[i].lstrip("|•·- ")
        byline = doc.is_byline[i] or bool(_BYLINE.match(line))
        paragraph = doc.is_paragraph[i] and not byline
        if paragraph and i > (title_index or 0):
            paragraphs += 1
        if paragraphs >= 2 and not (byline or _at_byline(doc, i)):
            # Past the second paragraph (the body's, or a standfirst and a newsletter's
            # prompt) only a date at a byline is the header's.
            continue
        if (
            title_index is not None
            and i > title_index
            and not found
            and (glued := _TRAILING_DATE.search(line))
        ):
            # a date glued to the end of the deck under the headline ("... its recovery?
            # Monday, 6 January 2020"): an inline element of the header's block
            stated = date_line_value(glued.group(1), load_date, day_first=day_first)
            if stated is not None:
                found.append(HeaderDate(i, True, False, stated))
                continue
        if (byline or _DATE_LABEL.match(line)) and doc.n_words[i] > MAX_DATE_LINE_WORDS:
            # a byline glued to a disclosure ("By Ann Lee on 31. October, 2023 | 18
            # Comments. This post may contain affiliate links..."), a labelled date glued to
            # other fields ("发布时间：2024-04-18 10:15　来源：…"): its date is up front
            line = " ".join(line.split()[:MAX_DATE_LINE_WORDS])
        elif doc.n_words[i] > MAX_DATE_LINE_WORDS:
            continue
        if i == title_index or paragraph:
            continue
        stated = date_line_value(line, load_date, day_first=day_first)
        if stated is None:
            stated = _split_date(doc, i, load_date)
        if stated is None:
            continue
        labelled = bool(_DATE_LABEL.match(line))
        if not labelled and not byline and _reads_as_sentence(line):
            continue
        if not (labelled or byline or _DATE_FIRST.match(line)) and PHOTO_CREDIT.search(line):
            continue  # a caption with its credit: the date the photo was taken
        if _other_kind(doc, i):
            continue
        if title_index is not None and i < title_index and _after_dated_teaser(doc, i):
            continue  # the last of a list of dated teasers above the headline
        updated = _is_update(line, load_date)
        below = title_index is None or i > title_index
        found.append(HeaderDate(i, below, updated, stated))
    if relative_below and not any(f.below for f in found):
        # The header under the headline tells the age only ("Tuesday 4:15PM", "2 hours
        # ago"): a full date above the headline is another story's or the site's bar.
        found = []
    # Under the headline is the article's own header; above it, a kicker, a menu or the
    # site's bar with today's date: a date below comes first, then the nearest above.
    if title_index is not None:
        found.sort(key=lambda f: (not f.below, f.index if f.below else -f.index))
    return found


# The label of a date of another kind than the article's: a member's or an author's
# ("Joined", "Member since", "Born"), a deadline's, an offer's ("Expires").
_OTHER_DATE_LABEL = re.compile(
    r"^(?:joined|member since|registered|born|died|birthday|date of birth|deadline"
    r"|expires|expiry|closing date|last (?:seen|active|visit(?:ed)?))\b",
    re.IGNORECASE,
)
MAX_LABEL_WORDS = 3


def _other_kind(doc: Lines, i: int) -> bool:
    """Line `i`'s date is of another kind (`_OTHER_DATE_LABEL`): its label starts it, or
    stands alone on the line above ("Joined" / "May 11, 2017", a forum's author box)."""
    if _OTHER_DATE_LABEL.match(doc.line[i]):
        return True
    k = i - 1
    return (
        k >= 0
        and doc.n_words[k] <= MAX_LABEL_WORDS
        and not states_date(doc.line[k])
        and bool(_OTHER_DATE_LABEL.match(doc.line[k]))
    )


# A date split over two lines of a widget: the day and month ("November 20", "Wed, 20 Nov"),
# then the year, after a time or not ("15:23 2019", "2019").
_DAY_MONTH_ONLY = re.compile(
    r"^(?:[A-Za-z]+\.?,?\s+)?(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>[0-3]?\d)"
    r"|(?P<day2>[0-3]?\d)\s+(?P<month2>[A-Za-z]{3,9})\.?)$"
)
_TIME_YEAR = re.compile(r"^(?:\d{1,2}[:.]\d\d\s*(?:[aApP]\.?[mM]\.?)?,?\s*)?((?:19|20)\d\d)$")


def _split_date(doc: Lines, i: int, load_date: date) -> StatedDate | None:
    """The date of a widget that writes the day and month on one line and the year on
    the next ("November 20" / "15:23 2019"), None when line `i` is not such a day."""
    found = _DAY_MONTH_ONLY.match(doc.line[i])
    if found is None or i + 1 >= len(doc):
        return None
    month = (found.group("month") or found.group("month2")).lower()
    year = _TIME_YEAR.match(doc.line[i + 1])
    if month not in MONTHS or year is None:
        return None
    day = found.group("day") or found.group("day2")
    return stated_published_date(f"{month} {day}, {year.group(1)}", load_date)


# An age instead of a date ("2 hours ago", "Tuesday 4:15PM", "Today at 7:40 AM") on a
# short header line.
_RELATIVE_DATE = re.compile(
    r"\b(?:\d+\s*(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago"
    r"|(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s*(?:at\s+)?"
    r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)",
    re.IGNORECASE,
)
MAX_RELATIVE_DATE_WORDS = 8


def _is_update(line: str, load_date: date) -> bool:
    """The line's date is labelled as an update: "Updated" (or "Modified") before it, at
    the line's start or after a byline ("By Ann Lee Updated Mar 9, 2026"), and no
    "Published" or "Posted" label."""
    if _PUBLISHED_WORD.search(line):
        return False
    if _UPDATED_LABEL.match(line):
        return True
    update = _UPDATE_WORD.search(line)
    return update is not None and _line_date(line[update.end() :], load_date) is not None


def _at_byline(doc: Lines, i: int) -> bool:
    """A byline stands right above or under line `i` (its date line)."""
    return any(0 <= k < len(doc) and doc.is_byline[k] for k in (i - 1, i + 1))


# Words of English running text; a page whose paragraphs hold almost none of them writes
# its dates day first ("05/10/2018": 5 October).
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "with",
        "was",
        "on",
        "it",
        "are",
        "as",
        "be",
        "by",
        "this",
        "from",
        "have",
        "has",
    ]
)
MIN_ENGLISH_SHARE = 0.03
MIN_LANGUAGE_WORDS = 50


# A slashed date whose order shows (a number over 12 is the day): "24/04/2020", "4/24/20".
_ORDERED_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def _page_order(doc: Lines) -> bool | None:
    """How the page's own slashed dates are ordered where the order shows (a comment's
    "24/04/2020", a list's "4/24/2020"): True day first, False month first, None when
    none shows it or they disagree. A British or Irish site writes its header's
    "12/04/2020" as the rest of its page does."""
    day_first = month_first = False
    for line in doc.line:
        for a, b in _ORDERED_SLASHED.findall(line):
            day_first |= int(a) > 12 >= int(b)
            month_first |= int(b) > 12 >= int(a)
    return day_first if day_first != month_first else None


# Words spelt one way in British English (and Irish, Australian, Indian...), which writes
# dates day first, and the other way in American English, which writes them month first.
_SPELLINGS = (
    "colour/color colours/colors favour/favor favourite/favorite honour/honor "
    "neighbour/neighbor neighbours/neighbors behaviour/behavior centre/center "
    "centres/centers theatre/theater defence/defense offence/offense "
    "organisation/organization organisations/organizations organise/organize "
    "organised/organized realise/realize realised/realized recognise/recognize "
    "recognised/recognized apologise/apologize criticise/criticize criticised/criticized "
    "analyse/analyze travelled/traveled cancelled/canceled jewellery/jewelry "
    "aluminium/aluminum catalogue/catalog"
)
# (and British words whose American spelling is a word of British English too: "labor"
# in Australia's Labor party, "program" of a computer)
_BRITISH_ONLY = "whilst amongst labour programme programmes licence tyre cheque"
_BRITISH_SPELLING = frozenset(
    [*(pair.split("/")[0] for pair in _SPELLINGS.split()), *_BRITISH_ONLY.split()]
)
_AMERICAN_SPELLING = frozenset(pair.split("/")[1] for pair in _SPELLINGS.split())


def _spelling_order(words: Sequence[str]) -> bool | None:
    """True when the page spells more words the British way than the American way
    (`_BRITISH_SPELLING`): it writes dates day first; False the other way; None on a tie."""
    british = sum(w in _BRITISH_SPELLING for w in words)
    american = sum(w in _AMERICAN_SPELLING for w in words)
    return british > american if british != american else None


def _day_first(doc: Lines) -> bool:
    """Whether the page writes an ambiguous slashed date day first: its other slashed
    dates are (`_page_order`), else it spells English the British way (`_spelling_order`),
    else its paragraphs (50 words at least) are not English."""
    order = _page_order(doc)
    if order is not None:
        return order
    order = _spelling_order([w for key in doc.key for w in _WORD.findall(key)])
    if order is not None:
        return order
    words = [w for i in range(len(doc)) if doc.is_paragraph[i] for w in _WORD.findall(doc.key[i])]
    if len(words) < MIN_LANGUAGE_WORDS:
        return False
    return sum(w in _ENGLISH_WORDS for w in words) < MIN_ENGLISH_SHARE * len(words)


def header_date(
    doc: Lines,
    title_index: int | None,
    first: int,
    load_date: date,
    skip: Collection[int] = frozenset(),
) -> StatedDate | None:
    """The date written in the article's header (`header_dates`): the likeliest one not
    labelled as an update, else an update ("Updated Nov 19"), else the first one the
    rule refused."""
    likeliest = _likeliest(header_dates(doc, title_index, first, load_date, skip))
    return likeliest.stated if likeliest is not None else None


def _likeliest(found: Sequence[HeaderDate]) -> HeaderDate | None:
    accepted = [f for f in found if f.stated.value is not None]
    pool = [f for f in accepted if not f.updated] or accepted or found
    return pool[0] if pool else None


# A headline's line that runs on to the next: it ends with a colon, a comma or a dash.
_RUNS_ON = re.compile(r"[:,–—-]$")


def _tab_title_headline(doc: Lines, region: tuple[int, int], title_index: int | None) -> str | None:
    """The headline part of the page's first line ("Sea wall finished after two years |
    The Quay Courier"), as written there, when the page shows it on no other line, the
    body's opening takes up most of its words, and the line picked instead takes up few of
    them (a teaser, a caption, a weather bar): the scrape missed the article's own headline
    (an image, a script's), which only the browser's title kept."""
    title_line, _, stripped = page_title_variants(doc)
    if title_line is None or not stripped:
        return None
    parts = [
        part.strip()
        for part in _SITE_SEPARATOR.split(doc.line[title_line])
        if _title_key(part) in stripped and len(_title_words(_title_key(part))) >= SHORT_TITLE_WORDS
    ]
    if len(parts) != 1:
        return None
    key = _title_key(parts[0])
    if any(key in doc.key[i] for i in range(len(doc)) if i != title_line):
        return None  # shown again, whole or in a longer line: the page's own rules pick it
    body_words = _opening_words(doc, region)
    if _taken_up(_title_words(key), body_words) < TAB_HEADLINE_TAKEN_UP:
        return None
    if (
        title_index is not None
        and _taken_up(_title_words(doc.key[title_index]), body_words) >= PICKED_TAKEN_UP
    ):
        return None
    return parts[0]


# How much of the browser title's headline the body's opening must take up, and how little
# of the line picked instead, for the browser title's to be the headline.
TAB_HEADLINE_TAKEN_UP = 0.5
PICKED_TAKEN_UP = 0.34


def _headline_text(doc: Lines, index: int) -> str:
    """The headline at line `index`, with its second line when the page breaks it in two
    ("Inside the traders' bank:" / "how market women built a credit union"): the line
    runs on (a colon, a comma or a dash at its end) into a line that opens in lowercase and
    is headline-shaped itself (no final stop, not furniture, a byline or a date)."""
    line = doc.line[index].rstrip()
    nxt = index + 1
    if nxt >= len(doc) or not _RUNS_ON.search(line):
        return doc.line[index]
    follow = doc.line[nxt].strip()
    if (
        not follow[:1].islower()
        or follow.endswith(".")
        or doc.n_words[index] + doc.n_words[nxt] > MAX_TITLE_WORDS
        or doc.is_junk(nxt)
        or doc.is_byline[nxt]
        or doc.maybe_metadata[nxt]
        or states_date(follow)
    ):
        return doc.line[index]
    return f"{line} {follow}"


def _shown_headline(doc: Lines, title_index: int | None, first: int) -> int | None:
    """The copy of the headline the article's header shows: the last one above the body
    (a title picked on the page's first line, the document title, is shown again over the
    article, with the date beside it)."""
    if title_index is None:
        return None
    key = _title_key(doc.line[title_index])
    copies = [i for i in range(title_index, first) if _title_key(doc.line[i]) == key]
    return copies[-1] if copies else title_index


def _copies_above(doc: Lines, title_index: int | None, first: int) -> list[int]:
    """The copies of the headline between the picked one and the body, the nearest to the
    body first (a page may show it in a share box too, under the header's own)."""
    if title_index is None:
        return []
    key = _title_key(doc.line[title_index])
    return [i for i in range(first - 1, title_index, -1) if _title_key(doc.line[i]) == key]


def shown_dates(
    pages: Sequence[Sequence[Any]],
    titles: Sequence[str | None],
    load_date: date,
    published: Sequence[date | None] | None = None,
) -> list[StatedDate | None]:
    """The date each page shows at its headline, from the page's shown text (lines, the
    indices of its `<h1>` lines and, optionally, of the lines in lists of other stories or
    menus: `html.page_lines`): `header_date` around the line that is the page's headline
    (`titles`, compared as titles are), an `<h1>` first, else the first such line that has
    a date near it (a headline may be listed in a menu above the article too). A copy of
    the headline in a list of other stories is read only when there is no other, and the
    dates of such lists only at a headline inside one. When no line is the title (a
    social title worded otherwise than the shown headline), the `<h1>` lines stand for it,
    then the headline the shown text itself points to (`pick_title_index`). None when none
    of these has a date near it: the page's metadata then gives the date. The shown date
    is the publisher's own calendar date; a metadata timestamp is often UTC, a day ahead
    of an evening article. A date found only above the headline that is more than a day
    after the page's `published` metadata date is the site's bar with the day it was
    viewed (a kicker's date is the article's): None then, the metadata giving the date.
    So is a shown date labelled as an update ("Updated Nov 13") when the metadata's
    published date is earlier: "Published" beats "Updated"."""
    out: list[StatedDate | None] = []
    docs = classify_documents(["\n".join(page[0]) for page in pages])
    for doc, page, title in zip(docs, pages, titles, strict=True):
        lines, h1 = page[0], frozenset(page[1])
        elsewhere = frozenset(page[2]) if len(page) > 2 else frozenset()
        if len(doc) != len(lines):
            # the split dropped a line (invisible characters only): indices moved
            h1 = elsewhere = frozenset()
        key = _title_key(title) if title else None
        same = [i for i in range(len(doc)) if key and _title_key(doc.line[i]) == key]
        if same:
            kept = [i for i in same if i not in elsewhere] or same
            heads = sorted(kept, key=lambda i: (i not in h1, i))
        else:
            heads = sorted(h1 - elsewhere) or sorted(h1)
            heads = heads or [i for i in [_picked_headline(doc)] if i is not None]
        shown = None
        for index in heads:
            skip = frozenset() if index in elsewhere else elsewhere
            if index + 1 in skip and _bare_date_line(doc, index + 1):
                # the headline's own date, written as a list's item ("<ul class=meta>")
                skip = skip - {index + 1}
            shown = _likeliest(header_dates(doc, index, 0, load_date, skip))
            if shown is not None:
                break
        stated = shown.stated if shown is not None else None
        meta = published[len(out)] if published is not None else None
        if stated is not None and _misread_order(stated, meta):
            # "12/04/2020" read month first, the metadata's 12 April: the site writes day first
            stated = StatedDate(written=stated.written, value=meta)
        if (
            shown is not None
            and shown.updated
            and stated is not None
            and stated.value is not None
            and meta is not None
            and meta < stated.value
        ):
            stated = None  # only an update is shown: the metadata's earlier published date
        if (
            shown is not None
            and not shown.below
            and stated is not None
            and stated.value is not None
            and meta is not None
            and stated.value - meta > _SITE_BAR_GAP
        ):
            stated = None  # the site's bar with its day's date: the metadata's date
        out.append(stated)
    return out


# A date of numbers only, day and month both 12 at most: its order cannot be read.
_NUMERIC_DATE = re.compile(r"(?<![\d/.])[01]?\d[/.][01]?\d[/.](?:\d{4}|\d{2})(?![\d/.])")


def _misread_order(stated: StatedDate, meta: date | None) -> bool:
    """The shown date is written in numbers only and is the metadata's date with day and
    month swapped: the page writes the other order than the one it was read in."""
    value = stated.value
    return (
        value is not None
        and meta is not None
        and value != meta
        and (value.year, value.month, value.day) == (meta.year, meta.day, meta.month)
        and _NUMERIC_DATE.search(stated.written) is not None
    )


def _picked_headline(doc: Lines) -> int | None:
    """The headline of a page's text as the text cleaner picks it, its copy over the body."""
    region = body_region(doc, isolated_discount(doc.score)) if len(doc) else None
    if region is None:
        return None
    return _shown_headline(doc, pick_title_index(doc, region), region[0])


@dataclass
class _Metadata:
    published: date | None = None
    source: str | None = None
    rejected: str | None = None
    author: str | None = None

    def state(self, stated: StatedDate | None, *, override: bool = False) -> bool:
        """Take a stated published date: the first accepted one is used (a scrape line's
        wins over any), the first refused one is remembered. False: nothing was stated."""
        if stated is None:
            return False
        if stated.value is None:
            self.rejected = self.rejected or stated.written
        elif self.published is None or override:
            self.published, self.source = stated.value, "metadata"
        return True


@dataclass
class _PageDates:
    """The dates a page's metadata lines state, by kind (`_read_metadata`)."""

    scraped: _Metadata  # the scraper's own "date YYYY-MM-DD" line
    published: _Metadata  # a line labelled "Published", "Posted", "Date"
    updated: _Metadata  # a line labelled "Updated", "Modified"
    bylined: _Metadata  # a byline with a date, anywhere (a related article's too)


# A sentence that says when the article was published, as footers write it.
_PUBLISHED_SENTENCE = re.compile(
    r"^(?:this|the)\s+(?:story|article|post|piece|report|interview)\s+(?:was|is)\s+"
    r"(?:first\s+|originally\s+)?(?:published|posted)\s+(?:on\s+)?(?P<date>[^.]+\d)\.?$",
    re.IGNORECASE,
)


def _read_metadata(doc: Lines, load_date: date) -> tuple[_PageDates, str | None, list[int]]:
    """Dates and the author from the flagged lines; the indices of the other (content)
    lines. A line stating a date the rule refuses is still a metadata line, not body text."""
    dates = _PageDates(_Metadata(), _Metadata(), _Metadata(), _Metadata())
    author: str | None = None
    content: list[int] = []
    for i, line in enumerate(doc.line):
        if not doc.maybe_metadata[i]:
            if doc.n_words[i] <= MAX_DATE_LINE_WORDS and (told := _PUBLISHED_SENTENCE.match(line)):
                # a footer's "This story was originally published on October 2, 2024."
                dates.published.state(date_line_value(told.group("date"), load_date))
            content.append(i)
            continue
        scrape = _SCRAPE_DATE_LINE.match(line)
        if scrape:
            dates.scraped.state(stated_published_date(scrape.group(1), load_date), override=True)
            continue
        if _DATE_LABEL.match(line) and doc.n_words[i] <= MAX_DATE_LINE_WORDS:
            stated = date_line_value(line, load_date)
            updated = _UPDATED_LABEL.match(line) and not _PUBLISHED_WORD.search(line)
            if (dates.updated if updated else dates.published).state(stated):
                continue
        byline = _BYLINE.match(line)
        if byline and doc.n_words[i] <= 16:
            author = author or byline.group("name").strip()
            # "By A. Writer | Posted on 2026-03-02"
            dates.bylined.state(date_line_value(line, load_date))
            continue
        content.append(i)
    return dates, author, content


def _published_date(dates: _PageDates, header: Sequence[HeaderDate]) -> _Metadata:
    """The page's published date, the likeliest source first: the scraper's date line;
    the date under the headline; a "Published" line anywhere (a footer's "First published
    on ..."); a date above the headline; an update in the header, then anywhere; last, a
    dated byline away from the header (it may be a related article's)."""
    meta = _Metadata()
    below = [h.stated for h in header if h.below and not h.updated]
    above = [h.stated for h in header if not h.below and not h.updated]
    updated = [h.stated for h in header if h.updated]
    for group in (
        [_stated(dates.scraped)],
        below,
        [_stated(dates.published)],
        above,
        updated,
        [_stated(dates.updated)],
        [_stated(dates.bylined)],
    ):
        for stated in group:
            meta.state(stated)
        if meta.published is not None:
            break
    return meta


def _stated(meta: _Metadata) -> StatedDate | None:
    """A metadata kind's date back as a statement (accepted, else refused, else None)."""
    if meta.published is not None:
        return StatedDate(written=meta.published.isoformat(), value=meta.published)
    return StatedDate(written=meta.rejected, value=None) if meta.rejected else None


def _header_of(
    doc: Lines, heads: Sequence[int | None], first: int, load_date: date
) -> list[HeaderDate]:
    """The header dates of the first of `heads` (copies of the headline, the likeliest
    first) that has an accepted date near it; else of the first with any. When two copies
    have one under them, the copy with the nearer one (a date line right under a
    headline, not a source's date further down under its copy in a share box)."""
    found_any: list[HeaderDate] = []
    best: tuple[int, list[HeaderDate]] | None = None
    for head in heads:
        found = header_dates(doc, head, first, load_date)
        accepted = [f for f in found if f.stated.value is not None]
        if accepted and head is not None:
            below = [f.index - head for f in accepted if f.below and not f.updated]
            distance = min(below) if below else len(doc)
            if best is None or distance < best[0]:
                best = (distance, found)
        elif accepted:
            return found
        found_any = found_any or found
    return best[1] if best is not None else found_any


def _paragraphs(
    doc: Lines, region: tuple[int, int], title: str | None, skip: set[int] | None = None
) -> list[str]:
    """The region's lines minus furniture, bylines and repeats (the title included).

    Short unpunctuated lines are kept as subheadings only between paragraphs: at either end
    they are a byline, a kicker or a newsletter prompt (three or more in a row are a list
    the article announced, and stay).
    """
    title_key = dedupe_key(title) if title else None
    seen: set[str] = set()
    kept: list[int] = []
    for i in range(*region):
        if doc.is_junk(i) or doc.is_byline[i] or (skip and i in skip):
            continue
        key = doc.key[i]
        if key in seen or key == title_key:
            continue
        seen.add(key)
        kept.append(i)

    def stray(i: int) -> bool:
        return not doc.ends_sentence[i] and doc.n_words[i] < MIN_PARAGRAPH_WORDS

    head = next((k for k, i in enumerate(kept) if not stray(i)), len(kept))
    tail = next((k for k, i in enumerate(reversed(kept)) if not stray(i)), len(kept))
    start = head if head <= 2 else 0
    stop = len(kept) - tail if tail <= 2 else len(kept)
    return [doc.line[i] for i in kept[start:stop]] if start < stop else []


def _copyright_holder(doc: Lines) -> str | None:
    """The publisher named in a copyright line ("© 2026 Meridian Post. All rights reserved.")."""
    for i in reversed(range(len(doc))):
        if not doc.has_copyright[i]:
            continue
        match = _COPYRIGHT_HOLDER.search(doc.line[i])
        if match:
            name = re.split(r"\s+[·•|/]\s+", match.group("name"))[0]
            name = _HOLDER_SUFFIX.sub("", name).strip()
            if name and len(name.split()) <= 6:
                return name
    return None


def _record_text(doc: Lines, title: str | None, metadata: set[int]) -> list[str]:
    """A record's own text, line by line, when it reads as text (a line of 4 or more
    words that ends a sentence, as the scorer counts body lines, or of 3 words with
    letters; not a bare number, a boolean or a dumped list): each line once, without the title and the metadata lines
    (with them, when they are all the text there is; with the title too, when the text is
    one line the title was read from: 'Putin said: "We are ready."' is a brief, not a
    headline over nothing)."""
    title_key = dedupe_key(title) if title else None
    for skip, skip_title in ((metadata, title_key), (set(), title_key), (set(), None)):
        seen: set[str] = set()
        kept: list[int] = []
        for i in range(len(doc)):
            if i in skip or doc.key[i] in seen or doc.key[i] == skip_title:
                continue
            seen.add(doc.key[i])
            kept.append(i)
        if any(
            (doc.ends_sentence[i] and doc.n_words[i] >= MIN_BODY_LINE_WORDS)
            or len(_LETTER_WORD.findall(doc.line[i])) >= MIN_RECORD_LETTER_WORDS
            for i in kept
        ):
            return [doc.line[i] for i in kept]
    return []


# A wire alert may be a headline-like line without a stop ("Explosion rocks Kabul airport"):
# three words of letters make it text; a number, a flag or a dumped list has none.
MIN_RECORD_LETTER_WORDS = 3
_LETTER_WORD = re.compile(r"\b[^\W\d_]{2,}\b")


# A wire dateline set on a line of its own above the story ("HAVANA (AP) --", "NAIROBI,
# Kenya (AP) _", "MIAMI _"): a place in capitals, an optional region, an optional agency in
# brackets, and the dash or underscore that joins it to the story's first words. It is part
# of that paragraph (where the story was filed, which a bare "the government" refers to).
_DATELINE_LINE = re.compile(
    r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
    r"(?:,\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})?"
    r"(?:\s*(?P<agency>\([A-Z][\w .&'-]{0,30}\)))?"
    r"\s*(?P<dash>--|[_–—-])?"
)


def _with_dateline(
    doc: Lines, first: int, paragraphs: list[str], title_index: int | None
) -> list[str]:
    """The story's paragraphs, the dateline standing alone right above its first one joined
    to it (an agency or a dash is needed: a bare word in capitals may be a section's name)."""
    if first < 1 or first - 1 == title_index or not paragraphs or paragraphs[0] != doc.line[first]:
        return paragraphs
    dateline = _DATELINE_LINE.fullmatch(doc.line[first - 1].strip())
    if dateline is None or not (dateline.group("agency") or dateline.group("dash")):
        return paragraphs
    return [f"{dateline.group(0)} {paragraphs[0]}", *paragraphs[1:]]


def _clean_document(
    all_lines: Lines, record_title: str | None, load_date: date, keep_text: bool = False
) -> CleanArticle:
    dates, author, content_indices = _read_metadata(all_lines, load_date)
    doc = all_lines
    # Metadata lines stay in place as separators (a byline ends the body above it) but
    # never count as text.
    metadata = set(range(len(doc))) - set(content_indices)
    scores = isolated_discount(
        [min(s, -4.0) if i in metadata else s for i, s in enumerate(doc.score)]
    )
    region = body_region(doc, scores)
    region = under_headline(doc, scores, region) if region else None
    title_index = pick_title_index(doc, region) if region else None
    tab_headline = (
        _tab_title_headline(doc, region, title_index) if region and not record_title else None
    )
    if tab_headline is not None:
        title_index = None  # the page shows its headline only in the browser's title
    if (
        record_title
        and title_index is not None
        and _jaccard(
            set(_title_words(_title_key(record_title))),
            set(_title_words(_title_key(doc.line[title_index]))),
        )
        < REWORDED_TITLE
    ):
        # A record that carries its title: a line of its text is a headline only as a copy
        # of that title; any other line the page rules pick is the story's first paragraph
        # (a lede about a named person reads like a headline), which stays the body's.
        title_index = None
    if region and title_index is not None and region[0] <= title_index < region[1]:
        # The headline sits inside the densest run: what precedes it (an error page, a
        # teaser) is not the article, unless it outweighs what follows; deep in the run
        # (a headline picked there has its header under it) it is a list of other stories.
        before = sum(max(v, 0.0) for v in scores[region[0] : title_index])
        after = sum(max(v, 0.0) for v in scores[title_index + 1 : region[1]])
        if before < after:
            region = (title_index + 1, region[1])
        elif title_index >= region[0] + TITLE_WINDOW_INSIDE:
            # (deep in the run, the headline was picked for its header: the body follows it)
            header = _header_under(doc, title_index, set())
            region = ((header if header is not None else title_index) + 1, region[1])
    title = record_title or (_headline_text(doc, title_index) if title_index is not None else None)
    title = title or tab_headline
    first = region[0] if region else None
    header: list[HeaderDate] = []
    if first:
        shown = _shown_headline(doc, title_index, first)
        # The copy over the article, else the picked line (a gallery may repeat the headline
        # between the header and the body).
        heads = list(dict.fromkeys([shown, *_copies_above(doc, title_index, first), title_index]))
        copies = [h for h in heads if h != title_index]
        if copies and title_index == page_title_variants(doc)[0]:
            # The page's first line is the document title, the site's bar under it (with
            # the day's date): its copies over the article come first.
            header = _header_of(doc, copies, first, load_date)
            if not any(h.stated.value for h in header):
                header = _header_of(doc, heads, first, load_date)
        else:
            header = _header_of(doc, heads, first, load_date)
        if not any(h.stated.value for h in header):
            # No date by the headline (its copy over the article glued to the deck, or
            # far above it): the date line right above the body, as on a page without one.
            header = header_dates(doc, None, first, load_date) or header
    meta = _published_date(dates, header)
    meta.author = author
    paragraphs = _paragraphs(doc, region, title, skip=metadata) if region else []
    if region:
        paragraphs = _with_dateline(doc, region[0], paragraphs, title_index)
    if keep_text and not any(HAS_WORD.search(p) for p in paragraphs):
        # A record's text was cut from its page by the publisher: when the line filter
        # leaves no word of it (a one-sentence brief is too short to score as a
        # paragraph), the text is the article as given, if it reads as prose.
        paragraphs = _record_text(doc, title, metadata)
    prefix = _PUBLISHER_PREFIX.match(paragraphs[0]) if paragraphs else None
    publisher = prefix.group("name").strip() if prefix else _copyright_holder(all_lines)
    if meta.author is None and title_index is not None and first is not None:
        # A bare name line under the headline ("Derya Aksoy | Stratos Wire").
        for i in range(title_index + 1, min(first, title_index + 4)):
            named = _NAME_LINE.match(doc.line[i])
            if named and not states_date(doc.line[i]):
                meta.author = named.group("name")
                break
    return CleanArticle(
        title=normalize_text(title).strip() or None if title else None,
        body="\n\n".join(paragraphs),
        published_date=meta.published,
        published_date_source=meta.source if meta.published else None,
        author=meta.author,
        publisher=publisher,
        published_date_rejected=meta.rejected if meta.published is None else None,
    )


def clean_texts(
    raws: Sequence[str],
    record_titles: Sequence[str | None] | None = None,
    load_date: date | None = None,
    keep_text: Sequence[bool] | None = None,
) -> list[CleanArticle]:
    """Clean a batch of scraped texts (txt/md pages or record bodies).

    `load_date` bounds the published dates accepted (`dateparse`; default: today, UTC).
    `keep_text` marks record texts (json/jsonl/csv), whose text is kept as given when the
    line filter would leave no word of it but it reads as prose (`_record_text`).
    """
    load_date = load_date or today_utc()
    titles = list(record_titles) if record_titles is not None else [None] * len(raws)
    keep = list(keep_text) if keep_text is not None else [False] * len(raws)
    docs = classify_documents([repair_text(raw) for raw in raws])
    return [
        _clean_document(doc, title, load_date, kept)
        for doc, title, kept in zip(docs, titles, keep, strict=True)
    ]


def clean_text_article(
    raw: str,
    record_title: str | None = None,
    load_date: date | None = None,
    *,
    keep_text: bool = False,
) -> CleanArticle:
    """Clean one scraped text (see `clean_texts`)."""
    return clean_texts([raw], [record_title], load_date, [keep_text])[0]


def clean_paragraphs(lines: list[str], title: str | None = None) -> list[str]:
    """Article paragraphs among already-extracted text blocks (an HTML page's)."""
    (doc,) = classify_documents(["\n".join(lines)])
    scores = isolated_discount(doc.score)
    region = body_region(doc, scores)
    return _paragraphs(doc, region, title) if region else []
