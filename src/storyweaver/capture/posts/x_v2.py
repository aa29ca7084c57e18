"""X posts in the v2 API shape (twarc2 pages, flattened twarc2 lines, twarc-csv rows) as items."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from storyweaver.capture.posts.common import (
    decode_x_entities,
    expand_links,
    parse_iso,
    x_profile_url,
    x_status_url,
)
from storyweaver.capture.posts.x_post import stated_date, valid_x_id, x_id, x_post
from storyweaver.core.model import Author, Item, Media

_MEDIA_TYPES = {"photo": "image", "video": "video", "animated_gif": "gif"}


class Includes:
    """The users, media and referenced posts of one response page, by id."""

    __slots__ = ("media", "tweets", "users")

    def __init__(self, includes: dict[str, Any] | None) -> None:
        includes = includes or {}
        self.users: dict[str, dict[str, Any]] = {u["id"]: u for u in includes.get("users") or () if "id" in u}
        self.media: dict[str, dict[str, Any]] = {
            m["media_key"]: m for m in includes.get("media") or () if "media_key" in m
        }
        self.tweets: dict[str, dict[str, Any]] = {t["id"]: t for t in includes.get("tweets") or () if "id" in t}


def author_from_user(user: dict[str, Any] | None) -> Author | None:
    if not user:
        return None
    handle = user.get("username")
    return Author(name=user.get("name"), handle=handle, url=x_profile_url(handle))


def media_from_v2(entry: dict[str, Any]) -> Media:
    return Media(
        type=_MEDIA_TYPES.get(entry.get("type") or "photo", "image"),
        alt=entry.get("alt_text") or None,
        width=entry.get("width"),
        height=entry.get("height"),
        url=entry.get("url") or entry.get("preview_image_url"),
    )


def _text_and_entities(tweet: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    note = tweet.get("note_tweet")
    if isinstance(note, dict) and note.get("text"):  # a long post: the whole text lives here
        return note["text"], note.get("entities") or tweet.get("entities") or {}
    return tweet.get("text") or "", tweet.get("entities") or {}


def item_from_v2(tweet: dict[str, Any], includes: Includes, *, method: str, captured_at: datetime,
                 raw_sha256: str | None) -> Item:
    """One v2 post; raises :class:`RefusedPost` when its id is not a number or its date
    impossible with nothing else to date it."""
    tweet_id = x_id(tweet.get("id"))
    published = stated_date(tweet_id, tweet.get("created_at"), parse_iso)
    author = author_from_user(tweet.get("author") or includes.users.get(tweet.get("author_id") or ""))
    text, entities = _text_and_entities(tweet)
    extra: dict[str, Any] = {}
    for ref in tweet.get("referenced_tweets") or ():
        ref_id = valid_x_id(ref.get("id"))
        if ref_id is None:  # a reference without a usable id names nothing we could link
            continue
        other = ref.get("tweet") or includes.tweets.get(ref_id) or {}
        other_author = author_from_user(other.get("author") or includes.users.get(other.get("author_id") or ""))
        other_handle = other_author.handle if other_author else None
        kind = ref.get("type")
        if kind == "retweeted":
            extra["repost_of"] = {"id": ref_id, "handle": other_handle}
            if other:
                inner_text, entities = _text_and_entities(other)
                text = f"RT @{other_handle}: {inner_text}"
        elif kind == "quoted":
            extra["quote_of"] = {"id": ref_id, "handle": other_handle, "url": x_status_url(other_handle, ref_id)}
            if other:
                extra["quote_of"]["text"] = decode_x_entities(_text_and_entities(other)[0])
        elif kind == "replied_to":
            replied_user = includes.users.get(tweet.get("in_reply_to_user_id") or "")
            extra["reply_to"] = {"id": ref_id, "handle": replied_user.get("username") if replied_user else None}
    hashtags = [h["tag"] for h in entities.get("hashtags") or () if h.get("tag")]
    links: list[dict[str, str]] = []
    media_links: list[str] = []
    for url in entities.get("urls") or ():
        if url.get("media_key"):
            media_links.append(url.get("url") or "")
        else:
            links.append({"url": url.get("url") or "", "expanded": url.get("unwound_url") or url.get("expanded_url")
                          or url.get("url") or "", "display": url.get("display_url") or ""})
    mentions = [{"handle": m.get("username") or "", "id": str(m.get("id") or "")}
                for m in entities.get("mentions") or ()]
    attachments = tweet.get("attachments") or {}
    media_entries = attachments.get("media") or [
        includes.media[key] for key in attachments.get("media_keys") or () if key in includes.media
    ]
    text = decode_x_entities(expand_links(text, links, media_links))
    metrics = tweet.get("public_metrics")
    if isinstance(metrics, dict):
        extra["metrics"] = {
            "reposts": metrics.get("retweet_count"), "likes": metrics.get("like_count"),
            "replies": metrics.get("reply_count"), "quotes": metrics.get("quote_count"),
        }
    return x_post(tweet_id, method=method, captured_at=captured_at, raw_sha256=raw_sha256, text=text,
                  author=author, published=published, lang=tweet.get("lang"),
                  hashtags=hashtags, extra=extra, media=[media_from_v2(m) for m in media_entries], links=links,
                  media_links=media_links, mentions=mentions)
