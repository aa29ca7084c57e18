"""The readable copy of a page as HTML: what it may hold, and its words.

A copy is untrusted (it is a stranger's page, and the project file may have been edited by
hand), so it is sanitised when it is made and again wherever it is shown or exported.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Characters no HTML or XML document may carry (C0/C1 controls but tab and newlines, lone
# surrogates, non-characters): a page can hold them, a copy never does (lxml refuses them).
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# What a readable copy may hold: structure, emphasis, links.  No attribute but a link's address
# (and a cell's span); no class, no style, no id, nothing that loads or runs.
TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "blockquote", "pre", "code",
                  "em", "strong", "b", "i", "u", "s", "sub", "sup", "a", "figure", "table", "thead",
                  "tbody", "tr", "th", "td", "dl", "dt", "dd"})
ATTRIBUTES = {"a": {"href"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})


# Private-use characters are a site's icon font (a cart, a clock): without that font they
# print as empty boxes, and they say nothing.
_ICONS = re.compile("[\ue000-\uf8ff]")


def valid_text(markup: str) -> str:
    """``markup`` with the characters no document may carry replaced by U+FFFD, and icon-font
    characters left out."""
    return _ICONS.sub("", _INVALID.sub("\ufffd", markup))


def _keep_attribute(element: str, attribute: str, value: str) -> str | None:
    if attribute == "href":
        scheme = urlsplit(value).scheme.lower()
        return value if scheme in URL_SCHEMES else None
    if attribute in ("colspan", "rowspan"):
        return value if value.isdigit() and 0 < int(value) <= 50 else None
    return None


def sanitise(markup: str) -> str:
    """``markup`` reduced to the allow-list: everything else is dropped (script and style with
    their content), links get ``rel="noopener noreferrer nofollow"``."""
    import nh3

    return nh3.clean(valid_text(markup), tags=set(TAGS), attributes={k: set(v) for k, v in ATTRIBUTES.items()},
                     attribute_filter=_keep_attribute, url_schemes=set(URL_SCHEMES),
                     link_rel="noopener noreferrer nofollow", strip_comments=True,
                     clean_content_tags={"script", "style", "template", "noscript", "iframe", "object"}).strip()


def plain_text(markup: str) -> str:
    """The words of a sanitised copy, whitespace collapsed (for search and word counts)."""
    import lxml.html

    if not markup.strip():
        return ""
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    for block in root.iter("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "figure", "br", "pre"):
        block.tail = " " + (block.tail or "")
    return " ".join(root.text_content().split())
