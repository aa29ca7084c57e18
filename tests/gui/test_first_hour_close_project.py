"""Closing the project leaves nothing of it on screen, and nothing to do on a story that is gone.

Found in a first hour under Xvfb: after File > Close the status bar still said "Library: 12 items ·
Story: 6 blocks, 3 items", the timeline strip still drew the closed library's bars and dates, and
"Sort section by time" and "Group by day" stayed enabled with no story.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.gui.driving import settle


def test_closing_the_project_clears_counts_timeline_and_story_actions(qtbot, window, demo_path) -> None:
    assert window.actions_.open(demo_path)
    window.show()
    settle(window)
    assert window.counts_label.text() and window.timeline._library
    window.form.actionClose.trigger()
    QApplication.processEvents()
    assert window.project is None
    assert window.counts_label.text() == ""
    assert window.timeline._library == {} and window.timeline._story == {}
    f = window.form
    for action in (f.actionAddSection, f.actionAddText, f.actionSortSection, f.actionGroupByDay):
        assert not action.isEnabled(), action.text()
