"""A page's card metadata, each field from the best source that has it: JSON-LD, then
OpenGraph, Twitter cards, Dublin Core, then plain HTML."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

from storyweaver.capture.pages import jsonld
from storyweaver.capture.pages.text import normalise, parse_instant

# Beyond this much of the body, a page has nothing a card needs (JSON-LD is found separately).
BODY_WINDOW = 256 * 1024
HEAD_WINDOW = 512 * 1024  # a head (or a page without <body>) longer than this is not read further
# The fallbacks need only paragraphs, images and <time>: the first few are cut out of the body
# and only those snippets are parsed (a body's menus and lists of related links cost far more
# to parse than everything else of a page).  Each cut is bounded, whatever the page.
_SNIPPETS = (("p", "</p", 20, 6000), ("img", ">", 60, 4000), ("time", ">", 3, 1000))


def _snippets(body: str) -> list[str]:
    found: list[str] = []
    for name, close, most, longest in _SNIPPETS:
        start = re.compile(rf"<{name}[\s>/]", re.IGNORECASE)
        closing = re.compile(re.escape(close), re.IGNORECASE)
        matches = list(islice(start.finditer(body), most + 1))
        for match, following in zip(matches[:most], [*matches[1:], None], strict=False):
            # A snippet ends at its closing mark, or where the next one starts (an unclosed
            # <p> is closed by the next), and never runs longer than ``longest``.
            limit = min(match.start() + longest, following.start() if following else len(body))
            end = closing.search(body, match.end() - 1, limit)
            found.append(body[match.start(): end.end() + (1 if close == "</p" else 0)] if end
                         else body[match.start(): limit])
    return found


_BODY = re.compile(r"<body[\s>]", re.IGNORECASE)
_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


@dataclass(slots=True)
class PageMeta:
    final_url: str | None
    canonical: str | None = None
    title: str | None = None
    description: str | None = None
    image: str | None = None
    site_name: str | None = None
    author_name: str | None = None
    author_url: str | None = None
    author_handle: str | None = None
    published: datetime | None = None
    published_assumed_utc: bool = False
    favicon: str | None = None
    lang: str | None = None
    oembed: str | None = None  # the page's JSON oEmbed endpoint
    video: bool = False
    saved_from: str | None = None  # the browser's "saved from url=" comment

    @property
    def address(self) -> str | None:
        return self.canonical or self.final_url or self.saved_from


def _first(values: Iterable[Any]) -> str | None:
    return next((text for text in (normalise(v) for v in values) if text), None)


class _Tags:
    """The elements a card needs, by name, in document order, found in ONE walk of the tree
    (every ``find_all`` is a walk: a dozen of them cost more than the parse)."""

    NAMES = ("html", "base", "title", "meta", "link")
    BODY_NAMES = ("p", "img", "time")

    def __init__(self, text: str) -> None:
        head_end = _HEAD_END.search(text)  # a "<body" in a head script is not the body
        found = _BODY.search(text, head_end.start() if head_end else 0)
        head, self._body = (text[: found.start()], text[found.start(): found.start() + BODY_WINDOW]) if found \
            else (text, "")
        head = head[:HEAD_WINDOW]
        self.by_name: dict[str, list[Any]] = {name: [] for name in self.NAMES + self.BODY_NAMES}
        self._body_read = not found
        for tag in parse_soup(head).find_all(list(self.NAMES + self.BODY_NAMES)):
            self.by_name[tag.name].append(tag)

    def all(self, name: str) -> list[Any]:
        if name in self.BODY_NAMES and not self._body_read:
            # The body is only parsed for the plain-HTML fallbacks, which pages with
            # proper metadata never need.
            self._body_read = True
            snippets = "</p>".join(_snippets(self._body))
            for tag in parse_soup(f"<body>{snippets}</body>").find_all(list(self.BODY_NAMES)):
                self.by_name[tag.name].append(tag)
        return self.by_name[name]

    def first(self, name: str) -> Any:
        found = self.by_name[name]
        return found[0] if found else None


class _Meta:
    """Every ``<meta>`` of the head by lower-cased property/name (first one wins)."""

    def __init__(self, soup: _Tags) -> None:
        self.values: dict[str, list[str]] = {}
        for tag in soup.all("meta"):
            key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv")
            content = tag.get("content")
            if isinstance(key, str) and isinstance(content, str):
                self.values.setdefault(key.strip().lower(), []).append(content)

    def get(self, *keys: str) -> list[str]:
        return [v for key in keys for v in self.values.get(key, [])]


def _links(soup: _Tags, *rels: str) -> list[tuple[str, Any]]:
    found = []
    for tag in soup.all("link"):
        if not isinstance(tag.get("href"), str):
            continue
        rel = tag.get("rel") or []
        names = {r.lower() for r in (rel if isinstance(rel, list) else rel.split())}
        for wanted in rels:
            if wanted in names:
                found.append((wanted, tag))
    return found


def _absolute(base: str | None, value: str | None) -> str | None:
    """An address as found, made absolute; anything but http(s) is dropped (never fetched)."""
    if not value:
        return None
    value = value.strip()
    try:
        full = urljoin(base, value) if base else value
        parts = urlsplit(full)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return full


def parse_soup(text: str) -> Any:
    """BeautifulSoup with the lxml parser."""
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(text, "lxml")


def extract(text: str, final_url: str | None) -> PageMeta:
    """Read a page's metadata; relative addresses are made absolute against ``<base>`` and
    the address the page was finally read from."""
    soup = _Tags(text)
    saved = _SAVED_FROM.search(text[:4096])
    meta = PageMeta(final_url=final_url, saved_from=_absolute(None, saved.group(1)) if saved else None)
    base = final_url or meta.saved_from
    base_tag = next((tag for tag in soup.all("base") if isinstance(tag.get("href"), str)), None)
    if base_tag is not None:
        base = _absolute(base, base_tag["href"]) or base
    node = jsonld.main_node(jsonld.blocks_in(text)) or {}
    tags = _Meta(soup)
    authors = _fill_text_fields(meta, soup, tags, node)
    _fill_addresses(meta, soup, tags, node, base, authors)
    _fill_date(meta, soup, tags, node)
    _fill_lang(meta, soup, tags, node)
    if not meta.site_name and meta.address:
        meta.site_name = urlsplit(meta.address).hostname
    return meta


def _fill_text_fields(meta: PageMeta, soup: _Tags, tags: _Meta, node: dict[str, Any]) -> list[Any]:
    """Fill the text fields; return the candidate author addresses, best first."""
    title_tag = soup.first("title")
    meta.title = _first([
        jsonld.text_of(node.get("headline")), jsonld.text_of(node.get("name")),
        *tags.get("og:title", "twitter:title", "dc.title", "dcterms.title"),
        title_tag.get_text() if title_tag is not None else None,
    ])
    meta.description = _first([
        jsonld.text_of(node.get("description")),
        *tags.get("og:description", "twitter:description", "dc.description", "dcterms.description",
                  "description"),
    ]) or _first(p.get_text(" ") for p in soup.all("p")[:20] if len(p.get_text(strip=True)) >= 40)
    publisher = node.get("publisher")
    meta.site_name = _first([
        jsonld.text_of(publisher) if isinstance(publisher, (dict, list)) else publisher,
        *tags.get("og:site_name", "dc.publisher", "dcterms.publisher", "application-name"),
    ])
    author_name, author_url = jsonld.authors_of(node.get("author") or node.get("creator"))
    article_author = tags.get("article:author")
    named = [a for a in article_author if not a.strip().lower().startswith(("http://", "https://"))]
    meta.author_name = _first([author_name, *named,
                               *tags.get("dc.creator", "dcterms.creator", "author", "byl", "parsely-author")])
    handle = _first(tags.get("twitter:creator"))
    meta.author_handle = handle if handle and handle.startswith("@") and " " not in handle else None
    if meta.author_name is None and meta.author_handle:
        meta.author_name = meta.author_handle
    linked = [a for a in article_author if a.strip().lower().startswith(("http://", "https://"))]
    rel_author = [tag["href"] for _, tag in _links(soup, "author")]
    return [author_url, *linked, *rel_author]


def _fill_addresses(meta: PageMeta, soup: _Tags, tags: _Meta, node: dict[str, Any], base: str | None,
                    authors: list[Any]) -> None:
    meta.author_url = next((a for a in (_absolute(base, c) for c in authors if isinstance(c, str)) if a), None)
    canonical = [tag["href"] for _, tag in _links(soup, "canonical")]
    meta.canonical = next(
        (a for a in (_absolute(base, c) for c in [*canonical, *tags.get("og:url"), jsonld.text_of(node.get("url"))])
         if a),
        None,
    )
    images = [jsonld.image_of(node.get("image")), jsonld.image_of(node.get("thumbnailUrl")),
              *tags.get("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"),
              *[tag["href"] for _, tag in _links(soup, "image_src")]]
    meta.image = next((a for a in (_absolute(base, c) for c in images if isinstance(c, str)) if a), None) \
        or _absolute(base, _large_image(soup))
    icons = _links(soup, "icon", "shortcut", "apple-touch-icon")
    icons.sort(key=lambda entry: ["icon", "shortcut", "apple-touch-icon"].index(entry[0]))
    meta.favicon = next((a for a in (_absolute(base, tag["href"]) for _, tag in icons) if a), None)
    oembed = [tag["href"] for tag in soup.all("link") if isinstance(tag.get("href"), str)
              and str(tag.get("type", "")).strip().lower() == "application/json+oembed"]
    meta.oembed = next((a for a in (_absolute(base, c) for c in oembed) if a), None)
    og_type = (_first(tags.get("og:type")) or "").lower()
    meta.video = jsonld.is_video(node) if node else og_type.startswith("video")


def _large_image(soup: _Tags) -> str | None:
    """The first image of the body that declares itself large enough to lead a card."""
    for img in soup.all("img")[:60]:
        if not isinstance(img.get("src"), str):
            continue
        try:
            width = int(str(img.get("width", "0")).strip().rstrip("px") or 0)
            height = int(str(img.get("height", "0")).strip().rstrip("px") or 0)
        except ValueError:
            continue
        if width >= 200 and height >= 100:
            return str(img["src"])
    return None


def _fill_date(meta: PageMeta, soup: _Tags, tags: _Meta, node: dict[str, Any]) -> None:
    candidates = [node.get("datePublished"), node.get("uploadDate"), node.get("dateCreated"),
                  *tags.get("article:published_time", "og:published_time", "og:article:published_time",
                            "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                            "date", "pubdate", "publish-date", "sailthru.date")]
    for candidate in candidates:
        parsed = parse_instant(candidate)
        if parsed is not None:
            meta.published, meta.published_assumed_utc = parsed
            return
    for time_tag in soup.all("time")[:3]:
        parsed = parse_instant(time_tag.get("datetime"))
        if parsed is not None:
            meta.published, meta.published_assumed_utc = parsed
            return


def _fill_lang(meta: PageMeta, soup: _Tags, tags: _Meta, node: dict[str, Any]) -> None:
    html = soup.first("html")
    candidates = [html.get("lang") if html is not None else None, html.get("xml:lang") if html is not None else None,
                  jsonld.text_of(node.get("inLanguage")), *tags.get("og:locale", "content-language", "dc.language")]
    for candidate in candidates:
        text = normalise(candidate, limit=35)
        if text:
            text = text.replace("_", "-").split(",")[0].strip()
            if _LANG.match(text):
                primary, _, rest = text.partition("-")
                meta.lang = primary.lower() + (f"-{rest}" if rest else "")
                return
