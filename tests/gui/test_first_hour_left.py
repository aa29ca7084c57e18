"""What the first hour's second pass fixed (issue 15): each held on the real main window."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from storyweaver.errors import CaptureError


def test_a_failed_job_says_so_on_its_own_row_until_dismissed(qtbot, window, demo_path) -> None:
    """Three imports run; one fails. Its row says what failed in one line and stays after the
    others finish; the others kept running; Dismiss removes only that row."""
    assert window.actions_.open(demo_path)
    window.show()
    qtbot.waitExposed(window)
    hold = threading.Event()

    def fails(_cancel, _progress):  # type: ignore[no-untyped-def]
        raise CaptureError("broken-file", source="broken.zip", where="line 12", reason="cut short")

    def works(_cancel, _progress):  # type: ignore[no-untyped-def]
        hold.wait(5)
        return "done"

    done: list[object] = []
    first = window.runner.submit("Importing a.zip", works, on_done=done.append)
    broken = window.runner.submit("Importing broken.zip", fails)
    last = window.runner.submit("Importing c.zip", works, on_done=done.append)
    try:
        qtbot.waitUntil(lambda: bool(window.progress.failed_rows()), timeout=3000)
        (row,) = window.progress.failed_rows()
        assert row.job is broken
        assert row.label.text() == "Importing broken.zip failed: broken.zip is damaged at line 12: cut short."
        assert row.label.isVisible() and not row.bar.isVisible()
        assert row.cancel.text() == "Dismiss"
        # the others keep running, each still with its own row, bar and Cancel
        assert {job.id for job in window.runner.running} == {first.id, last.id}
        assert all(window.progress.row_for(job).bar.isVisible() for job in (first, last))
    finally:
        hold.set()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    qtbot.wait(50)
    assert window.progress.failed_rows() == [row]  # kept until dismissed
    assert window.jobs_dock.isVisible()
    qtbot.mouseClick(row.cancel, Qt.MouseButton.LeftButton)
    assert window.progress.failed_rows() == []
    qtbot.waitUntil(lambda: not window.jobs_dock.isVisible(), timeout=2000)


def test_a_failed_jobs_row_speaks_french(qtbot, window, demo_path, qapp) -> None:
    from storyweaver.gui.translations import install_translations

    assert window.actions_.open(demo_path)

    def fails(_cancel, _progress):  # type: ignore[no-untyped-def]
        raise CaptureError("broken-file", source="a.zip", where="line 2", reason="cut short")

    window.runner.submit("Import", fails)
    qtbot.waitUntil(lambda: bool(window.progress.failed_rows()), timeout=3000)
    install_translations(qapp, "fr")
    try:
        (row,) = window.progress.failed_rows()
        qtbot.waitUntil(lambda: row.cancel.text() == "Fermer", timeout=2000)  # LanguageChange is posted
        assert row.label.text().startswith("Échec — Import : a.zip ")
    finally:
        install_translations(qapp, "en")
