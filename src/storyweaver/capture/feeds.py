"""RSS and Atom feeds kept whole as sources: each entry a link card, or a post when the feed is a
Mastodon or Bluesky account's own (then it is the same item as the post captured any other way).

Parsed by feedparser, after defusedxml has refused any DTD or entity (the billion laughs, an
external entity reading local files); entry HTML becomes plain text, never markup.
Shapes: RSS 2.0 (https://www.rssboard.org/rss-specification), Atom (RFC 4287), Media RSS;
Mastodon's account feed (mastodon/mastodon ``app/views/accounts/show.rss.ruby``: ``generator``
"Mastodon v...", items with ``link``, ``description`` HTML, ``media:content`` with
``media:description`` alt text, ``category`` tags) and Bluesky's (bluesky-social/social-app
``bskyweb/cmd/bskyweb/rss.go``: ``guid`` the post's ``at://`` address).
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from storyweaver.capture.posts.common import parse_iso
from storyweaver.capture.posts.html_text import html_to_text
from storyweaver.core.model import Author, Item, ItemKind, Media, Platform
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

METHOD = "feed"
_MASTODON_POST = re.compile(r"^(https?://[^/]+)/@([A-Za-z0-9_]+)/(\d+)$")
_BLUESKY_URI = re.compile(r"^at://[^/]+/app\.bsky\.feed\.post/[A-Za-z0-9._:~-]+$")


def looks_like_feed(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith(b"<") and (b"<rss" in text or b"<feed" in text or b"<rdf:rdf" in text)


def parse(data: bytes, source: str) -> Any:
    """The feed, or one clear refusal (a DTD or entity, markup that is not a feed)."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        ElementTree.fromstring(data, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise CaptureError("broken-file", source=source, where=str(getattr(exc, "position", "?")),
                           reason=str(exc) or type(exc).__name__) from None
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") or (not parsed.get("entries") and not parsed.get("feed")):
        raise CaptureError("broken-file", source=source, where=_("the top"), reason=_("not an RSS or Atom feed"))
    return parsed


def _own(entry: Any, key: str) -> Any:
    """The entry's own value for ``key`` (a FeedParserDict is a dict).  ``entry.get`` would not
    do: when an entry has no ``updated*`` but has ``published*`` (an RSS ``pubDate`` feedparser
    could not read leaves ``published_parsed`` None), feedparser answers ``updated*`` with the
    published value and a DeprecationWarning (its temporary fallback for its issue 310)."""
    return dict.get(entry, key)


def _instant(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        value = _own(entry, key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
    return parse_iso(_own(entry, "published") or _own(entry, "updated"))  # Bluesky writes ISO in pubDate


def _plain(markup: str | None) -> str:
    return html_to_text(markup).text if markup else ""


def _media(entry: Any) -> list[Media]:
    found = []
    for content in entry.get("media_content") or ():
        url = content.get("url")
        if not url:
            continue
        medium = content.get("medium") or (content.get("type") or "image/").split("/")[0]
        found.append(Media(type="video" if medium == "video" else "image", url=url, mime=content.get("type")))
    # feedparser files each media:description (Mastodon's alt text) as a plain-text content.
    alts = [c.get("value") for c in entry.get("content") or () if c.get("type") == "text/plain"]
    if alts and len(alts) == len(found):
        for media, alt in zip(found, alts, strict=True):
            media.alt = alt or None
    return found


def _account(parsed: Any) -> tuple[Platform | None, Author | None]:
    feed = parsed.get("feed") or {}
    generator = str(feed.get("generator") or "")
    link = str(feed.get("link") or "")
    entries = parsed.get("entries") or []
    if generator.startswith("Mastodon") or (entries and all(_MASTODON_POST.match(e.get("link") or "")
                                                            for e in entries)):
        parts = urlsplit(link)
        user = parts.path.strip("/").lstrip("@")
        return Platform.MASTODON, Author(name=feed.get("title") or user, handle=f"{user}@{parts.hostname}"
                                         if user and parts.hostname else None, url=link or None)
    if entries and all(_BLUESKY_URI.match(e.get("id") or "") for e in entries):
        handle = link.rstrip("/").rsplit("/", 1)[-1] if "/profile/" in link else None
        title = str(feed.get("title") or "")
        name = title.split(" - ", 1)[1] if " - " in title else None
        return Platform.BLUESKY, Author(name=name or handle, handle=handle, url=link or None)
    return None, None


def items_of(parsed: Any, address: str, captured_at: datetime, raw_sha256: str) -> list[Item]:
    """Every entry with an address, in the feed's order."""
    platform, author = _account(parsed)
    site = (parsed.get("feed") or {}).get("title")
    items = []
    for entry in parsed.get("entries") or ():
        link = entry.get("link") or (entry.get("id") if str(entry.get("id") or "").startswith("http") else None)
        if not link:
            continue
        common: dict[str, Any] = {"captured_at": captured_at, "capture_method": METHOD, "raw_sha256": raw_sha256,
                                  "published": _instant(entry), "extra": {"feed": address}}
        tags = [t.get("term") for t in entry.get("tags") or () if t.get("term")]
        body = entry.get("summary") or next((c.get("value") for c in entry.get("content") or ()
                                             if c.get("type") != "text/plain"), None)
        if platform is Platform.MASTODON and (match := _MASTODON_POST.match(link)):
            host, user, number = match.groups()
            items.append(Item(kind=ItemKind.POST, platform=platform, url=link, text=_plain(body), author=author,
                              platform_id=f"{host}/users/{user}/statuses/{number}",  # the post's ActivityPub id
                              site_name=urlsplit(link).hostname, hashtags=tags, media=_media(entry), **common))
        elif platform is Platform.BLUESKY:
            items.append(Item(kind=ItemKind.POST, platform=platform, platform_id=entry.get("id"), url=link,
                              text=_plain(body), author=author, site_name="Bluesky", **common))
        else:
            name = entry.get("author")
            media = _media(entry)
            image = media[0].url if media else next((e.get("href") for e in entry.get("enclosures") or ()
                                                     if str(e.get("type") or "").startswith("image/")), None)
            items.append(Item(kind=ItemKind.LINK, url=link, title=_plain(entry.get("title")) or None,
                              description=_plain(entry.get("summary")) or None,
                              author=Author(name=name) if name else None, site_name=site, hashtags=tags,
                              image_url=image, **common))
    return items
