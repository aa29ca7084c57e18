"""A compact in-memory index of the library, for listing and filtering 50,000 items fast.

Qt-free.  One light row per item (no media bytes) read with two queries; each row keeps a
lower-cased "haystack" (text, author, handle, site, #hashtags, and the words of a page's
readable copy), so a keystroke's filter is one substring test per row, not a database query.
"""

from __future__ import annotations

import bisect
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from storyweaver.store.project import Project

FIRST_LINE = 160
READ_CACHE_KIB = 2048


@dataclass(slots=True)
class LibraryRow:
    id: int
    kind: str
    platform: str
    author: str  # the author's name, or the site for links
    handle: str
    first_line: str
    published: str  # stored ISO text ("" when unknown): sorts in time order
    haystack: str
    media_count: int = 0
    missing_alt: bool = False
    thumb_sha: str | None = None
    avatar_sha: str | None = None
    in_story: bool = False
    day: str = ""  # "YYYY-MM-DD" of ``published``

    def __post_init__(self) -> None:
        self.day = sys.intern(self.published[:10])  # one string per day, not one per row


@dataclass
class LibraryFilter:
    text: str = ""
    kinds: frozenset[str] = frozenset()  # empty: every kind
    platform: str = ""  # "": every platform
    date_from: str = ""  # "YYYY-MM-DD", inclusive
    date_to: str = ""
    in_story: bool | None = None
    has_media: bool = False
    missing_alt: bool = False

    def matches(self, row: LibraryRow) -> bool:
        if self.kinds and row.kind not in self.kinds:
            return False
        if self.platform and row.platform != self.platform:
            return False
        if self.date_from and (not row.day or row.day < self.date_from):
            return False
        if self.date_to and (not row.day or row.day > self.date_to):
            return False
        if self.in_story is not None and row.in_story != self.in_story:
            return False
        if self.has_media and not row.media_count:
            return False
        return not (self.missing_alt and not row.missing_alt)


SORTS = ("newest", "oldest", "author", "added")  # "added": id order

# Each sort's key and direction; ties keep id order, as a stable sort of the id-ordered rows does.
_SORT_KEYS: dict[str, tuple[Callable[[LibraryRow], Any], bool]] = {
    "newest": (lambda r: r.published, True),
    "oldest": (lambda r: (not r.published, r.published), False),
    "author": (lambda r: r.author.casefold(), False),
    "added": (lambda r: r.id, False),
}


def _merged(order: tuple[list[LibraryRow], list[str], list[Any]], newcomers: list[LibraryRow],
            key: Callable[[LibraryRow], Any], descending: bool) -> tuple[list[LibraryRow], list[str], list[Any]]:
    """``order`` with ``newcomers`` (higher ids than any row in it) put in their sorted places."""
    old_rows, old_hays, old_keys = order
    fresh = sorted(newcomers, key=key, reverse=descending)
    values = [key(row) for row in fresh]
    # Each newcomer goes after every row with an equal key (newcomers have the higher ids).
    # bisect wants ascending keys: a descending order is searched in its reverse (C speed).
    if descending:
        ascending = old_keys[::-1]
        places = [len(old_keys) - bisect.bisect_left(ascending, value) for value in values]
    else:
        places = [bisect.bisect_right(old_keys, value) for value in values]
    rows: list[LibraryRow] = []
    hays: list[str] = []
    keys: list[Any] = []
    start = 0
    for row, value, place in zip(fresh, values, places, strict=True):
        if place > start:
            rows += old_rows[start:place]
            hays += old_hays[start:place]
            keys += old_keys[start:place]
            start = place
        rows.append(row)
        hays.append(row.haystack)
        keys.append(value)
    rows += old_rows[start:]
    hays += old_hays[start:]
    keys += old_keys[start:]
    return rows, hays, keys


def _counted(counts: dict[str, int], rows: Iterable[LibraryRow], step: int) -> dict[str, int]:
    """``counts`` (changed in place, and returned) with each dated row's day counted ``step``."""
    for row in rows:
        if row.published:
            left = counts.get(row.day, 0) + step
            if left:
                counts[row.day] = left
            else:
                del counts[row.day]
    return counts


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line[:FIRST_LINE]


def _narrows(before: list[str], now: list[str]) -> bool:
    """Whether the words ``now`` can only keep rows that ``before`` kept (one more letter typed)."""
    return len(now) >= len(before) and all(old in new for old, new in zip(before, now, strict=False))


@dataclass
class LibraryIndex:
    rows: list[LibraryRow] = field(default_factory=list)  # in id order
    by_id: dict[int, LibraryRow] = field(default_factory=dict)
    # Per sort: the rows, their haystacks and their sort keys, in that order.
    _orders: dict[str, tuple[list[LibraryRow], list[str], list[Any]]] = field(default_factory=dict, repr=False)
    _day_counts: dict[str, int] | None = field(default=None, repr=False)
    _last: tuple[str, list[str], list[LibraryRow], list[str]] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, project: Project, *, after: int = 0, newest: int = 0,
             ids: Sequence[int] | None = None) -> LibraryIndex:
        """Index every item (or only those with an id above ``after``, or the ``newest`` few,
        enough to fill the first screen while the rest loads, or those of ``ids``)."""
        where = "id > ?"
        params: tuple[Any, ...] = (after,)
        narrow, narrow_params = "item_id > ?", params  # the media and story rows to read with them
        if newest:
            where = "id IN (SELECT id FROM items ORDER BY published DESC LIMIT ?)"
            params = (newest,)
        if ids is not None:
            where = "id IN (SELECT value FROM json_each(?))"
            params = narrow_params = (json.dumps(list(ids)),)
            narrow = "item_id IN (SELECT value FROM json_each(?))"
        media: dict[int, tuple[int, bool, str | None]] = {}
        for item_id, count, missing, thumb in project.query(
            "SELECT item_id, count(*), sum(alt IS NULL OR trim(alt) = ''), "
            "coalesce(max(CASE WHEN position = 0 THEN coalesce(thumb_sha256, sha256) END), "
            f"max(coalesce(thumb_sha256, sha256))) FROM media WHERE {narrow} GROUP BY item_id", narrow_params,
        ):
            media[item_id] = (int(count), bool(missing), thumb)
        in_story = {r[0] for r in project.query(
            f"SELECT DISTINCT item_id FROM blocks WHERE item_id IS NOT NULL AND {narrow}", narrow_params)}
        index = cls()
        rows, by_id = index.rows, index.by_id
        intern = sys.intern
        no_media = (0, False, None)
        # The words of pages' readable copies, when the project has any (a tenth of the load's
        # time at 50,000 posts, for nothing, where it has none).
        has_copies = bool(project.query("SELECT EXISTS (SELECT 1 FROM readables)")[0][0])
        copies = " || ' ' || coalesce((SELECT text FROM readables WHERE item_id = items.id), '')" if has_copies else ""
        # SQLite assembles each row's searchable text (C speed); Python only lower-cases it,
        # since SQLite's lower() knows ASCII only.
        for item_id, kind, platform, author, handle, body, published, hay, avatar in chain.from_iterable(
                project.query_batches(
            "SELECT id, kind, coalesce(platform, ''), coalesce(nullif(author_name, ''), site_name, ''), "
            "coalesce(author_handle, ''), "
            "substr(coalesce(nullif(text, ''), nullif(title, ''), description, ''), 1, 400), "
            "coalesce(published, ''), "
            "coalesce(text, '') || ' ' || coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || "
            "coalesce(author_name, '') || ' @' || coalesce(author_handle, '') || ' ' || "
            "coalesce(site_name, '') || ' ' || "
            "coalesce((SELECT group_concat('#' || value, ' ') FROM json_each(items.hashtags)), '')"
            f"{copies}, coalesce(author_avatar, favicon_sha256) FROM items WHERE {where} ORDER BY id",
            params)):  # a batch at a time: only the rows kept, not every raw one, at once
            count, missing, thumb = media.get(item_id, no_media)
            # Kinds, networks, authors and their pictures repeat from row to row (an archive is
            # one account's): one string each, not 100,000 copies of a few (tens of MiB).
            entry = LibraryRow(item_id, intern(kind), intern(platform), intern(author), intern(handle),
                               _first_line(body), published, hay.lower(), count, missing, thumb,
                               intern(avatar) if avatar else None, item_id in in_story)
            rows.append(entry)
            by_id[item_id] = entry
        return index

    @classmethod
    def read(cls, path: Path, *, after: int = 0, ids: Sequence[int] | None = None) -> LibraryIndex:
        """:meth:`load` through a read-only connection of its own (for a worker thread)."""
        from storyweaver.store.project import Project

        with Project.open(path, readonly=True) as reader:
            # Read once, front to back: a page cache would only be the peak's (and the default
            # 64 MiB filled with 50,000 rows' pages, next to the rows themselves).
            reader.query(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
            return cls.load(reader, after=after, ids=ids)

    def mark_in_story(self, item_ids: Iterable[int], value: bool) -> None:
        for item_id in item_ids:
            row = self.by_id.get(item_id)
            if row is not None:
                row.in_story = value

    def extend(self, project: Project) -> list[int]:
        """Add the rows of items stored since the index was loaded (an import); return their ids."""
        return self.merge(LibraryIndex.load(project, after=self.last_id))

    @property
    def last_id(self) -> int:
        return self.rows[-1].id if self.rows else 0

    def merge(self, fresh: LibraryIndex) -> list[int]:
        """Add the rows of ``fresh`` that this index does not have yet; return their ids."""
        added = [row for row in fresh.rows if row.id > self.last_id and row.id not in self.by_id]
        for row in added:
            self.rows.append(row)
            self.by_id[row.id] = row
        if added:
            self._last = None
            if self._day_counts is not None:
                self._day_counts = _counted(self._day_counts, added, +1)
        return [r.id for r in added]

    def without(self, item_ids: Iterable[int]) -> LibraryIndex:
        """A new index without these items (an import undone), every kept order kept.

        Like :meth:`extended`, made on a worker and swapped in; this index is only read.
        """
        gone = set(item_ids) & self.by_id.keys()
        rest = LibraryIndex(rows=[row for row in self.rows if row.id not in gone], by_id=dict(self.by_id))
        for item_id in gone:
            del rest.by_id[item_id]
        for sort, (rows, hays, keys) in list(self._orders.items()):
            if len(rows) == len(self.rows):
                keep = [row.id not in gone for row in rows]
                rest._orders[sort] = (list(compress(rows, keep)), list(compress(hays, keep)),
                                      list(compress(keys, keep)))
        rest._day_counts = _counted(self.counts_per_day(), [self.by_id[i] for i in gone], -1)
        return rest

    def prepare(self, sort: str) -> None:
        """Make and keep the ``sort`` order and the day counts now (on a worker), so showing
        this index costs the window's thread no sort of every row."""
        self._ordered(sort)
        self.counts_per_day()

    def extended(self, fresh: LibraryIndex) -> LibraryIndex:
        """A new index: these rows and those of ``fresh`` that it lacks, every kept sort order
        and the day counts already brought up to date.

        Made on a worker, then shown by swapping it in: merging a 50,000-post archive's rows
        into the kept orders took the window's thread 110 ms and more. This index is only
        read here (its rows are shared, not copied), so the window may keep showing it meanwhile.
        Captures bring newer ids, taken into the kept orders by binary search; an import redone
        brings its old ids back, and the kept orders are sorted again.
        """
        added = [row for row in fresh.rows if row.id not in self.by_id]
        newer = all(row.id > self.last_id for row in added)
        rows = self.rows + added if newer else sorted(self.rows + added, key=lambda row: row.id)
        grown = LibraryIndex(rows=rows, by_id={**self.by_id, **{row.id: row for row in added}})
        for sort, order in list(self._orders.items()):
            if len(order[0]) != len(self.rows):
                continue
            if not added:
                grown._orders[sort] = order
            elif newer:
                key, descending = _SORT_KEYS.get(sort, _SORT_KEYS["added"])
                grown._orders[sort] = _merged(order, added, key, descending)
            else:
                grown._ordered(sort)
        grown._day_counts = _counted(self.counts_per_day(), added, +1)
        return grown

    def _ordered(self, sort: str) -> tuple[list[LibraryRow], list[str]]:
        """The rows in a sort order, with their haystacks alongside (kept until the rows change).

        Rows only ever join at the end (an import), so a kept order takes in the newcomers
        by binary search: 1,500 captured posts cost the window milliseconds, not a re-sort of
        every row (70 ms and more at campaign scale while captures were still running).
        """
        key, descending = _SORT_KEYS.get(sort, _SORT_KEYS["added"])
        cached = self._orders.get(sort)
        if cached is not None and len(cached[0]) < len(self.rows):
            cached = _merged(cached, self.rows[len(cached[0]):], key, descending)
            self._orders[sort] = cached
        elif cached is None or len(cached[0]) != len(self.rows):
            rows = sorted(self.rows, key=key, reverse=descending) if sort != "added" else list(self.rows)
            cached = (rows, [r.haystack for r in rows], [key(r) for r in rows])
            self._orders[sort] = cached
        return cached[0], cached[1]

    def select(self, flt: LibraryFilter, sort: str = "newest") -> list[LibraryRow]:
        """The rows the filter keeps, sorted; every word of the text must appear.

        Rows are kept pre-sorted, so a keystroke costs one substring test per row; typing
        one more letter only searches the rows the previous keystroke kept.
        """
        rows, hays = self._ordered(sort)
        words = flt.text.lower().split()
        last = self._last
        if last is not None and last[0] == sort and words and last[1] and _narrows(last[1], words):
            rows, hays = last[2], last[3]
        for word in words:
            keep = [word in h for h in hays]
            rows = list(compress(rows, keep))
            hays = list(compress(hays, keep))
        self._last = (sort, words, rows, hays)
        plain = LibraryFilter()
        structural = (flt.kinds, flt.platform, flt.date_from, flt.date_to, flt.in_story, flt.has_media,
                      flt.missing_alt) != (plain.kinds, plain.platform, plain.date_from, plain.date_to,
                                           plain.in_story, plain.has_media, plain.missing_alt)
        return [r for r in rows if flt.matches(r)] if structural else list(rows)

    def counts_per_day(self) -> dict[str, int]:
        if self._day_counts is None:
            self._day_counts = _counted({}, self.rows, +1)
        return dict(self._day_counts)
