"""Check the rows of a project file for what the other commands rely on.

SQLite's integrity check sees pages, not meaning: a text that is not UTF-8, a ``hashtags``
that is not a JSON list, an item kind no version writes would pass it and then make
``items``, ``export`` or the editor refuse the file.  Each finding is one short line that
names the table, the row and the column, never a statement or the offending bytes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator

from storyweaver.core.model import BlockType, ItemKind, Platform, Visibility

# table -> (row key expression, text columns that must decode as UTF-8)
_TEXT_COLUMNS = {
    "meta": ("key", ("value",)),
    "blobs": ("rowid", ("sha256", "mime")),
    "addresses": ("item_id", ("address",)),
    "items": ("id", ("kind", "platform", "platform_id", "dedupe_key", "url", "title", "text", "description",
                     "author_name", "author_handle", "author_url", "author_avatar", "site_name", "published",
                     "captured_at", "capture_method", "raw_sha256", "lang", "hashtags", "image_url",
                     "favicon_sha256", "extra", "note")),
    "media": ("item_id || '/' || position", ("type", "sha256", "alt", "url", "mime", "thumb_sha256")),
    "blocks": ("id", ("type", "text", "visibility", "caption")),
    "redacted_authors": ("platform || '/' || account", ("platform", "account")),
}
_ALLOWED: dict[tuple[str, str], set[str | None]] = {
    ("items", "kind"): {k.value for k in ItemKind},
    ("items", "platform"): {p.value for p in Platform} | {None},
    ("blocks", "type"): {t.value for t in BlockType},
    ("blocks", "visibility"): {v.value for v in Visibility},
    ("media", "type"): {"image", "video", "gif"},
}
Report = Callable[[str, str], Iterator[tuple[str, str]]]
_MOST = 50  # lines per kind of problem; a thoroughly damaged file need not print a million


def _decoded(value: object) -> str | None:
    if value is None or isinstance(value, int | float):
        return None if value is None else str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8")  # raises UnicodeDecodeError on malformed text
    return str(value)


def content_problems(conn: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    """Yield ``(code, detail)`` for every row value the commands could not use."""
    previous = conn.text_factory
    conn.text_factory = bytes  # read raw bytes so malformed UTF-8 is found, not raised
    counts: dict[str, int] = {}

    def report(code: str, detail: str) -> Iterator[tuple[str, str]]:
        counts[code] = counts.get(code, 0) + 1
        if counts[code] <= _MOST:
            yield code, detail

    present = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    try:
        for table, (key, columns) in _TEXT_COLUMNS.items():
            if table.encode() not in present:
                continue  # an older file, before that table existed
            query = f"SELECT {key}, {', '.join(columns)} FROM {table}"  # our own table and column names
            for row in conn.execute(query):
                where = row[0].decode("utf-8", "replace") if isinstance(row[0], bytes) else row[0]
                for column, value in zip(columns, row[1:], strict=True):
                    try:
                        text = _decoded(value)
                    except UnicodeDecodeError:
                        yield from report("text", f"{table} {where}: {column} is not valid UTF-8 text")
                        continue
                    allowed = _ALLOWED.get((table, column))
                    if allowed is not None and text not in allowed:
                        yield from report("value", f"{table} {where}: unknown {column}")
                    if table == "items" and column in ("hashtags", "extra") and text is not None:
                        yield from _json_problem(table, where, column, text, report)
    finally:
        conn.text_factory = previous
    for code, count in counts.items():
        if count > _MOST:
            yield code, f"… and {count - _MOST} more"


def _json_problem(table: str, where: object, column: str, text: str, report: Report) -> Iterator[tuple[str, str]]:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        yield from report("json", f"{table} {where}: {column} is not valid JSON")
        return
    wanted = list if column == "hashtags" else dict
    if not isinstance(value, wanted):
        yield from report("json", f"{table} {where}: {column} is not a JSON {wanted.__name__}")
