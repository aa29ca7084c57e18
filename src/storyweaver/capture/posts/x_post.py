"""The one X post constructor: API v1.1, API v2 and embed readers each find the pieces; this
makes the item the same way for all three (address, instant, language, links in ``extra``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from storyweaver.capture.posts.common import language, snowflake_instant, x_status_url
from storyweaver.core.model import Author, Item, ItemKind, Media, Platform

_DIGITS = re.compile(r"0|[1-9][0-9]{0,18}")  # X ids are positive 63-bit numbers, written without leading zeros
_LARGEST_ID = 2**63 - 1


class RefusedPost(ValueError):
    """One post that cannot be kept as it stands (``reason``: "id" or "date"); the importer
    skips it, keeps the others and counts it in its summary."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"post refused ({reason})")
        self.reason = reason


def valid_x_id(value: Any) -> str | None:
    """``value`` as an X id, or None when it is not one: a hostile file's ``"../../etc/passwd"``
    would become a path in the post's address, and ``null``/``""`` ids would merge distinct posts."""
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(text, str) or not _DIGITS.fullmatch(text) or int(text) > _LARGEST_ID:
        return None
    return text


def x_id(value: Any) -> str:
    """``value`` as an X id; a malformed one refuses the post."""
    found = valid_x_id(value)
    if found is None:
        raise RefusedPost("id")
    return found


def stated_date(tweet_id: str, created: Any, parse: Callable[[str], datetime | None]) -> datetime | None:
    """The post's own date. One that cannot be read is harmless when the id holds the instant
    (it is used instead); otherwise the post would silently lose its date, so it is refused."""
    published = parse(created) if isinstance(created, str) else None
    if created and published is None and snowflake_instant(tweet_id) is None:
        raise RefusedPost("date")
    return published


def x_post(tweet_id: str, *, method: str, captured_at: datetime, raw_sha256: str | None, text: str,
           author: Author | None, published: datetime | None, lang: str | None, hashtags: list[str],
           extra: dict[str, Any], media: Sequence[Media] = (), links: Sequence[dict[str, str]] = (),
           media_links: Sequence[str] = (), mentions: Sequence[dict[str, str]] = ()) -> Item:
    """An X post item. ``published`` is used only when the id holds no instant (the id holds it
    to the millisecond; ``created_at`` only to the second). ``lang`` is X's code, pseudo-codes
    (undetermined, media only, ...) dropped. A malformed id raises :class:`RefusedPost`."""
    tweet_id = x_id(tweet_id)
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
