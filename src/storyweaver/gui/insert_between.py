"""A "+" between any two story cards, on hover or from the keyboard (Insert key), that adds a
text, a section or the library's selection exactly there (new blocks used to land only after
the selected card or at the end)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QListView, QMenu, QToolButton

from storyweaver.gui import story_view

NEAR = 14  # px from a boundary between cards where the "+" shows


class InsertBetween(QObject):
    def __init__(self, view: QListView, add_text: Callable[[int], None], add_section: Callable[[int], None],
                 add_selection: Callable[[int], None], has_selection: Callable[[], bool]) -> None:
        super().__init__(view)
        self.view = view
        self._add_text, self._add_section, self._add_selection = add_text, add_section, add_selection
        self._has_selection = has_selection
        self.row = -1  # the "+" inserts before this row (row count: at the end)
        self.button = QToolButton(view.viewport())
        self.button.setText("+")
        self.button.setAutoRaise(False)
        self.button.setFixedSize(26, 26)
        self.button.setStyleSheet("QToolButton { border-radius: 13px; background: palette(highlight); "
                                  "color: palette(highlighted-text); font-weight: bold; }")
        self.button.clicked.connect(lambda: self.open_menu(self.row))
        self.button.hide()
        self.menu = QMenu(view)
        self.text_action = self.menu.addAction("")
        self.text_action.triggered.connect(lambda: self._add_text(self.row))
        self.section_action = self.menu.addAction("")
        self.section_action.triggered.connect(lambda: self._add_section(self.row))
        self.selection_action = self.menu.addAction("")
        self.selection_action.triggered.connect(lambda: self._add_selection(self.row))
        view.setMouseTracking(True)  # moves without a button pressed reach the filter
        self._viewport = view.viewport()  # kept: asked of a view being destroyed, it raises
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        self._name()

    def _name(self) -> None:
        self.button.setToolTip(self.tr("Add here (Insert)"))
        self.button.setAccessibleName(self.tr("Add here"))
        self.text_action.setText(self.tr("Add a text here"))
        self.section_action.setText(self.tr("Add a section here"))
        self.selection_action.setText(self.tr("Add the library's selection here"))

    def retranslate(self) -> None:
        self._name()

    def gap_at(self, y: int) -> tuple[int, int] | None:
        """The row a "+" at height ``y`` inserts before, and the boundary's height; None when
        ``y`` is not near a boundary."""
        model: QAbstractItemModel | None = self.view.model()  # None while no project is open
        if model is None:
            return None
        count = model.rowCount()
        for row in range(count + 1):
            if row < count:
                top = self.view.visualRect(model.index(row, 0)).top()
            else:
                last = self.view.visualRect(model.index(count - 1, 0)) if count else None
                top = last.bottom() + 1 if last is not None else 0
            if abs(y - top) <= NEAR:
                return row, top
        return None

    def open_menu(self, row: int) -> None:
        self.row = row
        self.selection_action.setEnabled(self._has_selection())
        rect = self.view.visualRect(self.view.model().index(min(row, self.view.model().rowCount() - 1), 0))
        at = QPoint(self.view.viewport().width() // 2, rect.top() if row < self.view.model().rowCount()
                    else rect.bottom())
        self.menu.popup(self.view.viewport().mapToGlobal(at))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseMove, QEvent.Type.Leave, QEvent.Type.KeyPress):
            return False
        if watched is self._viewport:
            if event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
                gap = self.gap_at(int(event.position().y()))
                if gap is None:
                    self.button.hide()
                else:
                    self.row = gap[0]
                    self.button.move(self.view.viewport().width() // 2 - 13, gap[1] - 13)
                    self.button.show()
                    self.button.raise_()
            elif event.type() == QEvent.Type.Leave:
                self.button.hide()
        elif (watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
              and event.key() == Qt.Key.Key_Insert and self.view.model() is not None):
            # From the keyboard: after the current card (at the top when none is).
            current = story_view.current_row(self.view)
            self.open_menu(current + 1 if current >= 0 else 0)
            return True
        return False
