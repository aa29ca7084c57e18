"""Inspector fields that keep its layout still and its long values readable.

- :class:`StableLabel`: a wrapping label as tall as the tallest text it may show, so that a
  warning appearing or a longer audience line moves nothing below it when the selection moves.
- :class:`OneLineLabel`: a title on one line, cut at its end when too long (whole in its tooltip),
  so that a longer author's name does not push every field down.
- :class:`ElidedField`: a read-only value too long for its field (an address, a file path, a
  hash), shown cut in the middle ("https://mastodon.example/…/113410000000000004") with the whole
  value in its tooltip; given the focus it holds the whole value, selected, to copy any part.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from storyweaver.gui.text_paint import plain_tooltip


class StableLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)  # beside its label, not below
        self._texts: list[str] = []

    def reserve(self, texts: Iterable[str]) -> None:
        """The texts this label may show: it keeps the height of the tallest at any width."""
        self._texts = [t for t in texts if t]
        self.updateGeometry()

    def _height(self, text: str, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        box = self.fontMetrics().boundingRect(QRect(0, 0, inner, 1 << 20), Qt.TextFlag.TextWordWrap, text)
        return box.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def heightForWidth(self, width: int) -> int:
        return max([super().heightForWidth(width), *(self._height(t, width) for t in self._texts)])

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(max(self.width(), hint.width()))))


class OneLineLabel(QLabel):
    """``text()`` stays whole; only its drawing is cut to the label's width."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tooltip(text))  # an author's name is captured text: shown as written, inert

    def minimumSizeHint(self) -> QSize:
        return QSize(24, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(24, super().sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        painter.drawText(room, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), shown)


class ElidedField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self._value = ""

    def minimumSizeHint(self) -> QSize:
        # Wide enough for a date and time, so that in a narrow pane the value goes under its label
        # rather than being cut to a few letters; never squeezed below its own height.
        room = self.fontMetrics().horizontalAdvance("0000-00-00 00:00 UTC") + 12
        return QSize(room, self.sizeHint().height())

    def value(self) -> str:
        """The whole value (``text()`` is what is shown, cut when it does not fit)."""
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value
        self.setToolTip(plain_tooltip(value))  # a captured address is shown as written, never as markup
        self.setAccessibleDescription(value)
        self._show()

    def _show(self) -> None:
        if self.hasFocus():
            shown = self._value
        else:
            room = self.contentsRect().width() - 2 * self.textMargins().left() - 8  # QLineEdit's own padding
            shown = self.fontMetrics().elidedText(self._value, Qt.TextElideMode.ElideMiddle, max(room, 24))
        if shown != self.text():
            self.setText(shown)
        self.setCursorPosition(0)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setText(self._value)
        self.selectAll()  # Ctrl+C or the context menu's Copy takes the whole value

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() is not Qt.FocusReason.PopupFocusReason:  # its context menu copies the whole value
            self._show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show()
