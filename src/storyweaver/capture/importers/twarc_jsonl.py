"""twarc collections: JSON Lines of v2 response pages (twarc2), flattened v2 posts, or v1.1 posts (twarc1).

Each line is kept as a raw blob (a page of up to a hundred posts for twarc2, one post
for twarc1) and its SHA-256 is the raw payload of the posts it holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.posts.x_post import RefusedPost
from storyweaver.capture.posts.x_v1 import item_from_v1
from storyweaver.capture.posts.x_v2 import Includes, item_from_v2
from storyweaver.capture.skipped_lines import SkippedLines
from storyweaver.core.model import Item

PRIORITY = 30
SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonlines", ".txt")
LINES_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_NO_INCLUDES = Includes(None)


def _shape(line: dict[str, Any]) -> str | None:
    if "data" in line and ("includes" in line or "meta" in line or "__twarc" in line):
        return "twarc2"
    if "id_str" in line and ("user" in line or "full_text" in line or "text" in line):
        return "twarc1"
    if "id" in line and "text" in line and any(k in line for k in ("author_id", "author", "edit_history_tweet_ids")):
        return "twarc2-flat"
    return None


def can_read(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() not in SUFFIXES:
        return False
    try:  # the first lines that parse decide (the first may be the damaged one)
        with path.open("rb") as stream:
            heads = [stream.readline(4 * 1024 * 1024) for _line in range(5)]
    except OSError:
        return False
    nested = False
    for head in heads:
        try:
            value = json.loads(head)
        except RecursionError:
            nested = True
            continue
        except ValueError:
            continue
        return isinstance(value, dict) and _shape(value) is not None
    # Nested beyond reason in a file named as JSON Lines: damaged lines, said so in one sentence
    # when read (a .json file goes on to the importers of whole JSON documents, which say "damaged").
    return nested and path.suffix.lower() in LINES_SUFFIXES


def _posts(value: Any) -> tuple[str, list[Any], Includes]:
    shape = _shape(value) if isinstance(value, dict) else None
    if shape == "twarc2":
        data = value.get("data") or []
        return "twarc2", [data] if isinstance(data, dict) else list(data), Includes(value.get("includes"))
    if shape == "twarc2-flat":
        return "twarc2", [value], _NO_INCLUDES
    if shape == "twarc1":
        return "twarc1", [value], _NO_INCLUDES
    raise ValueError("not a twarc page or post")


def _items(value: Any, captured_at: Any, skipped: SkippedLines) -> list[Item]:
    """The line's posts; one with a malformed id or an impossible date is refused and counted."""
    method, posts, includes = _posts(value)
    items = []
    for post in posts:
        try:
            if method == "twarc1":
                items.append(item_from_v1(post, method=method, captured_at=captured_at, raw_sha256=""))
            else:
                items.append(item_from_v2(post, includes, method=method, captured_at=captured_at, raw_sha256=""))
        except RefusedPost as refused:
            skipped.refuse(refused.reason)
    return items


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    """Every good line is kept; a damaged one (cut off by an interrupted capture, garbled in the
    middle) is skipped and named in one warning.  A file with no good line fails whole."""
    captured_at = ctx.clock()
    done = 0
    skipped = SkippedLines(str(path))
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                items = _items(json.loads(line), captured_at, skipped)
            except (ValueError, UnicodeDecodeError, KeyError, TypeError, AttributeError, RecursionError):
                skipped.add(number, cut_off=not line.endswith(b"\n"))
                continue
            if not items:
                continue
            raw = sink.put_blob(line.rstrip(b"\r\n"), "application/json")
            for item in items:  # the raw blob is this very line
                item.raw_sha256 = raw
                sink.add(item)
            done += len(items)
            if number % 500 == 0:
                ctx.check_cancelled()
                ctx.progress(done, None, str(path))
    skipped.report(ctx, anything_kept=done > 0 or bool(skipped.refused))
