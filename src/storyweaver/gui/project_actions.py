"""File-level actions of the main window: new, open, recent, save a copy, close, import,
export, preferences, about.  Long work goes through the window's task runner."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from storyweaver.errors import ProjectError, StoryWeaverError
from storyweaver.gui import capture_jobs
from storyweaver.gui.import_choices import ImportChoices
from storyweaver.gui.leave_guard import LeaveGuard
from storyweaver.gui.merge_project import MergeProjectAction
from storyweaver.gui.tasks import Job
from storyweaver.gui.translations import QT_TRANSLATE_NOOP, install_translations, ui_language
from storyweaver.gui.undo import ImportItems
from storyweaver.store.library import LibraryChange
from storyweaver.store.project import SUFFIX, Project

if TYPE_CHECKING:
    from storyweaver.gui.main_window import MainWindow
    from storyweaver.gui.search_panel import SearchPanel

FILTER = QT_TRANSLATE_NOOP("ProjectActions", "StoryWeaver projects (*.storyweaver)")


class ProjectActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        f = window.form
        f.actionNew.triggered.connect(self.new_project)
        f.actionOpen.triggered.connect(self.open_dialog)
        f.actionSaveCopy.triggered.connect(self.save_copy)
        f.actionClose.triggered.connect(self.close_project)
        f.actionQuit.triggered.connect(window.close)
        f.actionImportFiles.triggered.connect(self.import_dialog)
        self.import_choices = ImportChoices(self)
        self.import_folder = QAction(window)
        self.import_folder.triggered.connect(self.import_folder_dialog)
        f.menuFile.insertAction(f.actionImportFiles, self.import_folder)
        f.menuFile.insertAction(self.import_folder, f.actionImportFiles)  # Files first, then Folder
        self._name()
        f.actionExport.triggered.connect(self.export_dialog)
        f.actionPreferences.triggered.connect(self.preferences)
        f.actionAbout.triggered.connect(self.about)
        f.addButton.clicked.connect(self.add_address)
        f.addressEdit.returnPressed.connect(self.add_address)
        f.menuRecent.aboutToShow.connect(self.fill_recent)
        self.last_report: Any = None
        self.merging = MergeProjectAction(window)
        self._search_panel: SearchPanel | None = None
        self.capture_reader: capture_jobs.ReaderFactory = capture_jobs.child_reader  # tests: reader_here
        f.sideTabs.currentChanged.connect(self._tab_shown)
        self._tab_shown()

    def retranslate(self) -> None:
        """Called by the window when the language changes (a QObject gets no LanguageChange)."""
        self._name()

    def _name(self) -> None:
        self.import_folder.setText(self.tr("Import &Folder…"))
        if hasattr(self, "merging"):
            self.merging.retranslate()

    # -- projects ---------------------------------------------------------------------------------------

    def close_project(self) -> None:
        if self.window.leave_guard.may_leave(LeaveGuard.CLOSE):
            self.window.close_project()

    def open(self, path: str | Path) -> bool:
        if not self.window.leave_guard.may_leave(LeaveGuard.OPEN):
            return False
        note = ""
        try:
            try:
                project = Project.open(path)
            except ProjectError as exc:
                if exc.code != "read-only-file":
                    raise
                # A file that cannot be written (read-only mount, locked file) is still shown.
                project = Project.open(path, readonly=True)
                note = self.tr("%1 cannot be written: it is open read-only, and changes cannot be saved.").replace(
                    "%1", str(path))
        except StoryWeaverError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot open the project"), str(exc))
            return False
        self.window.set_project(project)
        if note:
            self.window.progress.show_failures_line(note)
        self.window.settings.remember_project(project.path)
        self.window.settings.save()
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a project"), "", self.tr(FILTER))
        if path:
            self.open(path)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New project"), "", self.tr(FILTER))
        if not path:
            return
        target = Path(path) if path.endswith(SUFFIX) else Path(path + SUFFIX)
        title, ok = QInputDialog.getText(self.window, self.tr("New project"), self.tr("Title of the story:"),
                                         text=target.stem)
        if not ok or not self.window.leave_guard.may_leave(LeaveGuard.OPEN):
            return
        try:
            project = Project.create(target, title=title or target.stem)
        except StoryWeaverError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot create the project"), str(exc))
            return
        self.window.set_project(project)
        self.window.settings.remember_project(project.path)
        self.window.settings.save()

    def save_copy(self) -> None:
        project = self.window.project
        if project is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save a copy"), "", self.tr(FILTER))
        if path:
            if self.window.doc is not None:
                self.window.doc.flush()  # the copy holds every edit made before it was asked for
            try:
                project.save_copy(path if path.endswith(SUFFIX) else path + SUFFIX)
            except StoryWeaverError as exc:
                QMessageBox.warning(self.window, self.tr("Cannot save the copy"), str(exc))
            else:
                self.window.statusBar().showMessage(self.tr("Copy saved to %1").replace("%1", path), 5000)

    def fill_recent(self) -> None:
        menu = self.window.form.menuRecent
        menu.clear()
        for path in self.window.settings.recent_projects:
            action = menu.addAction(path)
            action.triggered.connect(partial(self.open, path))
        if menu.isEmpty():
            menu.addAction(self.tr("(no recent projects)")).setEnabled(False)

    # -- capturing ------------------------------------------------------------------------------------------

    def add_address(self) -> None:
        text = self.window.form.addressEdit.text().strip()
        if text and self.import_sources([text]):
            self.window.form.addressEdit.clear()

    def import_dialog(self) -> None:
        paths = self.import_choices.ask_files(self.window)
        if paths:
            self.import_sources(paths)

    def import_folder_dialog(self) -> None:
        folder = self.import_choices.ask_folder(self.window)
        if folder:
            self.import_sources([folder])

    def import_sources(self, sources: list[str]) -> bool:
        """Capture files, folders, archives or addresses in the background."""
        project = self.window.project
        if project is None or not sources:
            return False
        title = self.tr("Importing %1").replace("%1", Path(sources[0]).name or sources[0]) if len(sources) == 1 \
            else self.tr("Importing %Ln source(s)", "", len(sources))
        settings = self.window.settings
        job = self.window.runner.submit(
            title,
            lambda cancel, progress: capture_jobs.import_sources(project.path, sources, settings, cancel, progress,
                                                                 reader=self.capture_reader),
            on_done=lambda report: self._imported(report, job), on_error=self._failed, on_late=self._imported,
        )
        return True

    def _imported(self, report: Any, job: Job | None = None) -> None:
        self.last_report = report
        window = self.window
        if window.project is None or window.doc is None:
            return
        # One line per failure; the source is named once (most messages already name it).
        failures = [str(error) if source in str(error) else f"{source}: {error}" for source, error in report.failures]
        failures += [str(w) for w in report.warnings]
        if failures and job is not None and not report.failures:
            job.note("\n".join(failures))  # all imported: notes, not a failure
        elif failures and job is not None:
            job.fail_partly("\n".join(failures))  # the job's row keeps them until dismissed
        elif failures:  # a cancelled import that finished later: its row is gone
            window.progress.show_failures(failures)
        if report.added:
            count = len(report.added)
            label = self.tr("Import %Ln item(s)", "", count)
            window.stack.push(ImportItems(window.doc, report.added, label, window.library.refresh.report))
        window.library.refresh.report(LibraryChange(added=tuple(report.added), background=True))
        message = (self.tr("%Ln added", "", len(report.added)) + ", "
                   + self.tr("%Ln already in the library", "", len(report.existing)))
        if report.cancelled:
            message = self.tr("Cancelled.") + " " + message
        window.statusBar().showMessage(message, 8000)

    def _failed(self, message: str) -> None:
        # The job's own row in the jobs dock says what failed, until dismissed.
        self.window.statusBar().showMessage(message, 8000)

    # -- dialogs ----------------------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        if self.window.project is None:
            return
        from storyweaver.gui.export_dialog import ExportDialog

        doc = self.window.doc
        dialog = ExportDialog(self.window.project, self.window.settings, self.window.runner, self.window,
                              edits_written=doc.flush if doc is not None else lambda: None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def preferences(self) -> None:
        from storyweaver.gui.preferences import PreferencesDialog

        settings = self.window.settings
        language = ui_language(settings)
        dialog = PreferencesDialog(settings, self.window)
        if dialog.exec():
            settings.save()
            from storyweaver.gui.theme import apply_theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, settings.theme)
                if ui_language(settings) != language:
                    install_translations(app, ui_language(settings))  # every window speaks it at once

    def about(self) -> None:
        from storyweaver.gui.about import AboutDialog

        AboutDialog(self.window).exec()

    @property
    def search_panel(self) -> SearchPanel:
        """The Search tab's panel: made when the tab is first shown, not with the window (its
        cold start paints the library tab; the panel is a table of its own)."""
        if self._search_panel is None:
            from storyweaver.gui.search_panel import SearchPanel

            self._search_panel = SearchPanel(self.window)
            self.window.form.searchLayout.addWidget(self._search_panel)
        return self._search_panel

    def _tab_shown(self) -> None:
        form = self.window.form
        if form.sideTabs.currentWidget() is form.searchTab:
            self.search_panel  # noqa: B018 - made now, before the tab paints
