"""A picture of the editor on a project: open it, wait until the story and the library
have painted (thumbnails are decoded during that paint), grab the window, save a PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from storyweaver.errors import StoryWeaverError
from storyweaver.settings import Settings


def take_screenshot(project: Path, output: Path, size: tuple[int, int], timeout_ms: int = 20000) -> None:
    from storyweaver.gui.app import make_application
    from storyweaver.gui.main_window import MainWindow
    from storyweaver.store.project import Project

    settings = Settings.load()
    app = make_application(settings)
    window = MainWindow(settings)
    window.remember_on_close = False  # a picture is not a visit: leave the recent list alone
    window.set_project(Project.open(project, readonly=False))
    window.resize(*size)
    window.show()
    loop = QEventLoop()
    window.painted.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not window.has_painted:
        loop.exec()
    # Let the re-layout after the first paint (cards wrap to the final width) settle.
    deadline = QDeadlineTimer(300)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.repaint()
    image = window.grab()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output), "PNG"):
        raise StoryWeaverError("unwritable", path=str(output), reason="PNG")
    window.close()
    app.processEvents()
    QApplication.processEvents()
