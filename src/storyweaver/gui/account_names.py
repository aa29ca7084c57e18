"""Naming an account for all its posts at once.

Posts from an archive without a profile (an X archive missing account.js, a CSV without the
author's columns) showed "Post" as their author, with no way to say who wrote them. The user
names the account once (name and handle); every post of the same account takes it, in one
undoable step, written by the document's writer like every other edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from storyweaver.core.model import Author
from storyweaver.gui.undo import StoryCommand
from storyweaver.session.story_document import StoryDocument
from storyweaver.store.library import LibraryChange
from storyweaver.store.project import Project

Names = tuple[str | None, str | None]  # (name, handle)


class NameAccount(StoryCommand):
    def __init__(self, doc: StoryDocument, before: dict[int, Names], after: Names, label: str,
                 written: Callable[[list[int]], None]) -> None:
        super().__init__(label)
        self._doc, self._before, self._after, self._written = doc, before, after, written

    def _apply(self, names: dict[int, Names]) -> None:
        ids = list(names)

        def write(project: Project) -> None:
            for item_id, (name, handle) in names.items():
                project.library.update(item_id, author_name=name, author_handle=handle)

        self._doc.writer.submit(write, lambda _result: self._written(ids))
        for item_id, (name, handle) in names.items():  # shown at once where the story has them
            item = self._doc.items.get(item_id)
            if item is not None:
                old = item.author
                item.author = Author(name or "", handle or "", old.url if old else None,
                                     old.avatar_sha256 if old else None) if (name or handle or old) else None
        self._doc._announce_items(ids)

    def _redo(self) -> None:
        self._apply(dict.fromkeys(self._before, self._after))

    def _undo(self) -> None:
        self._apply(self._before)


def same_account(project: Project, item_id: int) -> dict[int, Names]:
    """The posts written by the account of post ``item_id`` (the same name and handle, empty
    ones included: an archive without a profile), with their names as they are now."""
    rows = project.query("SELECT coalesce(author_name, ''), coalesce(author_handle, ''), platform FROM items "
                         "WHERE id = ? AND kind = 'post'", (item_id,))
    if not rows:
        return {}
    name, handle, platform = rows[0]
    found = project.query("SELECT id, author_name, author_handle FROM items WHERE kind = 'post' "
                          "AND coalesce(author_name, '') = ? AND coalesce(author_handle, '') = ? "
                          "AND coalesce(platform, '') = coalesce(?, '')", (name, handle, platform))
    return {row[0]: (row[1], row[2]) for row in found}


class AccountDialog(QDialog):
    def __init__(self, count: int, names: Names, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name the account"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Applies to the %Ln post(s) of this account.", "", count), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.name = QLineEdit(names[0] or "", self)
        self.name.setAccessibleName(self.tr("Name"))
        self.handle = QLineEdit(names[1] or "", self)
        self.handle.setPlaceholderText(self.tr("@handle"))
        self.handle.setAccessibleName(self.tr("Handle"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Handle"), self.handle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)


class AccountNames(QObject):
    """The library's "Name the account…" action (its context menu)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.triggered.connect(self.ask)
        self.ask_names: Callable[[int, Names], Names | None] = self._dialog  # tests answer here
        self._name()

    def _name(self) -> None:
        self.action.setText(self.tr("Name the account of this post…"))

    def retranslate(self) -> None:
        self._name()

    def _dialog(self, count: int, names: Names) -> Names | None:
        dialog = AccountDialog(count, names, self.window)
        if not dialog.exec():
            return None
        return dialog.name.text(), dialog.handle.text()

    def ask(self) -> None:
        window = self.window
        project, doc = window.project, window.doc  # type: ignore[attr-defined]
        ids = window.library.selected_ids()  # type: ignore[attr-defined]
        if project is None or doc is None or not ids:
            return
        before = same_account(project, ids[0])
        if not before:
            return
        answer = self.ask_names(len(before), before[ids[0]])
        if answer is None:
            return
        after = (" ".join((answer[0] or "").split()) or None, (answer[1] or "").strip().lstrip("@") or None)
        if after == before[ids[0]]:
            return
        written = lambda changed: window.library.refresh.report(  # type: ignore[attr-defined]  # noqa: E731
            LibraryChange(replaced=tuple(changed)))
        window.stack.push(NameAccount(doc, before, after, self.tr("Name the account"), written))  # type: ignore[attr-defined]

