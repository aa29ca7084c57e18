"""Post bodies that arrive as HTML (Mastodon content, X embeds, Storify text) made into plain text.

The markup is read, never kept live: scripts and styles are dropped, paragraphs become
blank-line breaks, ``<br>`` a newline, and the links are returned on the side.  A
sanitised copy (paragraphs, line breaks and links only) is available from nh3.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_BLOCKS = frozenset({"p", "div", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol"})
_DROPPED = frozenset({"script", "style", "template", "iframe", "object", "embed", "noscript", "head", "title"})


@dataclass(slots=True)
class HtmlText:
    text: str
    links: list[dict[str, str]] = field(default_factory=list)  # {"url", "text"}


def html_to_text(markup: str) -> HtmlText:
    """The text a reader sees, with paragraphs kept; links listed with their anchor text."""
    import warnings

    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():
        # A post that is just an address or a file name is still a post, not a mistake.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(markup, "html.parser")
    return element_text(soup)


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
    text = "".join(parts)
    # Paragraph breaks collapse to one blank line; spaces inside lines are the author's.
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1] != ""):
            out.append(line if line.strip() else "")
    return HtmlText("\n".join(out).strip("\n"), links)


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
