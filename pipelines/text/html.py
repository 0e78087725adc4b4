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
from typing import NamedTuple

from lxml import etree
from lxml.html import HtmlElement
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

_DROP_TAGS = "script, style, noscript, template, svg, nav, aside, form, iframe, figure, figcaption, button, select, dialog"
_DROP_ROLES = '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"]'
_FURNITURE_CLASS = re.compile(
    r"cookie|consent|banner|share|social|related|newsletter|comment|footer|breadcrumb|menu|promo|advert|subscribe|caption|byline",
    re.I,
)
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "blockquote", "li", "pre", "div")
_TITLE_SEPARATOR = re.compile(r"\s+[|–-]\s+")

_PUBLISHED_KEYS = (
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
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


def _json_ld(tree: HtmlElement) -> dict[str, object]:
    for node in tree.iterfind('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text or "")
        except json.JSONDecodeError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}


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


_TITLE_WORD = re.compile(r"\w{3,}")


def _headline_h1(tree: HtmlElement, titles: list[str], site_names: set[str]) -> str | None:
    """The headline the page shows: the <h1> of 2 to 40 words, not the site's name (a
    blog's masthead), that shares the most words (two at least) with the page's own titles
    (document title, og:title, JSON-LD headline); the first among equals. Social titles
    are often another wording of it, so the shown one comes first; an <h1> sharing nothing
    with them is a menu, a modal or a masthead."""
    title_words = {w.casefold() for t in titles for w in _TITLE_WORD.findall(t)}
    best: tuple[int, str] | None = None
    for node in tree.iter("h1"):
        text = " ".join(node.text_content().split())
        if not 2 <= len(text.split()) <= 40 or text.casefold() in site_names:
            continue
        shared = len({w.casefold() for w in _TITLE_WORD.findall(text)} & title_words)
        if shared >= 2 and (best is None or shared > best[0]):
            best = (shared, text)
    return best[1] if best else None


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


def html_metadata(tree: HtmlElement) -> HtmlMetadata:
    """Title, published date (as written), author, publisher and canonical URL of a page."""
    meta = _meta_tags(tree)
    ld = _json_ld(tree)
    page_title = _text_of(tree, ".//title")
    site = _first(meta.get("og:site_name"))
    social = [
        t
        for t in (meta.get("og:title"), meta.get("twitter:title"), ld.get("headline"), page_title)
        if isinstance(t, str)
    ]
    title = _headline_h1(tree, social, _site_names(page_title, site)) or _without_site(
        _first(meta.get("og:title"), meta.get("twitter:title"), ld.get("headline")), site
    )
    if title is None:
        title = _TITLE_SEPARATOR.split(page_title)[0] or None if page_title else None
    time_node = tree.find(".//time[@datetime]")
    published = _first(
        *(meta.get(key) for key in _PUBLISHED_KEYS),
        time_node.get("datetime") if time_node is not None else None,
        ld.get("datePublished"),
    )
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


class ShownText(NamedTuple):
    """A page's shown text as lines, and which of them are `<h1>` headings."""

    lines: list[str]
    h1: frozenset[int]


def page_lines(tree: HtmlElement) -> ShownText:
    """The page's shown text as lines, in document order, header and bylines included:
    roughly what a browser's `innerText` gives (a block element starts and ends a line,
    inline elements such as `<time>` or `<a>` stay within theirs). Scripts, styles and
    other unshown elements are left out. Used to read the date a page shows at its
    headline, which a text extractor (trafilatura) leaves out with the header."""
    lines: list[str] = []
    h1: set[int] = set()
    current: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(current).split())
        if text:
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
            if node.text:
                current.append(node.text)
            continue
        if tag in _LINE_TAGS:
            before = len(lines)
            flush()
            if tag == "h1" and len(lines) > before:
                h1.add(before)
        if node.tail and node is not tree:
            current.append(node.tail)
    flush()
    return ShownText(lines, frozenset(h1))


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
