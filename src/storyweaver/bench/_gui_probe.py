"""Measurements of the editor, run in a fresh interpreter by ``storyweaver.bench.gui``.

Prints one JSON object: seconds from interpreter start to the first paint of story and
library, each keystroke's filter time, and the event loop's lateness while a background
job writes thousands of items to the project through its own connection, and while twenty
captures (files and pages) run as the user types.
"""

from __future__ import annotations

import json
import sys
import time

from storyweaver.bench._late_diagnostics import LateDiagnostics

STARTED = time.perf_counter()
STARTED_CPU = time.process_time()


def _wait_painted(window: object, app: object) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.painted.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(30000, loop.quit)
    if not window.has_painted:  # type: ignore[attr-defined]
        loop.exec()


def _load_job(path: str, count: int) -> object:
    def job(cancel: object, progress: object) -> int:
        from storyweaver.bench.store import campaign_posts
        from storyweaver.store.project import Project

        project = Project.open(path)
        try:
            items = list(campaign_posts(count))
            for n, item in enumerate(items):
                item.platform_id = f"load-{n}"
            project.library.add(items)
        finally:
            project.close()
        return count

    return job


class LatenessProbe:
    """A 10 ms timer that records how late the event loop lets it fire, in ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.lateness: list[float] = []
        self.worst_at = 0.0  # seconds after start
        self._started = time.perf_counter()
        self._expected = self._started + 0.01
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._fired)
        self._why: LateDiagnostics | None = None

    def _fired(self) -> None:
        now = time.perf_counter()
        self.lateness.append(max(0.0, (now - self._expected) * 1000))
        if self.lateness[-1] >= max(self.lateness):
            self.worst_at = now - self._started
        self._expected = now + 0.01
        if self._why is not None:
            self._why.armed()

    def start(self) -> None:
        self._why = LateDiagnostics.from_environment()  # opt-in: STORYWEAVER_PROBE_STACKS=FILE
        self._started = time.perf_counter()
        self._expected = self._started + 0.01
        self._timer.start()

    def stop(self) -> dict[str, float]:
        self._timer.stop()
        if self._why is not None:
            self._why.stop()
            self._why = None
        ordered = sorted(self.lateness)
        return {"max_ms": ordered[-1] if ordered else 0.0,
                "p95_ms": ordered[int(len(ordered) * 0.95)] if ordered else 0.0, "probes": len(ordered),
                "over_100ms": sum(1 for late in ordered if late > 100), "worst_at_s": self.worst_at}


def _lateness_during(window: object, title: str, job: object) -> dict[str, float]:
    """Run ``job`` on the window's runner while a 10 ms timer measures how late it fires."""
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    probe = LatenessProbe()
    done: list[object] = []
    window.runner.submit(title, job, on_done=done.append, on_error=done.append)  # type: ignore[attr-defined]
    probe.start()
    while not done:
        QApplication.processEvents()
        time.sleep(0.001)
    return {"seconds": time.perf_counter() - start, **probe.stop(), "result": str(done[0])[:200]}


def _captures_while_typing(window: object, captures: list[list[str]], every: float) -> dict[str, float]:
    """The user's own capture actions, all started at once, while an edit is typed every
    ``every`` seconds; a 10 ms timer measures how late the event loop answers."""
    from PySide6.QtWidgets import QApplication

    project = window.project  # type: ignore[attr-defined]
    before = project.library.count()
    probe = LatenessProbe()
    probe.start()
    start = time.perf_counter()
    for sources in captures:
        window.actions_.import_sources(sources)  # type: ignore[attr-defined]
    typed: list[str] = []
    next_edit = time.perf_counter()
    while window.runner.busy:  # type: ignore[attr-defined]
        QApplication.processEvents()
        if time.perf_counter() >= next_edit:
            typed.append(f"Typed during the captures, edit {len(typed)}")
            window.editor.add_text(0, typed[-1])  # type: ignore[attr-defined]
            next_edit = time.perf_counter() + every
        time.sleep(0.001)
    seconds = time.perf_counter() - start
    figures = probe.stop()
    written = time.perf_counter()
    window.doc.flush()  # type: ignore[attr-defined]
    figures["writer_behind_s"] = time.perf_counter() - written  # edits shown but not yet written at the end
    stored = {block.text for block in project.story.blocks()}
    return {"seconds": seconds, **figures, "captures": len(captures), "items_added": project.library.count() - before,
            "edits": len(typed), "edits_lost": sum(1 for text in typed if text not in stored),
            "shown": len(window.library.model.index_data.rows)}  # type: ignore[attr-defined]


def _undo_redo_import(window: object) -> dict[str, dict[str, float]]:
    """Undo the last import (the archive), then redo it, each until the library pane shows
    the result, while a 10 ms timer measures how late the event loop answers. (No typing
    meanwhile: a new edit would end the redo history, as it does for the user.)"""
    from PySide6.QtWidgets import QApplication

    from storyweaver.gui.undo import ImportItems

    stack = window.stack  # type: ignore[attr-defined]
    # The edits typed during the import came after it: undo goes back to before the import.
    before_import = max(i for i in range(stack.count()) if isinstance(stack.command(i), ImportItems))
    figures: dict[str, dict[str, float]] = {}
    for step, index in (("undo", before_import), ("redo", before_import + 1)):
        shown_before = len(window.library.model.index_data.rows)  # type: ignore[attr-defined]
        probe = LatenessProbe()
        probe.start()
        start = time.perf_counter()
        stack.setIndex(index)
        shown_at = 0.0
        while time.perf_counter() - start < 120:
            QApplication.processEvents()
            if (not window.doc.writer.pending and not window.runner.busy  # type: ignore[attr-defined]
                    and not window.library.partial
                    and len(window.library.model.index_data.rows) != shown_before):  # type: ignore[attr-defined]
                shown_at = time.perf_counter() - start
                break
            time.sleep(0.001)
        figures[step] = {"seconds": shown_at, **probe.stop(),
                         "shown": len(window.library.model.index_data.rows)}  # type: ignore[attr-defined]
    return figures


def _twenty_captures(folder: str, base: str) -> list[list[str]]:
    """One capture per twarc2 file and per page of the local server, interleaved."""
    from pathlib import Path

    files = sorted(Path(folder).glob("*.jsonl"))
    return [[source] for n, file in enumerate(files) for source in (str(file), f"{base}/news/typing-{n}")]


def _peak_mib() -> float:
    """This process's peak resident memory so far (VmHWM), in MiB; 0 where /proc has none."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(line for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return 0.0
    return int(line.split()[1]) / 1024


def main(path: str, words: str, load: int, photos: str = "", captures: str = "", base: str = "",
         archive: str = "") -> None:
    import os

    from storyweaver.collector import paused_for_start

    started = paused_for_start()  # as the editor's own start does (commands.gui.open_editor)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from storyweaver.gui.app import make_application
    from storyweaver.gui.main_window import MainWindow
    from storyweaver.settings import Settings
    from storyweaver.store.project import Project

    settings = Settings(first_start_done=True)
    app = make_application(settings)
    window = MainWindow(settings)
    window.remember_on_close = False
    opened = time.perf_counter()
    window.set_project(Project.open(path))
    window.resize(1400, 900)
    window.show()
    _wait_painted(window, app)
    painted = time.perf_counter()
    painted_cpu = time.process_time()
    started()
    while window.library.partial or window.runner.busy:  # the rest of a big library, on a worker
        QApplication.processEvents()
        time.sleep(0.002)
    indexed = time.perf_counter()
    peaks = {"opened": _peak_mib()}
    keystrokes = []
    for end in range(1, len(words) + 1):
        start = time.perf_counter()
        window.form.filterEdit.setText(words[:end])
        QApplication.processEvents()  # the filter runs on the next turn of the event loop
        window.form.libraryView.viewport().repaint()
        keystrokes.append((time.perf_counter() - start) * 1000)
    rows_after_filter = window.library.model.rowCount()
    window.form.filterEdit.setText("")
    QApplication.processEvents()
    # Event-loop lateness while a background job writes `load` items.
    written = _lateness_during(window, "load", _load_job(path, load))
    peaks["load"] = _peak_mib()
    folder_import: dict[str, float] = {}
    if photos:
        from storyweaver.gui import capture_jobs

        folder_import = _lateness_during(
            window, "photos",
            lambda cancel, progress: capture_jobs.import_sources(window.project.path, [photos], settings, cancel,
                                                                 progress))
    peaks["photos"] = _peak_mib()
    while_typing = _captures_while_typing(window, _twenty_captures(captures, base), 0.025) if captures else {}
    peaks["captures"] = _peak_mib()
    # A whole campaign's archive, imported while the user types at a human pace.
    archive_typing = _captures_while_typing(window, [[archive]], 0.25) if archive else {}
    peaks["archive"] = _peak_mib()
    undo_redo = _undo_redo_import(window) if archive else {}
    peaks["undo_redo"] = _peak_mib()
    reload_start = time.perf_counter()
    window.library.refresh.extend_now()
    reload_seconds = time.perf_counter() - reload_start
    print(json.dumps({
        "cold_to_paint": painted - STARTED,
        "cold_cpu": painted_cpu - STARTED_CPU,  # the machine may be shared: what the start itself cost
        "open_to_paint": painted - opened,
        "open_to_full_index": indexed - opened,
        "keystrokes_ms": keystrokes,
        "rows_after_filter": rows_after_filter,
        "load_seconds": written["seconds"],
        "load_ok": written["result"] == str(load),
        "lateness_max_ms": written["max_ms"],
        "lateness_p95_ms": written["p95_ms"],
        "probes": written["probes"],
        "reload_seconds": reload_seconds,
        "items": len(window.library.model.index_data.rows),
        "thumbnails_decoded": window.thumbnails.decoded,
        "folder_import": folder_import,
        "captures_while_typing": while_typing,
        "archive_while_typing": archive_typing,
        "undo_redo_archive": undo_redo,
        "peak_mib_after": peaks,  # which step set the peak
    }))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), *sys.argv[4:8])
