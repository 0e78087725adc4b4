"""HTML article pages: metadata from the usual markup, and a fallback text extractor.

Metadata comes from Open Graph and article meta tags, `<time datetime>`, JSON-LD and
`<link rel=canonical>`, read from the lxml tree that trafilatura then extracts the body
from (one parse per page). When trafilatura finds no body, `html_text_lines` (selectolax, a
fast Lexbor parser) reduces the page to its text blocks in document order, with navigation,
asides, figures, forms and scripts removed, for the scraped-text paragraph filter.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape
from typing import NamedTuple

from lxml import etree
from lxml.html import HtmlElement
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from pipelines.text.line_features import CONTROL, INVISIBLE

_DROP_TAGS = "script, style, noscript, template, svg, nav, aside, form, iframe, figure, figcaption, button, select, dialog"
_DROP_ROLES = '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"]'
_FURNITURE_CLASS = re.compile(
    r"cookie|consent|banner|share|social|related|newsletter|comment|footer|breadcrumb|menu|promo|advert|subscribe|caption|byline",
    re.I,
)
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "blockquote", "li", "pre", "div")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")

# Meta tags (property, name or itemprop, lowercased) that state when a page was first
# published, the most specific first: Open Graph and article tags, schema.org, Dublin Core,
# Parse.ly, Sailthru, scholarly citations and the common CMS names. A bare "date" or
# "dc.date" comes after them, a creation date last. Modified and updated times are never
# read as published ones.
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "article.published",
    "datepublished",
    "date_published",
    "published_time",
    "published_date",
    "published-date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pub_date",
    "pubdate",
    "publication_date",
    "original-publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "date",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "datecreated",
)
# Candidates for the author's node: the class test is finished in Python, where a class
# token is cheaper to check than with XPath string functions on every node.
_AUTHOR_NODES = '//*[@rel="author" or @itemprop="author" or contains(@class, "author")]'


@dataclass(frozen=True)
class HtmlMetadata:
    """What a page's markup says about it."""

    title: str | None
    published: str | None
    author: str | None
    publisher: str | None
    url: str | None


NO_METADATA = HtmlMetadata(None, None, None, None, None)


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """Every `<meta>` with content, by its property, name or itemprop (lowercased; the
    first of a key wins), in one pass instead of a search per key."""
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        content = (node.get("content") or "").strip()
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = node.get(attribute)
            if key:
                found.setdefault(key.strip().lower(), content)
    return found


# JSON-LD types of an article ("NewsArticle", "BlogPosting", "Report"...).
_ARTICLE_TYPE = re.compile(r"Article|Posting|Report", re.IGNORECASE)


def json_ld_items(tree: HtmlElement) -> list[dict[str, object]]:
    """Every JSON-LD object of the page in document order, nested ones included (an
    `@graph` list, a top-level list, `mainEntity`...), each after the one holding it."""
    items: list[dict[str, object]] = []
    for node in tree.iterfind('.//script[@type="application/ld+json"]'):
        try:
            stack: list[object] = [json.loads(node.text or "")]
        except (json.JSONDecodeError, RecursionError):
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                items.append(item)
                stack.extend(reversed([v for v in item.values() if isinstance(v, list | dict)]))
    return items


def _is_article(item: dict[str, object]) -> bool:
    return bool(_ARTICLE_TYPE.search(str(item.get("@type"))))


def _json_ld(items: list[dict[str, object]]) -> dict[str, object]:
    """The page's article object: the first of an article's type (NewsArticle, BlogPosting,
    Report...) with a published date or a headline, else the first other object with
    either (a WebPage, a site's breadcrumbs or organization hold neither, or the site's
    name as headline)."""
    described = [item for item in items if "datePublished" in item or "headline" in item]
    return next(
        (item for item in described if _is_article(item)), described[0] if described else {}
    )


def json_ld_published(items: list[dict[str, object]]) -> str | None:
    """`datePublished` of the page's JSON-LD: an article's object first, else any."""
    found = [
        (_is_article(item), value.strip())
        for item in items
        if isinstance(value := item.get("datePublished"), str) and value.strip()
    ]
    return next((p for article, p in found if article), found[0][1] if found else None)


def _first(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _text_of(tree: HtmlElement, path: str) -> str | None:
    node = tree.find(path)
    return " ".join(node.text_content().split()) or None if node is not None else None


def _site_names(page_title: str | None, site: str | None) -> set[str]:
    """The site's name as the page writes it: og:site_name, and the shorter end of the
    document title ("Headline - Site", "Site | Headline") when it has 5 words at most."""
    names = {site.casefold()} if site else set()
    if page_title:
        parts = _TITLE_SEPARATOR.split(page_title)
        shorter = min(parts[0], parts[-1], key=lambda part: len(part.split()))
        if len(parts) > 1 and len(shorter.split()) <= 5:
            names.add(shorter.casefold())
    return names


# Words an <h1> shares with the page's titles: three letters or more, one of them four or
# more ("for" and "the" alone are shared by any two English lines).
_TITLE_WORD = re.compile(r"\w{3,}")


def _shared_words(text: str, title_words: set[str]) -> int:
    """How many words (three letters or more) a line shares with a title's, 0 unless one
    has four letters or more ("for" and "the" alone are shared by any two English lines)."""
    common = {w.casefold() for w in _TITLE_WORD.findall(text)} & title_words
    return len(common) if any(len(w) >= 4 for w in common) else 0


def _h1_headline(node: HtmlElement, title_words: set[str]) -> str:
    """An <h1>'s text, or the part of it that is the headline: an <h1> may hold a kicker, a
    section's link or a subtitle in elements of their own beside it ("Crime | " above,
    "Welcome to ..." under it). The part (an element's text, or text between them) that
    shares as many words with the page's titles as the whole <h1> is its headline."""
    whole = " ".join(node.text_content().split())
    pieces = [node.text]
    for child in node:
        if isinstance(child.tag, str):  # (not a comment's text)
            pieces.append(child.text_content())
        pieces.append(child.tail)
    parts = [" ".join(p.split()) for p in pieces if isinstance(p, str) and len(p.split()) >= 2]
    if len(parts) < 2:
        return whole
    shared = _shared_words(whole, title_words)
    return next((p for p in parts if shared and _shared_words(p, title_words) >= shared), whole)


def _headline_h1(
    tree: HtmlElement, titles: list[str], site_names: set[str], social: list[str]
) -> str | None:
    """The headline the page shows: of the <h1> of 2 to 40 words, not the site's name (a
    blog's masthead), that share two words at least (of three letters or more, one of
    four or more: not "the" and "for" alone) with the page's own titles (document title,
    og:title, JSON-LD headline), the one that shares the most with the `social` titles
    (og:title, JSON-LD headline: a blog's tab title holds its masthead, shown as an <h1>
    too, as well as the post's headline), then with all of them; the first among equals.
    Social titles are often another wording of it, so the shown one comes first; an <h1>
    sharing nothing with them is a menu, a modal or a masthead."""
    title_words = {w.casefold() for t in titles for w in _TITLE_WORD.findall(t)}
    social_words = {w.casefold() for t in social for w in _TITLE_WORD.findall(t)}
    best: tuple[int, int, str] | None = None
    for node in tree.iter("h1"):
        text = _h1_headline(node, title_words | social_words)
        if not 2 <= len(text.split()) <= 40 or text.casefold() in site_names:
            continue
        shared = _shared_words(text, title_words)
        rank = (_shared_words(text, social_words), shared)
        if shared >= 2 and (best is None or rank > best[:2]):
            best = (*rank, text)
    return best[2] if best else None


def _without_site(title: str | None, site: str | None) -> str | None:
    """A social title without the site's name glued to it ("Headline | Site")."""
    if not title:
        return None
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) > 1 and (
        (site and parts[-1].casefold() == site.casefold()) or len(parts[-1].split()) <= 3
    ):
        return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
    return title


# An element marked as the published date in the page's body: microdata's
# itemprop="datePublished" (its `content` or `datetime`), HTML's old `<time pubdate>`.
_MARKED_PUBLISHED = '//*[@itemprop="datePublished" or @pubdate][@content or @datetime]'
# A `data-` attribute naming a publication ("data-published", "data-publish-date",
# "data-date-published"): scripts render the shown date from it.
_DATA_PUBLISHED = (
    '//@*[starts-with(name(), "data-") and contains(name(), "publish")'
    ' and not(contains(name(), "update")) and not(contains(name(), "modif"))]'
)


def _marked_published(tree: HtmlElement) -> list[str]:
    return [
        node.get("content") or node.get("datetime") or "" for node in tree.xpath(_MARKED_PUBLISHED)
    ]


def _data_published(tree: HtmlElement) -> list[str]:
    """`data-` attributes naming a publication whose value is a date (not a flag)."""
    return [str(value) for value in tree.xpath(_DATA_PUBLISHED) if _ISO_DAY.search(str(value))]


# An HTML character reference left in a text once the page is parsed.
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\d*);")
_ISO_DAY = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
# A published date in a script's data (an app's state, a tracker's page object):
# `"publishedDate": "2016-11-04T20:37:27Z"`, written year first.
_SCRIPT_PUBLISHED = re.compile(
    r'"(?:datePublished|publishedDate|publishDate|publishedAt|published_at|date_published'
    r'|publicationDate|firstPublishedDate)"\s*:\s*"((?:19|20)\d\d-\d\d-\d\d[^"]{0,30})"'
)


def _script_published(tree: HtmlElement) -> str | None:
    """The first published date in the data of the page's scripts (not JSON-LD, read
    apart): the last resort, since a listing's data holds other stories' dates too."""
    for node in tree.iter("script"):
        if (node.get("type") or "").lower() == "application/ld+json" or not node.text:
            continue
        found = _SCRIPT_PUBLISHED.search(node.text)
        if found is not None:
            return found.group(1)
    return None


def html_metadata(tree: HtmlElement) -> HtmlMetadata:
    """Title, published date (as written), author, publisher and canonical URL of a page."""
    meta = _meta_tags(tree)
    items = json_ld_items(tree)
    ld = _json_ld(items)
    page_title = _text_of(tree, ".//title")
    site = _first(meta.get("og:site_name"))
    social = [
        t
        for t in (meta.get("og:title"), meta.get("twitter:title"), ld.get("headline"))
        if isinstance(t, str)
    ]
    titles = [*social, page_title] if page_title else social
    title = _headline_h1(tree, titles, _site_names(page_title, site), social) or _without_site(
        _first(meta.get("og:title"), meta.get("twitter:title"), ld.get("headline")), site
    )
    if title is None:
        title = _TITLE_SEPARATOR.split(page_title)[0] or None if page_title else None
    if title is not None and _ENTITY.search(title):
        title = unescape(title)  # escaped twice by the site ("&amp;#039;" in og:title)
    published = _first(
        *(meta.get(key) for key in _PUBLISHED_KEYS),
        *_marked_published(tree),
        json_ld_published(items),
        *_data_published(tree),
        # the first `<time>` last: it may be the site's header with the day's date
        *(node.get("datetime") for node in tree.iterfind(".//time[@datetime]")),
    ) or _script_published(tree)
    author = _first(meta.get("author"), meta.get("article:author"))
    if author is None:
        node = next(
            (
                node
                for node in tree.xpath(_AUTHOR_NODES)
                if node.get("rel") == "author"
                or node.get("itemprop") == "author"
                or "author" in (node.get("class") or "").split()
            ),
            None,
        )
        author = " ".join(node.text_content().split()) or None if node is not None else None
    canonical = tree.find('.//link[@rel="canonical"]')
    return HtmlMetadata(
        title=title,
        published=published,
        author=author,
        publisher=_first(meta.get("og:site_name"), meta.get("publisher")),
        url=_first(canonical.get("href") if canonical is not None else None, meta.get("og:url")),
    )


# What a browser does not show, and the elements that start a line of shown text.
_HIDDEN_TAGS = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "select",
        "option",
        "button",
        "dialog",
    ]
)
_LINE_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "br",
    ]
)


# Containers of other stories, of the site's menus and of share buttons: navigation,
# asides, footers, and blocks whose class or id names a list of stories ("trending",
# "related-articles", "most-read", "sidebar") or sharing ("share-tools", "social"). A
# headline listed there, with its date, is not the article's; their lines take no room
# in the header's window around the headline.
_ELSEWHERE_TAGS = frozenset(["nav", "aside", "footer"])
_ELSEWHERE_ROLES = frozenset(["navigation", "complementary", "contentinfo"])
_ELSEWHERE_NAME = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|trending|related|popular|most-?read|"
    r"recommended|recommendations|sidebar|ticker|more-stories|read-next|up-next|"
    r"share|sharing|social|share-tools|toolbar)(?:$|[-_])",
    re.IGNORECASE,
)
# Class tokens that say what a wrapper holds beside the article, not what it is.
_HAS_PREFIX = re.compile(r"^(?:has|with|no|show|hide|is)[-_]", re.IGNORECASE)


def _lists_elsewhere(node: HtmlElement, tag: str) -> bool:
    """A container of other stories or of the site's menus (`_ELSEWHERE_NAME`)."""
    if tag in _ELSEWHERE_TAGS or (node.get("role") or "").lower() in _ELSEWHERE_ROLES:
        return True
    if tag in ("html", "body", "main", "article"):
        return False
    names = f"{node.get('class') or ''} {node.get('id') or ''}".split()
    return any(_ELSEWHERE_NAME.search(n) and not _HAS_PREFIX.match(n) for n in names)


# Characters a line of shown text loses before its lines are classified (`split_lines`):
# invisible and control ones; line breaks other than \n are spaces here.
_UNSHOWN = re.compile(f"{INVISIBLE}|{CONTROL}")


class ShownText(NamedTuple):
    """A page's shown text as lines, which of them are `<h1>` headings, and which stand
    in a list of other stories or a menu (`_lists_elsewhere`)."""

    lines: list[str]
    h1: frozenset[int]
    elsewhere: frozenset[int] = frozenset()


def page_lines(tree: HtmlElement) -> ShownText:
    """The page's shown text as lines, in document order, header and bylines included:
    roughly what a browser's `innerText` gives (a block element starts and ends a line,
    inline elements such as `<time>` or `<a>` stay within theirs). Scripts, styles and
    other unshown elements are left out. Used to read the date a page shows at its
    headline, which a text extractor (trafilatura) leaves out with the header."""
    lines: list[str] = []
    h1: set[int] = set()
    elsewhere: set[int] = set()
    current: list[str] = []
    # The line tags entered that list other stories (a stack of flags, one per line tag).
    listing: list[bool] = []
    depth = 0  # how many of them are open

    def flush() -> None:
        # As `split_lines` will read it: one line, invisible and control characters gone.
        text = " ".join(_UNSHOWN.sub("", " ".join(current)).split())
        if text:
            if depth:
                elsewhere.add(len(lines))
            lines.append(text)
        current.clear()

    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, node in walker:
        tag = node.tag.lower() if isinstance(node.tag, str) else None
        if event == "start":
            if tag is None or tag in _HIDDEN_TAGS:
                walker.skip_subtree()
                continue
            if tag in _LINE_TAGS:
                flush()
                listing.append(_lists_elsewhere(node, tag))
                depth += listing[-1]
            if node.text:
                current.append(node.text)
            continue
        if tag in _LINE_TAGS:
            before = len(lines)
            flush()
            if tag == "h1" and len(lines) > before:
                h1.add(before)
            if listing:
                depth -= listing.pop()
        if node.tail and node is not tree:
            current.append(node.tail)
    flush()
    return ShownText(lines, frozenset(h1), frozenset(elsewhere))


def parse_html_tree(html: str) -> HtmlElement | None:
    """The lxml tree of a page, as trafilatura reads it (None: not HTML at all)."""
    from trafilatura.utils import load_html

    try:
        return load_html(html)
    except Exception:  # lxml refuses some byte soup; the fallback extractor still tries
        return None


def _text_blocks(root: Node) -> list[str]:
    """Text of leaf-level blocks in document order (a div counts only without block children)."""
    lines: list[str] = []
    for node in root.traverse(include_text=False):
        if node.tag not in _BLOCK_TAGS:
            continue
        if node.tag == "div" and node.css_first(", ".join(_BLOCK_TAGS)) is not None:
            continue
        if any(parent.tag in ("p", "li", "blockquote") for parent in _ancestors(node)):
            continue
        text = " ".join(node.text(separator=" ").split())
        if text:
            lines.append(text)
    return lines


def _ancestors(node: Node) -> list[Node]:
    out = []
    parent = node.parent
    while parent is not None:
        out.append(parent)
        parent = parent.parent
    return out


def html_text_lines(html: str) -> list[str]:
    """The page's text blocks in document order, furniture removed (the fallback body)."""
    tree = HTMLParser(html)
    for node in tree.css(_DROP_TAGS + ", " + _DROP_ROLES):
        node.decompose()
    for node in tree.css("[class], [id]"):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _FURNITURE_CLASS.search(marker) and node.tag not in ("html", "body", "article", "main"):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    for node in root.css("header, footer") if root is not None else []:
        node.decompose()
    return _text_blocks(root) if root is not None else []
