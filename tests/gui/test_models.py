"""Every Qt model passes QAbstractItemModelTester through resets, inserts, moves and removals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester

from storyweaver.core.model import BlockType
from storyweaver.gui.library_model import LibraryModel
from storyweaver.gui.story_editor import StoryEditor
from storyweaver.gui.story_model import StoryModel
from storyweaver.session.library_index import LibraryFilter, LibraryIndex
from storyweaver.session.story_document import StoryDocument
from storyweaver.store.project import Project

MODE = QAbstractItemModelTester.FailureReportingMode.Warning  # a Qt warning fails the test


def test_library_model_passes_the_model_tester_while_filtering(qtbot, demo_path: Path) -> None:
    with Project.open(demo_path) as project:
        model = LibraryModel()
        tester = QAbstractItemModelTester(model, MODE)
        model.set_index(LibraryIndex.load(project))
        total = model.rowCount()
        model.set_filter(LibraryFilter(text="solidarity"))
        assert 0 < model.rowCount() < total
        model.set_filter(LibraryFilter(), "author")
        assert model.rowCount() == total
        del tester


def test_story_model_passes_the_model_tester_through_every_edit(qtbot, demo_path: Path) -> None:
    with Project.open(demo_path) as project:
        doc = StoryDocument.load(project)
        stack = QUndoStack()
        editor = StoryEditor(doc, stack, stack)
        model = StoryModel(doc, editor)
        tester = QAbstractItemModelTester(model, MODE)
        start = model.rowCount()
        not_in_story = [r[0] for r in project.query("SELECT id FROM items ORDER BY id")][4:6]
        editor.add_items(not_in_story, 1)
        editor.add_heading(0, "Opening")
        editor.add_text(len(doc), "Closing words")
        assert model.rowCount() == start + 4
        assert editor.move_by([doc.blocks[2].id], 1)
        assert editor.move_by([doc.blocks[3].id], -1)
        editor.sort_section_by_time(1)
        editor.group_by_day()
        editor.remove([doc.blocks[-1].id])
        while stack.canUndo():
            stack.undo()
        assert model.rowCount() == start
        while stack.canRedo():
            stack.redo()
        assert doc.blocks[0].type is BlockType.HEADING
        doc.reload()
        del tester
        doc.listeners.clear()
        stack.clear()
