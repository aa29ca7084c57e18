"""The JSON shapes of ``items --json`` and ``story --json``: a contract other tools rely on."""

from __future__ import annotations

from typing import Any

from storyweaver.core.model import Block, Item, ReadableCopy
from storyweaver.core.timefmt import to_stored


def item_json(
    item: Item, *, in_story: bool, section: str | None, visibility: str | None = None
) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind.value,
        "platform": item.platform.value if item.platform else None,
        "platform_id": item.platform_id,
        "url": item.url,
        "title": item.title,
        "text": item.text,
        "description": item.description,
        "author": item.author.to_json() if item.author else None,
        "site_name": item.site_name,
        "published": to_stored(item.published),
        "published_assumed_utc": item.published_assumed_utc,
        "captured_at": to_stored(item.captured_at),
        "capture_method": item.capture_method,
        "raw_sha256": item.raw_sha256,
        "image": item.image_url,
        "media": [m.to_json() for m in item.media],
        "hashtags": list(item.hashtags),
        "lang": item.lang,
        "in_story": in_story,
        "section": section,
        "visibility": visibility,
        "redacted": item.redacted,
        "extra": item.extra,
        # The site's icon and the publisher's logo as the page declares them (addresses, not kept files).
        "favicon": _address(item.extra.get("favicon_url")),
        "logo": _address(item.extra.get("logo_url")),
        "readable": readable_json(item.readable),
    }


def _address(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def readable_json(copy: ReadableCopy | None) -> dict[str, Any] | None:
    """A page's readable copy as provenance (its blobs and when it was made; not its text)."""
    if copy is None:
        return None
    return {"captured_at": to_stored(copy.captured_at), "extractor": copy.extractor, "sha256": copy.html_sha256,
            "original_sha256": copy.original_sha256, "words": copy.words, "failure": copy.failure}


def block_json(block: Block, item: dict[str, Any] | None, *, held_back: bool = False) -> dict[str, Any]:
    return {
        "id": block.id,
        "type": block.type.value,
        "text": block.text,
        "caption": block.caption,
        "item": item,
        "visibility": block.visibility.value,
        # The block's post was written for a direct or followers-only audience and nobody has
        # agreed to publish it: the public recap leaves it out whatever "visibility" says (a
        # file from before such posts started briefing-only may hold one in a public block).
        "held_back": held_back,
    }
