"""One Mastodon post saved as a file: the REST API's Status (``GET /api/v1/statuses/:id``,
https://docs.joinmastodon.org/entities/Status/), or the ActivityPub ``Note`` a server gives
for the post's address with ``Accept: application/activity+json`` (alone, or in its ``Create``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from storyweaver.capture.archives import activitypub
from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.posts.mastodon import item_from_status
from storyweaver.core.model import Author
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PRIORITY = 45
LIMIT = 16 * 1024 * 1024


def _shape(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    if {"uri", "account", "content", "visibility"} <= value.keys():
        return "status"
    if value.get("type") == "Create" and isinstance(value.get("object"), dict):
        value = value["object"]
    if value.get("type") in activitypub.NOTE_TYPES and "attributedTo" in value and value.get("id"):
        return "note"
    return None


def _author_of(actor: str | None) -> Author | None:
    """A saved note names its author by address only (``https://host/users/name``)."""
    if not actor:
        return None
    parts = urlsplit(actor)
    name = parts.path.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
    return Author(name=name or None, handle=f"{name}@{parts.hostname}" if name and parts.hostname else None,
                  url=actor)


def _load(path: Path) -> Any:
    if path.stat().st_size > LIMIT:
        return None
    return json.loads(path.read_bytes())


def can_read(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() not in (".json", ".jsonld", ".activity"):
        return False
    try:
        return _shape(_load(path)) is not None
    except RecursionError:  # nested beyond reason: ours to refuse as damaged, in one line, when read
        return True
    except (OSError, ValueError):
        return False


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    try:
        value = _load(path)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CaptureError("broken-file", source=str(path), where=_("the top"), reason=str(exc)) from None
    shape = _shape(value)
    if shape is None:
        raise CaptureError("unsupported-source", source=str(path))
    raw = sink.put_blob(path.read_bytes(), "application/json")
    if shape == "status":
        item = item_from_status(value, method="mastodon-file", captured_at=ctx.clock(), raw_sha256=raw)
    else:
        create = value if value.get("type") == "Create" else None
        note = value["object"] if create else value
        item = activitypub.item_from_note(note, method="activitypub-file", captured_at=ctx.clock(),
                                          raw_sha256=raw, author=None, audience=create)
        item.author = _author_of(activitypub.uri_of(note.get("attributedTo")))
    if item.extra.get("visibility") == "direct":
        ctx.warn(CaptureError("direct-messages", source=str(path), count=1))
    sink.add(item)
