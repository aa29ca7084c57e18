"""The story's description, edited in place: one paragraph that wraps to the pane's width.

A one-line field showed a long description cut at both ends and ran into the organisation's
line at 1024 px. This field grows to the lines its text takes (up to ``TALLEST_LINES``, then it
scrolls) and behaves as a line otherwise: Return ends the edit, as leaving it does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

TALLEST_LINES = 3


class DescriptionEdit(QTextEdit):
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QTextEdit { background: transparent; } QTextEdit:focus { background: palette(base); }")
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._fit_height)
        self._fit_height()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(position)
        self.setTextCursor(cursor)

    def _fit_height(self) -> None:
        document = self.document()
        document.setTextWidth(self.viewport().width())
        line = self.fontMetrics().lineSpacing()
        margins = int(2 * document.documentMargin())
        lines = max(1, min(TALLEST_LINES, round((document.size().height() - margins) / line)))
        self.setFixedHeight(lines * line + margins + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editingFinished.emit()  # one paragraph: Return ends the edit
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()
