"""A non-modal panel listing running jobs, each with its progress and a Cancel button.
A job that fails keeps its row, saying what failed, until the user dismisses it; the rest of
the work goes on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from storyweaver.gui.tasks import Job, TaskRunner
from storyweaver.gui.text_paint import plain_tooltip

VISIBLE_ROWS = 5


class JobRow(QWidget):
    dismissed = Signal(object)  # this row, once its failure was read

    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.failed = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel(job.title, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # A failure is read in full and can be copied into a message to a colleague.
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        # A long path must not widen the panel (every change of its size repaints what is under it).
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(260)
        self.cancel = QPushButton(self)
        self.cancel.clicked.connect(self._cancel)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self._name()

    def _name(self) -> None:
        # The job's title stays in the language it was started in; our own words follow the user's.
        title = self.job.title
        if self.failed:
            what = (self.tr("%1 finished; to note: %2") if self.job.notes_only
                    else self.tr("%1 did not finish: %2") if self.job.partly else self.tr("%1 failed: %2"))
            self.label.setText(what.replace("%1", title).replace("%2", self.job.failure))
            self.label.setToolTip(plain_tooltip(self.label.text()))
            self.cancel.setText(self.tr("Dismiss"))
            self.cancel.setAccessibleName(self.tr("Dismiss the failure of %1").replace("%1", title))
            return
        self.bar.setAccessibleName(self.tr("Progress of %1").replace("%1", title))
        self.cancel.setText(self.tr("Cancelling…") if not self.cancel.isEnabled() else self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel %1").replace("%1", title))

    def show_failure(self) -> None:
        """The job is over and failed: its row says what failed and waits to be dismissed."""
        self.failed = True
        self.bar.hide()
        self.label.setWordWrap(True)  # the whole reason, never cut
        if not self.job.notes_only:  # notes are read in the usual colour; red is for what failed
            self.label.setStyleSheet("color: #d93036;")
        self.cancel.setEnabled(True)
        self.cancel.clicked.disconnect(self._cancel)
        self.cancel.clicked.connect(lambda: self.dismissed.emit(self))
        self._name()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
        super().changeEvent(event)

    def _cancel(self) -> None:
        self.job.cancel()
        self.cancel.setEnabled(False)
        self._name()

    def update_from(self, job: Job) -> None:
        # Only what changed: a label or range set again re-lays the panel out, and the panel
        # floats over the story and the library, whose cards are then painted again.
        if job.total:
            # QProgressBar.setValue repaints at once, through every widget under the panel
            # (15 ms each, 130 ms at worst while captures ran); paint with the next frame instead.
            self.bar.setUpdatesEnabled(False)
            if self.bar.maximum() != job.total:
                self.bar.setRange(0, job.total)
            self.bar.setValue(min(job.done, job.total))
            self.bar.setUpdatesEnabled(True)  # schedules one ordinary, coalesced update
        text = f"{job.title}: {job.message}" if job.message else job.title
        if text != self.label.text() and not self.failed:
            self.label.setText(text)
            self.label.setToolTip(plain_tooltip(text))


class ProgressPanel(QFrame):
    """The content of the jobs dock (``jobs_dock``), which follows it when ``resized`` says its
    content changed."""

    resized = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self._rows: dict[int, JobRow] = {}
        self._failed: list[JobRow] = []  # finished in failure, shown until dismissed
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.setSpacing(0)
        self.messages = QLabel(self)
        self.messages.setTextFormat(Qt.TextFormat.PlainText)
        self.messages.setWordWrap(True)
        # Errors are read in full and can be copied into a message to a colleague.
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.messages.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps, never widens
        self.messages.setStyleSheet("color: #d93036; padding: 2px 6px;")
        self.messages.hide()
        self._layout.addWidget(self.messages)
        dismiss = QHBoxLayout()
        dismiss.addStretch(1)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(lambda: self.show_failures([]))
        dismiss.addWidget(self.close_button)
        self.close_button.hide()
        self._layout.addLayout(dismiss)
        # Twenty captures started together would stack twenty rows over the story: the first
        # few are listed, the rest summed up in one line with a way to stop them all.
        self.more = QWidget(self)
        more_layout = QHBoxLayout(self.more)
        more_layout.setContentsMargins(6, 2, 6, 2)
        self.more_label = QLabel(self.more)
        self.more_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_all = QPushButton(self.more)
        self.cancel_all.clicked.connect(self.cancel_listed)
        more_layout.addWidget(self.more_label, 1)
        more_layout.addWidget(self.cancel_all)
        self.more.hide()
        self._layout.addWidget(self.more)
        self._layout.addStretch(1)
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._finished)
        self._name()
        self.hide()

    def _name(self) -> None:
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the messages"))
        self.cancel_all.setText(self.tr("Cancel all"))
        self.cancel_all.setAccessibleName(self.tr("Cancel all the work in progress"))
        self.setAccessibleName(self.tr("Work in progress"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
            self._arrange()
            self._follow()  # shown only with something to say (a new language showed an empty dock)
        super().changeEvent(event)

    def row_for(self, job: Job) -> JobRow | None:
        return self._rows.get(job.id)

    def _started(self, job: Job) -> None:
        if job.quiet:
            return
        row = JobRow(job, self)
        self._rows[job.id] = row
        self._layout.insertWidget(self._layout.indexOf(self.more), row)
        self._arrange()
        self.show()
        self.resized.emit()

    def _progressed(self, job: Job) -> None:
        row = self._rows.get(job.id)
        if row is not None:
            row.update_from(job)

    def _finished(self, job: Job) -> None:
        row = self._rows.pop(job.id, None)
        if row is not None:
            if job.failure:
                self._failed.append(row)
                row.show_failure()
                row.dismissed.connect(self.dismiss)
                row.show()  # listed even when it was one of those summed up
            else:
                row.hide()  # out of the layout now: the dock's height is measured before it is deleted
                row.deleteLater()
            self._arrange()
        self._follow()

    def failed_rows(self) -> list[JobRow]:
        return list(self._failed)

    def dismiss(self, row: JobRow) -> None:
        if row in self._failed:
            self._failed.remove(row)
            row.hide()
            row.deleteLater()
            self._follow()

    def _follow(self) -> None:
        self.setVisible(bool(self._rows) or bool(self._failed) or not self.messages.isHidden())
        self.resized.emit()

    def cancel_listed(self) -> None:
        """Cancel the work the panel lists (not the window's own housekeeping)."""
        for row in list(self._rows.values()):
            row.job.cancel()

    def _arrange(self) -> None:
        rows = list(self._rows.values())  # in the order the jobs started
        for position, row in enumerate(rows):
            row.setVisible(position < VISIBLE_ROWS)
        hidden = len(rows) - VISIBLE_ROWS
        self.more.setVisible(hidden > 0)
        if hidden > 0:
            self.more_label.setText(self.tr("And %Ln more", "", hidden))

    def show_failures_line(self, line: str) -> None:
        self.show_failures([line])

    def show_failures(self, lines: list[str]) -> None:
        """Show what failed outside any job (an edit not written, a file opened read-only), one
        line each; cleared by the next successful piece of work."""
        self.messages.setText("\n".join(lines))
        self.messages.setVisible(bool(lines))
        self.close_button.setVisible(bool(lines))
        self._follow()

    def dismiss_all(self) -> None:
        """The messages and every failed job's row (the dock was closed)."""
        for row in self.failed_rows():
            self.dismiss(row)
        self.show_failures([])
