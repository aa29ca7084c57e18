"""The archive Mastodon gives an account holder (Settings > Import and export > Request your archive).

Layout, as ``BackupService`` writes it (mastodon/mastodon ``app/services/backup_service.rb``):
a gzipped tar holding ``outbox.json`` (an ``OrderedCollection`` of the account's ``Create``
and ``Announce`` activities, ``@context`` left out of each), ``actor.json`` (the ``Person``,
with ``icon.url`` renamed to ``avatar.<ext>``), ``avatar.*``/``header.*``, ``likes.json`` and
``bookmarks.json`` (collections of post addresses) and ``media_attachments/...`` (each
attachment's ``url`` in the outbox is that path, ``/system/`` removed).  The same files
re-zipped, unpacked in a folder, or ``outbox.json`` alone are read the same way.
"""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from storyweaver.capture.archives import activitypub, members, zipsafe
from storyweaver.capture.archives.jsstream import chunks_of, iter_array_of_key
from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.core.model import Author, Item, ItemKind, Media, Platform
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PRIORITY = 18
METHOD = "mastodon-archive"
_MEDIA = "media_attachments/"
_SMALL = 64 * 1024 * 1024  # actor.json, likes.json, bookmarks.json


def _outbox_head(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(64 * 1024).decode("utf-8", errors="replace")
    except OSError:
        return False
    return '"orderedItems"' in head and '"OrderedCollection' in head and ('"Create"' in head or
                                                                          '"Announce"' in head or "outbox" in head)


def can_read(path: Path) -> bool:
    if path.is_file() and path.suffix.lower() == ".json":
        return _outbox_head(path)
    if path.is_dir():
        return (path / "outbox.json").is_file() and (path / "actor.json").is_file()
    if not path.is_file():
        return False
    return any(PurePosixPath(members.plain_name(n)).name == "outbox.json" for n in members.names_in(path))


class _Found:
    """What one pass over the archive collected: the JSON documents and the media kept."""

    def __init__(self) -> None:
        self.documents: dict[str, bytes] = {}
        self.media: dict[str, tuple[str, str]] = {}  # path from "media_attachments/" -> (sha256, mime)
        self.avatar: str | None = None


def _collect(path: Path, sink: CaptureSink, ctx: CaptureContext) -> _Found:
    found = _Found()
    if path.is_file() and path.suffix.lower() == ".json":
        found.documents["outbox.json"] = path.read_bytes()
        return found
    for number, (name, read) in enumerate(members.walk(path, ctx)):
        plain = members.plain_name(name)
        base = PurePosixPath(plain).name
        if _MEDIA in plain:
            data = read(zipsafe.MEDIA_LIMIT)
            if data is not None:
                mime = mimetypes.guess_type(base)[0] or "application/octet-stream"
                found.media[plain[plain.index(_MEDIA):]] = (sink.put_blob(data, mime), mime)
        elif base == "outbox.json":
            data = read(zipsafe.DATA_LIMIT)
            if data is not None:
                found.documents[base] = data
        elif base in ("actor.json", "likes.json", "bookmarks.json"):
            data = read(_SMALL)
            if data is not None:
                found.documents[base] = data
        elif base.startswith("avatar."):
            data = read(zipsafe.MEDIA_LIMIT)
            if data is not None:
                found.avatar = sink.put_blob(data, mimetypes.guess_type(base)[0] or "image/png")
        if not number % 200:
            ctx.check_cancelled()
    return found


def _small_json(found: _Found, name: str, source: str) -> Any:
    data = found.documents.get(name)
    if data is None:
        return None
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CaptureError("broken-file", source=f"{source} ({name})", where=_("the top"), reason=str(exc)) from None


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    """Every post and boost of the outbox, the author from ``actor.json``, media from the archive."""
    found = _collect(path, sink, ctx)
    outbox = found.documents.get("outbox.json")
    if outbox is None:
        raise CaptureError("broken-file", source=str(path), where="outbox.json", reason=_("missing"))
    actor = _small_json(found, "actor.json", str(path))
    author = activitypub.author_from_actor(actor, found.avatar)
    host = urlsplit(str((actor or {}).get("id") or "")).hostname
    raw = sink.put_blob(outbox, "application/activity+json")
    captured_at = ctx.clock()
    counts = {"missing": 0, "unknown": 0, "direct": 0, "done": 0}

    def find_media(attachment: dict[str, Any]) -> Media | None:
        address = str(attachment.get("url") or "")
        if "://" in address or not address:
            return None  # a remote file: kept by address
        key = address[address.index(_MEDIA):] if _MEDIA in address else address.lstrip("/")
        media = activitypub.media_of(attachment)
        if host:
            media.url = f"https://{host}/system/{key}"  # where the server serves it (BackupService strips /system/)
        kept = found.media.get(key)
        if kept is None:
            counts["missing"] += 1
            return media
        media.sha256, media.mime = kept
        return media

    source = f"{path} (outbox.json)" if path.suffix.lower() != ".json" else str(path)
    for index, activity in enumerate(iter_array_of_key(chunks_of(outbox), source, "orderedItems")):
        item = _item(activity, author, captured_at, raw, find_media)
        if item is None:
            counts["unknown"] += 1
            continue
        item.extra["raw"] = f"outbox.json#{index}"
        counts["direct"] += item.extra.get("visibility") == "direct"
        sink.add(item)
        counts["done"] += 1
        if not counts["done"] % 5000:
            ctx.check_cancelled()
            ctx.progress(counts["done"], None, str(path))
    if not counts["done"] and counts["unknown"]:
        raise CaptureError("broken-file", source=source, where="orderedItems", reason=_("no post in it"))
    _saved_lists(found, str(path), captured_at, sink)
    _report(ctx, str(path), counts)


def _item(activity: Any, author: Author | None, captured_at: Any, raw: str,
          find_media: activitypub.FindMedia) -> Item | None:
    if not isinstance(activity, dict):
        return None
    kind = activity.get("type")
    note = activity.get("object")
    if kind == "Create" and isinstance(note, dict) and note.get("type") in activitypub.NOTE_TYPES and note.get("id"):
        return activitypub.item_from_note(note, method=METHOD, captured_at=captured_at, raw_sha256=raw,
                                          author=author, audience=activity, find_media=find_media)
    if kind == "Announce":
        return activitypub.item_from_announce(activity, method=METHOD, captured_at=captured_at, raw_sha256=raw,
                                              author=author)
    return None


def _saved_lists(found: _Found, source: str, captured_at: Any, sink: CaptureSink) -> None:
    """Bookmarked and liked posts, as links to fetch when wanted (the archive has their address only)."""
    for name, saved in (("bookmarks.json", "bookmark"), ("likes.json", "like")):
        collection = _small_json(found, name, source)
        addresses = collection.get("orderedItems") if isinstance(collection, dict) else None
        for address in addresses if isinstance(addresses, list) else ():
            if isinstance(address, str) and address.startswith(("https://", "http://")):
                sink.add(Item(kind=ItemKind.LINK, captured_at=captured_at, capture_method=METHOD, url=address,
                              site_name=urlsplit(address).hostname, extra={"saved_as": saved,
                                                                           "platform": Platform.MASTODON.value}))


def _report(ctx: CaptureContext, source: str, counts: dict[str, int]) -> None:
    if counts["missing"]:
        ctx.warn(CaptureError("media-missing", source=source, count=counts["missing"]))
    if counts["unknown"]:
        ctx.warn(CaptureError("records-unknown", source=source, count=counts["unknown"]))
    if counts["direct"]:
        ctx.warn(CaptureError("direct-messages", source=source, count=counts["direct"]))
