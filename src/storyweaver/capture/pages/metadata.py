"""A page's card metadata, each field from the best source that has it: JSON-LD, then
OpenGraph, Twitter cards, Dublin Core, then plain HTML."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from storyweaver.capture.pages import jsonld
from storyweaver.capture.pages.text import normalise, parse_instant

# Beyond this much of the body, a page has nothing a card needs (JSON-LD is found separately),
# and not parsing the rest keeps a 300 KB page well under 30 ms.
BODY_WINDOW = 48 * 1024
_BODY = re.compile(r"<body[\s>]", re.IGNORECASE)
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


class _Meta:
    """Every ``<meta>`` of the head by lower-cased property/name (first one wins)."""

    def __init__(self, soup: Any) -> None:
        self.values: dict[str, list[str]] = {}
        for tag in soup.find_all("meta"):
            key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv")
            content = tag.get("content")
            if isinstance(key, str) and isinstance(content, str):
                self.values.setdefault(key.strip().lower(), []).append(content)

    def get(self, *keys: str) -> list[str]:
        return [v for key in keys for v in self.values.get(key, [])]


def _links(soup: Any, *rels: str) -> list[tuple[str, Any]]:
    found = []
    for tag in soup.find_all("link", href=True):
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
    """BeautifulSoup (lxml) over the head and the start of the body."""
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning

    found = _BODY.search(text)
    if found is not None:
        text = text[: found.start() + BODY_WINDOW]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(text, "lxml")


def extract(text: str, final_url: str | None) -> PageMeta:
    """Read a page's metadata; relative addresses are made absolute against ``<base>`` and
    the address the page was finally read from."""
    soup = parse_soup(text)
    saved = _SAVED_FROM.search(text[:4096])
    meta = PageMeta(final_url=final_url, saved_from=_absolute(None, saved.group(1)) if saved else None)
    base = final_url or meta.saved_from
    base_tag = soup.find("base", href=True)
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


def _fill_text_fields(meta: PageMeta, soup: Any, tags: _Meta, node: dict[str, Any]) -> list[Any]:
    """Fill the text fields; return the candidate author addresses, best first."""
    title_tag = soup.find("title")
    meta.title = _first([
        jsonld.text_of(node.get("headline")), jsonld.text_of(node.get("name")),
        *tags.get("og:title", "twitter:title", "dc.title", "dcterms.title"),
        title_tag.get_text() if title_tag is not None else None,
    ])
    first_paragraph = next(
        (p.get_text(" ") for p in (soup.body.find_all("p", limit=20) if soup.body else [])
         if len(p.get_text(strip=True)) >= 40),
        None,
    )
    meta.description = _first([
        jsonld.text_of(node.get("description")),
        *tags.get("og:description", "twitter:description", "dc.description", "dcterms.description",
                  "description"),
        first_paragraph,
    ])
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


def _fill_addresses(meta: PageMeta, soup: Any, tags: _Meta, node: dict[str, Any], base: str | None,
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
              *[tag["href"] for _, tag in _links(soup, "image_src")], _large_image(soup)]
    meta.image = next((a for a in (_absolute(base, c) for c in images if isinstance(c, str)) if a), None)
    icons = _links(soup, "icon", "shortcut", "apple-touch-icon")
    icons.sort(key=lambda entry: ["icon", "shortcut", "apple-touch-icon"].index(entry[0]))
    meta.favicon = next((a for a in (_absolute(base, tag["href"]) for _, tag in icons) if a), None)
    oembed = [tag["href"] for tag in soup.find_all("link", href=True, type=True)
              if str(tag.get("type", "")).strip().lower() == "application/json+oembed"]
    meta.oembed = next((a for a in (_absolute(base, c) for c in oembed) if a), None)
    og_type = (_first(tags.get("og:type")) or "").lower()
    meta.video = jsonld.is_video(node) if node else og_type.startswith("video")


def _large_image(soup: Any) -> str | None:
    """The first image of the body that declares itself large enough to lead a card."""
    if soup.body is None:
        return None
    for img in soup.body.find_all("img", src=True, limit=60):
        try:
            width = int(str(img.get("width", "0")).strip().rstrip("px") or 0)
            height = int(str(img.get("height", "0")).strip().rstrip("px") or 0)
        except ValueError:
            continue
        if width >= 200 and height >= 100:
            return str(img["src"])
    return None


def _fill_date(meta: PageMeta, soup: Any, tags: _Meta, node: dict[str, Any]) -> None:
    times = [t.get("datetime") for t in (soup.body.find_all("time", datetime=True, limit=3) if soup.body else [])]
    for candidate in [node.get("datePublished"), node.get("uploadDate"), node.get("dateCreated"),
                      *tags.get("article:published_time", "og:published_time", "og:article:published_time",
                                "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                                "date", "pubdate", "publish-date", "sailthru.date"),
                      *times]:
        parsed = parse_instant(candidate)
        if parsed is not None:
            meta.published, meta.published_assumed_utc = parsed
            return


def _fill_lang(meta: PageMeta, soup: Any, tags: _Meta, node: dict[str, Any]) -> None:
    html = soup.find("html")
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
