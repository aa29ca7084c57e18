"""The story: an ordered list of blocks (headings, the editor's texts, items).

Positions are kept dense (0 .. n-1), so a block's position is its index in the story.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from storyweaver.core.model import Block, BlockType, Visibility, withheld_audience
from storyweaver.errors import ProjectError

if TYPE_CHECKING:
    from storyweaver.store.project import Project

EDITABLE = {"text", "caption", "visibility"}


def _block_from_row(row: tuple[Any, ...]) -> Block:
    block_id, kind, text, item_id, visibility, caption = row
    return Block(BlockType(kind), text, item_id, Visibility(visibility), caption, block_id)


class Story:
    def __init__(self, project: Project) -> None:
        self._project = project

    def blocks(self) -> list[Block]:
        rows = self._project.query(
            "SELECT id, type, text, item_id, visibility, caption FROM blocks ORDER BY position"
        )
        try:
            return [_block_from_row(r) for r in rows]
        except (ValueError, TypeError) as exc:
            raise ProjectError("corrupt", path=str(self._project.path), reason=f"story: {exc}") from exc

    def __len__(self) -> int:
        return int(self._project.query("SELECT count(*) FROM blocks")[0][0])

    def insert(self, index: int, block: Block) -> int:
        """Insert a block before ``index`` (clamped to the story's length); return its id."""
        with self._project.transaction() as conn:
            (length,) = conn.execute("SELECT count(*) FROM blocks").fetchone()
            index = max(0, min(index, length))
            conn.execute("UPDATE blocks SET position = position + 1 WHERE position >= ?", (index,))
            cursor = conn.execute(
                "INSERT INTO blocks (id, position, type, text, item_id, visibility, caption) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                # A block given its old id (an undone removal being redone) gets it back.
                (block.id, index, block.type.value, block.text, block.item_id, block.visibility.value,
                 block.caption),
            )
            block.id = cursor.lastrowid
        return block.id  # type: ignore[return-value]

    def last_id(self) -> int:
        """The highest block id in the file (0 for an empty story)."""
        return int(self._project.query("SELECT coalesce(max(id), 0) FROM blocks")[0][0])

    def append(self, block: Block) -> int:
        return self.insert(len(self), block)

    def extend(self, blocks: list[Block]) -> None:
        """Append many blocks at once (one statement for all: a merged story of 50,000 blocks)."""
        with self._project.transaction() as conn:
            (length,) = conn.execute("SELECT count(*) FROM blocks").fetchone()
            (last,) = conn.execute("SELECT coalesce(max(id), 0) FROM blocks").fetchone()
            conn.executemany(
                "INSERT INTO blocks (id, position, type, text, item_id, visibility, caption) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(last + n, length + n - 1, b.type.value, b.text, b.item_id, b.visibility.value, b.caption)
                 for n, b in enumerate(blocks, start=1)],
            )
            for n, block in enumerate(blocks, start=1):
                block.id = last + n

    def index_of(self, block_id: int) -> int:
        rows = self._project.query("SELECT position FROM blocks WHERE id = ?", (block_id,))
        if not rows:
            raise KeyError(block_id)
        return int(rows[0][0])

    def move(self, block_id: int, index: int) -> None:
        """Move a block so that it ends up at ``index``."""
        with self._project.transaction() as conn:
            old = self.index_of(block_id)
            (length,) = conn.execute("SELECT count(*) FROM blocks").fetchone()
            index = max(0, min(index, length - 1))
            if index > old:
                conn.execute(
                    "UPDATE blocks SET position = position - 1 WHERE position > ? AND position <= ?",
                    (old, index),
                )
            elif index < old:
                conn.execute(
                    "UPDATE blocks SET position = position + 1 WHERE position >= ? AND position < ?",
                    (index, old),
                )
            conn.execute("UPDATE blocks SET position = ? WHERE id = ?", (index, block_id))

    def remove(self, block_id: int) -> Block:
        """Remove a block from the story (the item stays in the library); return it."""
        with self._project.transaction() as conn:
            old = self.index_of(block_id)
            row = conn.execute(
                "SELECT id, type, text, item_id, visibility, caption FROM blocks WHERE id = ?",
                (block_id,),
            ).fetchone()
            conn.execute("DELETE FROM blocks WHERE id = ?", (block_id,))
            conn.execute("UPDATE blocks SET position = position - 1 WHERE position > ?", (old,))
        return _block_from_row(row)

    def update(self, block_id: int, **fields: Any) -> None:
        unknown = set(fields) - EDITABLE
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        if not fields:
            return
        values = [v.value if isinstance(v, Visibility) else v for v in fields.values()]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self._project.transaction() as conn:
            conn.execute(f"UPDATE blocks SET {assignments} WHERE id = ?", (*values, block_id))

    def place_by_date(self, item_ids: Iterable[int]) -> list[int]:
        """Put items that are not yet in the story among its items, in date order.

        Each new item goes right after the last story item published no later than it,
        so it lands in the section that covers its date.  Undated items go at the end.
        Returns the new blocks' ids.
        """
        with self._project.transaction() as conn:
            in_story = {r[0] for r in conn.execute("SELECT item_id FROM blocks WHERE item_id IS NOT NULL")}
            wanted = list(dict.fromkeys(i for i in item_ids if i not in in_story))
            if not wanted:
                return []
            dates: dict[int, str | None] = {}
            starts: dict[int, Visibility] = {}  # a direct or followers-only post starts briefing-only
            for item_id, published, audience, confirmed in conn.execute(
                "SELECT id, published, json_extract(extra, '$.visibility'), "
                "json_type(extra, '$.publish_confirmed') = 'true' "
                "FROM items WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(wanted),),
            ):
                dates[item_id] = published
                starts[item_id] = Visibility.BRIEFING if withheld_audience(audience, confirmed == 1) \
                    else Visibility.PUBLIC
            rows = conn.execute(
                "SELECT b.id, i.published FROM blocks b LEFT JOIN items i ON i.id = b.item_id "
                "ORDER BY b.position"
            ).fetchall()
            order: list[tuple[str, int | None]] = [("old", r[0]) for r in rows]
            # Where each dated story item sits, for bisecting; headings/texts carry no date.
            anchors = [(r[1], pos) for pos, r in enumerate(rows) if r[1] is not None]
            anchors.sort()
            anchor_dates = [a[0] for a in anchors]
            slots: dict[int, list[int]] = {}
            for item_id in sorted(wanted, key=lambda i: (dates.get(i) is None, dates.get(i) or "", i)):
                published = dates.get(item_id)
                if published is None or not anchors:
                    slot = len(rows)
                else:
                    k = bisect.bisect_right(anchor_dates, published)
                    slot = anchors[k - 1][1] + 1 if k else anchors[0][1]
                slots.setdefault(slot, []).append(item_id)
            merged: list[tuple[str, int | None]] = []
            for pos in range(len(order) + 1):
                merged.extend(("new", i) for i in slots.get(pos, []))
                if pos < len(order):
                    merged.append(order[pos])
            conn.executemany(
                "UPDATE blocks SET position = ? WHERE id = ?",
                [(pos, ident) for pos, (kind, ident) in enumerate(merged) if kind == "old"],
            )
            new_ids: list[int] = []
            for pos, (kind, ident) in enumerate(merged):
                if kind == "new":
                    cursor = conn.execute(
                        "INSERT INTO blocks (position, type, item_id, visibility) VALUES (?, 'item', ?, ?)",
                        (pos, ident, starts[ident].value if ident in starts else Visibility.PUBLIC.value),
                    )
                    new_ids.append(cursor.lastrowid)  # type: ignore[arg-type]
        return new_ids

    def sections(self) -> dict[int, str | None]:
        """The heading text each block falls under (None before the first heading)."""
        current: str | None = None
        result: dict[int, str | None] = {}
        for block in self.blocks():
            if block.type is BlockType.HEADING:
                current = block.text
            result[block.id] = current  # type: ignore[index]
        return result
