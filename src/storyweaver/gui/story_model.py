"""A thin list model over the evented story document; delegates paint the cards."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from storyweaver.core.model import Block, BlockType, Item
from storyweaver.gui.library_model import ITEMS_MIME
from storyweaver.gui.story_editor import day_label, day_text
from storyweaver.session.story_document import StoryDocument, StoryListener

if TYPE_CHECKING:
    from storyweaver.gui.story_editor import StoryEditor

BLOCKS_MIME = "application/x-storyweaver-blocks"
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
DAY_ROLE = Qt.ItemDataRole.UserRole + 3  # "YYYY-MM-DD" when a new day starts at this block, else ""

Index = QModelIndex | QPersistentModelIndex


class StoryModel(QAbstractListModel):
    def __init__(self, doc: StoryDocument, editor: StoryEditor | None = None) -> None:
        super().__init__()
        self._doc = doc
        self.editor = editor
        self._days: list[str] | None = None
        doc.listeners.append(
            StoryListener(
                about_to_insert=lambda i, n: self.beginInsertRows(QModelIndex(), i, i + n - 1),
                inserted=lambda i, n: self._end(self.endInsertRows),
                about_to_remove=lambda i, n: self.beginRemoveRows(QModelIndex(), i, i + n - 1),
                removed=lambda i, n: self._end(self.endRemoveRows),
                about_to_move=self._begin_move,
                moved=lambda s, t: self._end(self.endMoveRows),
                changed=self._changed,
                about_to_reset=self.beginResetModel,
                reset=lambda: self._end(self.endResetModel),
            )
        )

    @property
    def document(self) -> StoryDocument:
        return self._doc

    def _end(self, finish: object) -> None:
        self._days = None
        finish()  # type: ignore[operator]
        # Day markers of the neighbours may have changed: let the views re-measure.
        if self._doc.blocks:
            self.dataChanged.emit(self.index(0), self.index(len(self._doc.blocks) - 1), [DAY_ROLE])

    def _begin_move(self, source: int, target: int) -> None:
        # Qt counts the destination before the move; ours is the index after it.
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target + 1 if target > source else target)

    def _changed(self, row: int) -> None:
        self._days = None
        changed = self.index(row)
        self.dataChanged.emit(changed, changed)

    def _day_markers(self) -> list[str]:
        if self._days is None:
            days: list[str] = []
            previous = ""
            for position in range(len(self._doc.blocks)):
                day = self._doc.day_of(position)
                above = self._doc.blocks[position - 1] if position else None
                # Under a heading naming that very day (Group by Day's), the day line would say it twice.
                named = above is not None and bool(day) and (
                    (above.type is BlockType.HEADING and above.text == day_label(day))
                    or (above.type is BlockType.TEXT and above.text == day_text(day)))
                days.append(day if day and day != previous and not named else "")
                previous = day or previous
            self._days = days
        return self._days

    # -- direct access for the delegates (no QVariant round trip) -----------------------------------

    def block_at(self, row: int) -> Block:
        return self._doc.blocks[row]

    def item_at(self, row: int) -> Item | None:
        return self._doc.item_of(self._doc.blocks[row])

    def day_marker(self, row: int) -> str:
        return self._day_markers()[row]

    # -- QAbstractListModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._doc.blocks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._doc.blocks):
            return None
        block = self._doc.blocks[index.row()]
        item = self._doc.item_of(block)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if block.type is BlockType.ITEM:
                return (item.text or item.title or "") if item is not None else ""
            return block.text or ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = item.author.name if item is not None and item.author and item.author.name else ""
            text = block.text if block.type is not BlockType.ITEM else (item.text or item.title) if item else ""
            return f"{block.type.value}: {who} {text or ''}".strip()
        if role == BLOCK_ROLE:
            return block
        if role == ITEM_ROLE:
            return item
        if role == DAY_ROLE:
            return self._day_markers()[index.row()]
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.editor is None:
            return False
        block = self._doc.blocks[index.row()]
        if block.type is BlockType.ITEM or (block.text or "") == value:
            return False
        self.editor.edit_block(block.id, text=str(value))  # type: ignore[arg-type]
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if self._doc.blocks[index.row()].type is not BlockType.ITEM:
            base |= Qt.ItemFlag.ItemIsEditable
        return base & ~Qt.ItemFlag.ItemIsDropEnabled  # drop between cards, never onto one

    def mimeTypes(self) -> list[str]:
        return [BLOCKS_MIME, ITEMS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [self._doc.blocks[i.row()].id for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        mime.setData(BLOCKS_MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self.editor is not None and (data.hasFormat(ITEMS_MIME) or data.hasFormat(BLOCKS_MIME))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if self.editor is None or action == Qt.DropAction.IgnoreAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._doc.blocks)
        if data.hasFormat(BLOCKS_MIME):
            ids = json.loads(bytes(data.data(BLOCKS_MIME).data()).decode())
            self.editor.move_blocks(ids, row)
            return True
        if data.hasFormat(ITEMS_MIME):
            ids = json.loads(bytes(data.data(ITEMS_MIME).data()).decode())
            self.editor.add_items(ids, row)
            return True
        return False

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # A finished internal move is already done by the drop; the view's "remove the
        # source rows" step must not delete anything.
        return False
