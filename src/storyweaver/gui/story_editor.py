"""The story's edits as the user sees them: each one pushed on the undo stack as a command."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from storyweaver.core.model import PRIVATE_AUDIENCES, Block, BlockType, Item, Visibility, placed_visibility
from storyweaver.gui import undo
from storyweaver.session.story_document import StoryDocument


class StoryEditor(QObject):
    """Turns user intentions (add, remove, move, edit) into undoable commands."""

    # item ids whose "in story" status may have changed
    story_items_changed = Signal(list)

    def __init__(self, doc: StoryDocument, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.stack = stack
        self._known = doc.item_ids()
        self._sources: dict[str, tuple[str, int]] = {}  # an undo name shown -> what it translates
        stack.indexChanged.connect(self._stack_moved)  # a bound slot: disconnected when we go

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Qt's tr, remembering what each name was translated from (see :meth:`retranslate`)."""
        text = super().tr(source, disambiguation, n)
        self._sources[text] = (source, n)
        return text

    def retranslate(self) -> None:
        """Name the commands already on the stack in the language just chosen: they were
        named when pushed, and "Annuler Move up" mixed two languages."""
        for position in range(self.stack.count()):
            command = self.stack.command(position)
            known = self._sources.get(command.text()) if command is not None else None
            if command is not None and known is not None:
                command.setText(self.tr(known[0], None, known[1]))

    def _stack_moved(self, _index: int) -> None:
        changed = self._last_items()
        if changed:
            self.story_items_changed.emit(sorted(changed))

    def _last_items(self) -> set[int]:
        now = self.doc.item_ids()
        changed = now ^ self._known
        self._known = now
        return changed

    # -- adding ---------------------------------------------------------------------------------

    def add_items(self, item_ids: Sequence[int], row: int) -> None:
        """Put library items into the story at ``row`` (items already in it are skipped)."""
        present = self.doc.item_ids()
        wanted = [i for i in dict.fromkeys(item_ids) if i not in present]
        if not wanted:
            return
        # A direct or followers-only post starts briefing-only (core.model.placed_visibility).
        known = {i: self.doc.items[i] for i in wanted if i in self.doc.items}
        known.update(self.doc.project.library.get_many([i for i in wanted if i not in known]))
        blocks = [Block(BlockType.ITEM, item_id=i, visibility=placed_visibility(known.get(i))) for i in wanted]
        text = self.tr("Add %Ln item(s) to the story", "", len(blocks))
        self.stack.push(undo.InsertBlocks(self.doc, row, blocks, text))

    def add_heading(self, row: int, text: str) -> None:
        self.stack.push(undo.InsertBlocks(self.doc, row, [Block(BlockType.HEADING, text=text)],
                                          self.tr("Add a section")))

    def add_text(self, row: int, text: str) -> None:
        self.stack.push(undo.InsertBlocks(self.doc, row, [Block(BlockType.TEXT, text=text)], self.tr("Add a text")))

    # -- removing and moving ------------------------------------------------------------------------

    def remove(self, block_ids: Sequence[int]) -> None:
        if block_ids:
            self.stack.push(undo.RemoveBlocks(self.doc, block_ids, self.tr("Remove from the story")))

    def move_blocks(self, block_ids: Sequence[int], row: int) -> None:
        """Move blocks (a drag) so that they sit together before the block now at ``row``."""
        moving = [b for b in self.doc.blocks if b.id in set(block_ids)]
        if not moving:
            return
        before = [b.id for b in self.doc.blocks[:row] if b.id not in set(block_ids)]
        after = [b.id for b in self.doc.blocks[row:] if b.id not in set(block_ids)]
        order = [*before, *(b.id for b in moving), *after]
        if order != [b.id for b in self.doc.blocks]:
            self.stack.push(undo.Reorder(self.doc, order, self.tr("Move in the story")))  # type: ignore[arg-type]

    def move_by(self, block_ids: Sequence[int], step: int) -> bool:
        """Move the selected blocks one place up (-1) or down (+1), as one step."""
        positions = sorted(self.doc.index_of(i) for i in block_ids)
        if not positions or (step < 0 and positions[0] == 0) or (step > 0 and positions[-1] >= len(self.doc) - 1):
            return False
        self.stack.beginMacro(self.tr("Move up") if step < 0 else self.tr("Move down"))
        for position in positions if step < 0 else reversed(positions):
            block_id = self.doc.blocks[position].id
            self.stack.push(undo.MoveBlock(self.doc, block_id, position + step, ""))  # type: ignore[arg-type]
        self.stack.endMacro()
        return True

    def sort_section_by_time(self, row: int) -> None:
        """Order the items of the section holding ``row`` by publication time (texts stay put)."""
        span = self.doc.section_range(row)
        item_positions = [p for p in span if self.doc.blocks[p].type is BlockType.ITEM]

        def when(position: int) -> tuple[bool, str]:
            item = self.doc.item_of(self.doc.blocks[position])
            moment = item.published.isoformat() if item is not None and item.published else ""
            return (not moment, moment)

        ordered = sorted(item_positions, key=when)
        order = [b.id for b in self.doc.blocks]
        for slot, source in zip(item_positions, ordered, strict=True):
            order[slot] = self.doc.blocks[source].id
        if order != [b.id for b in self.doc.blocks]:
            self.stack.push(undo.Reorder(self.doc, order, self.tr("Sort the section by time")))  # type: ignore[arg-type]

    def group_by_day(self) -> tuple[int, int]:
        """Group the story's items by day, in one step; return (day headings made, sections kept).

        A story without sections of its own is put in date order and gets a section at each new
        day. A story with the user's own sections keeps them: each one's items are put in date
        order under a day heading (a text line, so that the user's sections stay the sections)
        at each new day within it. Doing it again replaces the day headings it made.
        """
        own = [b for b in self.doc.blocks if b.type is BlockType.HEADING]
        if not own:
            self.stack.beginMacro(self.tr("Group by day"))
            self.sort_section_by_time(0)
            made = self._day_headings()
            self.stack.endMacro()
            return made, 0
        self.stack.beginMacro(self.tr("Group by day within your sections"))
        days = {self.doc.day_of(p) for p in range(len(self.doc))} - {""}
        made_before = {day_text(day) for day in days}
        stale = [b.id for b in self.doc.blocks if b.type is BlockType.TEXT and b.text in made_before]
        if stale:
            self.stack.push(undo.RemoveBlocks(self.doc, stale, ""))  # type: ignore[arg-type]
        self.sort_section_by_time(0)  # what comes before the first section
        for heading in own:
            self.sort_section_by_time(self.doc.index_of(heading.id) + 1)  # type: ignore[arg-type]
        made = self._day_lines_in_sections()
        self.stack.endMacro()
        return made, len(own)

    def _day_lines_in_sections(self) -> int:
        inserts: list[tuple[int, str]] = []
        previous = ""
        for position, block in enumerate(self.doc.blocks):
            if block.type is BlockType.HEADING:
                previous = ""  # each section starts its own days
                continue
            day = self.doc.day_of(position)
            if not day or day == previous:
                continue
            previous = day
            above = self.doc.blocks[position - 1] if position else None
            if above is not None and above.type is BlockType.HEADING and above.text == day_label(day):
                continue  # the user's own section already names that day
            inserts.append((position, day_text(day)))
        for offset, (position, text) in enumerate(inserts):
            self.stack.push(undo.InsertBlocks(self.doc, position + offset, [Block(BlockType.TEXT, text=text)], ""))
        return len(inserts)

    def _day_headings(self) -> int:
        inserts: list[tuple[int, str]] = []
        previous = ""
        for position in range(len(self.doc)):
            day = self.doc.day_of(position)
            if not day or day == previous:
                continue
            previous = day
            above = self.doc.blocks[position - 1] if position else None
            if above is not None and above.type is BlockType.HEADING:
                continue
            inserts.append((position, day_label(day)))
        for offset, (position, label) in enumerate(inserts):
            self.stack.push(undo.InsertBlocks(self.doc, position + offset, [Block(BlockType.HEADING, text=label)], ""))
        return len(inserts)

    # -- editing -------------------------------------------------------------------------------

    def edit_block(self, block_id: int, **fields: Any) -> None:
        block = self.doc.blocks[self.doc.index_of(block_id)]
        if all(getattr(block, k) == v for k, v in fields.items()):
            return
        self.stack.push(undo.EditBlock(self.doc, block_id, self._block_edit_name(block, fields), **fields))

    def set_visibility(self, block_id: int, item: Item | None, value: Visibility) -> None:
        """Make a block public or briefing-only, in one undoable step.  For a direct or
        followers-only post, choosing Public is the user's decision to publish it (asked for by
        the caller) and choosing briefing-only takes that decision back."""
        block = self.doc.blocks[self.doc.index_of(block_id)]
        audience = item.extra.get("visibility") if item is not None else None
        decided = value is Visibility.PUBLIC
        revise = item is not None and audience in PRIVATE_AUDIENCES and \
            (item.extra.get("publish_confirmed") is True) != decided
        if not revise:
            self.edit_block(block_id, visibility=value)
            return
        assert item is not None
        if decided:
            label = self.tr("Publish the direct message") if audience == "direct" else \
                self.tr("Publish the followers-only post")
        else:
            label = self.tr("Keep the private post in the briefing")
        self.stack.beginMacro(label)
        if block.visibility is not value:
            self.stack.push(undo.EditBlock(self.doc, block_id, label, visibility=value))
        self.stack.push(undo.EditItem(self.doc, item, label, extra={**item.extra, "publish_confirmed": decided}))
        self.stack.endMacro()

    def _block_edit_name(self, block: Block, fields: dict[str, Any]) -> str:
        # Say what changes: "Undo Change the caption", not "Undo Edit the story".
        if "caption" in fields:
            return self.tr("Change the caption")
        if "visibility" in fields:
            return self.tr("Change who sees it")
        if "text" in fields and block.type is BlockType.HEADING:
            return self.tr("Rename the section")
        if "text" in fields:
            return self.tr("Edit the text")
        return self.tr("Edit the story")

    def edit_item(self, item: Item, **fields: Any) -> None:
        current = {k: undo._item_value(item, k) for k in fields}
        if current == fields:
            return
        self.stack.push(undo.EditItem(self.doc, item, self._item_edit_name(fields), **fields))

    def _item_edit_name(self, fields: dict[str, Any]) -> str:
        if "redacted" in fields:
            return self.tr("Redact the author") if fields["redacted"] else self.tr("Show the author again")
        if "alt" in fields:
            return self.tr("Change the alt text")
        if "note" in fields:
            return self.tr("Change the note")
        if "extra" in fields:
            return self.tr("Change the tags")
        return self.tr("Edit the item")

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)


def day_label(day: str) -> str:
    """A day as the user's locale writes it in full (section headings, day markers)."""
    moment = date.fromisoformat(day)
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat)


def day_text(day: str) -> str:
    """A day heading within one of the user's sections: a bold line of text in the subset the
    editor and the exports keep (a heading block would start a section of its own)."""
    return f"<p><strong>{html.escape(day_label(day), quote=False)}</strong></p>"
