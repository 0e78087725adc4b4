"""HTML article pages to candidate lines and metadata, with selectolax (a fast Lexbor parser).

The page is reduced to its text blocks in document order, with navigation, asides,
figures, forms and scripts removed; the same paragraph filter as for scraped text then
picks the body. Metadata comes from the usual markup: Open Graph and article meta tags,
`<time datetime>`, JSON-LD, `<link rel=canonical>`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

_DROP_TAGS = "script, style, noscript, template, svg, nav, aside, form, iframe, figure, figcaption, button, select, dialog"
_DROP_ROLES = '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"]'
_FURNITURE_CLASS = re.compile(
    r"cookie|consent|banner|share|social|related|newsletter|comment|footer|breadcrumb|menu|promo|advert|subscribe|caption|byline",
    re.I,
)
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "blockquote", "li", "pre", "div")


@dataclass(frozen=True)
class HtmlPage:
    """Text blocks and markup metadata of one page."""

    lines: list[str]
    title: str | None
    published: str | None
    author: str | None
    publisher: str | None
    url: str | None


def _meta(tree: HTMLParser, *selectors: str) -> str | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None:
            value = (
                node.attributes.get("content")
                or node.attributes.get("datetime")
                or node.attributes.get("href")
                or ""
            ).strip()
            if value:
                return value
    return None


def _json_ld(tree: HTMLParser) -> dict[str, object]:
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except json.JSONDecodeError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}


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


def parse_html_page(html: str) -> HtmlPage:
    """Parse one page: its text lines (furniture removed) and its metadata."""
    tree = HTMLParser(html)
    ld = _json_ld(tree)
    title = _meta(tree, 'meta[property="og:title"]', 'meta[name="twitter:title"]')
    if title is None and isinstance(ld.get("headline"), str):
        title = str(ld["headline"])
    h1 = tree.css_first("h1")
    if title is None and h1 is not None:
        title = h1.text(strip=True) or None
    if title is None and tree.css_first("title") is not None:
        title = re.split(r"\s+[|–-]\s+", tree.css_first("title").text(strip=True))[0] or None
    published = _meta(
        tree,
        'meta[property="article:published_time"]',
        'meta[name="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="date"]',
        'meta[name="dc.date"]',
        "time[datetime]",
    )
    if published is None and isinstance(ld.get("datePublished"), str):
        published = str(ld["datePublished"])
    author = _meta(tree, 'meta[name="author"]', 'meta[property="article:author"]')
    if author is None:
        node = tree.css_first('[rel="author"], [itemprop="author"], .author')
        author = " ".join(node.text().split()) if node is not None and node.text().strip() else None
    publisher = _meta(tree, 'meta[property="og:site_name"]', 'meta[name="publisher"]')
    url = _meta(tree, 'link[rel="canonical"]', 'meta[property="og:url"]')

    for node in tree.css(_DROP_TAGS + ", " + _DROP_ROLES):
        node.decompose()
    for node in tree.css("[class], [id]"):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _FURNITURE_CLASS.search(marker) and node.tag not in ("html", "body", "article", "main"):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    for node in root.css("header, footer") if root is not None else []:
        node.decompose()
    lines = _text_blocks(root) if root is not None else []
    return HtmlPage(
        lines=lines, title=title, published=published, author=author, publisher=publisher, url=url
    )
