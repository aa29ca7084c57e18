"""A section or text just added is the one the inspector shows, not the block selected before.

Found in a first hour under Xvfb: after writing a text and clicking Add Section, the new section was
selected in the story while the inspector still showed the text ("Text", with its words): typing in
the inspector would have changed the text, not the section.
"""

from __future__ import annotations

from storyweaver.core.model import BlockType
from tests.gui.driving import settle
from tests.gui.test_inspector import select_item_block


def test_the_inspector_shows_the_block_just_added(qtbot, window, demo_path) -> None:
    assert window.actions_.open(demo_path)
    window.show()
    row = select_item_block(window, "post")
    assert window.inspector._block is window.doc.blocks[row]
    for action, kind in ((window.form.actionAddSection, BlockType.HEADING),
                         (window.form.actionAddText, BlockType.TEXT)):
        action.trigger()
        settle(window)
        new_row = row + 1
        added = window.doc.blocks[new_row]
        assert added.type is kind
        assert window.inspector._block is added, (kind, window.inspector.form.headingLabel.text())
        window.form.storyView.closePersistentEditor(window.story_model.index(new_row))
        row = new_row
