"""The editor's main window: library (left), story with its timeline (centre), inspector (right).

The window holds its Designer form (``self.form``) and wires it to the models, the undo
stack and the background task runner.  Project-level actions live in ``project_actions``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QSizePolicy,
    QVBoxLayout,
)

from storyweaver.core.model import BlockType
from storyweaver.errors import StoryWeaverError
from storyweaver.gui import capture_jobs, story_view
from storyweaver.gui.account_names import AccountNames
from storyweaver.gui.empty_story_hint import EmptyStoryHint
from storyweaver.gui.forms.main_window_ui import Ui_MainWindow
from storyweaver.gui.insert_between import InsertBetween
from storyweaver.gui.inspector import Inspector
from storyweaver.gui.jobs_dock import JobsDock
from storyweaver.gui.leave_guard import LeaveGuard
from storyweaver.gui.library_panel import LibraryPanel
from storyweaver.gui.library_refresh import LibraryRefresh
from storyweaver.gui.one_selection import OneSelection
from storyweaver.gui.pane_widths import PaneWidths
from storyweaver.gui.progress_panel import ProgressPanel
from storyweaver.gui.project_actions import ProjectActions
from storyweaver.gui.selection_editor import SelectionEditor, inspector_pane
from storyweaver.gui.status_labels import StatusLabels
from storyweaver.gui.story_commands import StoryCommands
from storyweaver.gui.story_delegate import StoryDelegate
from storyweaver.gui.story_details import StoryDetails
from storyweaver.gui.story_editor import StoryEditor, day_label
from storyweaver.gui.story_header import StoryHeader
from storyweaver.gui.story_hint import StoryHint
from storyweaver.gui.story_model import StoryModel
from storyweaver.gui.tasks import Delivery, TaskRunner
from storyweaver.gui.text_paint import plain_tooltip
from storyweaver.gui.thumbnails import Thumbnails
from storyweaver.gui.timeline_strip import TimelineStrip
from storyweaver.gui.undo_actions import UndoActions
from storyweaver.gui.view_menu import ViewMenu
from storyweaver.session.library_index import LibraryIndex
from storyweaver.session.story_document import StoryDocument, StoryListener
from storyweaver.settings import Settings
from storyweaver.store.edit_writer import EditWriter
from storyweaver.store.library import LibraryChange
from storyweaver.store.project import Project


class MainWindow(StoryCommands, QMainWindow):
    project_changed = Signal()
    painted = Signal()

    def __init__(self, settings: Settings, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.runner = runner or TaskRunner(settings.workers, self)
        self.stack = QUndoStack(self)
        self.project: Project | None = None
        self.doc: StoryDocument | None = None
        self.editor: StoryEditor | None = None
        self.story_model: StoryModel | None = None
        self.inspector: Inspector | None = None
        self.thumbnails = Thumbnails(self._read_blob)
        self.library = LibraryPanel(self.form, self.thumbnails, self)
        self.library.refresh = LibraryRefresh(self.library, self)
        self.library.refresh.shown.connect(self._library_shown)
        self.library.refresh.changed.connect(self._library_changed)
        self.story_delegate = StoryDelegate(self.form.storyView, self.thumbnails)
        self.story_delegate.set_day_formatter(day_label)
        self._painted: set[str] = set()
        self.remember_on_close = True
        self._sized = False  # the first show lays the story out once (setVisible, showEvent)
        self._edits = Delivery(self)
        self.edit_busy_timeout_ms: int | None = None  # the writer's wait for the file; tests shorten it
        self._build()
        self.actions_ = ProjectActions(self)
        self.account_names = AccountNames(self)
        self.form.libraryView.addAction(self.account_names.action)
        self.setAcceptDrops(True)
        self.update_title()

    # -- building the window -------------------------------------------------------------------------

    def _build(self) -> None:
        f = self.form
        f.mainSplitter.setStretchFactor(0, 0)
        f.mainSplitter.setStretchFactor(1, 1)
        f.mainSplitter.setStretchFactor(2, 0)
        self.timeline = TimelineStrip(f.timelineHost)
        host_layout = QVBoxLayout(f.timelineHost)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.timeline)
        self.timeline.day_clicked.connect(self.scroll_story_to_day)
        self.one_selection = OneSelection(self)
        # Long work has its own dock: its rows grow inside a scroll area of fixed height, so
        # twenty captures re-lay out the story once (when the dock appears), not twenty times.
        self.progress = ProgressPanel(self.runner)
        self.jobs_dock = JobsDock(self.progress, self)
        self.leave_guard = LeaveGuard(self, self.runner)
        f.progressHost.hide()
        f.centralLayout.setStretch(1, 1)
        # The story's title may be long: it must not set the story pane's minimum width.
        f.storyTitleLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        title_font = f.storyTitleLabel.font()
        title_font.setBold(True)
        f.storyTitleLabel.setFont(title_font)
        # The window works from 1024x700 up: the inspector folds away (View menu or by dragging).
        self.setMinimumSize(1000, 640)
        f.inspectorScroll.setMinimumWidth(240)
        f.mainSplitter.setChildrenCollapsible(False)
        f.mainSplitter.setCollapsible(2, True)
        self.pane_widths = PaneWidths(f.mainSplitter, f.inspectorScroll)  # the story gets the most room
        self.view_menu = ViewMenu(f, self.jobs_dock, self)
        self.inspector_action = self.view_menu.inspector_action
        # The story's title, description, organisation and curator, edited in place.
        self.story_details = StoryDetails(f.storyPane)
        self.story_details.on_title = self._titled
        f.storyTitleLabel.hide()
        self.story_header = StoryHeader(
            self.story_details, [f.actionAddSection, f.actionAddText, f.actionSortSection, f.actionGroupByDay],
            [f.addSectionButton, f.addTextButton, f.sortSectionButton, f.groupByDayButton], f.storyPane)
        f.storyLayout.insertWidget(f.storyLayout.indexOf(f.storyView), self.story_header)
        self.hint = StoryHint(self)
        self.hint_label, self.hint_close = self.hint.label, self.hint.close_button
        f.storyLayout.insertWidget(0, self.hint)
        story_view.setup_story_view(f.storyView)
        self.empty_hint = EmptyStoryHint(f.storyView)
        self.insert_between = InsertBetween(
            f.storyView, add_text=lambda row: self.add_block(BlockType.TEXT, row),
            add_section=lambda row: self.add_block(BlockType.HEADING, row),
            add_selection=lambda row: self.add_selected_to_story(row),
            has_selection=lambda: bool(self.library.selected_ids()))
        f.storyView.setItemDelegate(self.story_delegate)
        self._relayout = story_view.StoryRelayout(f.storyView)
        self._style_story()
        for view in (f.storyView.viewport(), f.libraryView.viewport()):
            view.installEventFilter(self)
        self.undo_actions = UndoActions(self.stack, f.menuEdit, f.mainToolBar, f.actionImportFiles, self)
        u = self.undo_actions
        self.undo_action, self.redo_action, self.bar_undo, self.bar_redo = u.undo, u.redo, u.bar_undo, u.bar_redo
        f.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status = StatusLabels(f.statusbar)
        self.saved_label, self.counts_label = self.status.saved, self.status.counts
        self.stack.indexChanged.connect(self._after_edit)  # bound: gone with the window
        self.wire_story_actions()
        f.libraryView.selectionModel().selectionChanged.connect(self.one_selection.library_changed)
        self.setTabOrder(f.addressEdit, f.addButton)
        self.setTabOrder(f.addButton, f.filterEdit)
        self.setTabOrder(f.filterEdit, f.libraryView)
        self.setTabOrder(f.libraryView, f.storyView)

    def _style_story(self) -> None:
        # A style sheet reads palette() once: set again when the theme changes, or the story
        # stays in the old colours until a restart.
        for widget in (self.form.storyView, self.hint):
            sheet = widget.styleSheet() or "QListView#storyView { background: palette(window); border: none; }"
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self, self._style_story)  # after every child has its new palette
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Speak the language just chosen: the form's own texts, then those set from code."""
        self.form.retranslateUi(self)
        if self.editor is not None:
            self.editor.retranslate()
        self.undo_actions.name()
        self.update_title()
        if self.project is not None:
            self.form.storyTitleLabel.setText(self.project.title)
        self.library.retranslate()
        self.actions_.retranslate()
        self.account_names.retranslate()
        self.view_menu.retranslate()
        self.insert_between.retranslate()
        self._update_counts()
        self._show_saved()
        self.timeline.update()
        self.form.storyView.viewport().update()

    def show_hint(self, text: Callable[[], str]) -> None:
        """Show a hint above the story; ``text`` is asked again if the language changes."""
        self.hint.show_text(text)

    # -- the project -------------------------------------------------------------------------------------

    def _read_blob(self, sha256: str) -> tuple[bytes, str] | None:
        return self.project.get_blob(sha256) if self.project is not None else None

    def set_project(self, project: Project) -> None:
        """Show ``project`` (the window owns it from now on and closes it)."""
        self.close_project()
        self.hint.hide()  # the sample's hint is about the sample, not the next project
        self.project = project
        project.interactive = True  # the user's edits go before background writers (store.write_gate)
        self.doc = StoryDocument.load(project)
        self.doc.on_failure = self.progress.show_failures_line
        self.status.failed_at = None
        if not project.readonly:
            # Edits are shown at once and written on the writer's thread: an import holding
            # the write lock for seconds no longer freezes the window (store.edit_writer).
            try:
                self.doc.writer = EditWriter(project.path, self._edits.deliver, on_failed=self._edit_failed,
                                             on_idle=self._edits_saved, busy_timeout_ms=self.edit_busy_timeout_ms)
            except StoryWeaverError as exc:  # edits are then written at once, as before
                self.progress.show_failures_line(str(exc))
        self.editor = StoryEditor(self.doc, self.stack, self)
        self.editor.story_items_changed.connect(self._story_items_changed)
        self.story_model = StoryModel(self.doc, self.editor)
        self.form.storyView.setModel(self.story_model)
        self.empty_hint.watch(self.story_model)
        self.form.storyView.selectionModel().selectionChanged.connect(self.one_selection.story_changed)
        self.doc.listeners.append(StoryListener(reset=self._update_timeline, inserted=lambda i, n: None,
                                                items_changed=self._items_edited))
        self.inspector = Inspector(self.editor)
        self.inspector.author_redaction.on_change = self.library.refresh.report
        self.selection_editor = SelectionEditor(self.editor)
        self.selection_editor.hide()
        self.form.inspectorScroll.setWidget(inspector_pane(self.selection_editor, self.inspector))
        self.form.inspectorScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.library.refresh.reload()
        self.stack.clear()
        self.stack.setClean()
        self.form.storyTitleLabel.setText(project.title)
        self.form.storyTitleLabel.setToolTip(plain_tooltip(project.title))
        self.story_details.show_project(project, self.doc, self.stack)
        self.update_title()
        self.project_changed.emit()

    def close_project(self) -> None:
        if self.project is None:
            return
        if self.inspector is not None:
            self.inspector.commit_pending()
        if self.doc is not None:
            self.doc.writer.close()  # every edit made is in the file before it closes
        self.stack.clear()
        self.form.storyView.setModel(None)
        self.empty_hint.watch(None)
        old_inspector = self.form.inspectorScroll.takeWidget()
        if old_inspector is not None:
            old_inspector.deleteLater()  # alive, it would read the closed file on a language change
        self.project.close()
        gc.unfreeze()
        self.project = self.doc = self.editor = self.story_model = self.inspector = None
        self.library.set_index(LibraryIndex())
        self.story_details.show_project(None, None, self.stack)
        self.update_title()
        self._update_timeline()  # nothing of the closed project stays on screen
        self._update_counts()

    def _titled(self, title: str) -> None:
        """The story was renamed in place (or the renaming undone)."""
        self.form.storyTitleLabel.setText(title)
        if self.project is not None:
            self.setWindowTitle(f"{title} — {self.project.path.name} — StoryWeaver")

    def update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle("StoryWeaver")
        else:
            title = self.story_details.values["title"] or self.project.title  # renamed: maybe not written yet
            self.setWindowTitle(f"{title} — {self.project.path.name} — StoryWeaver")
        for action in (self.form.actionSaveCopy, self.form.actionClose, self.form.actionExport,
                       self.form.actionImportFiles, self.form.actionAddSection, self.form.actionAddText,
                       self.form.actionSortSection, self.form.actionGroupByDay):
            action.setEnabled(self.project is not None)

    # -- keeping the views in step ---------------------------------------------------------------------------

    def _library_changed(self, change: LibraryChange) -> None:
        """An item the inspector shows has left the library (its import undone): it shows
        nothing rather than offer to edit what is no longer there."""
        if self.inspector is not None and self.inspector.shown_item_id in change.removed:
            self.inspector.show_nothing()

    def _library_shown(self) -> None:
        self._update_timeline()
        self._update_counts()

    def _after_edit(self, _index: int = 0) -> None:
        self._show_saved()
        self._update_counts()

    def _show_saved(self) -> None:
        self.status.show_saved(self.doc)

    def _edits_saved(self) -> None:
        self._show_saved()

    def _edit_failed(self, message: str) -> None:
        """An edit could not be written: the edits made after it were dropped with it. Show
        the file's truth again; the undo history no longer matches it and goes too."""
        if self.doc is None:
            return
        self.status.failed_at = self.doc.writer.committed
        self.doc.failed(message)
        self.stack.clear()
        self.doc.writer.resume()
        self.library.refresh.reload()
        self._show_saved()

    def _story_items_changed(self, item_ids: list[int]) -> None:
        if self.doc is None:
            return
        present = self.doc.item_ids()
        index = self.library.model.index_data
        for item_id in item_ids:
            index.mark_in_story([item_id], item_id in present)
        self.library.model.refresh_rows(item_ids)
        self._update_timeline()

    def _items_edited(self, item_ids: list[int]) -> None:
        if self.doc is not None:
            self.library.follow_edits([i for i in map(self.doc.items.get, item_ids) if i is not None])

    def _update_timeline(self) -> None:
        story: dict[str, int] = {}
        if self.doc is not None:
            for position in range(len(self.doc)):
                day = self.doc.day_of(position)
                if day:
                    story[day] = story.get(day, 0) + 1
        self.timeline.set_counts(self.library.model.index_data.counts_per_day(), story)

    def _update_counts(self) -> None:
        self.status.show_counts(self.project, self.doc, self.library)

    # -- painting and drops ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Drop and watched is self.form.storyView.viewport():
            return self._drop_on_story(event)  # type: ignore[arg-type]
        if event.type() == QEvent.Type.Paint:
            name = "story" if watched is self.form.storyView.viewport() else "library"
            if name not in self._painted:
                self._painted.add(name)
                if len(self._painted) == 2:
                    self.painted.emit()
        return super().eventFilter(watched, event)

    @property
    def has_painted(self) -> bool:
        return len(self._painted) == 2

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.project is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        sources = [u.toLocalFile() if u.isLocalFile() else u.toString() for u in event.mimeData().urls()]
        if sources:
            event.acceptProposedAction()
            self.actions_.import_sources(sources)

    def setVisible(self, visible: bool) -> None:
        if not (visible and not self._sized):
            super().setVisible(visible)
            return
        # The first show lays the story out at the splitter's own widths: its cards are
        # measured only once the panes are sized (showEvent), not for that layout too.
        self.story_delegate.estimating = True
        try:
            super().setVisible(visible)
        finally:
            self._measure_story()

    def _measure_story(self) -> None:
        if self.story_delegate.estimating:
            self.story_delegate.estimating = False
            self.form.storyView.scheduleDelayedItemsLayout()  # before any paint or geometry asked

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._measure_story()
        # Panes in proportion to the window as shown: the story gets the most room (gui/pane_widths).
        self.pane_widths.apply()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leave_guard.may_leave(LeaveGuard.QUIT):
            event.ignore()
            return
        self.runner.cancel_all()
        capture_jobs.stop_idle_children()
        if self.project is not None and self.remember_on_close:
            self.settings.remember_project(self.project.path)
            self.settings.save()
        self.close_project()
        super().closeEvent(event)
