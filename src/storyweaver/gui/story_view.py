"""The story's list view: cards of varying height, drag in and out, typed in place."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

STORY_LAYOUT_BATCH = 40


def setup_story_view(view: QListView) -> None:
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setSpacing(0)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
    view.setWordWrap(True)
    # Every inserted block re-measures every card (QListView has no partial re-layout); in
    # batches, a long story's re-layout is spread over several turns of the event loop.
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(STORY_LAYOUT_BATCH)


class StoryRelayout:
    """Cards wrap to the view's width: re-measure them when the width changes."""

    def __init__(self, view: QListView) -> None:
        self._view = view
        self._width = -1
        self._timer = QTimer(view)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._relayout)
        view.viewport().installEventFilter(view)
        original = view.resizeEvent

        def resized(event: QResizeEvent) -> None:
            original(event)
            if event.size().width() != self._width:
                self._width = event.size().width()
                self._timer.start()

        view.resizeEvent = resized  # type: ignore[method-assign]

    def _relayout(self) -> None:
        self._view.scheduleDelayedItemsLayout()


def select_rows(view: QListView, rows: list[int]) -> None:
    model = view.model()
    selection = view.selectionModel()
    selection.clearSelection()
    # The current row first: the inspector shows it when the selection changes (else it kept
    # showing the block selected before, e.g. the text above a section just added).
    if rows:
        selection.setCurrentIndex(model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    for row in rows:
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)


def selected_rows(view: QListView) -> list[int]:
    return sorted({i.row() for i in view.selectionModel().selectedIndexes()})


def current_row(view: QListView) -> int:
    index: QModelIndex = view.currentIndex()
    return index.row() if index.isValid() else -1


def focus_widget_is(widget: QWidget) -> bool:
    return widget.hasFocus() or widget.isAncestorOf(widget.window().focusWidget() or widget)


def clear_selection(view: QAbstractItemView) -> None:
    """Unselect everything in ``view`` without announcing it (one selection at a time: the
    other view's selection is the one being made)."""
    model = view.selectionModel()
    if model is not None and model.hasSelection():
        model.blockSignals(True)
        model.clearSelection()
        model.blockSignals(False)
        view.viewport().update()
