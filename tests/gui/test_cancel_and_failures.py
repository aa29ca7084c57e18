"""Long work never freezes the window: a stalled download is cancelled at once, failures are
reported in one line each while the rest of the work goes on."""

from __future__ import annotations

import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from tests.gui.driving import write_archive


@pytest.fixture
def stalling_server():  # type: ignore[no-untyped-def]
    release = threading.Event()
    requests: list[str] = []

    class Stall(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            release.wait(15)
            body = b"<html><title>late</title></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Stall)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", release, requests
    release.set()
    server.shutdown()
    server.server_close()


@pytest.mark.usefixtures("capture_plugins")
def test_cancelling_a_stalled_import_frees_the_window_at_once(qtbot, window, demo_path, stalling_server) -> None:
    base, release, requests = stalling_server
    window.settings.workers = 1
    assert window.actions_.open(demo_path)
    before = len(window.library.model.index_data.rows)
    window.actions_.import_sources([f"{base}/slow/{n}" for n in range(3)])
    qtbot.waitUntil(lambda: len(requests) == 1, timeout=5000)  # the first download hangs
    (job,) = window.runner.running
    row = window.progress.row_for(job)
    assert row is not None and not window.progress.isHidden()
    # A timer keeps firing while the download hangs: the event loop is free.
    ticks: list[float] = []
    window.startTimer(10)
    window.timerEvent = lambda _event: ticks.append(time.monotonic())  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)
    started = time.monotonic()
    row.cancel.click()
    assert window.runner.running == []  # reported over at once, not when the server answers
    assert time.monotonic() - started < 0.5
    assert "Cancelled" in window.statusBar().currentMessage()
    assert window.progress.failed_rows() == []  # cancelled is not failed: nothing to dismiss
    release.set()  # the hung download ends; what it brought is kept, the rest is never fetched
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    assert len(requests) == 1
    assert len(window.library.model.index_data.rows) <= before + 1


@pytest.mark.usefixtures("capture_plugins")
def test_a_broken_file_reports_one_line_and_the_others_are_imported(qtbot, window, demo_path, tmp_path) -> None:
    assert window.actions_.open(demo_path)
    good = write_archive(tmp_path / "good.swtest.jsonl", 3)
    broken = tmp_path / "broken.swtest.jsonl"
    broken.write_text('{"id": "1", "text": "fine", "name": "A", "handle": "a", '
                      '"published": "2014-11-01T10:00:00+00:00"}\n{not json', encoding="utf-8")
    missing = tmp_path / "nowhere.zip"
    window.actions_.import_sources([str(broken), str(good), str(missing)])
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    report = window.actions_.last_report
    assert len(report.added) == 3
    (row,) = window.progress.failed_rows()  # on the import's own row, kept until dismissed
    assert row.label.text().startswith("Importing 3 sources did not finish: ")
    lines = row.job.failure.splitlines()
    assert len(lines) == 2
    assert any("broken.swtest.jsonl" in line and "line 2" in line for line in lines)
    assert any("nowhere.zip" in line for line in lines)
    # the import is one undo step, written off the window's thread
    window.stack.undo()
    assert window.doc.flush(timeout=10)
    assert all(window.project.library.get(i) is None for i in report.added)
    window.stack.redo()
    assert window.doc.flush(timeout=10)
    assert all(window.project.library.get(i) is not None for i in report.added)


def test_dropping_files_on_the_window_imports_them(qtbot, window, demo_path: Path, tmp_path, capture_plugins) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    assert window.actions_.open(demo_path)
    archive = write_archive(tmp_path / "dropped.swtest.jsonl", 2, start=50)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(archive))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    assert len(window.actions_.last_report.added) == 2


def test_an_edit_that_cannot_be_written_is_reported_and_dropped(qtbot, window, demo_path) -> None:
    """Another program holds the file's write lock past the writer's patience: the edit was
    shown at once, then fails in one clear line; so does the edit made on top of it. The undo
    stack drops them, the story shows what the file holds, and later edits are saved again."""
    import sqlite3

    from storyweaver.core.model import BlockType
    from storyweaver.store.project import Project

    window.edit_busy_timeout_ms = 300
    assert window.actions_.open(demo_path)
    before = [(b.type, b.text) for b in window.doc.blocks]
    blocker = sqlite3.connect(demo_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        window.editor.add_heading(0, "Cannot be saved")
        window.editor.add_text(1, "Made on top of it")
        assert [b.text for b in window.doc.blocks[:2]] == ["Cannot be saved", "Made on top of it"]
        assert window.saved_label.text() == "Saving…"
        qtbot.waitUntil(lambda: bool(window.progress.messages.text().strip()), timeout=10000)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert "locked" in window.progress.messages.text()
    assert [(b.type, b.text) for b in window.doc.blocks] == before
    assert not window.stack.canUndo()
    assert window.saved_label.text() == "Not saved: see the message above"
    window.editor.add_heading(0, "Saved")
    assert window.doc.blocks[0].type is BlockType.HEADING and window.doc.blocks[0].text == "Saved"
    assert window.doc.flush(timeout=10)
    qtbot.waitUntil(lambda: window.saved_label.text() == "All changes saved", timeout=5000)
    with Project.open(demo_path, readonly=True) as project:
        texts = [b.text for b in project.story.blocks()]
    assert texts[0] == "Saved" and "Cannot be saved" not in texts and "Made on top of it" not in texts


def capture_children() -> set[int]:
    """This process's capture children that are still running."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = next((line.split()[1] for line in status.splitlines() if line.startswith("PPid:")), "")
        state = next((line.split()[1] for line in status.splitlines() if line.startswith("State:")), "")
        if parent == str(os.getpid()) and b"storyweaver.capture.transport.child_side" in command and state != "Z":
            found.add(int(entry.name))
    return found


def test_many_captures_list_five_and_cancel_all_stops_every_child(qtbot, window, demo_path, stalling_server) -> None:
    from storyweaver.gui import capture_jobs

    base, _release, requests = stalling_server
    capture_jobs.stop_idle_children()
    assert window.actions_.open(demo_path)
    before = len(window.library.model.index_data.rows)
    for n in range(8):  # eight addresses pasted one after another, each its own capture
        window.actions_.import_sources([f"{base}/slow/{n}"])
    qtbot.waitUntil(lambda: len(requests) >= 2, timeout=10_000)
    qtbot.wait(300)
    fetching = len(requests)
    assert fetching <= capture_jobs.ACTIVE_CAPTURES
    panel = window.progress
    shown = [row for row in panel.findChildren(type(panel.row_for(window.runner.running[0]))) if not row.isHidden()]
    assert len(shown) == 5
    assert not panel.more.isHidden() and panel.more_label.text() == "And 3 more"
    assert len(capture_children()) == fetching  # the others wait, without a process
    cancel_all = next(b for b in panel.more.findChildren(QPushButton) if b.text() == "Cancel all")
    cancel_all.click()
    assert window.runner.running == []
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)  # the server still has not answered
    qtbot.waitUntil(lambda: not capture_children(), timeout=5000)
    assert len(requests) == fetching
    assert len(window.library.model.index_data.rows) == before


@pytest.mark.usefixtures("capture_plugins")
def test_an_import_undone_in_a_big_library_is_taken_out_of_the_index_not_read_again(qtbot, window, demo_path,
                                                                                  tmp_path, monkeypatch) -> None:
    from storyweaver.session.library_index import LibraryFilter, LibraryIndex
    from storyweaver.store.project import Project
    from tests.gui.driving import settle

    window.library.refresh.background_index_above = 5  # the demo library counts as big: the worker's way
    assert window.actions_.open(demo_path)
    qtbot.waitUntil(lambda: not window.library.partial and not window.runner.busy, timeout=20000)
    before = sorted(r.id for r in window.library.model.index_data.rows)
    window.actions_.import_sources([str(write_archive(tmp_path / "late.swtest.jsonl", 7))])
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    added = window.actions_.last_report.added
    assert len(added) == 7
    qtbot.waitUntil(lambda: len(window.library.model.index_data.rows) == len(before) + 7, timeout=10000)
    reads: list[dict[str, object]] = []
    real_read = LibraryIndex.read.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(LibraryIndex, "read", classmethod(lambda cls, path, **kw: reads.append(kw)
                                                          or real_read(cls, path, **kw)))

    def shown_ids() -> list[int]:
        return sorted(r.id for r in window.library.model.index_data.rows)

    window.stack.undo()
    settle(window)
    qtbot.waitUntil(lambda: shown_ids() == before and not window.runner.busy, timeout=10000)
    window.stack.redo()
    settle(window)
    qtbot.waitUntil(lambda: shown_ids() == sorted(before + added) and not window.runner.busy, timeout=10000)
    # Only the redone items were read back (newer than every shown row: read as new rows are),
    # never the whole library.
    assert reads == [{"after": max(before)}]
    with Project.open(demo_path, readonly=True) as project:
        fresh = LibraryIndex.load(project)
    for sort in ("newest", "author"):
        assert [r.id for r in window.library.model.index_data.select(LibraryFilter(), sort)] == \
            [r.id for r in fresh.select(LibraryFilter(), sort)]
