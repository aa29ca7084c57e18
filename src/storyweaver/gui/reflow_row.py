"""A row of widgets that wraps onto more rows rather than cutting any of them short.

At 1024x700, and in French, the library's filters ("In the st"), the story's organisation and
curator, and the story's actions did not fit on one line: each was cut, or folded out of
sight. Here each widget keeps the width its text needs, and the row takes as many columns as
fit (all of them on a wide screen, fewer on a narrow one, one at the least).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


def natural_width(widget: QWidget) -> int:
    return widget.sizeHint().width()


class ReflowRow(QWidget):
    def __init__(self, widgets: Sequence[QWidget], parent: QWidget | None = None, *,
                 measure: Callable[[QWidget], int] = natural_width, spacing: int = 6, spread: bool = True) -> None:
        super().__init__(parent)
        self._spread = spread  # columns share the width; else packed to the left
        self.widgets = list(widgets)
        self._measure = measure
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing)
        self._grid.setVerticalSpacing(2)
        self.columns = 0
        for widget in self.widgets:
            widget.setParent(self)
            widget.installEventFilter(self)  # a new text or a language changes what fits
        # Laid out again once the events of a change have run (a resize inside a resize loops).
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(lambda: self._arrange(self.width()))
        self._arrange(len(self.widgets) * 10_000)

    def _widths(self) -> list[int]:
        return [self._measure(w) for w in self.widgets if not w.isHidden()]

    def _needed(self, columns: int, widths: list[int] | None = None) -> int:
        """The width ``columns`` columns take (each as wide as its widest widget)."""
        widths = self._widths() if widths is None else widths
        spans = [max(widths[c::columns], default=0) for c in range(columns)]
        return sum(spans) + self._grid.horizontalSpacing() * (columns - 1)

    def fitting_columns(self, width: int) -> int:
        widths = self._widths()  # measured once: each widget's size hint lays out its text
        for columns in range(len(widths), 1, -1):
            if self._needed(columns, widths) <= width:
                return columns
        return 1

    def _arrange(self, width: int) -> None:
        columns = self.fitting_columns(width)
        if columns == self.columns:
            return
        self.columns = columns
        for widget in self.widgets:
            self._grid.removeWidget(widget)
        shown = [w for w in self.widgets if not w.isHidden()]
        for widget in shown:  # the grid shares out the width, never below what each one needs
            widget.setMinimumWidth(self._measure(widget))
        for position, widget in enumerate(shown):
            self._grid.addWidget(widget, position // columns, position % columns)
        for column in range(len(self.widgets) + 1):
            used = column < columns
            self._grid.setColumnStretch(column, int(used) if self._spread else int(column == columns))
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        # As narrow as the widest widget (one column): never narrower, so nothing is cut.
        return QSize(self._needed(1), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.ShowToParent,
                            QEvent.Type.HideToParent):
            self.columns = 0  # measured again
            self._again.start()
        return False

    def relayout(self) -> None:
        """A widget's text changed (what it needs may have too)."""
        self.columns = 0
        self._again.start()
