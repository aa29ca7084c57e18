"""Storify's own JSON (saved by many before Storify closed in May 2018), in both of its shapes.

Since the v1 API (2012-2018, ``api.storify.com/v1/stories/USER/SLUG``, the Export menu): a
story (``content``) holds a list of ``elements``: ``quote`` (a post, usually a tweet),
``image``, ``link``, ``video`` and ``text`` (the curator's own words, as HTML), each with its
``source``, ``attribution`` and ``data``.  The 2011 shape (``storify.com/USER/SLUG.json``) holds
``elements`` as an object keyed by position, each with its ``elementClass`` (``text``,
``tweet``, ``website``, ``image``, ``video``...), ``permalink``, ``title``, ``description``,
``author``, ``image`` and Unix-time ``created_at``; see
:mod:`storyweaver.capture.importers._storify_2011`.  Tweets become X posts (same identity as
any other capture of them); the curator's texts become notes, and text blocks when the story
is placed with ``--to-story`` (in the story's own order, ``extra["storify"]["position"]``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.importers import _storify_2011 as storify_2011
from storyweaver.capture.posts.common import decode_x_entities, parse_iso, snowflake_instant, x_status_url
from storyweaver.capture.posts.html_text import html_to_text
from storyweaver.capture.posts.x_post import valid_x_id
from storyweaver.core.model import Author, Item, ItemKind, Media, Platform
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PRIORITY = 40
METHOD = "storify"
_TWEET = re.compile(r"^https?://(?:www\.|mobile\.)?twitter\.com/([^/]+)/status(?:es)?/(\d+)")


def can_read(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as stream:
            head = stream.read(256 * 1024).decode("utf-8", errors="replace").lower()
    except OSError:
        return False
    return '"elements"' in head and "storify" in head


def _story(value: Any) -> dict[str, Any]:
    story = value.get("content", value) if isinstance(value, dict) else None
    if not isinstance(story, dict) or not isinstance(story.get("elements"), list | dict):
        raise ValueError("no story with elements")
    return story


def _author(attribution: dict[str, Any] | None) -> Author | None:
    if not attribution:
        return None
    username = attribution.get("username")
    return Author(name=attribution.get("name") or username, handle=username, url=attribution.get("href"))


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    data = path.read_bytes()
    try:
        story = _story(json.loads(data))
    except json.JSONDecodeError as exc:
        where = _("line {line}, column {column}").format(line=exc.lineno, column=exc.colno)
        raise CaptureError("broken-file", source=str(path), where=where,
                           reason=exc.msg) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise CaptureError("broken-file", source=str(path), where=_("the top"), reason=str(exc)) from None
    raw = sink.put_blob(data, "application/json")
    captured_at = ctx.clock()
    if isinstance(story["elements"], dict):
        storify_2011.read_story(story, path, sink, captured_at, raw)
        return
    story_url = story.get("permalink") or f"https://storify.com/story/{story.get('sid', '')}"
    context = {"story": story.get("title"), "story_url": story_url}
    for position, element in enumerate(story["elements"]):
        if not isinstance(element, dict):
            raise CaptureError("broken-file", source=str(path), where=_("element {number}").format(number=position + 1),
                               reason=_("not an object"))
        try:
            item = _item(element, story_url, captured_at, raw)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise CaptureError("broken-file", source=str(path), where=_("element {number}").format(number=position + 1),
                               reason=f"{type(exc).__name__}: {exc}") from None
        if item is None:
            continue
        item.extra["storify"] = {**context, "position": position, "element_id": element.get("id")}
        sink.add(item)


def _item(element: dict[str, Any], story_url: str, captured_at: Any, raw: str) -> Item | None:
    kind = element.get("type")
    payload = (element.get("data") or {}).get(kind) or {}
    source = element.get("source") or {}
    author = _author(element.get("attribution"))
    permalink = element.get("permalink")
    published = parse_iso(element.get("posted_at")) or parse_iso(element.get("added_at"))
    common: dict[str, Any] = {"captured_at": captured_at, "capture_method": METHOD, "raw_sha256": raw,
                              "author": author, "published": published}
    if kind == "quote":
        text = payload.get("text") or ""
        match = _TWEET.match(permalink or "")
        if match and valid_x_id(match.group(2)):
            handle, tweet_id = match.groups()
            return Item(kind=ItemKind.POST, platform=Platform.X, platform_id=tweet_id,
                        url=x_status_url(handle, tweet_id), text=decode_x_entities(text),
                        hashtags=re.findall(r"(?<!\w)#(\w+)", text), site_name=source.get("name"),
                        **{**common, "published": published or snowflake_instant(tweet_id)})
        return Item(kind=ItemKind.POST, url=permalink, text=text, site_name=source.get("name"), **common)
    if kind == "image":
        src = payload.get("src")
        caption = payload.get("caption")
        return Item(kind=ItemKind.IMAGE, url=permalink or src, title=caption, site_name=source.get("name"),
                    image_url=src, media=[Media(type="image", url=src, alt=caption)], **common)
    if kind == "link":
        return Item(kind=ItemKind.LINK, url=payload.get("url") or permalink, title=payload.get("title"),
                    description=payload.get("description"), image_url=payload.get("thumbnail"),
                    site_name=source.get("name"), **common)
    if kind == "video":
        return Item(kind=ItemKind.VIDEO, url=permalink or payload.get("src"), title=payload.get("title"),
                    description=payload.get("description"), image_url=payload.get("thumbnail"),
                    site_name=source.get("name"), **common)
    if kind == "text":
        body = element.get("data", {}).get("text") or ""
        return Item(kind=ItemKind.NOTE, url=f"{story_url}#{element.get('id')}", text=html_to_text(body).text,
                    **common)
    return None
