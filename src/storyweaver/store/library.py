"""The library: every captured item, stored once, found by id, address or content."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from storyweaver.core.model import Author, Item, ItemKind, Media, Platform
from storyweaver.core.timefmt import from_stored
from storyweaver.errors import ProjectError
from storyweaver.store.item_rows import CAPTURED, KEY, METHOD, RAW, SURROGATE, StoreRow, encode, row_of
from storyweaver.store.readables import READABLE_COLUMNS, read_copies, readable_rows
from storyweaver.store.redacted_authors import apply_to_new

if TYPE_CHECKING:
    from storyweaver.store.project import Project

ITEM_COLUMNS = (
    "kind, platform, platform_id, dedupe_key, url, title, text, description, author_name, "
    "author_handle, author_url, author_avatar, site_name, published, published_assumed_utc, "
    "captured_at, capture_method, raw_sha256, lang, hashtags, image_url, favicon_sha256, extra, "
    "redacted, note"
)
_PLACEHOLDERS = ", ".join("?" * len(ITEM_COLUMNS.split(",")))
ADD_BATCH = 5000
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
    "author_name": "author_name",  # an archive without a profile: the user names the account
    "author_handle": "author_handle",
}


@dataclass(slots=True)
class AddResult:
    added: list[int] = field(default_factory=list)  # new items, in the order given
    existing: list[int] = field(default_factory=list)  # already in the project


@dataclass(frozen=True, slots=True)
class LibraryChange:
    """What one write did to the library, announced once the file holds it (the GUI's
    ``LibraryRefresh.report``): ids added, removed, or replaced in place. ``background``
    says a background capture stored them: views may gather several such changes into one
    refresh, where a user's own action (keep, undo, redo) is shown at once. ``whole`` says
    the file's content was put back whole (a merge undone or redone): any item may have
    changed, so views read the library again; the ids still name what came and went."""

    added: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    replaced: tuple[int, ...] = ()
    background: bool = False
    whole: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.replaced or self.whole)


@dataclass(slots=True)
class Prepared:
    """Items as the store writes them, in batches (see :meth:`Library.prepare`)."""

    batches: list[list[StoreRow]]


def _without_surrogates(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Replace lone surrogates with U+FFFD."""
    return tuple(SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for v in row)


# Parameters per INSERT statement (SQLite allows 32,766 since 3.32; 999 before).
_PARAMETERS_PER_STATEMENT = 900


def _insert_rows(conn: sqlite3.Connection, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` in order, several per statement, and only when SQLite refuses a lone
    surrogate (a tweet cut in the middle of an emoji), again with them replaced.

    Several rows per statement because Python's sqlite3 gives the interpreter lock back after
    each statement it runs: row by row, 1,500 posts took 14 ms alone but 2.5-3.4 s while two
    other threads ran Python (each row waited for its turn), and the editor's edits waited
    for that.  Forty rows per statement: the same 14 ms alone, 150-220 ms in that contention.
    """
    if not rows:
        return
    conn.execute("SAVEPOINT rows")
    try:
        try:
            _insert_grouped(conn, table, columns, rows)
        except UnicodeEncodeError:
            conn.execute("ROLLBACK TO rows")
            _insert_grouped(conn, table, columns, [_without_surrogates(row) for row in rows])
    except BaseException:
        with contextlib.suppress(sqlite3.Error):  # else the caller's transaction rolls back all
            conn.execute("ROLLBACK TO rows")  # none of these rows stays, even a failed statement's first ones
        raise
    finally:
        conn.execute("RELEASE rows")


def _insert_grouped(conn: sqlite3.Connection, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
    names = [name.strip() for name in columns.split(",")]
    empty = _null_by_default(conn, table)
    # A column None in every row is left out, to be NULL by default: Python's sqlite3 binds
    # None through its adapter lookup, and at 50,000 posts with seven empty columns each that
    # was 0.14 s of the 0.36 s SQLite took.
    keep = [i for i, name in enumerate(names) if name not in empty or _any_set(rows, i)]
    if 1 < len(keep) < len(names):
        pick = itemgetter(*keep)
        rows = list(map(pick, rows))
        columns = ", ".join(names[i] for i in keep)
    width = len(rows[0])
    # OR FAIL: a statement that breaks a constraint stops there without undoing its own first
    # rows (the savepoint of _insert_rows undoes them all). With the default (ABORT) SQLite
    # copied, before each statement, every page it would touch to a statement journal, which
    # spilled to a temporary file: 18,600 writes of 16 KiB for 50,000 rows, 0.05-0.09 s.
    verb = f"INSERT OR FAIL INTO {table} ({columns}) VALUES "
    per = max(1, _PARAMETERS_PER_STATEMENT // width)
    one = "(" + ", ".join("?" * width) + ")"
    whole = len(rows) - len(rows) % per
    if whole:
        sql = verb + ", ".join([one] * per)
        conn.executemany(sql, (list(chain.from_iterable(rows[start:start + per])) for start in range(0, whole, per)))
    if whole < len(rows):
        rest = rows[whole:]
        sql = verb + ", ".join([one] * len(rest))
        conn.execute(sql, list(chain.from_iterable(rest)))


def _any_set(rows: list[tuple[Any, ...]], column: int) -> bool:
    """Whether any row has a value in ``column``: the first row mostly tells; else the column is
    gathered and its Nones counted in C (a Python loop over 50,000 rows x seven columns took 0.05 s)."""
    if rows[0][column] is not None:
        return True
    values = list(map(itemgetter(column), rows))
    return values.count(None) != len(values)


# Per table, the columns whose value when left out is NULL (nullable, no DEFAULT, not the key):
# binding None to them or leaving them out stores the same row.
_NULL_WHEN_LEFT_OUT: dict[str, frozenset[str]] = {}


def _null_by_default(conn: sqlite3.Connection, table: str) -> frozenset[str]:
    known = _NULL_WHEN_LEFT_OUT.get(table)
    if known is None:
        described = conn.execute(f"PRAGMA table_info({table})").fetchall()
        known = frozenset(name for _cid, name, _type, not_null, default, key in described
                          if not not_null and default is None and not key)
        _NULL_WHEN_LEFT_OUT[table] = known
    return known


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
        hashtags=json.loads(hashtags) if hashtags != "[]" else [],
        image_url=image_url,
        favicon_sha256=favicon_sha256,
        media=media,
        extra=json.loads(extra) if extra != "{}" else {},
        redacted=bool(redacted),
        note=note,
    )


def _media_from_row(row: tuple[Any, ...]) -> Media:
    _item, _pos, kind, sha, alt, width, height, url, mime, thumb = row
    return Media(kind, sha, alt, width, height, url, mime, thumb)


def _add_provenances(conn: sqlite3.Connection, also: list[tuple[int, str, str, str | None]]) -> None:
    """Record on a stored item each other way it was captured (an address, then an archive):
    ``extra["also_captured"]`` lists method, capture time and raw payload, once per method."""
    for item_id, method, captured_at, raw in also:
        (stored,) = conn.execute("SELECT extra FROM items WHERE id = ?", (item_id,)).fetchone()
        extra = json.loads(stored or "{}")
        seen = extra.setdefault("also_captured", [])
        if any(entry.get("method") == method for entry in seen):
            continue
        seen.append({"method": method, "captured_at": captured_at, "raw_sha256": raw})
        conn.execute("UPDATE items SET extra = ? WHERE id = ?", (json.dumps(extra, ensure_ascii=False), item_id))


class Library:
    def __init__(self, project: Project) -> None:
        self._project = project

    def add(self, items: Iterable[Item], *, keep_ids: bool = False) -> AddResult:
        """Store items in one transaction; an item already in the project is not added again.

        Rows go in with ``executemany`` in batches (one Python-to-SQLite call per batch, not
        per item), which is what lets a 50,000-post archive import in seconds.
        ``keep_ids`` stores each item under its own ``id`` (the editor redoing an undone
        import, so that later edits naming those ids still find them).
        """
        if keep_ids:
            return self._restore(list(items), AddResult())
        return self.add_prepared(self.prepare(items))

    @staticmethod
    def prepare(items: Iterable[Item | StoreRow]) -> Prepared:
        """Make the rows of ``items`` (Python work) before the write lock is taken, so that
        the lock is held for SQLite's own work only and an edit typed meanwhile waits less;
        an item given as its row already (see ``store.item_rows``) is taken as it is."""
        made = [row_of(item) if isinstance(item, Item) else item for item in items]
        return Prepared([made[start:start + ADD_BATCH] for start in range(0, len(made), ADD_BATCH)])

    def add_prepared(self, prepared: Prepared) -> AddResult:
        """Store prepared items in one transaction (see :meth:`add`)."""
        result = AddResult()
        with self._project.transaction() as conn:
            for batch in prepared.batches:
                self._add_batch(conn, batch, result)
        return result

    def _add_batch(self, conn: sqlite3.Connection, batch: list[StoreRow], result: AddResult) -> None:
        keys = [key for entry in batch if (key := entry[0][KEY]) is not None]
        found = conn.execute(
            "SELECT dedupe_key, id, capture_method FROM items WHERE dedupe_key IN (SELECT value FROM json_each(?))",
            (json.dumps(keys),),
        ).fetchall() if keys else []
        known: dict[str, int] = {key: item_id for key, item_id, _method in found}
        methods = {key: method for key, _id, method in found}
        # New rows in the order given (so ids follow capture order); a thing already stored,
        # or given twice in this batch, points at the one stored row.
        fresh: list[StoreRow] = []
        first_of: dict[str, int] = {}  # key -> its place among the fresh rows (its id is before + place)
        repeats: list[tuple[Item | None, int]] = []
        also: list[tuple[int, str, str, str | None]] = []
        for entry in batch:
            row = entry[0]
            key = row[KEY]
            if key is not None and key in known:
                item_id = known[key]
                if entry[3] is not None:
                    entry[3].id = item_id
                result.existing.append(item_id)
                if row[METHOD] != methods[key]:  # the same thing reached another way: keep that provenance too
                    also.append((item_id, row[METHOD], row[CAPTURED], row[RAW]))
            elif key is not None and key in first_of:
                repeats.append((entry[3], first_of[key]))
            else:
                if key is not None:
                    first_of[key] = len(fresh) + 1
                fresh.append(entry)
        before = 0
        if fresh:
            (before,) = conn.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()
            _insert_rows(conn, "items", ITEM_COLUMNS, [entry[0] for entry in fresh])
            (after,) = conn.execute("SELECT coalesce(max(id), 0) FROM items").fetchone()
            if after - before != len(fresh):  # pragma: no cover - rowids are max+1 inside one transaction
                raise ProjectError("unwritable", path=str(self._project.path), reason="item ids out of sequence")
            result.added.extend(range(before + 1, after + 1))
            redacted = apply_to_new(conn, before + 1)  # an author redacted as a person stays redacted
            for item_id, (_row, _media, _copy, item) in enumerate(fresh, start=before + 1):
                if item is not None:
                    item.id = item_id
                    item.redacted = item.redacted or item_id in redacted
        for item, place in repeats:
            if item is not None:
                item.id = before + place
            result.existing.append(before + place)
        if also:
            _add_provenances(conn, also)
        media_rows = [
            (item_id, pos, m.type, m.sha256, m.alt, m.width, m.height, m.url, m.mime, m.thumb_sha256)
            for item_id, (_row, media, _copy, _item) in enumerate(fresh, start=before + 1)
            for pos, m in enumerate(media)
        ]
        if media_rows:
            _insert_rows(conn, "media", MEDIA_COLUMNS, media_rows)
        copies = [(item_id, copy) for item_id, (_r, _m, copy, _i) in enumerate(fresh, start=before + 1) if copy]
        if copies:
            _insert_rows(conn, "readables", READABLE_COLUMNS, readable_rows(copies))

    def get(self, item_id: int) -> Item | None:
        rows = self._project.query(f"SELECT id, {ITEM_COLUMNS} FROM items WHERE id = ?", (item_id,))
        if not rows:
            return None
        media = self._project.query(
            f"SELECT {MEDIA_COLUMNS} FROM media WHERE item_id = ? ORDER BY position", (item_id,)
        )
        item = self._decode(rows[0], [_media_from_row(m) for m in media])
        item.readable = read_copies(self._project, "WHERE item_id = ?", (item_id,)).get(item_id)
        return item

    def get_many(self, item_ids: Iterable[int]) -> dict[int, Item]:
        """The items with these ids (missing ids are left out), in two queries."""
        wanted = json.dumps(sorted(set(item_ids)))
        selection = "WHERE id IN (SELECT value FROM json_each(?))"
        media_selection = "WHERE item_id IN (SELECT value FROM json_each(?))"
        return {item.id: item for item in self._select(selection, media_selection, (wanted,))}  # type: ignore[misc]

    def iter_all(self) -> Iterator[Item]:
        """Every item, by id; media read in one pass, not one query per item."""
        yield from self._select("", "", ())

    def _select(self, where: str, media_where: str, params: tuple[Any, ...]) -> Iterator[Item]:
        media: dict[int, list[Media]] = {}
        for row in self._project.query(
            f"SELECT {MEDIA_COLUMNS} FROM media {media_where} ORDER BY item_id, position", params
        ):
            media.setdefault(row[0], []).append(_media_from_row(row))
        copies = read_copies(self._project, media_where, params)
        for row in self._project.query(f"SELECT id, {ITEM_COLUMNS} FROM items {where} ORDER BY id", params):
            item = self._decode(row, media.get(row[0], []))
            item.readable = copies.get(row[0])
            yield item


    def _decode(self, row: tuple[Any, ...], media: list[Media]) -> Item:
        # A damaged or hand-edited file can hold any bytes in any column: say which item.
        try:
            return _item_from_row(row, media)
        except (ValueError, TypeError, AttributeError) as exc:
            raise ProjectError(
                "corrupt", path=str(self._project.path), reason=f"item {row[0]}: {type(exc).__name__}"
            ) from exc

    def count(self) -> int:
        return int(self._project.query("SELECT count(*) FROM items")[0][0])

    def _restore(self, items: list[Item], result: AddResult) -> AddResult:
        """Put items back under their own ids (redo of an import); ids taken meanwhile stay as they are."""
        fresh = [item for item in items if item.id is None]
        kept = [item for item in items if item.id is not None]
        with self._project.transaction() as conn:
            if fresh:
                self._add_batch(conn, [row_of(item) for item in fresh], result)
            taken = {row[0] for row in conn.execute(
                "SELECT id FROM items WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps([item.id for item in kept]),),
            )} if kept else set()
            back = [item for item in kept if item.id not in taken]
            result.existing.extend(item.id for item in kept if item.id in taken)  # type: ignore[misc]
            _insert_rows(conn, "items", f"id, {ITEM_COLUMNS}", [(item.id, *row_of(item)[0]) for item in back])
            _insert_rows(conn, "media", MEDIA_COLUMNS, [
                (item.id, pos, m.type, m.sha256, m.alt, m.width, m.height, m.url, m.mime, m.thumb_sha256)
                for item in back for pos, m in enumerate(item.media)
            ])
            _insert_rows(conn, "readables", READABLE_COLUMNS,
                         readable_rows([(item.id, item.readable) for item in back if item.readable]))  # type: ignore[misc]
            result.added.extend(item.id for item in back)  # type: ignore[misc]
        return result

    def update(self, item_id: int, **fields: Any) -> None:
        """Change editable fields of one item (one transaction)."""
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        if not fields:
            return
        assignments = ", ".join(f"{EDITABLE[name]} = ?" for name in fields)
        values = [int(v) if isinstance(v, bool) else encode(v) if isinstance(v, dict) else v
                  for v in fields.values()]
        with self._project.transaction() as conn:
            conn.execute(f"UPDATE items SET {assignments} WHERE id = ?", (*values, item_id))

    def set_alt(self, item_id: int, position: int, alt: str | None) -> None:
        with self._project.transaction() as conn:
            conn.execute(
                "UPDATE media SET alt = ? WHERE item_id = ? AND position = ?", (alt, item_id, position)
            )

    def set_media_bytes(self, item_id: int, position: int, sha256: str, mime: str) -> None:
        """A media kept by address only now has its bytes (already stored with ``put_blob``)."""
        with self._project.transaction() as conn:
            conn.execute("UPDATE media SET sha256 = ?, mime = ? WHERE item_id = ? AND position = ?",
                         (sha256, mime, item_id, position))

    def remove(self, item_id: int) -> None:
        """Remove an item from the library (and from the story); its blobs stay for undo."""
        self.remove_many([item_id])

    def remove_many(self, item_ids: Iterable[int]) -> None:
        """Remove items (and their story blocks) in one statement; their blobs stay for undo."""
        with self._project.transaction() as conn:
            conn.execute("DELETE FROM items WHERE id IN (SELECT value FROM json_each(?))",
                         (json.dumps(list(item_ids)),))

    _STASHED = (("items", "id"), ("media", "item_id"), ("addresses", "item_id"), ("readables", "item_id"))

    def stash_many(self, item_ids: Iterable[int], name: str) -> None:
        """Take items out of the library (an import undone) into temporary tables of this
        connection, with their media and remembered addresses, for :meth:`unstash` to put back
        exactly, ids included. Nothing goes through Python objects: 50,000 posts were once
        read back as items for a redo, 1.6 s and 430 MiB held for as long as it could come."""
        if not name.isidentifier():
            raise ValueError(f"not a table name: {name!r}")
        ids = json.dumps(list(item_ids))
        with self._project.transaction() as conn:
            for table, column in self._STASHED:
                conn.execute(f"DROP TABLE IF EXISTS temp.{name}_{table}")
                conn.execute(f"CREATE TEMP TABLE {name}_{table} AS SELECT * FROM main.{table} "
                             f"WHERE {column} IN (SELECT value FROM json_each(?))", (ids,))
            conn.execute("DELETE FROM main.items WHERE id IN (SELECT value FROM json_each(?))", (ids,))

    def unstash(self, name: str) -> list[int]:
        """Put back what :meth:`stash_many` took out under ``name`` (same ids, media and
        addresses); return the ids put back. An item whose id or whose post a capture took
        meanwhile stays out: that capture's item is the one kept."""
        if not name.isidentifier():
            raise ValueError(f"not a table name: {name!r}")
        with self._project.transaction() as conn:
            conn.execute(f"DROP TABLE IF EXISTS temp.{name}_back")
            conn.execute(
                f"CREATE TEMP TABLE {name}_back AS SELECT id FROM temp.{name}_items AS s "
                "WHERE NOT EXISTS (SELECT 1 FROM main.items AS m WHERE m.id = s.id) "
                "AND NOT EXISTS (SELECT 1 FROM main.items AS m WHERE m.dedupe_key = s.dedupe_key)")
            back = f"(SELECT id FROM temp.{name}_back)"
            for table, column in self._STASHED:
                conn.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM temp.{name}_{table} "
                             f"WHERE {column} IN {back}")
            restored = [int(r[0]) for r in conn.execute(f"SELECT id FROM temp.{name}_back ORDER BY id")]
            for table in (*(t for t, _c in self._STASHED), "back"):
                conn.execute(f"DROP TABLE temp.{name}_{table}")
        return restored

    # -- captured addresses: a second capture of the same address is instant and offline --

    def item_for_address(self, address: str) -> int | None:
        rows = self._project.query("SELECT item_id FROM addresses WHERE address = ?", (address,))
        return int(rows[0][0]) if rows else None

    def remember_address(self, address: str, item_id: int) -> None:
        with self._project.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO addresses (address, item_id) VALUES (?, ?)", (address, item_id)
            )

    def raise_marks(self, changes: Iterable[tuple[int, dict[str, Any], bool]]) -> None:
        """Set many items' ``extra`` and redact those asked (never un-redact), in one statement:
        a merge of 50,000 known items gives each its new provenance at once."""
        with self._project.transaction() as conn:
            conn.executemany("UPDATE items SET extra = ?, redacted = max(redacted, ?) WHERE id = ?",
                             [(encode(extra), int(redact), item_id) for item_id, extra, redact in changes])
