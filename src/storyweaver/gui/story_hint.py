"""A hint above the story (the first start's, for example), dismissed with "Got it"; its text
is asked again when the language changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class StoryHint(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartHint")
        self.setStyleSheet("#firstStartHint { background: palette(highlight); border-radius: 6px; }"
                           "#firstStartHint QLabel { color: palette(highlighted-text); }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self._text: Callable[[], str] = lambda: ""
        self._name()
        self.hide()

    def _name(self) -> None:
        self.close_button.setText(self.tr("Got it"))
        self.close_button.setAccessibleName(self.tr("Dismiss the hint"))
        self.label.setText(self._text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
        super().changeEvent(event)

    def show_text(self, text: Callable[[], str]) -> None:
        self._text = text
        self.label.setText(text())
        self.show()
