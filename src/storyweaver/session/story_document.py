"""The open story as an evented list of blocks over the store (Qt-free).

Every change is made in memory and announced to listeners at once (the Qt model turns
announcements into begin/end calls), and handed to ``writer``, which writes each change as
one transaction in the order made: at once (:class:`ImmediateWriter`) or, in the editor, on
a thread of its own (:class:`~storyweaver.store.edit_writer.EditWriter`) so the window
never waits for an import's write lock.  Undo commands call these methods; nothing else
changes the story.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from storyweaver.core.model import Block, BlockType, Item
from storyweaver.store.edit_writer import ImmediateWriter

if TYPE_CHECKING:
    from storyweaver.store.project import Project


class Writer(Protocol):
    """Where the document's changes go: :class:`ImmediateWriter` or an ``EditWriter``."""

    committed: int

    @property
    def pending(self) -> int: ...

    def submit(self, apply: Callable[[Project], Any], then: Callable[[Any], None] | None = None) -> None: ...

    def flush(self, timeout: float | None = None) -> bool: ...

    def resume(self) -> None: ...

    def close(self) -> None: ...


@dataclass
class StoryListener:
    inserted: Callable[[int, int], None] = lambda index, count: None
    about_to_insert: Callable[[int, int], None] = lambda index, count: None
    about_to_remove: Callable[[int, int], None] = lambda index, count: None
    removed: Callable[[int, int], None] = lambda index, count: None
    about_to_move: Callable[[int, int], None] = lambda source, target: None
    moved: Callable[[int, int], None] = lambda source, target: None
    changed: Callable[[int], None] = lambda index: None
    about_to_reset: Callable[[], None] = lambda: None
    reset: Callable[[], None] = lambda: None
    items_changed: Callable[[list[int]], None] = lambda item_ids: None


@dataclass
class StoryDocument:
    project: Project
    blocks: list[Block] = field(default_factory=list)
    items: dict[int, Item] = field(default_factory=dict)
    listeners: list[StoryListener] = field(default_factory=list)
    # Told, in one sentence, when an edit could not be written (the window shows it).
    on_failure: Callable[[str], None] = lambda message: None
    writer: Writer = field(init=False)
    _last_block_id: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self.writer = ImmediateWriter(self.project)

    @classmethod
    def load(cls, project: Project) -> StoryDocument:
        doc = cls(project)
        doc.blocks = project.story.blocks()
        doc._last_block_id = project.story.last_id()
        doc._fetch_items(b.item_id for b in doc.blocks if b.item_id is not None)
        return doc

    def failed(self, message: str) -> None:
        """An edit could not be written: say so, and show what the file really holds."""
        self.on_failure(message)
        self.reload()

    def reload(self) -> None:
        for listener in self.listeners:
            listener.about_to_reset()
        self.blocks = self.project.story.blocks()
        self._last_block_id = max(self._last_block_id, self.project.story.last_id())
        self.items.clear()
        self._fetch_items(b.item_id for b in self.blocks if b.item_id is not None)
        for listener in self.listeners:
            listener.reset()

    def _fetch_items(self, item_ids: Iterable[int]) -> None:
        for item_id in item_ids:
            if item_id not in self.items:
                item = self.project.library.get(item_id)
                if item is not None:
                    self.items[item_id] = item

    # -- reading -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.blocks)

    def item_of(self, block: Block) -> Item | None:
        return self.items.get(block.item_id) if block.item_id is not None else None

    def index_of(self, block_id: int) -> int:
        for index, block in enumerate(self.blocks):
            if block.id == block_id:
                return index
        raise KeyError(block_id)

    def item_ids(self) -> set[int]:
        return {b.item_id for b in self.blocks if b.item_id is not None}

    def day_of(self, index: int) -> str:
        block = self.blocks[index]
        item = self.item_of(block)
        return item.published.date().isoformat() if item is not None and item.published else ""

    def section_of(self, index: int) -> int | None:
        """Index of the heading ``index`` falls under (None before the first heading)."""
        for position in range(min(index, len(self.blocks) - 1), -1, -1):
            if self.blocks[position].type is BlockType.HEADING:
                return position
        return None

    def section_range(self, index: int) -> range:
        """The blocks of the section holding ``index``, heading excluded."""
        head = self.section_of(index)
        start = 0 if head is None else head + 1
        end = start
        while end < len(self.blocks) and self.blocks[end].type is not BlockType.HEADING:
            end += 1
        return range(start, end)

    # -- changing (shown and announced at once, then written in order by the writer) -----------

    def _new_block_id(self) -> int:
        # Ids are given here, not by the store, because the write comes later; they only
        # grow, so a block removed and brought back by undo never meets a newcomer's id.
        self._last_block_id += 1
        return self._last_block_id

    def insert(self, index: int, blocks: Sequence[Block]) -> list[Block]:
        index = max(0, min(index, len(self.blocks)))
        placed = [replace(b) for b in blocks]
        for block in placed:
            if block.id is None:
                block.id = self._new_block_id()
        written = [replace(b) for b in placed]

        def write(project: Project) -> None:
            for offset, block in enumerate(written):
                project.story.insert(index + offset, block)

        self.writer.submit(write)
        self._fetch_items(b.item_id for b in placed if b.item_id is not None)
        for listener in self.listeners:
            listener.about_to_insert(index, len(placed))
        self.blocks[index:index] = placed
        for listener in self.listeners:
            listener.inserted(index, len(placed))
        return placed

    def remove(self, index: int, count: int = 1) -> list[Block]:
        doomed = self.blocks[index:index + count]
        ids = [b.id for b in doomed]

        def write(project: Project) -> None:
            for block_id in ids:
                project.story.remove(block_id)  # type: ignore[arg-type]

        self.writer.submit(write)
        for listener in self.listeners:
            listener.about_to_remove(index, count)
        del self.blocks[index:index + count]
        for listener in self.listeners:
            listener.removed(index, count)
        return [replace(b) for b in doomed]

    def move(self, source: int, target: int) -> None:
        """Move the block at ``source`` so that it ends up at index ``target``."""
        if source == target:
            return
        block_id = self.blocks[source].id
        self.writer.submit(lambda project: project.story.move(block_id, target))  # type: ignore[arg-type]
        for listener in self.listeners:
            listener.about_to_move(source, target)
        block = self.blocks.pop(source)
        self.blocks.insert(target, block)
        for listener in self.listeners:
            listener.moved(source, target)

    def reorder(self, order: Sequence[int]) -> None:
        """Put the blocks in the order of ``order`` (block ids), in one transaction."""
        moves: list[tuple[int, int]] = []
        for target, block_id in enumerate(order):
            source = self.index_of(block_id)
            if source != target:
                moves.append((block_id, target))
                self.blocks.insert(target, self.blocks.pop(source))

        def write(project: Project) -> None:
            for block_id, target in moves:
                project.story.move(block_id, target)

        self.writer.submit(write)
        for listener in self.listeners:
            listener.about_to_reset()
        for listener in self.listeners:
            listener.reset()

    def update_block(self, index: int, **fields: Any) -> None:
        block = self.blocks[index]
        block_id, values = block.id, dict(fields)
        self.writer.submit(lambda project: project.story.update(block_id, **values))  # type: ignore[arg-type]
        for name, value in fields.items():
            setattr(block, name, value)
        for listener in self.listeners:
            listener.changed(index)

    def update_item(self, item_id: int, **fields: Any) -> None:
        """Change an item's editable fields (note, redaction, extra ...); ``alt`` sets the first image's."""
        alt = fields.pop("alt", ...)
        values = dict(fields)

        def write(project: Project) -> None:
            if values:
                project.library.update(item_id, **values)
            if alt is not ...:
                project.library.set_alt(item_id, 0, alt)

        self.writer.submit(write)
        # Kept even when the item is not in the story: until the write is committed, the file
        # still holds the old values, and the inspector must not show them.
        self._fetch_items([item_id])
        item = self.items.get(item_id)
        if item is not None:
            for name, value in fields.items():
                setattr(item, name, value)
            if alt is not ... and item.media:
                item.media[0].alt = alt
        self._announce_items([item_id])

    def item(self, item_id: int) -> Item | None:
        """An item as the user last made it (edits not yet written included)."""
        cached = self.items.get(item_id)
        return cached if cached is not None else self.project.library.get(item_id)

    def forget_items(self, item_ids: Iterable[int]) -> None:
        """Items taken out of the library (an import undone): no longer shown from memory."""
        for item_id in item_ids:
            self.items.pop(item_id, None)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every edit made so far is in the file."""
        return self.writer.flush(timeout)

    def items_edited(self, item_ids: list[int]) -> None:
        """Items in :attr:`items` changed in memory (an edit of many posts at once): show them again."""
        self._announce_items(item_ids)

    def _announce_items(self, item_ids: list[int]) -> None:
        wanted = set(item_ids)
        for index, block in enumerate(self.blocks):
            if block.item_id in wanted:
                for listener in self.listeners:
                    listener.changed(index)
        for listener in self.listeners:
            listener.items_changed(item_ids)
