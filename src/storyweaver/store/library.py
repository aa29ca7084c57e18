"""The library: every captured item, stored once, found by id, address or content."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
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
    "extra": "extra",
}


@dataclass(slots=True)
class AddResult:
    added: list[int] = field(default_factory=list)  # new items, in the order given
    existing: list[int] = field(default_factory=list)  # already in the project


def _item_row(item: Item) -> tuple[Any, ...]:
    author = item.author or Author()
    return (
        item.kind.value,
        item.platform.value if item.platform else None,
        item.platform_id,
        item.dedupe_key(),
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
        int(item.published_assumed_utc),
        to_stored(item.captured_at),
        item.capture_method,
        item.raw_sha256,
        item.lang,
        json.dumps(item.hashtags, ensure_ascii=False),
        item.image_url,
        item.favicon_sha256,
        json.dumps(item.extra, ensure_ascii=False, sort_keys=True),
        int(item.redacted),
        item.note,
    )


def _column_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


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

    def add(self, items: Iterable[Item], *, keep_ids: bool = False) -> AddResult:
        """Store items in one transaction; an item already in the project is not added again.

        ``keep_ids`` stores each item under its own ``id`` (redoing an undone import, so
        that later edits naming those ids still find them).
        """
        result = AddResult()
        with self._project.transaction() as conn:
            for item in items:
                row = _item_row(item)
                if keep_ids and item.id is not None:
                    cursor = conn.execute(
                        f"INSERT INTO items (id, {ITEM_COLUMNS}) VALUES (?, {_PLACEHOLDERS}) "
                        "ON CONFLICT (dedupe_key) DO NOTHING",
                        (item.id, *row),
                    )
                else:
                    cursor = conn.execute(
                        f"INSERT INTO items ({ITEM_COLUMNS}) VALUES ({_PLACEHOLDERS}) "
                        "ON CONFLICT (dedupe_key) DO NOTHING",
                        row,
                    )
                if cursor.rowcount == 0:
                    (existing,) = conn.execute(
                        "SELECT id FROM items WHERE dedupe_key = ?", (row[3],)
                    ).fetchone()
                    item.id = existing
                    result.existing.append(existing)
                    continue
                item.id = cursor.lastrowid
                result.added.append(item.id)  # type: ignore[arg-type]
                if item.media:
                    conn.executemany(
                        f"INSERT INTO media ({MEDIA_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            (item.id, pos, m.type, m.sha256, m.alt, m.width, m.height, m.url,
                             m.mime, m.thumb_sha256)
                            for pos, m in enumerate(item.media)
                        ],
                    )
        return result

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
        return {item.id: item for item in self.iter_all() if item.id in wanted}  # type: ignore[misc]

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
        values = [_column_value(v) for v in fields.values()]
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
