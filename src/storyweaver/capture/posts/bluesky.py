"""A Bluesky post (AppView ``postView``) as an item: facets read by byte offsets, embeds kept."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from storyweaver.capture.posts.common import parse_iso
from storyweaver.core.model import Author, Item, ItemKind, Media, Platform


def author_from_profile(profile: dict[str, Any] | None) -> Author | None:
    if not profile:
        return None
    handle = profile.get("handle")
    return Author(name=profile.get("displayName") or handle, handle=handle,
                  url=f"https://bsky.app/profile/{handle}" if handle else None)


def post_url(uri: str, handle: str | None) -> str:
    """``at://did/app.bsky.feed.post/rkey`` as the address people open."""
    parts = uri.removeprefix("at://").split("/")
    rkey = parts[-1] if len(parts) >= 3 else ""
    return f"https://bsky.app/profile/{handle or parts[0]}/post/{rkey}"


def read_facets(text: str, facets: list[dict[str, Any]] | None) -> tuple[list[str], list[dict[str, str]], list[str]]:
    """Hashtags, links and mentioned DIDs; facet ranges count UTF-8 bytes, not characters."""
    encoded: bytes | None = None  # only a link shows its own text: most posts never encode theirs
    hashtags: list[str] = []
    links: list[dict[str, str]] = []
    mentions: list[str] = []
    for facet in facets or ():
        index = facet.get("index") or {}
        start, end = index.get("byteStart"), index.get("byteEnd")
        for feature in facet.get("features") or ():
            kind = feature.get("$type", "")
            if kind.endswith("#tag") and feature.get("tag"):
                hashtags.append(feature["tag"])
            elif kind.endswith("#link") and feature.get("uri"):
                encoded = text.encode("utf-8") if encoded is None else encoded
                shown = (encoded[start:end].decode("utf-8", errors="replace")
                         if isinstance(start, int) and isinstance(end, int) else "")
                links.append({"url": feature["uri"], "text": shown})
            elif kind.endswith("#mention") and feature.get("did"):
                mentions.append(feature["did"])
    return hashtags, links, mentions


def _embed(embed: dict[str, Any] | None, extra: dict[str, Any]) -> list[Media]:
    if not embed:
        return []
    kind = embed.get("$type", "")
    media: list[Media] = []
    if kind.startswith("app.bsky.embed.images"):
        for image in embed.get("images") or ():
            ratio = image.get("aspectRatio") or {}
            media.append(Media(type="image", alt=image.get("alt") or None, width=ratio.get("width"),
                               height=ratio.get("height"), url=image.get("fullsize") or image.get("thumb")))
    elif kind.startswith("app.bsky.embed.video"):
        ratio = embed.get("aspectRatio") or {}
        media.append(Media(type="video", alt=embed.get("alt") or None, width=ratio.get("width"),
                           height=ratio.get("height"), url=embed.get("playlist") or embed.get("thumbnail")))
    elif kind.startswith("app.bsky.embed.external"):
        external = embed.get("external") or {}
        extra["card"] = {"url": external.get("uri"), "title": external.get("title"),
                         "description": external.get("description"), "image": external.get("thumb")}
    elif kind.startswith("app.bsky.embed.recordWithMedia"):
        _embed({"$type": "app.bsky.embed.record#view", "record": (embed.get("record") or {}).get("record")}, extra)
        media = _embed(embed.get("media"), extra)
    elif kind.startswith("app.bsky.embed.record"):
        record = embed.get("record") or {}
        if record.get("uri"):
            quoted_author = author_from_profile(record.get("author"))
            quoted_handle = quoted_author.handle if quoted_author else None
            value = record.get("value") or {}
            extra["quote_of"] = {
                "uri": record["uri"], "handle": quoted_handle, "text": value.get("text"),
                "url": post_url(record["uri"], quoted_handle), "published": value.get("createdAt"),
            }
    return media


def item_from_post(view: dict[str, Any], *, method: str, captured_at: datetime, raw_sha256: str | None) -> Item:
    record = view.get("record") or {}
    text = record.get("text") or ""
    author = author_from_profile(view.get("author"))
    hashtags, links, mentions = read_facets(text, record.get("facets"))
    hashtags += [t for t in record.get("tags") or () if t not in hashtags]
    extra: dict[str, Any] = {"cid": view.get("cid")}
    if links:
        extra["links"] = links
    if mentions:
        extra["mentions"] = [{"did": did} for did in mentions]
    reply = record.get("reply") or {}
    if reply.get("parent"):
        extra["reply_to"] = {"uri": (reply["parent"] or {}).get("uri")}
    media = _embed(view.get("embed"), extra)
    if not media and not view.get("embed"):
        media = _embed(record.get("embed"), extra)  # a record straight from the repository
    extra["metrics"] = {"reposts": view.get("repostCount"), "likes": view.get("likeCount"),
                        "replies": view.get("replyCount"), "quotes": view.get("quoteCount")}
    uri = view["uri"]
    langs = record.get("langs") or []
    return Item(
        kind=ItemKind.POST,
        captured_at=captured_at,
        capture_method=method,
        platform=Platform.BLUESKY,
        platform_id=uri,
        url=post_url(uri, author.handle if author else None),
        text=text,
        author=author,
        site_name="Bluesky",
        published=parse_iso(record.get("createdAt")) or parse_iso(view.get("indexedAt")),
        raw_sha256=raw_sha256,
        lang=langs[0] if langs else None,
        hashtags=hashtags,
        media=media,
        extra=extra,
    )
