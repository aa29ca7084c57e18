"""ActivityPub objects as Mastodon writes them (its outbox, its archive, a saved ``Note``) made
into items.

Shapes: ActivityStreams 2.0 (https://www.w3.org/TR/activitystreams-vocabulary/) with
Mastodon's extensions (https://docs.joinmastodon.org/spec/activitypub/): ``summary`` is the
content warning, ``sensitive``, ``contentMap`` the language, ``attachment`` Documents with
``name`` (alt text), ``focalPoint``, ``blurhash``; a ``Question`` is a poll (``oneOf`` /
``anyOf``, ``endTime``, ``votersCount``); ``quote`` (FEP-044f, also ``quoteUri`` and
``_misskey_quote``).  Visibility is not a field: it is read from the ``to`` and ``cc``
audiences the way Mastodon's ``ActivityPub::TagManager`` writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from storyweaver.capture.posts.common import parse_iso
from storyweaver.capture.posts.html_text import html_to_text
from storyweaver.core.model import Author, Item, ItemKind, Media, Platform

PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
NOTE_TYPES = frozenset({"Note", "Question", "Article", "Page"})
# Our own words for the four audiences, the same as Mastodon's API ``visibility``.
VISIBILITIES = ("public", "unlisted", "private", "direct")

# The media file for an attachment: (attachment, post uri) -> Media with its bytes kept, or None
FindMedia = Callable[[dict[str, Any]], Media | None]


def host_of(address: str) -> str | None:
    """The host of an address; an archive's 50,000 addresses share one origin, read once."""
    cut = address.find("/", address.find("://") + 3) if "://" in address else -1
    return _origin_host(address[:cut] if cut > 0 else address)


@lru_cache(maxsize=256)
def _origin_host(origin: str) -> str | None:
    return urlsplit(origin).hostname


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def uri_of(value: Any) -> str | None:
    """An object given by its address or embedded with an ``id``."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        found = value.get("id") or value.get("href") or value.get("url")
        return found if isinstance(found, str) else None
    return None


def visibility(activity: dict[str, Any]) -> str:
    """public (``to`` Public), unlisted (``cc`` Public), private (followers only) or direct
    (only the people mentioned), as ``ActivityPub::TagManager#to``/``#cc`` set them."""
    to = {uri_of(a) for a in _listed(activity.get("to"))}
    cc = {uri_of(a) for a in _listed(activity.get("cc"))}
    if to & PUBLIC:
        return "public"
    if cc & PUBLIC:
        return "unlisted"
    if any(a and a.endswith("/followers") for a in to | cc):
        return "private"
    return "direct"


def author_from_actor(actor: dict[str, Any] | None, avatar_sha256: str | None = None) -> Author | None:
    """``name``, ``preferredUsername@host`` and the profile address of a ``Person``."""
    if not isinstance(actor, dict):
        return None
    username = actor.get("preferredUsername")
    host = urlsplit(str(actor.get("id") or actor.get("url") or "")).hostname
    handle = f"{username}@{host}" if username and host else username
    url = actor.get("url")
    return Author(name=str(actor.get("name") or username or "") or None, handle=handle,
                  url=url if isinstance(url, str) else uri_of(url), avatar_sha256=avatar_sha256)


def _language(note: dict[str, Any]) -> str | None:
    languages = note.get("contentMap")
    if isinstance(languages, dict) and languages:
        code = next(iter(languages))
        return code if isinstance(code, str) and code and code != "und" else None
    return None


def _poll(note: dict[str, Any]) -> dict[str, Any] | None:
    options = note.get("oneOf") or note.get("anyOf")
    if note.get("type") != "Question" or not isinstance(options, list):
        return None
    return {
        "multiple": "anyOf" in note,
        "options": [{"title": str(o.get("name") or ""),
                     "votes": ((o.get("replies") or {}).get("totalItems") if isinstance(o.get("replies"), dict)
                               else None)} for o in options if isinstance(o, dict)],
        "closes": note.get("endTime") or note.get("closed"),
        "closed": bool(note.get("closed")),
        "voters": note.get("votersCount"),
    }


def _tags(note: dict[str, Any]) -> tuple[list[str], list[dict[str, str]]]:
    hashtags: list[str] = []
    mentions: list[dict[str, str]] = []
    for tag in _listed(note.get("tag")):
        if not isinstance(tag, dict):
            continue
        name = str(tag.get("name") or "")
        if tag.get("type") == "Hashtag" and name:
            hashtags.append(name.lstrip("#"))
        elif tag.get("type") == "Mention" and name:
            mentions.append({"handle": name.lstrip("@"), "url": str(tag.get("href") or "")})
    return hashtags, mentions


def media_of(attachment: dict[str, Any]) -> Media:
    """A ``Document`` as media: its kind from ``mediaType``, alt text from ``name``."""
    mime = str(attachment.get("mediaType") or "")
    kind = "video" if mime.startswith("video/") else "audio" if mime.startswith("audio/") else "image"
    url = attachment.get("url")
    return Media(type=kind, alt=str(attachment.get("name") or "") or None, width=attachment.get("width"),
                 height=attachment.get("height"), url=url if isinstance(url, str) else uri_of(url),
                 mime=mime or None)


def item_from_note(note: dict[str, Any], *, method: str, captured_at: datetime, raw_sha256: str | None,
                   author: Author | None, audience: dict[str, Any] | None = None,
                   find_media: FindMedia | None = None) -> Item:
    """A ``Note`` (or ``Question``) as a post; ``audience`` is its ``Create`` when the note's own
    ``to``/``cc`` are missing."""
    uri = str(note["id"])
    address = note.get("url")
    address = address if isinstance(address, str) else uri_of(address) or uri
    content = str(note.get("content") or "")
    body = html_to_text(content)
    hashtags, mentions = _tags(note)
    shown = note if ("to" in note or "cc" in note) else (audience or note)
    # The original HTML stays in the raw payload (the outbox, the saved note); no second copy here.
    extra: dict[str, Any] = {"visibility": visibility(shown)}
    if note.get("summary"):
        extra["content_warning"] = html_to_text(str(note["summary"])).text
    if note.get("sensitive"):
        extra["sensitive"] = True
    if note.get("inReplyTo"):
        extra["reply_to"] = {"uri": uri_of(note["inReplyTo"])}
    quoted = note.get("quote") or note.get("quoteUri") or note.get("_misskey_quote") or note.get("quoteUrl")
    if uri_of(quoted):
        extra["quote_of"] = {"uri": uri_of(quoted), "url": uri_of(quoted)}
    if mentions:
        extra["mentions"] = mentions
    mention_urls = {m["url"] for m in mentions}
    links = [link for link in body.links if link["url"].startswith(("https://", "http://"))  # never javascript:
             and link["url"] not in mention_urls and "/tags/" not in link["url"]]
    if links:
        extra["links"] = links
    poll = _poll(note)
    if poll:
        extra["poll"] = poll
    if note.get("updated"):
        extra["edited"] = note["updated"]
    media: list[Media] = []
    focus: list[Any] = []
    for attachment in _listed(note.get("attachment")):
        if not isinstance(attachment, dict):
            continue
        if attachment.get("type") == "Link":  # the preview card Mastodon adds after the media
            extra["card"] = {"url": attachment.get("href")}
            continue
        found = find_media(attachment) if find_media else None
        media.append(found or media_of(attachment))
        point = attachment.get("focalPoint")
        focus.append(point if isinstance(point, list) and len(point) == 2 else None)
    if any(focus):
        extra["focal_points"] = focus  # [x, y] in -1..1 per media, as Mastodon crops around it
    return Item(
        kind=ItemKind.POST, captured_at=captured_at, capture_method=method, platform=Platform.MASTODON,
        platform_id=uri, url=address, text=body.text, author=author, site_name=host_of(uri),
        published=parse_iso(note.get("published")), raw_sha256=raw_sha256, lang=_language(note),
        hashtags=hashtags, media=media, extra=extra,
    )


def item_from_announce(activity: dict[str, Any], *, method: str, captured_at: datetime, raw_sha256: str | None,
                       author: Author | None) -> Item | None:
    """A boost: a repost that links to the original post's address (the archive keeps only that
    address, so it is a link card until the original is captured; the booster is in ``extra``)."""
    original = uri_of(activity.get("object"))
    if not original or not activity.get("id"):
        return None
    extra: dict[str, Any] = {"repost_of": {"uri": original, "url": original}, "visibility": visibility(activity)}
    if author is not None:
        extra["reposted_by"] = {"handle": author.handle}
    return Item(kind=ItemKind.LINK, captured_at=captured_at, capture_method=method, platform=Platform.MASTODON,
                platform_id=str(activity["id"]), url=original,
                site_name=host_of(original), published=parse_iso(activity.get("published")),
                raw_sha256=raw_sha256, extra=extra)
