"""One façade for background work: jobs are plain functions run on a worker pool; their
progress and results come back to the GUI thread by queued signals.  Jobs never touch
widgets.  Each job gets a cancel event and a progress callback.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from storyweaver.errors import Cancelled, StoryWeaverError

Progress = Callable[[int, "int | None", str], None]
JobFunction = Callable[[threading.Event, Progress], Any]


@dataclass
class Job:
    id: int
    title: str
    cancel_event: threading.Event = field(default_factory=threading.Event)
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[str], None] | None = None
    # Called with the result of a job the user cancelled but whose worker finished later
    # (a stalled download cannot be interrupted; the window does not wait for it).
    on_late: Callable[[Any], None] | None = None
    runner: TaskRunner | None = None
    quiet: bool = False  # housekeeping the user did not ask for: not listed in the progress panel
    done: int = 0
    total: int | None = None
    message: str = ""
    # What went wrong, kept on the job's own row until the user dismisses it: the error of a job
    # that failed (not one the user cancelled), or what its ``on_done`` found it could not do.
    failure: str = ""
    partly: bool = False  # the job did its work but some of it failed (``failure`` says what)

    notes_only: bool = False  # ``failure`` holds only notes: the work was all done

    def fail_partly(self, failure: str) -> None:
        """Called by an ``on_done`` whose work half succeeded: the row keeps ``failure``."""
        self.failure, self.partly = failure, True

    def note(self, notes: str) -> None:
        """Called by an ``on_done`` whose work was all done but that has something to tell
        (a direct message kept out of public outputs): the row keeps it, not as a failure."""
        self.failure, self.partly, self.notes_only = notes, True, True

    def cancel(self) -> None:
        self.cancel_event.set()
        if self.runner is not None:
            self.runner.detach(self)


class TaskRunner(QObject):
    """Runs jobs off the GUI thread; signals arrive on the GUI thread (queued)."""

    started = Signal(object)  # Job
    progressed = Signal(object)  # Job
    finished = Signal(object)  # Job (after its callback ran)
    late_finished = Signal(object)  # Job cancelled earlier whose worker has now returned
    _result = Signal(int, object, str)  # job id, result, error ("" when none)
    _progress = Signal(int, int, object, str)

    def __init__(self, workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="storyweaver-job")
        self._jobs: dict[int, Job] = {}
        self._detached: dict[int, Job] = {}
        self._reserved = 0
        self._ids = itertools.count(1)
        self._result.connect(self._deliver)
        self._progress.connect(self._report)

    @property
    def running(self) -> list[Job]:
        return list(self._jobs.values())

    def submit(self, title: str, function: JobFunction, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[str], None] | None = None,
               on_late: Callable[[Any], None] | None = None, *, quiet: bool = False) -> Job:
        job = Job(next(self._ids), title, on_done=on_done, on_error=on_error, on_late=on_late, runner=self,
                  quiet=quiet)
        self._jobs[job.id] = job
        self.started.emit(job)

        def progress(done: int, total: int | None, message: str) -> None:
            self._progress.emit(job.id, done, total, message)

        def work() -> None:
            try:
                result = function(job.cancel_event, progress)
            except Cancelled as exc:
                self._result.emit(job.id, None, str(exc))
            except StoryWeaverError as exc:
                self._result.emit(job.id, None, str(exc))
            except Exception as exc:  # noqa: BLE001 - a job's bug must reach the user, not kill the pool
                self._result.emit(job.id, None, f"{type(exc).__name__}: {exc}")
            else:
                self._result.emit(job.id, result, "")

        self._pool.submit(work)
        return job

    def _report(self, job_id: int, done: int, total: int | None, message: str) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            job.done, job.total, job.message = done, total, message
            self.progressed.emit(job)

    def detach(self, job: Job) -> None:
        """Report a cancelled job as over at once; its worker's late result goes to ``on_late``."""
        if self._jobs.pop(job.id, None) is None:
            return
        self._detached[job.id] = job
        try:
            if job.on_error is not None:
                job.on_error(str(Cancelled()))
        finally:
            self.finished.emit(job)

    def _deliver(self, job_id: int, result: object, error: str) -> None:
        late = self._detached.pop(job_id, None)
        if late is not None:
            if late.on_late is not None and result is not None:
                late.on_late(result)
            self.late_finished.emit(late)
            return
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        try:
            if error:
                if not job.cancel_event.is_set():
                    job.failure = error
                if job.on_error is not None:
                    job.on_error(error)
            elif job.on_done is not None:
                job.on_done(result)
        finally:
            self.finished.emit(job)

    def cancel_all(self) -> None:
        for job in list(self._jobs.values()):
            job.cancel()

    def reserve(self) -> Callable[[], None]:
        """Count work that will be submitted a moment later as under way (``busy``) until the
        returned function is called."""
        self._reserved += 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self._reserved -= 1

        return release

    @property
    def busy(self) -> bool:
        """Any worker still running (including cancelled jobs not yet returned), or reserved."""
        return bool(self._jobs or self._detached or self._reserved)

    def shutdown(self) -> None:
        self.cancel_all()
        self._pool.shutdown(wait=True, cancel_futures=True)


class Delivery(QObject):
    """Runs callables handed over by any thread on this object's (the GUI) thread, in order:
    the ``deliver`` of Qt-free workers such as the editor's writer."""

    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._run)

    def deliver(self, call: Callable[[], None]) -> None:
        self._arrived.emit(call)

    def _run(self, call: Callable[[], None]) -> None:
        call()
