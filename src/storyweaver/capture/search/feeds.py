"""RSS 2.0 and Atom feeds of the network's member sites, parsed with defusedxml (no entity tricks)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.posts.common import parse_iso
from storyweaver.capture.posts.html_text import html_to_text
from storyweaver.core.model import Author, Item, ItemKind
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

_ATOM = "{http://www.w3.org/2005/Atom}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_MEDIA = "{http://search.yahoo.com/mrss/}"


def _rfc822(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return parse_iso(text)
    return (moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment).astimezone(UTC)


def _text(element: Any, tag: str) -> str | None:
    found = element.find(tag)
    return found.text.strip() if found is not None and found.text else None


def _plain(markup: str | None) -> str | None:
    return html_to_text(markup).text if markup else None


def read_feed(address: str, ctx: CaptureContext, limit: int) -> list[Item]:
    """The newest ``limit`` entries of the feed at ``address``, as link candidates."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    response = ctx.require_http().get(address.strip(), headers={"Accept": "application/rss+xml, application/atom+xml, "
                                                                "application/xml;q=0.9, */*;q=0.5"})
    try:
        root = ElementTree.fromstring(response.content, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise CaptureError("broken-file", source=response.url, where=str(getattr(exc, "position", "?")),
                           reason=str(exc)) from None
    raw_sha = hashlib.sha256(response.content).hexdigest()
    captured_at = ctx.clock()
    if root.tag == f"{_ATOM}feed":
        site = _text(root, f"{_ATOM}title")
        entries = [_atom_entry(e, site) for e in root.findall(f"{_ATOM}entry")]
    elif root.tag == "rss" or root.find("channel") is not None:
        channel = root.find("channel")
        site = _text(channel, "title") if channel is not None else None
        entries = [_rss_item(e, site) for e in (channel.findall("item") if channel is not None else [])]
    else:
        raise CaptureError("broken-file", source=response.url, where=root.tag, reason=_("not an RSS or Atom feed"))
    items = []
    for fields in entries[:limit]:
        if not fields.get("url"):
            continue
        items.append(Item(kind=ItemKind.LINK, captured_at=captured_at, capture_method="feed",
                          raw_sha256=raw_sha, **fields))
        items[-1].extra["feed"] = response.url
    return items


def _rss_item(entry: Any, site: str | None) -> dict[str, Any]:
    author = _text(entry, f"{_DC}creator") or _text(entry, "author")
    enclosure = entry.find("enclosure")
    thumbnail = entry.find(f"{_MEDIA}thumbnail")
    if thumbnail is None:
        thumbnail = entry.find(f"{_MEDIA}content")
    image = None
    if enclosure is not None and (enclosure.get("type") or "").startswith("image/"):
        image = enclosure.get("url")
    elif thumbnail is not None:
        image = thumbnail.get("url")
    return {
        "url": _text(entry, "link") or _text(entry, "guid"),
        "title": _text(entry, "title"),
        "description": _plain(_text(entry, "description") or _text(entry, f"{_CONTENT}encoded")),
        "author": Author(name=author) if author else None,
        "site_name": site,
        "published": _rfc822(_text(entry, "pubDate") or _text(entry, f"{_DC}date")),
        "hashtags": [c.text.strip() for c in entry.findall("category") if c.text and c.text.strip()],
        "image_url": image,
    }


def _atom_entry(entry: Any, site: str | None) -> dict[str, Any]:
    links = entry.findall(f"{_ATOM}link")
    url = next((link.get("href") for link in links if link.get("rel", "alternate") == "alternate"), None)
    author = entry.find(f"{_ATOM}author")
    name = _text(author, f"{_ATOM}name") if author is not None else None
    return {
        "url": url or _text(entry, f"{_ATOM}id"),
        "title": _text(entry, f"{_ATOM}title"),
        "description": _plain(_text(entry, f"{_ATOM}summary") or _text(entry, f"{_ATOM}content")),
        "author": Author(name=name, url=_text(author, f"{_ATOM}uri")) if author is not None and name else None,
        "site_name": site,
        "published": parse_iso(_text(entry, f"{_ATOM}published") or _text(entry, f"{_ATOM}updated")),
        "hashtags": [c.get("term") for c in entry.findall(f"{_ATOM}category") if c.get("term")],
    }
