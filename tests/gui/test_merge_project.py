"""File > Merge a project... in the editor: one undoable step, undone and redone exactly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storyweaver.gui.project_actions import ProjectActions
from storyweaver.store.project import Project
from tests.gui.driving import settle
from tests.unit.store.test_project_merge import colleague


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if "INSERT INTO \"meta\"" not in line or "merged:" not in line]
    finally:
        conn.close()


def test_a_merge_is_one_undoable_step_in_the_editor(qtbot, window, demo_path, tmp_path):
    theirs = colleague(tmp_path / "theirs.storyweaver")
    assert window.actions_.open(demo_path)
    actions: ProjectActions = window.actions_
    assert actions.merging.action in window.form.menuFile.actions()
    blocks_before, items_before = len(window.doc), window.project.library.count()
    window.doc.flush()
    before = dump(demo_path)
    actions.merging.merge(theirs, with_story=True)
    qtbot.waitUntil(lambda: window.stack.count() == 1, timeout=20000)
    report = actions.merging.last_report
    assert report is not None and report.added
    added = len(report.added)
    assert len(window.doc) > blocks_before and window.project.library.count() == items_before + added
    assert "Colleague's collection" in [b.text for b in window.doc.blocks]
    after = dump(demo_path)

    window.stack.undo()
    assert len(window.doc) == blocks_before and window.project.library.count() == items_before
    assert dump(demo_path) == before
    window.stack.redo()
    assert len(window.doc) > blocks_before and window.project.library.count() == items_before + added
    assert dump(demo_path) == after
    with Project.open(theirs, readonly=True) as other:  # the colleague's file is only read
        assert other.library.count() == 2


def test_an_undone_merge_leaves_the_inspector_when_it_showed_a_merged_item(qtbot, window, demo_path, tmp_path):
    # Issue 14: a merge, its undo and its redo are announced through the library's one door
    # (LibraryChange), like every other change; the inspector listens there.
    assert window.actions_.open(demo_path)
    items_before = window.project.library.count()
    window.actions_.merging.merge(colleague(tmp_path / "theirs.storyweaver"), with_story=False)
    qtbot.waitUntil(lambda: window.stack.count() == 1, timeout=20000)
    added = window.actions_.merging.last_report.added
    view, model = window.form.libraryView, window.library.model
    qtbot.waitUntil(lambda: len(model.index_data.rows) == items_before + len(added), timeout=10000)
    view.selectRow(next(r for r in range(model.rowCount()) if model.row_at(r).id == added[0]))
    assert window.inspector.shown_item_id == added[0]
    window.stack.undo()
    settle(window)
    assert window.inspector.shown_item_id is None and not window.inspector.form.fields.isVisible()
    assert len(model.index_data.rows) == items_before
    window.stack.redo()
    settle(window)
    assert len(model.index_data.rows) == items_before + len(added)


def test_the_curator_is_edited_in_the_editor(qtbot, window, demo_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from storyweaver.gui.merge_project import CuratorDialog

    assert window.actions_.open(demo_path)

    def fill(dialog: CuratorDialog) -> QDialog.DialogCode:
        dialog.name.setText("  Jo  Martin ")
        dialog.organisation.setText("Free Voices")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CuratorDialog, "exec", fill)
    window.actions_.merging.curator_action.trigger()
    assert (window.project.meta("curator"), window.project.meta("curator_organisation")) == ("Jo Martin",
                                                                                           "Free Voices")


def test_the_export_dialog_writes_the_network_outputs(qtbot, window, demo_path, tmp_path):
    from storyweaver.gui.export_dialog import ExportDialog

    assert window.actions_.open(demo_path)
    dialog = ExportDialog(window.project, window.settings, window.runner, window)
    qtbot.addWidget(dialog)
    f = dialog.form
    f.folderEdit.setText(str(tmp_path))
    f.pdfCheck.setChecked(False)
    for check in (f.fragmentCheck, f.waczCheck, f.bundleCheck, f.timelineCheck):
        check.setChecked(True)
    f.htmlCheck.setChecked(False)
    assert not f.fragmentCheck.isEnabled()  # a form of the HTML recap
    f.htmlCheck.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: (tmp_path / "demo.storyweaver-bundle").is_file() and not window.runner.busy,
                    timeout=60000)
    assert (tmp_path / "demo.html").read_text(encoding="utf-8").startswith('<div id="storyweaver-recap"')
    assert (tmp_path / "demo.wacz").is_file() and (tmp_path / "demo.timeline.json").is_file()
