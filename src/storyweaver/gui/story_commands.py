"""The main window's story commands (add, remove, move, sort, group, scroll to a day, drop),
kept apart from the window's construction; mixed into :class:`MainWindow`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMainWindow

from storyweaver.core.model import BlockType
from storyweaver.gui import story_view

if TYPE_CHECKING:
    from storyweaver.gui.forms.main_window_ui import Ui_MainWindow
    from storyweaver.gui.library_panel import LibraryPanel
    from storyweaver.gui.story_editor import StoryEditor
    from storyweaver.gui.story_model import StoryModel
    from storyweaver.session.story_document import StoryDocument


class StoryCommandWords(QObject):
    """What the story commands say. A mixin's ``self.tr`` looks in the context of the
    window's own class (MainWindow), where lupdate never files the mixin's words; this
    class's context is its own, for lupdate and at run time alike."""

    def new_section(self) -> str:
        return self.tr("New section")

    def grouped(self, made: int, kept: int) -> str:
        if not kept:
            return self.tr("%Ln section(s) created", "", made)
        return self.tr("%Ln day heading(s) added within your sections", "", made)


class StoryCommands(QMainWindow):
    """Mixed into the main window (a QMainWindow): ``statusBar`` is the window's. Its words
    come from ``StoryCommandWords``."""

    form: Ui_MainWindow
    doc: StoryDocument | None
    editor: StoryEditor | None
    story_model: StoryModel | None
    library: LibraryPanel

    def selected_block_ids(self) -> list[int]:
        if self.doc is None:
            return []
        return [self.doc.blocks[r].id for r in story_view.selected_rows(self.form.storyView)]  # type: ignore[misc]

    def _insertion_row(self) -> int:
        rows = story_view.selected_rows(self.form.storyView)
        return rows[-1] + 1 if rows else (len(self.doc) if self.doc else 0)

    def add_selected_to_story(self, row: int | None = None) -> None:
        if self.editor is not None:
            ids = self.library.selected_ids()
            self.editor.add_items(ids, self._insertion_row() if row is None else row)

    def add_block(self, kind: BlockType, row: int | None = None) -> None:
        if self.editor is None:
            return
        row = self._insertion_row() if row is None else row
        if kind is BlockType.HEADING:
            self.editor.add_heading(row, StoryCommandWords().new_section())
        else:
            self.editor.add_text(row, "")  # the editor shows what to write as a placeholder
            self._take_back_if_left_empty(row)
        story_view.select_rows(self.form.storyView, [row])
        self.form.storyView.setFocus()
        self.form.storyView.edit(self.story_model.index(row))  # type: ignore[union-attr]

    def _take_back_if_left_empty(self, row: int) -> None:
        """A text just added and closed without a word (Escape, a click elsewhere) is taken back,
        undo step included: an empty card would sit in the story with only its prompt showing."""
        editor = self.editor
        assert editor is not None
        added = editor.stack.index()
        delegate = self.form.storyView.itemDelegate()

        def closed(*_args: object) -> None:
            delegate.closeEditor.disconnect(closed)
            doc = editor.doc
            if editor.stack.index() != added or row >= len(doc.blocks):
                return  # something was typed (an edit step) or the story changed meanwhile
            block = doc.blocks[row]
            if block.type is BlockType.TEXT and not (block.text or "").strip():
                editor.stack.undo()

        delegate.closeEditor.connect(closed)

    def wire_story_actions(self) -> None:
        """The Story menu's actions, their shortcuts, and the right-click menus that offer them."""
        f = self.form
        f.actionRemove.triggered.connect(self.remove_selected)
        f.actionMoveUp.triggered.connect(lambda: self.move_selected(-1))
        f.actionMoveDown.triggered.connect(lambda: self.move_selected(1))
        f.actionAddToStory.triggered.connect(self.add_selected_to_story)
        f.actionAddSection.triggered.connect(lambda: self.add_block(BlockType.HEADING))
        f.actionAddText.triggered.connect(lambda: self.add_block(BlockType.TEXT))
        f.actionSortSection.triggered.connect(self.sort_section)
        f.actionGroupByDay.triggered.connect(self.group_by_day)
        f.actionFindInLibrary.triggered.connect(self.find_in_library)
        f.libraryView.doubleClicked.connect(lambda _i: self.add_selected_to_story())
        for action in (f.actionMoveUp, f.actionMoveDown, f.actionRemove):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Right-click menus offer the same actions as the Story menu.
        for action in (f.actionAddSection, f.actionAddText, f.actionMoveUp, f.actionMoveDown, f.actionSortSection,
                       f.actionGroupByDay, f.actionRemove):
            f.storyView.addAction(action)
        f.storyView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        f.libraryView.addAction(f.actionAddToStory)
        f.libraryView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def find_in_library(self) -> None:
        self.form.sideTabs.setCurrentIndex(0)
        self.form.filterEdit.setFocus()
        self.form.filterEdit.selectAll()

    def remove_selected(self) -> None:
        if self.editor is not None:
            self.editor.remove(self.selected_block_ids())

    def move_selected(self, step: int) -> None:
        if self.editor is None or self.doc is None:
            return
        ids = self.selected_block_ids()
        current = story_view.current_row(self.form.storyView)
        current_id = self.doc.blocks[current].id if current >= 0 else None
        if self.editor.move_by(ids, step):
            story_view.select_rows(self.form.storyView, [self.doc.index_of(i) for i in ids])
            if current_id is not None:
                self.form.storyView.scrollTo(self.story_model.index(self.doc.index_of(current_id)))  # type: ignore[union-attr]

    def sort_section(self) -> None:
        if self.editor is not None and self.doc is not None and len(self.doc):
            row = max(story_view.current_row(self.form.storyView), 0)
            self.editor.sort_section_by_time(row)

    def group_by_day(self) -> None:
        if self.editor is not None:
            made, kept = self.editor.group_by_day()
            said = StoryCommandWords().grouped(made, kept)
            self.statusBar().showMessage(said, 5000)

    def scroll_story_to_day(self, day: str) -> None:
        if self.doc is None or self.story_model is None:
            return
        for position in range(len(self.doc)):
            if self.doc.day_of(position) >= day:
                index = self.story_model.index(position)
                self.form.storyView.scrollTo(index, self.form.storyView.ScrollHint.PositionAtTop)
                story_view.select_rows(self.form.storyView, [position])
                return

    def _drop_on_story(self, event: QDropEvent) -> bool:
        """Drops on the story (library items, or its own cards moved) become one undoable
        edit each, placed before or after the card under the pointer."""
        if self.story_model is None:
            return False
        mime = event.mimeData()
        if not self.story_model.canDropMimeData(mime, event.dropAction(), -1, 0, QModelIndex()):
            return False  # files and addresses: let the window import them
        view = self.form.storyView
        point = event.position().toPoint()
        index = view.indexAt(point)
        if not index.isValid():
            row = self.story_model.rowCount()
        else:
            rect = view.visualRect(index)
            row = index.row() + (1 if point.y() > rect.center().y() else 0)
        self.story_model.dropMimeData(mime, Qt.DropAction.CopyAction, row, 0, QModelIndex())
        event.setDropAction(Qt.DropAction.CopyAction)  # nothing for the view to remove afterwards
        event.accept()
        return True
