"""The one X post constructor: API v1.1, API v2 and embed readers each find the pieces; this
makes the item the same way for all three (address, instant, language, links in ``extra``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from storyweaver.capture.posts.common import language, snowflake_instant, x_status_url
from storyweaver.core.model import Author, Item, ItemKind, Media, Platform


def x_post(tweet_id: str, *, method: str, captured_at: datetime, raw_sha256: str | None, text: str,
           author: Author | None, published: datetime | None, lang: str | None, hashtags: list[str],
           extra: dict[str, Any], media: Sequence[Media] = (), links: Sequence[dict[str, str]] = (),
           media_links: Sequence[str] = (), mentions: Sequence[dict[str, str]] = ()) -> Item:
    """An X post item. ``published`` is used only when the id holds no instant (the id holds it
    to the millisecond; ``created_at`` only to the second). ``lang`` is X's code, pseudo-codes
    (undetermined, media only, ...) dropped."""
    if links:
        extra["links"] = list(links)
    if media_links:
        extra["media_links"] = sorted(set(media_links))
    if mentions:
        extra["mentions"] = list(mentions)
    handle = author.handle if author else None
    return Item(
        kind=ItemKind.POST,
        captured_at=captured_at,
        capture_method=method,
        platform=Platform.X,
        platform_id=tweet_id,
        url=x_status_url(handle, tweet_id),
        text=text,
        author=author,
        published=snowflake_instant(tweet_id) or published,
        raw_sha256=raw_sha256,
        lang=language(lang),
        hashtags=hashtags,
        media=list(media),
        extra=extra,
    )
