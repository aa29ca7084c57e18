"""Typing a whole date ("2025-11-01") into a QDateEdit, as people do.

Qt's date field moves to the next section by itself when one is full (the four digits of the
year) and again on the "-" the user types next, so the month went into the day; with the
whole text selected it took no digits at all. This filter swallows the separator that follows
such a jump, and starts typing over a full selection at the first section.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

SEPARATORS = {"-", "/", ".", " "}


class DateTyping(QObject):
    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self._section_before_digit: int | None = None
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self._section_before_digit = None
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        edit = self.edit
        if text.isdigit():
            line = edit.lineEdit()
            if line.selectedText() and len(line.selectedText()) == len(line.text()):
                edit.setCurrentSectionIndex(0)  # typing over everything starts at the beginning
                edit.setSelectedSection(edit.sectionAt(0))
            self._section_before_digit = edit.currentSectionIndex()
            return False
        if text in SEPARATORS:
            jumped = (self._section_before_digit is not None
                      and edit.currentSectionIndex() != self._section_before_digit)
            self._section_before_digit = None
            return jumped  # the field already moved on: this separator is not a second move
        if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control):
            self._section_before_digit = None
        return False
