"""The inspector: every field is one undoable edit saved at once; alt text flagged when missing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from storyweaver.core.model import BlockType, Visibility
from storyweaver.store.project import Project
from tests.gui.driving import settle


def select_item_block(window, kind: str) -> int:  # type: ignore[no-untyped-def]
    for row in range(window.story_model.rowCount()):
        item = window.story_model.item_at(row)
        if item is not None and (item.kind.value == kind):
            window.form.storyView.setCurrentIndex(window.story_model.index(row))
            return row
    raise AssertionError(kind)


def test_inspector_edits_are_saved_at_once_and_undoable(qtbot, window, demo_path: Path) -> None:
    assert window.actions_.open(demo_path)
    with qtbot.waitActive(window):  # focus changes (which write the texts) need an active window
        window.show()
        window.activateWindow()
    form = window.inspector.form
    row = select_item_block(window, "post")
    item = window.story_model.item_at(row)
    block_id = window.story_model.block_at(row).id
    assert form.altEdit.isVisibleTo(window.inspector) and "No alt text" in form.altWarning.text()
    # alt text
    form.altEdit.setFocus()
    qtbot.keyClicks(form.altEdit, "Reporters holding photos of colleagues")
    qtbot.keyClick(form.altEdit, Qt.Key.Key_Return)
    assert form.altWarning.text() == ""
    # caption, note, tags, visibility, redaction
    form.captionEdit.setFocus()
    qtbot.keyClicks(form.captionEdit, "The first gathering")
    form.noteEdit.setFocus()  # leaving the caption writes it
    qtbot.keyClicks(form.noteEdit, "Ask Amina before publishing")
    form.tagsEdit.setFocus()  # leaving the note writes it
    qtbot.keyClicks(form.tagsEdit, "courts, #vigil")
    qtbot.keyClick(form.tagsEdit, Qt.Key.Key_Return)
    form.visibilityCombo.setCurrentIndex(1)
    form.visibilityCombo.activated.emit(1)
    form.redactedCheck.setChecked(True)
    settle(window)
    with Project.open(demo_path, readonly=True) as project:
        stored = project.library.get(item.id)
        block = next(b for b in project.story.blocks() if b.id == block_id)
    assert stored.media[0].alt == "Reporters holding photos of colleagues"
    assert stored.note == "Ask Amina before publishing"
    assert stored.extra["tags"] == ["courts", "vigil"]
    assert stored.redacted is True
    assert block.caption == "The first gathering"
    assert block.visibility is Visibility.BRIEFING
    assert window.stack.count() == 6
    while window.stack.canUndo():
        window.stack.undo()
    settle(window)
    with Project.open(demo_path, readonly=True) as project:
        stored = project.library.get(item.id)
        block = next(b for b in project.story.blocks() if b.id == block_id)
    assert (stored.media[0].alt, stored.note, stored.extra.get("tags"), stored.redacted) == (None, None, None, False)
    assert (block.caption, block.visibility) == (None, Visibility.PUBLIC)
    assert "No alt text" in form.altWarning.text()  # the inspector follows undo


def test_choosing_a_section_moves_the_block_there(qtbot, window, demo_path: Path) -> None:
    assert window.actions_.open(demo_path)
    window.editor.add_heading(len(window.doc), "Later")
    row = select_item_block(window, "post")
    form = window.inspector.form
    target = form.sectionCombo.findText("Later")
    form.sectionCombo.setCurrentIndex(target)
    form.sectionCombo.activated.emit(target)
    blocks = window.doc.blocks
    assert blocks[-2].type is BlockType.HEADING and blocks[-1].item_id == window.story_model.item_at(len(blocks) - 1).id
    assert row != len(blocks) - 1


def test_open_original_only_offers_web_addresses() -> None:
    from storyweaver.gui.inspector import is_web_address

    assert is_web_address("https://example.org/a") and is_web_address("HTTP://example.org")
    for address in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "", None):
        assert not is_web_address(address)
