"""A whole curation session driven through the real window, on real project files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from storyweaver.core.model import BlockType
from storyweaver.gui.text_block_editor import TextBlockEditor
from storyweaver.sample import build_sample
from storyweaver.store.project import Project
from tests.gui.driving import settle, write_archive


def story_state(window) -> list[tuple[str, str | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(b.type.value, b.text, b.item_id) for b in window.doc.blocks]


def stored_state(path: Path) -> tuple[list[tuple[str, str | None, int | None]], int]:
    with Project.open(path, readonly=True) as project:
        return [(b.type.value, b.text, b.item_id) for b in project.story.blocks()], project.library.count()


def wait_idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)


@pytest.mark.usefixtures("capture_plugins")
def test_a_whole_curation_session_is_saved_undoable_and_found_again(qtbot, window, tmp_path, httpserver) -> None:
    path = tmp_path / "campaign.storyweaver"
    build_sample(path)
    assert window.actions_.open(path)
    window.show()
    qtbot.waitExposed(window)
    library_start = window.library.model.rowCount()
    snapshots = [(story_state(window), library_start)]

    def snap() -> None:
        snapshots.append((story_state(window), len(window.library.model.index_data.rows)))

    # 1. import an archive file (in the background, one undo step)
    archive = write_archive(tmp_path / "tweets.swtest.jsonl", 6)
    window.actions_.import_sources([str(archive)])
    wait_idle(qtbot, window)
    assert len(window.actions_.last_report.added) == 6
    snap()
    # 2. capture a link from a (local) web server
    httpserver.expect_request("/report").respond_with_data(
        "<html><head><title>Local press freedom report</title></head></html>", content_type="text/html")
    window.form.addressEdit.setText(httpserver.url_for("/report"))
    window.form.addButton.click()
    wait_idle(qtbot, window)
    assert len(window.actions_.last_report.added) == 1
    assert window.form.addressEdit.text() == ""
    snap()
    assert snapshots[-1][1] == library_start + 7

    # 3. filter the library as one types
    window.form.filterEdit.setFocus()
    qtbot.keyClicks(window.form.filterEdit, "#PressFreedom")
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 6)
    assert "6 of" in window.form.libraryCountLabel.text()

    # 4. drag two of them into the story, after the first block
    library = window.library.model
    mime = library.mimeData([library.index(0), library.index(1)])
    dragged = [library.row_at(0).id, library.row_at(1).id]
    assert window.story_model.canDropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert window.story_model.dropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert [b.item_id for b in window.doc.blocks[1:3]] == dragged
    assert all(library.index_data.by_id[i].in_story for i in dragged)
    snap()

    # 5. add a section heading and a text block, typed in place
    view = window.form.storyView
    view.setFocus()
    window.library.model.set_filter(window.library.current_filter())
    view.selectionModel().clearSelection()
    view.setCurrentIndex(window.story_model.index(2))
    window.form.actionAddSection.trigger()
    heading_editor = QApplication.focusWidget()
    assert isinstance(heading_editor, QLineEdit)
    heading_editor.selectAll()
    qtbot.keyClicks(heading_editor, "Voices from the archive")
    qtbot.keyClick(heading_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(b.text == "Voices from the archive" for b in window.doc.blocks))  # queued commit
    heading_row = next(i for i, b in enumerate(window.doc.blocks) if b.text == "Voices from the archive")
    assert window.doc.blocks[heading_row].type is BlockType.HEADING
    state = story_state(window)
    state[heading_row] = ("heading", "New section", None)
    snapshots.append((state, snapshots[-1][1]))  # the add ...
    snap()  # ... and the typing are two undo steps
    window.form.actionAddText.trigger()
    text_editor = QApplication.focusWidget()
    assert isinstance(text_editor, TextBlockEditor)
    text_editor.selectAll()
    qtbot.keyClicks(text_editor, "Archived posts show the campaign's reach.")
    qtbot.keyClick(text_editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: any(b.text == "Archived posts show the campaign's reach." for b in window.doc.blocks))
    texts = [b for b in window.doc.blocks if b.type is BlockType.TEXT]
    assert any(b.text == "Archived posts show the campaign's reach." for b in texts)
    text_row = next(i for i, b in enumerate(window.doc.blocks) if b.text == "Archived posts show the campaign's reach.")
    state = story_state(window)
    state[text_row] = ("text", "", None)  # the prompt is a placeholder, not text
    snapshots.append((state, snapshots[-1][1]))
    snap()

    # 6. reorder with the keyboard: Alt+Up moves the text block above the heading
    view.setFocus()
    view.selectionModel().clearSelection()
    view.setCurrentIndex(window.story_model.index(text_row))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.doc.blocks[text_row - 1].type is BlockType.TEXT
    assert window.doc.blocks[text_row].type is BlockType.HEADING
    snap()
    settle(window)
    assert stored_state(path)[0] == snapshots[-1][0]  # every edit is in the file once written

    # 7. undo each step, then redo each step: the story (and the file) follow
    stack = window.stack
    assert stack.index() == len(snapshots) - 1
    for expected in reversed(snapshots[:-1]):
        stack.undo()
        settle(window)
        assert (story_state(window), len(window.library.model.index_data.rows)) == expected
        assert stored_state(path) == (expected[0], expected[1])
    for expected in snapshots[1:]:
        stack.redo()
        settle(window)
        assert (story_state(window), len(window.library.model.index_data.rows)) == expected
    final = snapshots[-1]

    # 8. close, reopen, find it all
    window.close_project()
    assert stored_state(path) == (final[0], final[1])
    assert window.actions_.open(path)
    assert story_state(window) == final[0]
    window.form.filterEdit.setText("Local press freedom report")
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1)


def test_dropping_on_the_story_view_places_cards_before_or_after_the_one_under_the_pointer(qtbot, window,
                                                                                       demo_path) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    def drop(mime, point: QPointF, action: Qt.DropAction) -> QDropEvent:  # type: ignore[no-untyped-def]
        """What a real drag does: enter (the view accepts our formats), then drop."""
        # QDragEnterEvent takes a QPoint (a QPointF only from PySide 6.12 on).
        enter = QDragEnterEvent(point.toPoint(), action, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), enter)
        assert enter.isAccepted()
        event = QDropEvent(point, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), event)
        return event

    assert window.actions_.open(demo_path)
    window.show()
    qtbot.waitExposed(window)
    view = window.form.storyView
    model = window.story_model
    first_card = view.visualRect(model.index(0))
    library = window.library.model
    outside = next(r for r in range(library.rowCount()) if not library.row_at(r).in_story)
    mime = library.mimeData([library.index(outside)])
    upper = QPointF(first_card.center().x(), first_card.top() + 2)
    assert drop(mime, upper, Qt.DropAction.CopyAction).isAccepted()
    assert window.doc.blocks[0].item_id == library.row_at(outside).id
    # moving the last card onto the lower half of the first one puts it second
    last_id = window.doc.blocks[-1].id
    moved = model.mimeData([model.index(model.rowCount() - 1)])
    first_card = view.visualRect(model.index(0))
    lower = QPointF(first_card.center().x(), first_card.bottom() - 2)
    drop(moved, lower, Qt.DropAction.MoveAction)
    assert window.doc.blocks[1].id == last_id
    window.stack.undo()
    assert window.doc.blocks[-1].id == last_id
