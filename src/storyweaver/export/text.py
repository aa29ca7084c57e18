"""Captured text made safe for the exports: escaped, linked, sanitised, with its direction.

Captured text is never trusted as HTML: it is cleaned of characters no document may carry,
escaped, and only then are links and hashtags built around the escaped pieces.  The
editor's own text blocks may carry a little formatting, which nh3 keeps to an allow-list.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

import nh3
from markupsafe import Markup

from storyweaver.core.textdir import direction

# Characters no HTML or XML document should carry: C0/C1 controls (tab and newline kept),
# lone surrogates and non-characters.  They become U+FFFD so nothing silently disappears.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

_URL = re.compile(r"\bhttps?://[^\s<>\"'`\u00a0\u3000]+", re.IGNORECASE)
_HASHTAG = re.compile(r"(?<![\w&/#])#(\w{1,100})", re.UNICODE)
_TAG = re.compile(r"<[A-Za-z/!]")
_SPACE = re.compile(r"\s")  # for str patterns, exactly the characters str.isspace() names
_TRAILING = ".,;:!?)]}'\"»”’"

EDITOR_TAGS = {"b", "strong", "i", "em", "a", "ul", "ol", "li", "p", "br"}
EDITOR_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "noopener noreferrer nofollow ugc"


def clean(text: str | None) -> str:
    """Text with the characters that break documents replaced; never None."""
    if not text:
        return ""
    return _INVALID.sub("\ufffd", text)


def safe_href(url: str | None) -> str | None:
    """The address if it is an http(s) web address a reader may follow, else None."""
    if not url:
        return None
    url = clean(url).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or _SPACE.search(url):
        return None
    return url


_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$")


def safe_lang(lang: str | None) -> str | None:
    """A language tag fit for a ``lang`` attribute, or None for anything else."""
    return lang if lang and _LANG_TAG.match(lang) else None


def hashtag_href(tag: str, platform: str | None, item_url: str | None) -> str | None:
    """Where a platform lists posts with a hashtag; None when we cannot say."""
    encoded = quote(tag, safe="")
    if platform == "x":
        return f"https://x.com/hashtag/{encoded}"
    if platform == "bluesky":
        return f"https://bsky.app/hashtag/{encoded}"
    if platform == "mastodon":
        base = safe_href(item_url)
        if base:
            parts = urlsplit(base)
            return f"{parts.scheme}://{parts.netloc}/tags/{encoded}"
    return None


def _escaped(text: str) -> str:
    """:func:`markupsafe.escape`'s text (the same five entities) as a plain string: the pieces
    of a post are joined as strings and made Markup once, not once per piece (a Markup per
    piece was a third of a 1,000-item recap's view)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        "'", "&#39;").replace('"', "&#34;")


def _link(href: str, label: str) -> str:
    # An explicit direction isolates the link, so "#EndImpunity" inside Arabic text keeps its
    # "#" in front (dir="auto" would do in browsers, but WeasyPrint does not know it).
    # Joined by hand, each part escaped: Markup.format runs Python's pure-Python formatter.
    side = direction(None, label)
    return f'<a href="{_escaped(href)}" rel="{_escaped(LINK_REL)}" dir="{_escaped(side)}">{_escaped(label)}</a>'


def _inline(text: str, platform: str | None, item_url: str | None) -> str:
    """Escape one line, turning web addresses and hashtags into links (HTML, as a string)."""
    if "#" not in text and "://" not in text:
        return _escaped(text)
    out: list[str] = []
    pos = 0
    tokens: list[tuple[int, int, str, str | None]] = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        tokens.append((match.start(), match.start() + len(url), url, safe_href(url)))
    taken = [(s, e) for s, e, _u, _h in tokens]
    for match in _HASHTAG.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        tokens.append((match.start(), match.end(), match.group(0), hashtag_href(match.group(1), platform, item_url)))
    for start, end, label, href in sorted(tokens):
        out.append(_escaped(text[pos:start]))
        out.append(_link(href, label) if href else _escaped(label))
        pos = end
    out.append(_escaped(text[pos:]))
    return "".join(out)


def rich_text(text: str | None, platform: str | None = None, item_url: str | None = None) -> Markup:
    """Captured plain text as HTML paragraphs: escaped, with linked addresses and hashtags."""
    body = clean(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        return Markup("")
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    html = "".join("<p>" + "<br>".join(_inline(line, platform, item_url) for line in paragraph.split("\n")) + "</p>"
                   for paragraph in paragraphs)
    return Markup(html)  # noqa: S704 - every piece of captured text escaped by _escaped above


def _absolute_links_only(tag: str, attribute: str, value: str) -> str | None:
    # nh3 keeps relative addresses whatever the schemes; the recap allows none of them.
    if tag == "a" and attribute == "href":
        lowered = value.strip().lower()
        if lowered.startswith("mailto:") and len(lowered) > 7:
            return value
        return safe_href(value)
    return value


def editor_html(text: str | None) -> Markup:
    """The editor's text block with only the allowed formatting (bold, italic, links, lists)."""
    body = clean(text).strip()
    if not body:
        return Markup("")
    if not _TAG.search(body):
        return rich_text(body)  # plain text: paragraphs and linked addresses
    safe = nh3.clean(
        body,
        tags=EDITOR_TAGS,
        attributes={"a": {"href"}},
        url_schemes=EDITOR_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
        attribute_filter=_absolute_links_only,
    )
    return Markup(safe)  # noqa: S704 - nh3 output, allow-listed above


def plain(text: str | None) -> str:
    """One line of captured text for places that take no markup (titles, metadata)."""
    return " ".join(clean(text).split())
