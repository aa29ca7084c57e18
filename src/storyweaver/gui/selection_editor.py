"""Editing several selected items at once: what they share (tags, visibility, redaction),
each change one undoable step. Shown above the inspector when more than one card or row is
selected (the inspector used to show the first of them as if it were the only one)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storyweaver.core.model import Block, Item, Visibility, kept_from_public
from storyweaver.gui.inspector import tags_of
from storyweaver.gui.story_editor import StoryEditor


class SelectionEditor(QWidget):
    def __init__(self, editor: StoryEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.items: list[Item] = []
        self.blocks: list[Block] = []
        column = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        column.addWidget(self.heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.tags = QLineEdit(self)
        self.add_tags = QPushButton(self)
        self.add_tags.clicked.connect(self.apply_tags)
        self.tags.returnPressed.connect(self.apply_tags)
        tag_row = QVBoxLayout()  # stacked: the inspector's pane may be narrow
        tag_row.addWidget(self.tags)
        tag_row.addWidget(self.add_tags, 0, Qt.AlignmentFlag.AlignRight)
        self.tags_label = QLabel(self)
        form.addRow(self.tags_label, tag_row)
        # Removing: the tags the selection carries are offered (completer); typed ones too.
        self.untags = QLineEdit(self)
        self.untags_completer = QCompleter([], self.untags)
        self.untags.setCompleter(self.untags_completer)
        self.remove_tags = QPushButton(self)
        self.remove_tags.clicked.connect(self.apply_untags)
        self.untags.returnPressed.connect(self.apply_untags)
        untag_row = QVBoxLayout()
        untag_row.addWidget(self.untags)
        untag_row.addWidget(self.remove_tags, 0, Qt.AlignmentFlag.AlignRight)
        self.untags_label = QLabel(self)
        form.addRow(self.untags_label, untag_row)
        self.visibility = QComboBox(self)
        self.visibility.activated.connect(lambda _i: self.apply_visibility())
        self.visibility_label = QLabel(self)
        form.addRow(self.visibility_label, self.visibility)
        self.visibility_note = QLabel(self)  # direct and followers-only posts a "Public" left aside
        self.visibility_note.setWordWrap(True)
        self.visibility_note.hide()
        form.addRow(self.visibility_note)
        redaction = QVBoxLayout()
        self.redact = QPushButton(self)
        self.redact.clicked.connect(lambda: self.apply_redaction(True))
        self.unredact = QPushButton(self)
        self.unredact.clicked.connect(lambda: self.apply_redaction(False))
        redaction.addWidget(self.redact)
        redaction.addWidget(self.unredact)
        form.addRow(redaction)
        column.addLayout(form)
        column.addStretch(1)
        self._name()

    def _name(self) -> None:
        self.tags_label.setText(self.tr("Add tags"))
        self.tags.setPlaceholderText(self.tr("comma, separated"))
        self.tags.setAccessibleName(self.tr("Tags to add to every selected item"))
        self.add_tags.setText(self.tr("Add"))
        self.untags_label.setText(self.tr("Remove tags"))
        self.untags.setAccessibleName(self.tr("Tags to remove from every selected item"))
        self.remove_tags.setText(self.tr("Remove"))
        self._show_carried_tags()
        self.visibility_label.setText(self.tr("Visibility"))
        self.visibility.clear()
        self.visibility.addItem(self.tr("(as each one is)"), None)
        self.visibility.addItem(self.tr("Public (recap and briefing)"), Visibility.PUBLIC.value)
        self.visibility.addItem(self.tr("Briefing only"), Visibility.BRIEFING.value)
        self.redact.setText(self.tr("Redact their authors"))
        self.unredact.setText(self.tr("Show their authors"))
        self._show_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
        super().changeEvent(event)

    def _show_heading(self) -> None:
        self.heading.setText(self.tr("%Ln item(s) selected", "", len(self.items) or len(self.blocks)))

    def _show_carried_tags(self) -> None:
        carried = sorted({tag for item in self.items for tag in tags_of(item)}, key=str.casefold)
        self.untags_completer.setModel(QStringListModel(carried, self.untags_completer))
        self.untags.setPlaceholderText(", ".join(carried[:4]) + (", …" if len(carried) > 4 else "")
                                       if carried else self.tr("(no tags)"))

    def show_selection(self, blocks: list[Block], items: list[Item]) -> None:
        """``blocks`` are the story's cards of the selection: a library selection passes the
        cards of those of its items that are in the story (only a card has a visibility)."""
        self.blocks, self.items = blocks, items
        self._show_heading()
        self._show_carried_tags()
        self.visibility.setEnabled(bool(blocks))
        self.visibility.setToolTip("" if blocks else self.tr("None of these items is in the story yet: "
                                                             "visibility is chosen for the story's cards."))
        self.visibility.setCurrentIndex(0)
        self.visibility_note.hide()
        for control in (self.tags, self.add_tags, self.untags, self.remove_tags, self.redact, self.unredact):
            control.setEnabled(bool(items))

    def _current(self) -> list[Item]:
        """The selected items as they are now: an item outside the story is read afresh by each
        edit, so the one shown when the selection was made may be out of date."""
        doc = self._editor.doc
        self.items = [i for i in (doc.item(x.id) for x in self.items if x.id is not None) if i is not None]
        return self.items

    def _in_one_step(self, label: str, edits: list[Callable[[], None]]) -> None:
        if not edits:
            return
        stack = self._editor.stack
        stack.beginMacro(label)
        for edit in edits:
            edit()
        stack.endMacro()

    def apply_tags(self) -> None:
        wanted = [t.strip().lstrip("#") for t in self.tags.text().split(",") if t.strip().lstrip("#")]
        edits: list[Callable[[], None]] = []
        for item in self._current():
            tags = tags_of(item)
            merged = tags + [t for t in wanted if t not in tags]
            if merged != tags:
                edits.append(partial(self._editor.edit_item, item, extra={**item.extra, "tags": merged}))
        self._in_one_step(self.tr("Tag %Ln item(s)", "", len(edits)), edits)
        self.tags.clear()
        self._show_carried_tags()

    def apply_untags(self) -> None:
        unwanted = {t.strip().lstrip("#").casefold() for t in self.untags.text().split(",") if t.strip().lstrip("#")}
        edits: list[Callable[[], None]] = []
        for item in self._current():
            tags = tags_of(item)
            kept = [t for t in tags if t.casefold() not in unwanted]
            if kept != tags:
                edits.append(partial(self._editor.edit_item, item, extra={**item.extra, "tags": kept}))
        self._in_one_step(self.tr("Untag %Ln item(s)", "", len(edits)), edits)
        self.untags.clear()
        self._show_carried_tags()

    def apply_visibility(self) -> None:
        value = self.visibility.currentData()
        if value is None:
            return
        chosen = Visibility(value)
        doc = self._editor.doc
        # Publishing a direct or followers-only post is decided for each one, in its own
        # inspector (which asks): "Public" for many leaves them in the briefing, and says so.
        private = [b for b in self.blocks if chosen is Visibility.PUBLIC and kept_from_public(
            doc.items.get(b.item_id) if b.item_id is not None else None)]
        edits: list[Callable[[], None]] = [
            partial(self._editor.edit_block, block.id, visibility=chosen)
            for block in self.blocks
            if block.visibility is not chosen and block.id is not None and block not in private]
        self._in_one_step(self.tr("Change who sees %Ln item(s)", "", len(edits)), edits)
        self.visibility_note.setText(self.tr(
            "%n direct or followers-only post(s) stay in the briefing: publish each one from its own inspector.",
            "", len(private)))
        self.visibility_note.setVisible(bool(private))

    def apply_redaction(self, redacted: bool) -> None:
        edits: list[Callable[[], None]] = [
            partial(self._editor.edit_item, item, redacted=redacted)
            for item in self._current() if item.redacted != redacted]
        label = self.tr("Redact %Ln author(s)", "", len(edits)) if redacted else \
            self.tr("Show %Ln author(s) again", "", len(edits))
        self._in_one_step(label, edits)

    def focus_first(self) -> None:
        self.tags.setFocus(Qt.FocusReason.OtherFocusReason)


def inspector_pane(several: QWidget, inspector: QWidget) -> QWidget:
    """The inspector's pane: the editor of several items above the inspector of one."""
    pane = QWidget()
    column = QVBoxLayout(pane)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(several)
    column.addWidget(inspector)
    return pane
