"""Captured items and story blocks: plain data, no Qt, no database.

An :class:`Item` is one captured thing in the library (a post, a link, an image, a
video or a note) with the provenance advocacy work needs.  A :class:`Block` is one
entry of the story: a section heading, a text written by the editor, or an item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class ItemKind(StrEnum):
    POST = "post"
    LINK = "link"
    IMAGE = "image"
    VIDEO = "video"
    NOTE = "note"


class Platform(StrEnum):
    X = "x"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"


class BlockType(StrEnum):
    HEADING = "heading"
    TEXT = "text"
    ITEM = "item"


class Visibility(StrEnum):
    PUBLIC = "public"
    BRIEFING = "briefing"  # in the PDF briefing only, never in the public HTML recap


@dataclass(slots=True)
class Author:
    name: str | None = None
    handle: str | None = None
    url: str | None = None
    avatar_sha256: str | None = None  # the avatar's bytes, kept in the project

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "handle": self.handle, "url": self.url}


@dataclass(slots=True)
class Media:
    """An image, video or animated GIF attached to an item."""

    type: str = "image"  # image | video | gif
    sha256: str | None = None  # original bytes in the project, when they could be kept
    alt: str | None = None
    width: int | None = None
    height: int | None = None
    url: str | None = None  # where it was found
    mime: str | None = None
    thumb_sha256: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "alt": self.alt,
            "sha256": self.sha256,
            "width": self.width,
            "height": self.height,
            "url": self.url,
        }


@dataclass(slots=True)
class ReadableCopy:
    """A web page's main text kept offline: sanitised HTML and the page as fetched.

    Both are blobs of the project; ``text`` (plain words, for the library search) is filled
    when a capture makes the copy and when the store reads it for search, not on every load.
    """

    captured_at: datetime
    extractor: str  # the library and version that read the main text, e.g. "trafilatura 2.3.1"
    html_sha256: str | None = None  # sanitised readable HTML; None when no main text was found
    original_sha256: str | None = None  # the page as fetched with its response headers (gzipped WARC)
    text: str = ""
    words: int = 0
    failure: str | None = None  # why no main text was read (the card is kept all the same)


@dataclass(slots=True)
class Item:
    kind: ItemKind
    captured_at: datetime
    capture_method: str  # e.g. "x-archive", "unfurl", "saved-page", "mastodon-api", "file"
    platform: Platform | None = None
    platform_id: str | None = None
    url: str | None = None
    title: str | None = None
    text: str | None = None
    description: str | None = None
    author: Author | None = None
    site_name: str | None = None
    published: datetime | None = None
    published_assumed_utc: bool = False  # the source gave a date without an offset
    raw_sha256: str | None = None  # the raw captured payload, kept as a blob
    lang: str | None = None
    hashtags: list[str] = field(default_factory=list)
    image_url: str | None = None  # lead image address as found
    favicon_sha256: str | None = None
    media: list[Media] = field(default_factory=list)
    # Platform details that have no column of their own: metrics (reposts, likes),
    # reply/repost/quote markers, content warnings, mentions, links, oEmbed type ...
    extra: dict[str, Any] = field(default_factory=dict)
    redacted: bool = False  # public recap hides the author and blurs images
    note: str | None = None  # the editor's private note
    id: int | None = None
    readable: ReadableCopy | None = None  # a web page's readable copy (links and videos)

    def dedupe_key(self) -> str | None:
        """What makes two captures the same thing; re-adding it never duplicates it."""
        if self.platform is not None and self.platform_id:
            # str.__str__ reads the StrEnum's text without the enum property lookup (every item stored)
            return f"{str.__str__(self.platform)}:{self.platform_id}"
        if self.kind is ItemKind.IMAGE and self.media and self.media[0].sha256:
            return f"image:{self.media[0].sha256}"
        if self.url:  # an image known only by address, a note from an export with its own address
            return f"url:{self.url}"
        return None


# Audiences a post was written for that are not the public: a Mastodon direct message (only
# the people mentioned) or a followers-only post.  Such an item never reaches a public output
# unless the user has said so (``extra["publish_confirmed"]``).
PRIVATE_AUDIENCES = frozenset({"direct", "private"})


def withheld_audience(audience: object, confirmed: object) -> bool:
    """True for a post written for ``audience`` (its platform's word) that may not be published
    while ``confirmed`` (the user's decision, ``extra["publish_confirmed"]``) is not ``True``."""
    return audience in PRIVATE_AUDIENCES and confirmed is not True


def kept_from_public(item: Item | None) -> bool:
    """True when ``item`` was written for a private audience and the user has not agreed to publish it."""
    return item is not None and withheld_audience(item.extra.get("visibility"), item.extra.get("publish_confirmed"))


@dataclass(slots=True)
class Block:
    type: BlockType
    text: str | None = None  # heading text, or the editor's text (small HTML subset)
    item_id: int | None = None
    visibility: Visibility = Visibility.PUBLIC
    caption: str | None = None  # the editor's caption for an item block
    id: int | None = None


def placed_visibility(item: Item | None) -> Visibility:
    """The visibility a new story block of ``item`` starts with: a direct or followers-only post
    starts in the briefing only, so that the story says what the public recap will hold; making
    it public is the user's explicit decision (the editor asks)."""
    return Visibility.BRIEFING if kept_from_public(item) else Visibility.PUBLIC


def shown_in_public(block: Block, item: Item | None) -> bool:
    """Whether the public recap shows ``block`` itself (its section aside): a public block whose
    item, if any, is not held back by its private audience."""
    return block.visibility is Visibility.PUBLIC and not kept_from_public(item)
