"""The library: every captured item, stored once, found by id, address or content."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storyweaver.core.model import Author, Item, ItemKind, Media, Platform
from storyweaver.core.timefmt import from_stored, to_stored

if TYPE_CHECKING:
    from storyweaver.store.project import Project

ITEM_COLUMNS = (
    "kind, platform, platform_id, dedupe_key, url, title, text, description, author_name, "
    "author_handle, author_url, author_avatar, site_name, published, published_assumed_utc, "
    "captured_at, capture_method, raw_sha256, lang, hashtags, image_url, favicon_sha256, extra, "
    "redacted, note"
)
_PLACEHOLDERS = ", ".join("?" * len(ITEM_COLUMNS.split(",")))
MEDIA_COLUMNS = "item_id, position, type, sha256, alt, width, height, url, mime, thumb_sha256"

# Fields an edit may change, and how each is written to its column.
EDITABLE = {
    "title": "title",
    "text": "text",
    "description": "description",
    "note": "note",
    "redacted": "redacted",
    "lang": "lang",
    "site_name": "site_name",
}


@dataclass(slots=True)
class AddResult:
    added: list[int] = field(default_factory=list)  # new items, in the order given
    existing: list[int] = field(default_factory=list)  # already in the project


def _refuse(value: object) -> object:
    raise TypeError(f"{type(value).__name__} is not JSON")


def _json_encoder(*, sort_keys: bool) -> Callable[[Any], str]:
    """``json.dumps(value, ensure_ascii=False, sort_keys=...)`` with the C encoder made once, not
    per call: at 50,000 items a batch spends a third less time encoding hashtags and extras."""
    from json import encoder

    c_make_encoder = getattr(encoder, "c_make_encoder", None)
    if c_make_encoder is None:  # no C accelerator: the documented path
        return json.JSONEncoder(ensure_ascii=False, sort_keys=sort_keys).encode
    make = c_make_encoder(None, _refuse, encoder.encode_basestring, None, ": ", ", ", sort_keys, False, True)
    return lambda value: "".join(make(value, 0))


_encode_list = _json_encoder(sort_keys=False)
_encode_sorted = _json_encoder(sort_keys=True)


_NO_AUTHOR = Author()


class _CaptureText:
    """The text of the last capture instant stored: a whole import shares one instant.
    One tuple swapped at once, so threads never see an instant with another's text."""

    last: tuple[Any, str | None] = (None, None)


def _stored_capture(moment: Any) -> str | None:
    last = _CaptureText.last
    if last[0] is moment:
        return last[1]
    text = to_stored(moment)
    _CaptureText.last = (moment, text)
    return text


def _item_row(item: Item, key: str | None) -> tuple[Any, ...]:
    author = item.author or _NO_AUTHOR
    platform = item.platform
    return (
        str.__str__(item.kind),
        str.__str__(platform) if platform is not None else None,
        item.platform_id,
        key,
        item.url,
        item.title,
        item.text,
        item.description,
        author.name,
        author.handle,
        author.url,
        author.avatar_sha256,
        item.site_name,
        to_stored(item.published),
        1 if item.published_assumed_utc else 0,
        _stored_capture(item.captured_at),
        item.capture_method,
        item.raw_sha256,
        item.lang,
        _encode_list(item.hashtags) if item.hashtags else "[]",
        item.image_url,
        item.favicon_sha256,
        _encode_sorted(item.extra) if item.extra else "{}",
        1 if item.redacted else 0,
        item.note,
    )


def _item_from_row(row: sqlite3.Row | tuple[Any, ...], media: list[Media]) -> Item:
    (
        item_id, kind, platform, platform_id, _key, url, title, text, description,
        author_name, author_handle, author_url, author_avatar, site_name, published,
        assumed_utc, captured_at, capture_method, raw_sha256, lang, hashtags, image_url,
        favicon_sha256, extra, redacted, note,
    ) = row
    has_author = any((author_name, author_handle, author_url, author_avatar))
    return Item(
        id=item_id,
        kind=ItemKind(kind),
        platform=Platform(platform) if platform else None,
        platform_id=platform_id,
        url=url,
        title=title,
        text=text,
        description=description,
        author=Author(author_name, author_handle, author_url, author_avatar) if has_author else None,
        site_name=site_name,
        published=from_stored(published),
        published_assumed_utc=bool(assumed_utc),
        captured_at=from_stored(captured_at),  # type: ignore[arg-type]  # NOT NULL column
        capture_method=capture_method,
        raw_sha256=raw_sha256,
        lang=lang,
        hashtags=json.loads(hashtags),
        image_url=image_url,
        favicon_sha256=favicon_sha256,
        media=media,
        extra=json.loads(extra),
        redacted=bool(redacted),
        note=note,
    )


def _media_from_row(row: tuple[Any, ...]) -> Media:
    _item, _pos, kind, sha, alt, width, height, url, mime, thumb = row
    return Media(kind, sha, alt, width, height, url, mime, thumb)


class Library:
    def __init__(self, project: Project) -> None:
        self._project = project

    def add(self, items: Iterable[Item]) -> AddResult:
        """Store items in one transaction; an item already in the project is not added again."""
        result = AddResult()
        batch = list(items)
        with self._project.transaction() as conn:
            keys = [item.dedupe_key() for item in batch]
            known = self._known_ids(conn, {key for key in keys if key is not None})
            rows: list[tuple[Any, ...]] = []
            new_items: list[Item] = []
            first_of: dict[str, Item] = {}
            repeats: list[tuple[Item, Item]] = []  # the same thing twice in one batch is stored once
            for item, key in zip(batch, keys, strict=True):
                if key is not None:
                    if key in known:
                        item.id = known[key]
                        result.existing.append(known[key])
                        continue
                    if key in first_of:
                        repeats.append((item, first_of[key]))
                        continue
                    first_of[key] = item
                rows.append(_item_row(item, key))
                new_items.append(item)
            self._insert(conn, rows, new_items)
            result.added.extend(item.id for item in new_items if item.id is not None)
            for item, first in repeats:
                item.id = first.id
                if first.id is not None:
                    result.existing.append(first.id)
        return result

    @staticmethod
    def _known_ids(conn: sqlite3.Connection, keys: set[str]) -> dict[str, int]:
        known: dict[str, int] = {}
        ordered = sorted(keys)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            known.update(conn.execute(f"SELECT dedupe_key, id FROM items WHERE dedupe_key IN ({marks})", chunk))
        return known

    @staticmethod
    def _insert(conn: sqlite3.Connection, rows: list[tuple[Any, ...]], new_items: list[Item]) -> None:
        """Insert rows known to be new in one ``executemany``; ids are consecutive because the
        transaction is the only writer (checked, with a row-by-row fallback)."""
        if not rows:
            return
        (before,) = conn.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()
        conn.executemany(f"INSERT INTO items ({ITEM_COLUMNS}) VALUES ({_PLACEHOLDERS})", rows)
        (after,) = conn.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()
        if after - before == len(rows):
            for offset, item in enumerate(new_items, start=1):
                item.id = before + offset
        else:  # never expected; ask the table rather than guess
            for item, row in zip(new_items, rows, strict=True):
                found = conn.execute("SELECT id FROM items WHERE dedupe_key IS ? ORDER BY id DESC LIMIT 1",
                                     (row[3],)).fetchone()
                item.id = found[0] if found else None
        media_rows = [
            (item.id, pos, m.type, m.sha256, m.alt, m.width, m.height, m.url, m.mime, m.thumb_sha256)
            for item in new_items
            for pos, m in enumerate(item.media)
        ]
        if media_rows:
            conn.executemany(f"INSERT INTO media ({MEDIA_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", media_rows)

    def get(self, item_id: int) -> Item | None:
        rows = self._project.query(f"SELECT id, {ITEM_COLUMNS} FROM items WHERE id = ?", (item_id,))
        if not rows:
            return None
        media = self._project.query(
            f"SELECT {MEDIA_COLUMNS} FROM media WHERE item_id = ? ORDER BY position", (item_id,)
        )
        return _item_from_row(rows[0], [_media_from_row(m) for m in media])

    def get_many(self, item_ids: Iterable[int]) -> dict[int, Item]:
        wanted = set(item_ids)
        return {item.id: item for item in self.iter_all() if item.id in wanted}

    def iter_all(self) -> Iterator[Item]:
        """Every item, by id; media read in one pass, not one query per item."""
        media: dict[int, list[Media]] = {}
        for row in self._project.query(f"SELECT {MEDIA_COLUMNS} FROM media ORDER BY item_id, position"):
            media.setdefault(row[0], []).append(_media_from_row(row))
        for row in self._project.query(f"SELECT id, {ITEM_COLUMNS} FROM items ORDER BY id"):
            yield _item_from_row(row, media.get(row[0], []))

    def count(self) -> int:
        return int(self._project.query("SELECT count(*) FROM items")[0][0])

    def update(self, item_id: int, **fields: Any) -> None:
        """Change editable fields of one item (one transaction)."""
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        if not fields:
            return
        assignments = ", ".join(f"{EDITABLE[name]} = ?" for name in fields)
        values = [int(v) if isinstance(v, bool) else v for v in fields.values()]
        with self._project.transaction() as conn:
            conn.execute(f"UPDATE items SET {assignments} WHERE id = ?", (*values, item_id))

    def set_alt(self, item_id: int, position: int, alt: str | None) -> None:
        with self._project.transaction() as conn:
            conn.execute(
                "UPDATE media SET alt = ? WHERE item_id = ? AND position = ?", (alt, item_id, position)
            )

    def remove(self, item_id: int) -> None:
        """Remove an item from the library (and from the story); its blobs stay for undo."""
        with self._project.transaction() as conn:
            conn.execute("DELETE FROM items WHERE id = ?", (item_id,))

    # -- captured addresses: a second capture of the same address is instant and offline --

    def item_for_address(self, address: str) -> int | None:
        rows = self._project.query("SELECT item_id FROM addresses WHERE address = ?", (address,))
        return int(rows[0][0]) if rows else None

    def remember_address(self, address: str, item_id: int) -> None:
        with self._project.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO addresses (address, item_id) VALUES (?, ?)", (address, item_id)
            )
