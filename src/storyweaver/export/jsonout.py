"""The story as data: a full JSON file (for tools and backup).

It carries everything, briefing-only blocks and redacted authors included (it is the
editor's own copy).  The public TimelineJS file is in :mod:`storyweaver.export.timeline`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyweaver import __version__
from storyweaver.core.jsonview import item_json
from storyweaver.core.reader import ProjectReader
from storyweaver.core.timefmt import to_stored
from storyweaver.export import atomic
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
    # The rest of the library, for a complete description of the project; marked private:
    # these were collected, not chosen for the story.
    placed = {b["item"]["id"] for b in blocks if b.get("item")}
    library = [dict(item_json(item, in_story=False, section=None), private=True)
               for item in project.library.iter_all() if item.id not in placed]
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "generator": f"StoryWeaver {__version__}",
        "exported_at": to_stored(datetime.now(UTC)),
        "meta": {key: project.meta(key) for key in META_KEYS if project.meta(key) is not None},
        "blocks": blocks,
        "library": library,
    }


def write_json(project: ProjectReader, target: Path) -> None:
    data = json.dumps(story_document(project), ensure_ascii=False, indent=1)
    atomic.write_bytes(target, data.encode("utf-8"))
