"""Spreadsheets of posts: twarc's ``json2csv``, twarc-csv's dotted columns and TAGS sheets.

Each row becomes the v1.1 or v2 post it was made from, then the usual item.  TAGS ids
are often mangled by spreadsheets into ``1.26E+18``: the id is taken from ``status_url``.
Any other CSV gets a message naming the columns that were expected.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.posts.x_post import RefusedPost
from storyweaver.capture.posts.x_v1 import item_from_v1
from storyweaver.capture.posts.x_v2 import Includes, item_from_v2
from storyweaver.capture.skipped_lines import SkippedLines
from storyweaver.core.model import Item
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PRIORITY = 900  # after any importer that knows a more particular kind of CSV
LAYOUTS = {
    "twarc json2csv": ("id", "created_at", "user_screen_name", "text"),
    "twarc-csv": ("id", "created_at", "author.username", "text"),
    "TAGS": ("id_str", "from_user", "text", "created_at", "status_url"),
}
_STATUS_ID = re.compile(r"/status(?:es)?/(\d+)")
_NO_INCLUDES = Includes(None)


def can_read(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in (".csv", ".tsv")


def _json_cell(value: str | None) -> Any:
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split() if v]


def _from_json2csv(row: dict[str, str], **kw: Any) -> Item:
    tweet: dict[str, Any] = {
        "id_str": row["id"], "full_text": row.get("text") or "", "created_at": row.get("created_at"),
        "lang": row.get("lang"), "user": {"screen_name": row.get("user_screen_name"), "name": row.get("user_name")},
        "entities": {
            "hashtags": [{"text": h.lstrip("#")} for h in _split(row.get("hashtags"))],
            "urls": [{"url": u, "expanded_url": u} for u in _split(row.get("urls"))],
        },
        "retweet_count": row.get("retweet_count"), "favorite_count": row.get("favorite_count"),
        "in_reply_to_status_id_str": row.get("in_reply_to_status_id") or None,
        "in_reply_to_screen_name": row.get("in_reply_to_screen_name") or None,
    }
    media = [{"media_url_https": u, "type": "photo"} for u in _split(row.get("media"))]
    if media:
        tweet["extended_entities"] = {"media": media}
    item = item_from_v1(tweet, **kw)
    kind, other = row.get("tweet_type"), row.get("retweet_or_quote_id")
    if kind == "retweet" and other:
        item.extra["repost_of"] = {"id": other, "handle": row.get("retweet_or_quote_screen_name")}
    elif kind == "quote" and other:
        item.extra["quote_of"] = {"id": other, "handle": row.get("retweet_or_quote_screen_name")}
    return item


def _from_twarc_csv(row: dict[str, str], **kw: Any) -> Item:
    entities = {name: _json_cell(row.get(f"entities.{name}")) or [] for name in ("hashtags", "urls", "mentions")}
    tweet: dict[str, Any] = {
        "id": row["id"], "text": row.get("text") or "", "created_at": row.get("created_at"), "lang": row.get("lang"),
        "author": {"username": row.get("author.username"), "name": row.get("author.name")},
        "entities": entities,
        "attachments": {"media": _json_cell(row.get("attachments.media")) or []},
        "referenced_tweets": [
            {"type": kind, "id": row[f"referenced_tweets.{kind}.id"]}
            for kind in ("retweeted", "quoted", "replied_to") if row.get(f"referenced_tweets.{kind}.id")
        ],
    }
    metrics = {k.split(".", 1)[1]: int(v) for k, v in row.items() if k and k.startswith("public_metrics.")
               and v and v.isdigit()}
    if metrics:
        tweet["public_metrics"] = metrics
    return item_from_v2(tweet, _NO_INCLUDES, **kw)


def _from_tags(row: dict[str, str], **kw: Any) -> Item:
    match = _STATUS_ID.search(row.get("status_url") or "")
    tweet_id = match.group(1) if match else (row.get("id_str") or "").strip()
    if not tweet_id.isdigit():
        raise ValueError(f"no usable id (status_url {row.get('status_url')!r}, id_str {row.get('id_str')!r})")
    entities = _json_cell(row.get("entities_str")) or {}
    tweet: dict[str, Any] = {
        "id_str": tweet_id, "full_text": row.get("text") or "", "created_at": row.get("created_at"),
        "user": {"screen_name": row.get("from_user"), "name": row.get("from_user")},
        "entities": entities if isinstance(entities, dict) else {},
        "in_reply_to_status_id_str": (row.get("in_reply_to_status_id_str") or "").strip() or None,
        "in_reply_to_screen_name": row.get("in_reply_to_screen_name") or None,
        "lang": row.get("lang") or None,
    }
    return item_from_v1(tweet, **kw)


_READERS: dict[str, Callable[..., Item]] = {
    "twarc json2csv": _from_json2csv, "twarc-csv": _from_twarc_csv, "TAGS": _from_tags,
}


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CaptureError("broken-file", source=str(path), where=_("byte {offset}").format(offset=exc.start),
                           reason=_("not UTF-8")) from None
    csv.field_size_limit(16 * 1024 * 1024)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
    columns = set(reader.fieldnames or ())
    layout = next((name for name, needed in LAYOUTS.items() if set(needed) <= columns), None)
    if layout is None:
        expected = "; ".join(f"{name}: {', '.join(needed)}" for name, needed in LAYOUTS.items())
        raise CaptureError("unknown-csv", source=str(path), expected=expected)
    raw = sink.put_blob(data, "text/csv")
    convert = _READERS[layout]
    captured_at = ctx.clock()
    skipped = SkippedLines(str(path))
    try:
        for row in reader:
            if not any(row.values()):
                continue
            try:
                item = convert(row, method="csv", captured_at=captured_at, raw_sha256=raw)
            except RefusedPost as refused:  # an id that is not a number, an impossible date
                skipped.refuse(refused.reason)
                continue
            except (KeyError, ValueError, TypeError, AttributeError) as exc:
                raise CaptureError("broken-file", source=str(path), where=_("line {line}").format(line=reader.line_num),
                                   reason=str(exc)) from None
            item.extra["raw"] = {"line": reader.line_num, "layout": layout}
            sink.add(item)
    except csv.Error as exc:
        where = _("line {line}").format(line=reader.line_num)
        raise CaptureError("broken-file", source=str(path), where=where, reason=str(exc)) from None
    skipped.report(ctx, anything_kept=True)
