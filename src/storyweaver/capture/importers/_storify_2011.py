"""The 2011 shape of a Storify story (``storify.com/USER/SLUG.json``), read by :mod:`.storify`.

``elements`` is an object keyed by position (``"0"``, ``"1"``...); each element names its
kind in ``elementClass`` and carries ``permalink``, ``title``, ``description`` (HTML for the
curator's texts), ``thumbnail``, ``source``, ``author`` (``username``, ``name``, ``href``),
``image`` (``src``, ``href``) and ``created_at`` in Unix seconds.  The shape is that of the
real story ``storify.com/xdamman/iosdevcamp`` (July 2011) kept in Storify's own template
examples (MChorfa/templates, a copy of storify/templates, ``slideshow-sencha/index.js``).
The leading underscore keeps it out of importer discovery: it is a part of ``storify``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyweaver.capture.context import CaptureSink
from storyweaver.capture.posts.common import decode_x_entities, snowflake_instant, x_status_url
from storyweaver.capture.posts.html_text import html_to_text
from storyweaver.capture.posts.x_post import valid_x_id
from storyweaver.core.model import Author, Item, ItemKind, Media, Platform
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

METHOD = "storify"
_TWEET = re.compile(r"^https?://(?:www\.|mobile\.)?twitter\.com/([^/]+)/status(?:es)?/(\d+)")


def _instant(value: Any) -> datetime | None:
    text = str(value or "").strip()
    if not text.isdigit():
        return None
    return datetime.fromtimestamp(int(text), UTC)


def _text(*values: Any) -> str | None:
    """The first value that is a text and not empty (a hostile story may put anything there)."""
    return next((value for value in values if isinstance(value, str) and value), None)


def _author(author: Any) -> Author | None:
    if not isinstance(author, dict) or not (author.get("username") or author.get("name")):
        return None
    return Author(name=author.get("name") or author.get("username"), handle=author.get("username"),
                  url=author.get("href") or author.get("permalink"))


def read_story(story: dict[str, Any], path: Path, sink: CaptureSink, captured_at: datetime, raw: str) -> None:
    story_url = str(story.get("permalink") or "")
    context = {"story": story.get("title"), "story_url": story_url}
    keyed = story["elements"]
    order = sorted(keyed, key=lambda key: (not str(key).isdigit(), int(key) if str(key).isdigit() else 0, str(key)))
    for position, key in enumerate(order):
        element = keyed[key]
        if not isinstance(element, dict):
            raise CaptureError("broken-file", source=str(path), where=_("element {number}").format(number=position + 1),
                               reason=_("not an object"))
        item = _item(element, story_url, key, captured_at, raw)
        if item is None:
            continue
        item.extra["storify"] = {**context, "position": position, "element_id": str(key)}
        sink.add(item)


def _item(element: dict[str, Any], story_url: str, key: str, captured_at: datetime, raw: str) -> Item | None:
    kind = element.get("elementClass")
    permalink = str(element.get("permalink") or "") or None
    found = element.get("image")
    image: dict[str, Any] = found if isinstance(found, dict) else {}
    common: dict[str, Any] = {"captured_at": captured_at, "capture_method": METHOD, "raw_sha256": raw,
                              "author": _author(element.get("author")),
                              "published": _instant(element.get("created_at")) or _instant(element.get("added_at")),
                              "site_name": element.get("source") if isinstance(element.get("source"), str) else None}
    text = str(element.get("description") or element.get("title") or "")
    if kind == "text":
        return Item(kind=ItemKind.NOTE, url=permalink or f"{story_url}#{key}", text=html_to_text(text).text,
                    **{**common, "site_name": None})
    match = _TWEET.match(permalink or "")
    if kind == "tweet" and match and valid_x_id(match.group(2)):
        handle, tweet_id = match.groups()
        shown = decode_x_entities(text)
        media = [Media(type="image", url=image["src"])] if image.get("src") else []
        return Item(kind=ItemKind.POST, platform=Platform.X, platform_id=tweet_id,
                    url=x_status_url(handle, tweet_id), text=shown, media=media,
                    hashtags=re.findall(r"(?<!\w)#(\w+)", shown),
                    **{**common, "published": common["published"] or snowflake_instant(tweet_id)})
    if not permalink:
        return None
    if kind in ("image", "photo"):
        # A Flickr photo kept the photo's own record in ``metadata`` (``url_o``, ``url_m``, ``url``,
        # ``title``), as Storify's 2011 slideshow template read it (storify/templates, slideshow/js/script.js).
        found = element.get("metadata")
        meta: dict[str, Any] = found if isinstance(found, dict) else {}
        src = _text(image.get("src"), meta.get("url_o"), meta.get("url_m"), meta.get("url"), element.get("thumbnail"))
        title = _text(element.get("title"), meta.get("title"))
        return Item(kind=ItemKind.IMAGE, url=permalink, title=title, image_url=src,
                    media=[Media(type="image", url=src, alt=title)] if src else [], **common)
    if kind == "video":
        return Item(kind=ItemKind.VIDEO, url=permalink, title=element.get("title") or None,
                    description=html_to_text(str(element.get("description") or "")).text or None,
                    image_url=element.get("thumbnail"), **common)
    # website, link, and the networks Storify embedded as cards (Facebook, Flickr, SlideShare...)
    return Item(kind=ItemKind.LINK, url=permalink, title=element.get("title") or None,
                description=html_to_text(str(element.get("description") or "")).text or None,
                image_url=element.get("thumbnail") or image.get("src"), **common)
