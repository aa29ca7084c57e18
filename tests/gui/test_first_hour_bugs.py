"""The rough edges a new user met in their first hour (issue 15), each held on the real window."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_job_errors_have_their_own_place_and_never_cover_the_story(qtbot, window, demo_path) -> None:
    assert window.actions_.open(demo_path)
    window.show()
    qtbot.waitExposed(window)
    hold = threading.Event()
    long_reason = "The archive “tweets-2014.zip” could not be read: " + "its data/tweets.js is cut short " * 6

    def fails(_cancel, _progress):  # type: ignore[no-untyped-def]
        hold.wait(5)
        raise ValueError(long_reason)

    errors: list[str] = []
    for n in range(3):
        window.runner.submit(f"Import archive {n}", fails,
                             on_error=lambda m: (errors.append(m), window.progress.show_failures(errors)))
    qtbot.waitUntil(lambda: window.jobs_dock.isVisible(), timeout=3000)
    rows = [window.progress.row_for(job) for job in window.runner.running]
    assert all(row is not None and row.isVisible() for row in rows)
    # each job's line, bar and Cancel on its own line: none drawn over another
    cancels = [global_rect(row.cancel) for row in rows]
    assert all(not a.intersects(b) for i, a in enumerate(cancels) for b in cancels[i + 1:])
    hold.set()
    qtbot.waitUntil(lambda: not window.runner.busy and len(errors) == 3, timeout=5000)
    assert window.jobs_dock.isVisible()
    messages = window.progress.messages
    assert messages.text().count(long_reason.strip()) == 3  # in full, each of them
    assert messages.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    # the dock has its own room: it covers neither the story nor the library
    for covered in (window.form.storyView, window.form.libraryView):
        assert not global_rect(window.jobs_dock).intersects(global_rect(covered))
    window.jobs_dock.close()  # dismissing keeps the window usable and clears the messages
    assert not window.progress.messages.text()
