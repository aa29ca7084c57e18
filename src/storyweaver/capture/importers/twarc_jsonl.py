"""twarc collections: JSON Lines of v2 response pages (twarc2), flattened v2 posts, or v1.1 posts (twarc1).

Each line is kept as a raw blob (a page of up to a hundred posts for twarc2, one post
for twarc1) and its SHA-256 is the raw payload of the posts it holds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.posts.x_v1 import item_from_v1
from storyweaver.capture.posts.x_v2 import Includes, item_from_v2, items_from_page
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PRIORITY = 30
SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonlines", ".txt")
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
    try:
        with path.open("rb") as stream:
            first = stream.readline(4 * 1024 * 1024)
        value = json.loads(first)
    except (OSError, ValueError):
        return False
    return isinstance(value, dict) and _shape(value) is not None


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    captured_at = ctx.clock()
    done = 0
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except (ValueError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "msg", None) or str(exc)
                column = getattr(exc, "colno", None)
                where = (_("line {line}, column {column}").format(line=number, column=column) if column
                         else _("line {line}").format(line=number))
                raise CaptureError("broken-file", source=str(path), where=where, reason=reason) from None
            shape = _shape(value) if isinstance(value, dict) else None
            if shape is None:
                raise CaptureError("broken-file", source=str(path), where=_("line {line}").format(line=number),
                                   reason=_("not a twarc page or post"))
            raw = sink.put_blob(line.rstrip(b"\r\n"), "application/json")
            try:
                if shape == "twarc2":
                    items = list(items_from_page(value, method="twarc2", captured_at=captured_at, raw_sha256=raw))
                elif shape == "twarc2-flat":
                    items = [item_from_v2(value, _NO_INCLUDES, method="twarc2", captured_at=captured_at,
                                          raw_sha256=raw)]
                else:
                    items = [item_from_v1(value, method="twarc1", captured_at=captured_at, raw_sha256=raw)]
            except (KeyError, TypeError, AttributeError, ValueError) as exc:
                raise CaptureError("broken-file", source=str(path), where=_("line {line}").format(line=number),
                                   reason=f"unexpected post layout ({type(exc).__name__}: {exc})") from None
            for item in items:  # the raw blob is this very line
                sink.add(item)
            done += len(items)
            if number % 500 == 0:
                ctx.check_cancelled()
                ctx.progress(done, None, str(path))
