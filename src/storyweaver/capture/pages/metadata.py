"""A page's card metadata, each field from the first source that has it, in the order social
platforms read them: OpenGraph, Twitter cards, JSON-LD, microdata, Dublin Core, then the
document itself (its ``<title>``, headline, byline, first paragraph)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from storyweaver.capture.pages import descriptions, document, jsonld, microdata, sources
from storyweaver.capture.pages.dates import published_date
from storyweaver.capture.pages.sources import Fields, Metas
from storyweaver.capture.pages.text import normalise
from storyweaver.capture.pages.titles import clean_title, site_names

_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
_DOMAIN_END = re.compile(r"\w\.[a-z]{2,6}$", re.IGNORECASE)  # "… LAOLA1.at", not "… Jr."
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


@dataclass(slots=True)
class PageMeta:
    final_url: str | None
    canonical: str | None = None
    title: str | None = None
    title_from_document: bool = False  # no metadata gave a title: an oEmbed title is better
    description: str | None = None
    image: str | None = None
    site_name: str | None = None
    author_name: str | None = None
    author_url: str | None = None
    author_handle: str | None = None
    published: datetime | None = None
    published_assumed_utc: bool = False
    published_day: str | None = None  # the calendar day the page gives, in its own offset
    favicon: str | None = None
    logo: str | None = None  # the publisher's logo (JSON-LD or microdata)
    lang: str | None = None
    oembed: str | None = None  # the page's JSON oEmbed endpoint
    video: bool = False
    saved_from: str | None = None  # the browser's "saved from url=" comment

    @property
    def address(self) -> str | None:
        return self.canonical or self.final_url or self.saved_from


def _absolute(base: str | None, value: str | None) -> str | None:
    """An address as found, made absolute; anything but http(s) is dropped (never fetched)."""
    if not value or not isinstance(value, str):
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


def _first_text(found: list[Fields], name: str, limit: int = 2000) -> str | None:
    return next((text for text in (normalise(getattr(f, name), limit=limit) for f in found) if text), None)


def _first_address(found: list[Fields], name: str, base: str | None) -> str | None:
    return next((a for a in (_absolute(base, getattr(f, name)) for f in found) if a), None)


def extract(text: str, final_url: str | None) -> PageMeta:
    """Read a page's metadata; relative addresses are made absolute against ``<base>`` and
    the address the page was finally read from."""
    root = document.parse(text)
    saved = _SAVED_FROM.search(text[:4096])
    meta = PageMeta(final_url=final_url, saved_from=_absolute(None, saved.group(1)) if saved else None)
    base = final_url or meta.saved_from
    base_tag = next((tag for tag in root.iter("base") if tag.get("href")), None) if root is not None else None
    if base_tag is not None:
        base = _absolute(base, base_tag.get("href")) or base
    metas = Metas(list(root.iter("meta")) if root is not None else [])
    graph = jsonld.Graph(jsonld.blocks_in(text))
    found_links = document.rel_links(root)
    page = document.from_document(root, metas, found_links)
    found = [sources.opengraph(metas), sources.twitter(metas), sources.from_jsonld(graph),
             sources.from_microdata(microdata.read(root)), sources.dublin_core(metas), page]
    if not any(normalise(f.image) for f in found):
        page.image = document.fallback(root, "image")
    _fill_addresses(meta, found, root, base, found_links)
    _fill_text(meta, found, page, root)
    og, twitter, from_ld, from_micro, dublin, _page = found
    meta.published, meta.published_assumed_utc, meta.published_day = published_date(
        [og.published, twitter.published, from_ld.published],
        [from_micro.published, dublin.published, page.published, document.time_element(root)],
        [og.modified, from_ld.modified, from_micro.modified], root, final_url or meta.saved_from, text)
    meta.video = next((f.video for f in found if f.video is not None), False)
    _fill_lang(meta, [page.lang, *(f.lang for f in found), metas.first("content-language")])
    return meta


def _fill_text(meta: PageMeta, found: list[Fields], page: Fields, root: Any) -> None:
    meta.site_name = _first_text(found, "site_name", 300)
    heads = document.headings(root)
    sites = site_names(meta.site_name, meta.address)
    title = _first_text(found[:-1], "title")
    if title:
        meta.title = clean_title(title, heads, sites)
    else:
        meta.title_from_document = True
        bare = normalise(page.title)
        cleaned = clean_title(bare, heads, sites) if bare else None
        h1s = [h for h in heads if " ".join(h.split()).casefold() not in sites]
        meta.title = cleaned if cleaned and cleaned != bare else (h1s[0] if len(h1s) == 1 else cleaned)
    meta.description = descriptions.choose((f.description for f in found), lambda: document.first_paragraph(root),
                                           sites)
    meta.author_name = _author(found, root, sites)
    if not meta.site_name and meta.address:
        meta.site_name = urlsplit(meta.address).hostname


def _author(found: list[Fields], root: Any, sites: list[str]) -> str | None:
    """The first person a source names; a site or organisation that names itself the author
    ("National Geographic") loses to a person named in the byline, which is read only then."""
    names = [(name, f.author_is_organisation) for name, f in ((document.author_name(f.author_name), f)
                                                              for f in found) if name]
    people = [name for name, organisation in names
              if not organisation and name.casefold() not in sites and not _DOMAIN_END.search(name)]
    if people:
        return people[0]
    signed = document.byline(root)
    return signed or next((name for name, _ in names), None)


def _fill_addresses(meta: PageMeta, found: list[Fields], root: Any, base: str | None,
                    found_links: list[tuple[set[str], Any]]) -> None:
    og, twitter, from_ld, from_micro, _dc, page = found
    meta.canonical = _first_address([page, og, twitter, from_ld, from_micro], "url", base)  # rel=canonical first
    meta.image = _first_address(found, "image", base)
    meta.author_url = _first_address(found, "author_url", base)
    meta.logo = _first_address(found, "logo", base)
    metas_twitter = [tag.get("content") for tag in root.iter("meta")
                     if (tag.get("name") or tag.get("property") or "").lower() == "twitter:creator"] \
        if root is not None else []
    handle = normalise(next((h for h in metas_twitter if h), None), limit=100)
    meta.author_handle = handle if handle and handle.startswith("@") and " " not in handle else None
    icons = document.links(found_links, "icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed")
    meta.favicon = next((a for a in (_absolute(base, tag.get("href")) for _, tag in icons
                                     if tag.tag == "link") if a), None)
    oembed = [tag.get("href") for tag in (root.iter("link") if root is not None else ())
              if tag.get("href") and str(tag.get("type", "")).strip().lower() == "application/json+oembed"]
    meta.oembed = next((a for a in (_absolute(base, c) for c in oembed) if a), None)


def _fill_lang(meta: PageMeta, candidates: list[str | None]) -> None:
    for candidate in candidates:
        text = normalise(candidate, limit=35)
        if text:
            text = text.replace("_", "-").split(",")[0].strip()
            if _LANG.match(text):
                primary, _, rest = text.partition("-")
                meta.lang = primary.lower() + (f"-{rest}" if rest else "")
                return
