"""Records of a Bluesky repository (the lexicons' own shapes, https://github.com/bluesky-social/atproto
``lexicons/app/bsky/``) made into items, as the rows the store writes (no Item objects: see
``store.item_rows``): ``app.bsky.feed.post`` a post, ``app.bsky.feed.repost``
a repost linking the original, ``app.bsky.actor.profile`` the author.

Records name their media by blob reference (``{"$type": "blob", "ref": CID, "mimeType", "size"}``);
the bytes come from the export when it carries them, else the media keeps the address the
account's PDS serves it at (``com.atproto.sync.getBlob``) to be fetched when wanted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from storyweaver.capture.archives.car import cid_text
from storyweaver.capture.posts.bluesky import post_url, read_facets
from storyweaver.capture.posts.common import stored_instant
from storyweaver.core.model import Author, ItemKind, Media
from storyweaver.store.item_rows import RowMaker, StoreRow

POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
PROFILE = "app.bsky.actor.profile"

# A blob reference -> the media's bytes kept (sha256, mime) or None
KeepBlob = Callable[[bytes, str], tuple[str, str] | None]


class BlobPlace:
    """Where each blob of the repository comes from: the export, or the PDS later."""

    def __init__(self, did: str, pds: str, keep: KeepBlob) -> None:
        self.did = did
        self.pds = pds.rstrip("/")
        self._keep = keep
        self.later = 0

    def media(self, blob: Any, kind: str, alt: str | None, ratio: Any) -> Media | None:
        if not isinstance(blob, dict) or not isinstance(blob.get("ref"), bytes):
            return None
        mime = str(blob.get("mimeType") or "")
        ratio = ratio if isinstance(ratio, dict) else {}
        cid = cid_text(blob["ref"])
        media = Media(type=kind, alt=alt or None, width=ratio.get("width"), height=ratio.get("height"),
                      url=f"{self.pds}/xrpc/com.atproto.sync.getBlob?did={quote(self.did)}&cid={cid}",
                      mime=mime or None)
        kept = self._keep(blob["ref"], mime)
        if kept is None:
            self.later += 1
        else:
            media.sha256, media.mime = kept
        return media

    def sha(self, blob: Any) -> str | None:
        """The bytes of a blob the export carries (an avatar), else None (never counted as later)."""
        if not isinstance(blob, dict) or not isinstance(blob.get("ref"), bytes):
            return None
        kept = self._keep(blob["ref"], str(blob.get("mimeType") or "image/jpeg"))
        return kept[0] if kept else None


def author_from_record(did: str, profile: Any, blobs: BlobPlace) -> Author:
    profile = profile if isinstance(profile, dict) else {}
    return Author(name=str(profile.get("displayName") or "") or None, handle=did,
                  url=f"https://bsky.app/profile/{did}", avatar_sha256=blobs.sha(profile.get("avatar")))


def _strong_ref(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict) and isinstance(value.get("uri"), str):
        return {"uri": value["uri"], "url": post_url(value["uri"], None)}
    return None


def _embed(embed: Any, extra: dict[str, Any], blobs: BlobPlace) -> list[Media]:
    if not isinstance(embed, dict):
        return []
    kind = str(embed.get("$type") or "")
    media: list[Media] = []
    if kind == "app.bsky.embed.images":
        for image in embed.get("images") or ():
            if isinstance(image, dict):
                found = blobs.media(image.get("image"), "image", image.get("alt"), image.get("aspectRatio"))
                media += [found] if found else []
    elif kind == "app.bsky.embed.video":
        found = blobs.media(embed.get("video"), "video", embed.get("alt"), embed.get("aspectRatio"))
        media += [found] if found else []
    elif kind == "app.bsky.embed.external":
        external = embed.get("external") or {}
        extra["card"] = {"url": external.get("uri"), "title": external.get("title"),
                         "description": external.get("description")}
        thumb = blobs.sha(external.get("thumb"))
        if thumb:
            extra["card"]["image_sha256"] = thumb
    elif kind == "app.bsky.embed.record":
        quoted = _strong_ref(embed.get("record"))
        if quoted:
            extra["quote_of"] = quoted
    elif kind == "app.bsky.embed.recordWithMedia":
        _embed({"$type": "app.bsky.embed.record", "record": (embed.get("record") or {}).get("record")}, extra, blobs)
        media = _embed(embed.get("media"), extra, blobs)
    return media


def row_from_record(did: str, key: str, record: dict[str, Any], cid: str, *, author: Author, blobs: BlobPlace,
                    rows: RowMaker) -> StoreRow | None:
    """The item of one record, as the store writes it, or None for a collection that holds no
    posts (likes, follows...) or a repost of nothing."""
    kind = record.get("$type")
    uri = f"at://{did}/{key}"
    if kind == POST:
        text = str(record.get("text") or "")
        hashtags, links, mentions = read_facets(text, record.get("facets"))
        tags = record.get("tags")
        if tags:
            hashtags += [t for t in tags if isinstance(t, str) and t not in hashtags]
        extra: dict[str, Any] = {"cid": cid}
        if links:
            extra["links"] = [link for link in links if link["url"].startswith(("https://", "http://"))]
        if mentions:
            extra["mentions"] = [{"did": m} for m in mentions]
        reply = record.get("reply")
        parent = _strong_ref(reply.get("parent")) if isinstance(reply, dict) else None
        if parent:
            extra["reply_to"] = parent
        embed = record.get("embed")
        media = _embed(embed, extra, blobs) if embed else []
        langs = record.get("langs") or []
        lang = langs[0] if langs and isinstance(langs[0], str) else None
        return rows.row(ItemKind.POST, uri, post_url(uri, None), text, author, stored_instant(record.get("createdAt")),
                        lang, hashtags, extra, media)
    if kind == REPOST:
        original = _strong_ref(record.get("subject"))
        if original is None:
            return None
        extra = {"repost_of": original, "reposted_by": {"handle": author.handle, "name": author.name}, "cid": cid}
        return rows.row(ItemKind.LINK, uri, original["url"], None, None, stored_instant(record.get("createdAt")),
                        None, [], extra, [])
    return None
