"""Bluesky API answers saved as files: ``app.bsky.feed.getPostThread`` (``thread`` of
``threadViewPost``s with ``parent`` and ``replies``), ``app.bsky.feed.searchPosts``
(``posts``) and ``app.bsky.feed.getAuthorFeed`` (``feed`` of ``feedViewPost``s, a repost
carrying ``reason`` ``#reasonRepost``).  Shapes: bluesky-social/atproto
``lexicons/app/bsky/feed/{getPostThread,searchPosts,getAuthorFeed,defs}.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.posts.bluesky import author_from_profile, item_from_post
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PRIORITY = 44
METHOD = "bluesky-file"
LIMIT = 256 * 1024 * 1024
MAX_DEPTH = 1000  # a saved thread nests replies; a hostile one could nest without end


def _is_view(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("uri"), str) and value["uri"].startswith("at://") \
        and isinstance(value.get("record"), dict)


def _shape(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("thread"), dict) and "post" in value["thread"]:
        return "thread"
    if isinstance(value.get("posts"), list) and all(_is_view(p) for p in value["posts"][:5]):
        return "posts"
    if isinstance(value.get("feed"), list) and all(isinstance(f, dict) and _is_view(f.get("post"))
                                                   for f in value["feed"][:5]):
        return "feed"
    return None


def can_read(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() != ".json" or path.stat().st_size > LIMIT:
        return False
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
        if b"at://" not in head and b'"thread"' not in head and b'"feed"' not in head:
            return False
        return _shape(json.loads(path.read_bytes())) is not None
    except RecursionError:  # nested beyond reason: ours to refuse, in one line, when read
        return b'"thread"' in head
    except (OSError, ValueError):
        return False


def _thread_views(node: Any) -> Iterator[dict[str, Any]]:
    """The thread's posts: parents first (oldest), then the post, then its replies, depth-first."""
    parents = []
    walker, depth = node.get("parent") if isinstance(node, dict) else None, 0
    while isinstance(walker, dict) and depth < MAX_DEPTH:
        if _is_view(walker.get("post")):
            parents.append(walker["post"])
        walker, depth = walker.get("parent"), depth + 1
    yield from reversed(parents)
    stack: list[tuple[Any, int]] = [(node, 0)]
    while stack:
        current, depth = stack.pop()
        if not isinstance(current, dict) or depth > MAX_DEPTH:
            continue
        if _is_view(current.get("post")):
            yield current["post"]
        stack.extend((reply, depth + 1) for reply in reversed(current.get("replies") or []))


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    data = path.read_bytes()
    try:
        value = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CaptureError("broken-file", source=str(path), where=_("the top"), reason=str(exc)) from None
    shape = _shape(value)
    if shape is None:
        raise CaptureError("unsupported-source", source=str(path))
    raw = sink.put_blob(data, "application/json")
    captured_at = ctx.clock()
    if shape == "thread":
        views = list(_thread_views(value["thread"]))
        reasons: list[Any] = [None] * len(views)
    elif shape == "posts":
        views, reasons = value["posts"], [None] * len(value["posts"])
    else:
        entries = [f for f in value["feed"] if isinstance(f, dict) and _is_view(f.get("post"))]
        views, reasons = [f["post"] for f in entries], [f.get("reason") for f in entries]
    for view, reason in zip(views, reasons, strict=True):
        item = item_from_post(view, method=METHOD, captured_at=captured_at, raw_sha256=raw)
        if isinstance(reason, dict) and str(reason.get("$type", "")).endswith("#reasonRepost"):
            by = author_from_profile(reason.get("by"))
            item.extra["reposted_by"] = {"handle": by.handle if by else None, "name": by.name if by else None}
        sink.add(item)
