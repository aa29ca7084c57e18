"""Composition root of the editor: settings, translations, theme, the window and its project."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from storyweaver.errors import StoryWeaverError
from storyweaver.gui.main_window import MainWindow
from storyweaver.gui.theme import apply_theme
from storyweaver.gui.translations import install_translations, ui_language
from storyweaver.malloc_arenas import limit_arenas
from storyweaver.settings import Settings

# Qt releases the GIL in its calls, so each turn of the event loop wins the GIL back several
# times; behind a busy worker thread each win waited up to Python's 5 ms switch interval.
# At 1 ms the window's event loop stays under ~40 ms late while an import writes
# (measured: worst 104 ms at 5 ms; see BENCHMARKS.md), at no measurable cost to the worker.
GIL_SWITCH_INTERVAL = 0.001
EDITOR_ARENAS = 2  # see malloc_arenas: the peak after a 50,000-post import, undo and redo


def make_application(settings: Settings, argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    limit_arenas(EDITOR_ARENAS)  # before Qt and the workers start their threads
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("StoryWeaver")
    app.setOrganizationName("StoryWeaver")
    app.setDesktopFileName("io.github.storyweaver.StoryWeaver")  # matches packaging/linux/*.desktop
    install_translations(app, ui_language(settings))
    apply_theme(app, settings.theme)
    return app


def first_start_project(settings: Settings) -> Path | None:
    """The bundled sample, written into the data folder on first start (None if unavailable)."""
    from storyweaver.paths import data_dir

    try:
        from storyweaver.sample import build_sample, sample_file_name
    except ImportError:
        return None
    try:
        target = data_dir() / sample_file_name()
        if target.exists():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        build_sample(target)
    except (StoryWeaverError, OSError):
        return None  # a broken installation still opens an empty editor
    return target


def project_to_open(settings: Settings, requested: str | None) -> tuple[Path | None, bool]:
    """What to open: the file asked for, else the last project, else the sample (first start)."""
    if requested:
        return Path(requested), False
    for recent in settings.recent_projects:
        if Path(recent).is_file():
            return Path(recent), False
    if not settings.first_start_done:
        return first_start_project(settings), True
    return None, False


def create_window(settings: Settings, path: Path | None) -> MainWindow:
    window = MainWindow(settings)
    if path is not None:
        window.actions_.open(path)
    return window


# The collector comes back once the window has painted, or after this long at the latest.
STARTED_AT_THE_LATEST_MS = 3000


def run_editor(project_path: str | None, started: Callable[[], None] | None = None) -> int:
    """Open the editor (on ``project_path``, the last project, or the sample at first start);
    ``started`` is called once its window has painted."""
    settings = Settings.load()
    app = make_application(settings)
    session_end = SessionEnd()
    path, first_start = project_to_open(settings, project_path)
    if project_path and not Path(project_path).exists():
        raise StoryWeaverError("not-found", path=project_path)
    window = create_window(settings, path)
    if started is not None:
        window.painted.connect(started)
        QTimer.singleShot(STARTED_AT_THE_LATEST_MS, started)  # a window kept from painting (minimised)
    window.resize(1400, 900)
    window.show()
    if first_start:
        settings.first_start_done = True
        settings.save()

        def hint() -> str:
            return QCoreApplication.translate(
                "App", "This is a sample story. Drag posts from the library into the story, write between them, "
                       "then File › Export. Start your own with File › New Project, and drop files or paste "
                       "addresses to capture.")

        QTimer.singleShot(0, lambda: window.show_hint(hint))
    if os.environ.get("STORYWEAVER_QUIT_AFTER_START"):
        QTimer.singleShot(0, app.quit)
    session_end.attach(window)
    return int(app.exec())


class SessionEnd:
    """Close the window as the user would when the session ends (logout, shutdown, ``kill``):
    a pending inspector edit is committed and the project is left as one file, no -wal beside it.

    Installed before the project is opened, so a signal that comes during start-up is not lost.
    """

    def __init__(self) -> None:
        import signal

        self.window: MainWindow | None = None
        self.requested = False
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), self._terminate)

    def _terminate(self, _signum: int, _frame: object) -> None:
        self.requested = True
        if self.window is not None:
            QTimer.singleShot(0, self.window.close)  # the last window closed ends the event loop

    def attach(self, window: MainWindow) -> None:
        self.window = window
        # Python runs signal handlers between its own bytecodes; while Qt waits in C++ for
        # events, this timer gives the interpreter a turn four times a second to notice one.
        wake = QTimer(window)
        wake.timeout.connect(lambda: None)
        wake.start(250)
        if self.requested:
            QTimer.singleShot(0, window.close)
