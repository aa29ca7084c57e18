"""An X post in the v1.1 shape (X archives, twarc1, Grailbird, TAGS entities) as an item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from storyweaver.capture.posts.common import (
    decode_x_entities,
    expand_links,
    parse_x_date,
    x_profile_url,
    x_status_url,
)
from storyweaver.capture.posts.x_post import stated_date, valid_x_id, x_id, x_post
from storyweaver.core.model import Author, Item, Media

# (tweet id, media entity) -> the media with its kept bytes, or None when only the address is known
MediaFinder = Callable[[str, dict[str, Any]], Media | None]
_MEDIA_TYPES = {"photo": "image", "video": "video", "animated_gif": "gif"}


def _count(value: Any) -> int | None:
    """X archives write counts as strings, the API as numbers."""
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.isdigit() else None


def author_from_user(user: dict[str, Any] | None) -> Author | None:
    if not user:
        return None
    handle = user.get("screen_name")
    return Author(
        name=user.get("name"),
        handle=handle,
        url=x_profile_url(handle),
    )


def text_and_entities(tweet: dict[str, Any]) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    """The whole text (not the 140-character cut), its entities and its media entities."""
    extended = tweet.get("extended_tweet")
    source = extended if isinstance(extended, dict) and extended.get("full_text") else tweet
    text = source.get("full_text") or source.get("text") or ""
    entities = source.get("entities") or {}
    media = (source.get("extended_entities") or {}).get("media") or entities.get("media") or []
    return text, entities, media


def read_entities(entities: dict[str, Any]) -> tuple[list[str], list[dict[str, str]], list[dict[str, str]]]:
    found = entities.get("hashtags")
    hashtags = [h["text"] for h in found if h.get("text")] if found else []
    found = entities.get("urls")
    links = [
        {"url": u.get("url") or "", "expanded": u.get("expanded_url") or u.get("url") or "",
         "display": u.get("display_url") or ""}
        for u in found
    ] if found else []
    found = entities.get("user_mentions")
    mentions = [
        {"handle": m.get("screen_name") or "", "id": str(m.get("id_str") or m.get("id") or "")}
        for m in found
    ] if found else []
    return hashtags, links, mentions


def media_from_entity(entity: dict[str, Any]) -> Media:
    size = (entity.get("sizes") or {}).get("large") or entity.get("original_info") or {}
    width, height = size.get("w") or size.get("width"), size.get("h") or size.get("height")
    return Media(
        type=_MEDIA_TYPES.get(entity.get("type") or "photo", "image"),
        alt=entity.get("ext_alt_text") or None,
        width=int(width) if width else None,
        height=int(height) if height else None,
        url=entity.get("media_url_https") or entity.get("media_url"),
    )


def item_from_v1(
    tweet: dict[str, Any],
    *,
    method: str,
    captured_at: datetime,
    raw_sha256: str | None,
    account: Author | None = None,
    find_media: MediaFinder | None = None,
) -> Item:
    """One v1.1 tweet (with or without its ``user``) as a post item; raises :class:`RefusedPost`
    when its id is missing or not a number, or its date impossible
    with nothing else to date it."""
    tweet_id = x_id(tweet.get("id_str") or tweet.get("id"))
    published = stated_date(tweet_id, tweet.get("created_at"), parse_x_date)
    author = author_from_user(tweet.get("user")) or account
    text, entities, media_entities = text_and_entities(tweet)
    extra: dict[str, Any] = {}
    reposted = tweet.get("retweeted_status")
    if isinstance(reposted, dict):
        inner_text, inner_entities, inner_media = text_and_entities(reposted)
        inner_author = author_from_user(reposted.get("user"))
        handle = inner_author.handle if inner_author else None
        extra["repost_of"] = {"id": valid_x_id(reposted.get("id_str") or reposted.get("id")), "handle": handle}
        text, entities = f"RT @{handle}: {inner_text}", inner_entities
        media_entities = media_entities or inner_media
    elif text.startswith("RT @"):
        extra["repost_of"] = {"id": None, "handle": text[4:].split(":", 1)[0].strip()}
    hashtags, links, mentions = read_entities(entities)
    media: list[Media] = []
    media_links: list[str] = []
    for entity in media_entities:
        found = find_media(tweet_id, entity) if find_media else None
        media.append(found or media_from_entity(entity))
        if entity.get("url"):
            media_links.append(entity["url"])
    text = decode_x_entities(expand_links(text, links, media_links))
    reply_id = tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id")
    if valid_x_id(reply_id):
        extra["reply_to"] = {"id": valid_x_id(reply_id), "handle": tweet.get("in_reply_to_screen_name")}
    quoted = tweet.get("quoted_status")
    if isinstance(quoted, dict):
        quoted_text, _entities, _media = text_and_entities(quoted)
        quoted_author = author_from_user(quoted.get("user"))
        quoted_id = valid_x_id(quoted.get("id_str") or quoted.get("id"))
        extra["quote_of"] = {
            "id": quoted_id,
            "handle": quoted_author.handle if quoted_author else None,
            "text": decode_x_entities(quoted_text),
            "url": x_status_url(quoted_author.handle if quoted_author else None, quoted_id) if quoted_id else None,
        }
    elif valid_x_id(tweet.get("quoted_status_id_str")):
        extra["quote_of"] = {"id": str(tweet["quoted_status_id_str"])}
    reposts, likes = tweet.get("retweet_count"), tweet.get("favorite_count")
    if reposts is not None or likes is not None:
        extra["metrics"] = {"reposts": _count(reposts), "likes": _count(likes)}
    return x_post(tweet_id, method=method, captured_at=captured_at, raw_sha256=raw_sha256, text=text,
                  author=author, published=published, lang=tweet.get("lang"),
                  hashtags=hashtags, extra=extra, media=media, links=links, media_links=media_links,
                  mentions=mentions)
