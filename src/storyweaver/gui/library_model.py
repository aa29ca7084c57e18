"""A thin list model over the library index's filtered rows (never a widget per item)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from storyweaver.gui.text_paint import plain_tooltip
from storyweaver.session.library_index import LibraryFilter, LibraryIndex, LibraryRow

ITEMS_MIME = "application/x-storyweaver-items"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractListModel):
    """The library as the current filter and sort show it."""

    def __init__(self, index: LibraryIndex | None = None) -> None:
        super().__init__()
        self._index = index or LibraryIndex()
        self._filter = LibraryFilter()
        self._sort = "newest"
        self._rows: list[LibraryRow] = self._index.select(self._filter, self._sort)

    # -- contents --------------------------------------------------------------------------

    @property
    def index_data(self) -> LibraryIndex:
        return self._index

    def set_index(self, index: LibraryIndex, flt: LibraryFilter | None = None) -> None:
        self.beginResetModel()
        self._index = index
        self._filter = flt or self._filter
        self._rows = index.select(self._filter, self._sort)
        self.endResetModel()

    @property
    def sort(self) -> str:  # type: ignore[override]  # the order chosen, not QAbstractItemModel.sort()
        return self._sort

    def set_filter(self, flt: LibraryFilter, sort: str | None = None) -> None:
        self.beginResetModel()
        self._filter = flt
        self._sort = sort or self._sort
        self._rows = self._index.select(flt, self._sort)
        self.endResetModel()

    @property
    def current_filter(self) -> LibraryFilter:
        return self._filter

    def row_at(self, row: int) -> LibraryRow:
        return self._rows[row]

    def row_of(self, item_id: int) -> int:
        for position, row in enumerate(self._rows):
            if row.id == item_id:
                return position
        return -1

    def refresh_rows(self, item_ids: list[int]) -> None:
        """Repaint the rows of these items (their "in story" mark changed)."""
        wanted = set(item_ids)
        for position, row in enumerate(self._rows):
            if row.id in wanted:
                changed = self.index(position)
                self.dataChanged.emit(changed, changed)

    # -- QAbstractListModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.first_line
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " ".join([f"{row.author} {row.day}: {row.first_line}".strip(), *self.marks(row)])
        if role == Qt.ItemDataRole.ToolTipRole:
            # The row's marks explained where they are shown (the ✓ and ⚠ had no legend).
            return plain_tooltip("\n".join([f"{row.author} {row.day}: {row.first_line}".strip(), *self.marks(row)]))
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def marks(self, row: LibraryRow) -> list[str]:
        """What the row's marks say, in words."""
        said = []
        if row.in_story:
            said.append(self.tr("✓ In the story"))
        if row.missing_alt:
            said.append(self.tr("⚠ An image without alt text: describe it in the inspector"))
        return said

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [self._rows[i.row()].id for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        mime.setData(ITEMS_MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
