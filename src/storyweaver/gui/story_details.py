"""The story's title, description, organisation and curator, edited in place at the top of the
story (as Storify did): they could only be set when the project was made.

Each change is one undoable step, written to the project file by the document's writer like
every other edit; the exports read them from there (title, subtitle, organisation, curator).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from storyweaver.gui.description_edit import DescriptionEdit
from storyweaver.gui.reflow_row import ReflowRow
from storyweaver.gui.undo import StoryCommand
from storyweaver.session.story_document import StoryDocument
from storyweaver.store.project import Project

FIELDS = ("title", "subtitle", "organisation", "curator")


class SetStoryDetail(StoryCommand):
    def __init__(self, doc: StoryDocument, key: str, old: str, new: str, label: str,
                 shown: Callable[[str, str], None]) -> None:
        super().__init__(label)
        self._doc, self._key, self._old, self._new, self._shown = doc, key, old, new, shown

    def _write(self, value: str) -> None:
        key = self._key

        def write(project: Project) -> None:
            project.set_meta(key, value or None)

        self._doc.writer.submit(write)
        self._shown(key, value)

    def _redo(self) -> None:
        self._write(self._new)

    def _undo(self) -> None:
        self._write(self._old)


class StoryDetails(QWidget):
    """Four flat fields that look like the story's heading until clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: StoryDocument | None = None
        self.stack: QUndoStack | None = None
        self.on_title: Callable[[str], None] = lambda _t: None
        self.values: dict[str, str] = dict.fromkeys(FIELDS, "")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.edits: dict[str, QLineEdit | DescriptionEdit] = {}
        for key in FIELDS:
            # The description wraps (a long one ran into the line under it); the others are one line.
            edit: QLineEdit | DescriptionEdit = DescriptionEdit(self) if key == "subtitle" else QLineEdit(self)
            if isinstance(edit, QLineEdit):
                edit.setFrame(False)
                edit.setStyleSheet("QLineEdit { background: transparent; } "
                                   "QLineEdit:focus { background: palette(base); }")
            edit.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            edit.editingFinished.connect(lambda key=key: self._finished(key))
            self.edits[key] = edit
        title_font = QFont(self.edits["title"].font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        self.edits["title"].setFont(title_font)
        column.addWidget(self.edits["title"])
        column.addWidget(self.edits["subtitle"])
        # Side by side when both fit, one under the other when not: never cut short.
        for key in ("organisation", "curator"):
            credit = self.edits[key]
            credit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as wide as its text
            credit.textChanged.connect(lambda _text, edit=credit: self._fit(edit))
        self.credits = ReflowRow([self.edits["organisation"], self.edits["curator"]], self,
                                 measure=lambda edit: edit.minimumWidth(), spread=False)
        column.addWidget(self.credits)
        self._name()

    def _name(self) -> None:
        for key, hint, name in (
                ("title", self.tr("Title of the story"), self.tr("Story title")),
                ("subtitle", self.tr("Add a description"), self.tr("Story description")),
                ("organisation", self.tr("Organisation"), self.tr("Organisation")),
                ("curator", self.tr("Curated by"), self.tr("Curator"))):
            self.edits[key].setPlaceholderText(hint)
            self.edits[key].setAccessibleName(name)
            self.edits[key].setToolTip(name)
        for key in ("organisation", "curator"):
            self._fit(self.edits[key])

    def _fit(self, edit: QLineEdit | DescriptionEdit) -> None:
        """A one-line field is as wide as what it shows (its text, else its hint)."""
        if isinstance(edit, QLineEdit):
            shown = edit.text() or edit.placeholderText()
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(shown) + 16)
            if hasattr(self, "credits"):
                self.credits.relayout()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
        super().changeEvent(event)

    def show_project(self, project: Project | None, doc: StoryDocument | None, stack: QUndoStack) -> None:
        self.doc, self.stack = doc, stack
        for key in FIELDS:
            value = "" if project is None else (project.title if key == "title" else project.meta(key) or "")
            self._shown(key, value)
        self.setEnabled(project is not None and not project.readonly)

    def _shown(self, key: str, value: str) -> None:
        self.values[key] = value
        edit = self.edits[key]
        if edit.text() != value:
            edit.setText(value)
            edit.setCursorPosition(0)
        if key == "title":
            self.on_title(value)

    def _finished(self, key: str) -> None:
        new = " ".join(self.edits[key].text().split())
        if key == "title" and not new:  # a story keeps a title
            self._shown(key, self.values[key])
            return
        if self.doc is None or self.stack is None or new == self.values[key]:
            return
        label = {"title": self.tr("Rename the story"), "subtitle": self.tr("Change the description"),
                 "organisation": self.tr("Change the organisation"), "curator": self.tr("Change the curator")}[key]
        self.stack.push(SetStoryDetail(self.doc, key, self.values[key], new, label, self._shown))

    def focus_title(self) -> None:
        self.edits["title"].setFocus(Qt.FocusReason.OtherFocusReason)
