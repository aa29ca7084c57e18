"""Asking before work the user started is stopped by leaving: quitting, closing the project
or opening another one used to drop a running import silently."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from storyweaver.gui.tasks import TaskRunner


class LeaveGuard(QObject):
    """``may_leave(how)`` is True when nothing the user started runs, or they agree to stop it."""

    QUIT, CLOSE, OPEN = "quit", "close", "open"

    def __init__(self, window: QWidget, runner: TaskRunner) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner

    def running(self) -> int:
        return sum(1 for job in self.runner.running if not job.quiet)

    def question(self, how: str, count: int) -> str:
        if how == self.QUIT:
            return self.tr("%n job(s) still running. Quit and stop them?", "", count)
        if how == self.OPEN:
            return self.tr("%n job(s) still running. Open another project and stop them?", "", count)
        return self.tr("%n job(s) still running. Close the project and stop them?", "", count)

    def may_leave(self, how: str) -> bool:
        count = self.running()
        if not count or not self.window.isVisible():  # a hidden window (a test, a screenshot) asks no one
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Work in progress"), self.question(how, count),
                          QMessageBox.StandardButton.NoButton, self.window)
        stop = box.addButton(self.tr("Stop the work"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not stop:
            return False
        self.runner.cancel_all()
        return True
