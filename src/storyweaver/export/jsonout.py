"""The story as data: a full JSON file (for tools and backup) and a TimelineJS file.

The full JSON carries everything, briefing-only blocks and redacted authors included
(it is the editor's own copy).  The TimelineJS file is meant to be published, so it
follows the public recap's rules: no briefing-only block, redacted authors withheld,
images (blurred where redacted) inlined as ``data:`` URIs, and no platform address as
media, which would make TimelineJS load the platform's widgets.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from storyweaver import __version__
from storyweaver.core.reader import ProjectReader
from storyweaver.core.timefmt import to_stored
from storyweaver.export import atomic
from storyweaver.export.imagebank import ImageBank
from storyweaver.export.viewmodel import ItemView, StoryView
from storyweaver.store.listing import story_listing

FORMAT = "storyweaver-story"
FORMAT_VERSION = 1
META_KEYS = ("title", "subtitle", "organisation", "lang", "timezone", "created_at", "logo_sha256")


def story_document(project: ProjectReader) -> dict[str, Any]:
    """Every block of the story with its item's full data, and the project's metadata."""
    blocks = story_listing(project)
    wanted = {b["item"]["id"] for b in blocks if b.get("item")}
    items = project.library.get_many(wanted) if wanted else {}
    for block in blocks:
        payload = block.get("item")
        if not payload:
            continue
        item = items.get(payload["id"])
        if item is None:
            continue
        payload["note"] = item.note
        payload["favicon_sha256"] = item.favicon_sha256
        if item.author is not None and payload.get("author") is not None:
            payload["author"]["avatar_sha256"] = item.author.avatar_sha256
        for media, shown in zip(item.media, payload["media"], strict=False):
            shown["mime"] = media.mime
            shown["thumb_sha256"] = media.thumb_sha256
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "generator": f"StoryWeaver {__version__}",
        "exported_at": to_stored(datetime.now(UTC)),
        "meta": {key: project.meta(key) for key in META_KEYS if project.meta(key) is not None},
        "blocks": blocks,
    }


def write_json(project: ProjectReader, target: Path) -> None:
    data = json.dumps(story_document(project), ensure_ascii=False, indent=1)
    atomic.write_bytes(target, data.encode("utf-8"))


def _date(moment: datetime, zone: Any) -> dict[str, int]:
    local = moment.astimezone(zone)
    return {"year": local.year, "month": local.month, "day": local.day, "hour": local.hour,
            "minute": local.minute, "second": local.second}


def _headline(item: ItemView, withheld: str) -> str:
    if item.author is not None:
        who = withheld if item.author.withheld else (item.author.name or item.author.handle)
        if who:
            return who
    return item.title or item.site_name or item.platform_label or item.kind


def _event(item: ItemView, caption: str, group: str | None, labels: dict[str, str]) -> dict[str, Any]:
    body: list[Markup] = []
    if item.kind == "link" and item.description:
        body.append(Markup("<p>{}</p>").format(item.description))
    body.append(item.text_html)
    if caption:
        body.append(Markup("<p><em>{}</em></p>").format(caption))
    if item.href:
        body.append(Markup('<p><a href="{}" rel="noopener noreferrer nofollow ugc">{}</a></p>').format(
            item.href, labels["original"]))
    event: dict[str, Any] = {
        "unique_id": f"item-{item.id}",
        "start_date": {},
        "text": {"headline": str(escape(_headline(item, labels["withheld"]))), "text": str(Markup("").join(body))},
    }
    if group:
        event["group"] = group
    image = next((m.image for m in item.media if m.image is not None and m.image.src), None)
    if image is not None:
        event["media"] = {"url": image.src, "caption": str(escape(image.alt)),
                          "credit": str(escape(item.platform_label or item.site_name))}
    return event


def timeline_document(view: StoryView, labels: dict[str, str]) -> dict[str, Any]:
    """A TimelineJS 3 document of the story's dated items; headings become groups."""
    events = []
    for section in view.sections:
        for block in section.blocks:
            item = block.item
            if item is None or item.published is None:
                continue  # TimelineJS needs a start date; undated items stay in the recap only
            event = _event(item, block.caption, section.title, labels)
            event["start_date"] = _date(item.published, view.zone)
            events.append(event)
    title: dict[str, Any] = {"text": {"headline": str(escape(view.title)), "text": str(escape(view.subtitle))}}
    if view.logo is not None and view.logo.src:
        title["media"] = {"url": view.logo.src, "caption": "", "credit": str(escape(view.organisation))}
    return {"title": title, "events": events}


def write_timeline(view: StoryView, labels: dict[str, str], bank: ImageBank, target: Path) -> None:
    bank.assign_sources(lambda _key, prepared: prepared.data_uri())
    data = json.dumps(timeline_document(view, labels), ensure_ascii=False, indent=1)
    atomic.write_bytes(target, data.encode("utf-8"))
