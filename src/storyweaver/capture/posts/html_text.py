"""Post bodies that arrive as HTML (Mastodon content, X embeds, Storify text) made into plain text.

The markup is read, never kept live: scripts and styles are dropped, paragraphs become
blank-line breaks, ``<br>`` a newline, and the links are returned on the side.  A
sanitised copy (paragraphs, line breaks and links only) is available from nh3.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

_BLOCKS = frozenset({"p", "div", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol"})
_DROPPED = frozenset({"script", "style", "template", "iframe", "object", "embed", "noscript", "head", "title"})
# Every pattern scans at most to the next "<", so hostile markup (a thousand unclosed quotes)
# costs linear time, never a regular-expression blow-up.
_ATTRIBUTES = r"(?:\"[^\"<]*\"|'[^'<]*'|[^'\"<>])*"
_DROPPED_PARTS = re.compile(
    r"<!--.*?(?:-->|$)"  # a comment (one left open runs to the end, as browsers read it)
    r"|<(?P<dropped>" + "|".join(sorted(_DROPPED)) + r")\b[^<>]*>.*?(?:</(?P=dropped)\s*>|$)"
    r"|<[!?][^<>]*>",  # a declaration or processing instruction
    re.DOTALL | re.IGNORECASE,
)
# The anchor text runs to its </a> and never past another <a (so unclosed anchors stay linear).
_LINK = re.compile(r"<a\b(" + _ATTRIBUTES + r")>([^<]*(?:<(?!/?a\b)[^<]*)*)</a\s*>", re.IGNORECASE)
_BREAK = re.compile(r"<br\b" + _ATTRIBUTES + r">", re.IGNORECASE)
_BLOCK = re.compile(r"</?(?:" + "|".join(sorted(_BLOCKS)) + r")\b" + _ATTRIBUTES + r">", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*" + _ATTRIBUTES + r">")
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


@dataclass(slots=True)
class HtmlText:
    text: str
    links: list[dict[str, str]] = field(default_factory=list)  # {"url", "text"}


def html_to_text(markup: str) -> HtmlText:
    """The text a reader sees, with paragraphs kept; links listed with their anchor text.

    The markup is rewritten by a few regular expressions (comments and dropped elements out,
    line breaks and blocks to newlines, other tags out), never built into a tree: ten times
    the speed of BeautifulSoup, which a 50,000-post archive needs.  The result is plain text,
    escaped wherever it is shown.
    """
    if "<" not in markup and "&" not in markup:
        return _tidy(markup, [])
    text = _DROPPED_PARTS.sub("", markup)
    links = []
    for attributes, inner in _LINK.findall(text):
        href = _HREF.search(attributes)
        url = html.unescape(next((g for g in href.groups() if g is not None), "")).strip() if href else ""
        if url:
            links.append({"url": url, "text": html.unescape(_ANY_TAG.sub("", _BREAK.sub("\n", inner)))})
    text = _ANY_TAG.sub("", _BLOCK.sub("\n\n", _BREAK.sub("\n", text)))
    return _tidy(html.unescape(text), links)


def _tidy(text: str, links: list[dict[str, str]]) -> HtmlText:
    # Paragraph breaks collapse to one blank line; spaces inside lines are the author's.
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1] != ""):
            out.append(line if line.strip() else "")
    return HtmlText("\n".join(out).strip("\n"), links)


def element_text(root: Any) -> HtmlText:
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    parts: list[str] = []
    links: list[dict[str, str]] = []

    def walk(node: Any) -> None:
        for child in node.children:
            if isinstance(child, Comment | Declaration | Doctype | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                parts.append(str(child))
                continue
            if not isinstance(child, Tag) or child.name in _DROPPED:
                continue
            if child.name == "br":
                parts.append("\n")
                continue
            block = child.name in _BLOCKS
            if block:
                parts.append("\n\n")
            walk(child)
            if child.name == "a" and child.get("href"):
                links.append({"url": str(child["href"]), "text": child.get_text()})
            if block:
                parts.append("\n\n")

    walk(root)
    return _tidy("".join(parts), links)


def sanitised_html(markup: str) -> str:
    """Only paragraphs, line breaks and links (http/https, no attributes but href) survive."""
    import nh3

    return nh3.clean(
        markup,
        tags={"p", "br", "a"},
        attributes={"a": {"href"}},
        url_schemes={"http", "https"},
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )
