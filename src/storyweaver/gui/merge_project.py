"""File > Merge a project...: a colleague's project brought into this one, as one undoable step;
and File > Curator of this project..., who a merge records as having captured what.

The merge itself (:func:`storyweaver.capture.merge.project.merge_project`) runs
off the window's thread on its own connection, in one transaction.  Around it the job
keeps two copies of the file (SQLite's online backup): before and after.  Undo puts the
"before" copy back into the file, redo the "after" one, so a merge that touched thousands
of items, marks and blocks is undone exactly, in one step, without redoing the work.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from storyweaver.store.library import LibraryChange
from storyweaver.store.project import Project

if TYPE_CHECKING:
    from storyweaver.capture.merge.project import MergeReport
    from storyweaver.gui.main_window import MainWindow

# The merge code (and the export's text cleaning it uses) is imported when a merge or the
# curator dialog is asked for: the window paints sooner without them.


def _restore(copy: Path, target: Path) -> None:
    """Write the copy's content into the project file (SQLite's backup, one transaction)."""
    source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()


class MergedProject(QUndoCommand):
    """A merge already written when pushed; undo and redo swap the file's content."""

    def __init__(self, window: MainWindow, before: Path, after: Path, added: list[int], label: str) -> None:
        super().__init__(label)
        self._window = window
        self._before, self._after = before, after
        self._added = tuple(added)
        self._first = True

    def _show(self, copy: Path, change: LibraryChange) -> None:
        window = self._window
        if window.project is None or window.doc is None:
            return
        window.doc.flush()
        _restore(copy, window.project.path)
        window.doc.reload()
        window.library.refresh.report(change)  # the one door out: the inspector leaves a removed item

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._show(self._after, LibraryChange(added=self._added, whole=True))

    def undo(self) -> None:
        self._show(self._before, LibraryChange(removed=self._added, whole=True))


def _merge_job(path: Path, other: Path, with_story: bool, folder: Path) -> tuple[MergeReport, Path, Path]:
    from storyweaver.capture.merge.project import merge_project

    before, after = folder / "before.storyweaver", folder / "after.storyweaver"
    with Project.open(path) as project:
        project.save_copy(before)
        report = merge_project(project, other, with_story=with_story)
        project.save_copy(after)
    return report, before, after


class CuratorDialog(QDialog):
    def __init__(self, parent: QWidget, name: str, organisation: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Curator of this project"))
        form = QFormLayout(self)
        self.name = QLineEdit(name, self)
        self.organisation = QLineEdit(organisation, self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        from storyweaver.export.text import plain

        return plain(self.name.text()), plain(self.organisation.text())


class MergeProjectAction(QObject):
    """The menu entry and what it starts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("&Merge a project..."), window)
        self.action.setObjectName("actionMergeProject")
        self.action.triggered.connect(self.choose)
        window.form.menuFile.insertAction(window.form.actionImportFiles, self.action)
        self.curator_action = QAction(self.tr("C&urator of this project..."), window)
        self.curator_action.setObjectName("actionCurator")
        self.curator_action.triggered.connect(self.edit_curator)
        window.form.menuFile.insertAction(window.form.actionImportFiles, self.curator_action)
        # The before/after copies live as long as the window (its undo stack may need them).
        self._folder = tempfile.mkdtemp(prefix="storyweaver-merge-")
        weakref.finalize(self, shutil.rmtree, self._folder, True)  # also at exit, whatever happens
        self.last_report: MergeReport | None = None

    def retranslate(self) -> None:
        """The language changed (a QObject gets no LanguageChange: the window calls this)."""
        self.action.setText(self.tr("&Merge a project..."))
        self.curator_action.setText(self.tr("C&urator of this project..."))

    def edit_curator(self) -> None:
        """Who curates this project: a merge into a colleague's project records it per item."""
        from storyweaver.capture.merge.project import CURATOR, CURATOR_ORGANISATION

        project = self.window.project
        if project is None or project.readonly:
            return
        dialog = CuratorDialog(self.window, project.meta(CURATOR) or "", project.meta(CURATOR_ORGANISATION) or "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, organisation = dialog.values()
        with project.transaction():
            project.set_meta(CURATOR, name or None)
            project.set_meta(CURATOR_ORGANISATION, organisation or None)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Merge a project"), "",
                                              self.tr("StoryWeaver projects (*.storyweaver)"))
        if not path:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Merge a project"),
            self.tr("Also add its story as a new section at the end of this story?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Cancel:
            return
        self.merge(Path(path), with_story=answer == QMessageBox.StandardButton.Yes)

    def merge(self, other: Path, *, with_story: bool) -> None:
        window = self.window
        if window.project is None or window.doc is None:
            return
        window.doc.flush()  # the copies and the merge start from every edit already made
        path = window.project.path
        folder = Path(tempfile.mkdtemp(dir=self._folder))
        window.runner.submit(self.tr("Merging %1").replace("%1", other.name),
                             lambda _cancel, _progress: _merge_job(path, other, with_story, folder),
                             on_done=self._merged, on_error=self._failed)

    def _merged(self, result: Any) -> None:
        report, before, after = result
        self.last_report = report
        window = self.window
        if window.project is None or window.doc is None:
            return
        label = self.tr("Merge a project (%n item(s) added)", "", len(report.added))
        window.stack.push(MergedProject(window, before, after, report.added, label))
        window.doc.reload()
        window.library.refresh.report(LibraryChange(added=tuple(report.added), whole=True))
        window.statusBar().showMessage(
            self.tr("%1 added, %2 already in the library").replace("%1", str(len(report.added)))
            .replace("%2", str(len(report.existing))), 8000)

    def _failed(self, message: str) -> None:
        # The job's own row in the jobs dock says what failed, until dismissed.
        self.window.statusBar().showMessage(message, 8000)
