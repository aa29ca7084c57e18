"""Undo as small reversible edits: one command class per kind of story edit.

Each command changes the story only through :class:`StoryDocument`, which shows the change
at once and has its writer write it; undo writes the inverse.  Blocks keep their ids through undo/redo so
later commands that name them stay valid.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from storyweaver.core.model import Block, Item
from storyweaver.errors import StoryWeaverError
from storyweaver.session.story_document import StoryDocument
from storyweaver.store.library import LibraryChange


class StoryCommand(QUndoCommand):
    """A story edit whose failure to write (a locked or vanished file) is reported, not
    raised into Qt: the command is dropped from the stack and the views show the file's truth."""

    _doc: StoryDocument

    def redo(self) -> None:
        try:
            self._redo()
        except (StoryWeaverError, sqlite3.Error) as exc:
            self.setObsolete(True)
            self._doc.failed(str(exc))

    def undo(self) -> None:
        try:
            self._undo()
        except (StoryWeaverError, sqlite3.Error) as exc:
            self._doc.failed(str(exc))

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class InsertBlocks(StoryCommand):
    def __init__(self, doc: StoryDocument, index: int, blocks: Sequence[Block], label: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(label, parent)
        self._doc = doc
        self._index = index
        self._blocks = [replace(b) for b in blocks]
        self.placed: list[Block] = []

    def _redo(self) -> None:
        self.placed = self._doc.insert(self._index, self._blocks)
        # Remember the ids the store gave, so a later redo restores the very same blocks.
        self._blocks = [replace(b) for b in self.placed]
        self._index = self._doc.index_of(self.placed[0].id) if self.placed else self._index  # type: ignore[arg-type]

    def _undo(self) -> None:
        self._doc.remove(self._index, len(self._blocks))


class RemoveBlocks(StoryCommand):
    """Remove blocks (given by id) from the story; their items stay in the library."""

    def __init__(self, doc: StoryDocument, block_ids: Sequence[int], label: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(label, parent)
        self._doc = doc
        self._ids = list(block_ids)
        self._removed: list[tuple[int, Block]] = []

    def _redo(self) -> None:
        positions = sorted((self._doc.index_of(i) for i in self._ids), reverse=True)
        self._removed = []
        for position in positions:
            (block,) = self._doc.remove(position)
            self._removed.append((position, block))

    def _undo(self) -> None:
        for position, block in reversed(self._removed):
            self._doc.insert(position, [block])


class MoveBlock(StoryCommand):
    def __init__(self, doc: StoryDocument, block_id: int, target: int, label: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(label, parent)
        self._doc = doc
        self._id = block_id
        self._target = target
        self._source = doc.index_of(block_id)

    def _redo(self) -> None:
        self._doc.move(self._doc.index_of(self._id), self._target)

    def _undo(self) -> None:
        self._doc.move(self._doc.index_of(self._id), self._source)


class Reorder(StoryCommand):
    """Put blocks in a new order (sort a section by time, a drag of many blocks)."""

    def __init__(self, doc: StoryDocument, new_order: Sequence[int], label: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(label, parent)
        self._doc = doc
        self._old = [b.id for b in doc.blocks]
        self._new = list(new_order)

    def _redo(self) -> None:
        self._doc.reorder(self._new)

    def _undo(self) -> None:
        self._doc.reorder(self._old)  # type: ignore[arg-type]


class EditBlock(StoryCommand):
    """Change a block's text, caption or visibility."""

    def __init__(self, doc: StoryDocument, block_id: int, label: str, parent: QUndoCommand | None = None,
                 **fields: Any) -> None:
        super().__init__(label, parent)
        self._doc = doc
        self._id = block_id
        block = doc.blocks[doc.index_of(block_id)]
        self._new = fields
        self._old = {name: getattr(block, name) for name in fields}

    def _redo(self) -> None:
        self._doc.update_block(self._doc.index_of(self._id), **self._new)

    def _undo(self) -> None:
        self._doc.update_block(self._doc.index_of(self._id), **self._old)


class EditItem(StoryCommand):
    """Change an item's note, alt text, tags or redaction."""

    def __init__(self, doc: StoryDocument, item: Item, label: str, parent: QUndoCommand | None = None,
                 **fields: Any) -> None:
        super().__init__(label, parent)
        self._doc = doc
        self._id: int = item.id  # type: ignore[assignment]
        self._new = fields
        self._old = {name: _item_value(item, name) for name in fields}

    def _redo(self) -> None:
        self._doc.update_item(self._id, **dict(self._new))

    def _undo(self) -> None:
        self._doc.update_item(self._id, **dict(self._old))


def _item_value(item: Item, name: str) -> Any:
    if name == "alt":
        return item.media[0].alt if item.media else None
    value = getattr(item, name)
    return dict(value) if isinstance(value, dict) else value


_stashes = itertools.count(1)


class ImportItems(StoryCommand):
    """Items a background capture added: already stored when pushed; undo takes them out again.

    Both directions are written by the document's writer, off the window's thread. Undo
    moves the items into temporary tables of the writer's connection (``Library.stash_many``)
    and redo moves them back: no Python copy of 50,000 posts is read or kept.
    ``on_change(LibraryChange)`` is told once the file holds the change.
    """

    def __init__(self, doc: StoryDocument, item_ids: Sequence[int], label: str,
                 on_change: Callable[[LibraryChange], None], parent: QUndoCommand | None = None) -> None:
        super().__init__(label, parent)
        self._doc = doc
        self._ids = list(item_ids)
        self._stash = f"undone_import_{next(_stashes)}"
        self._on_change = on_change
        self._first = True

    def _redo(self) -> None:
        if self._first:
            self._first = False
            return
        stash = self._stash
        self._doc.writer.submit(lambda project: project.library.unstash(stash),
                                then=lambda restored: self._on_change(LibraryChange(added=tuple(restored))))

    def _undo(self) -> None:
        stash, ids = self._stash, self._ids
        self._doc.forget_items(ids)
        self._doc.writer.submit(lambda project: project.library.stash_many(ids, stash),
                                then=lambda _result: self._on_change(LibraryChange(removed=tuple(ids))))
