"""The story's images prepared while the Export dialog is open.

The user takes a few seconds to choose what to write; meanwhile a quiet job prepares the
images both audiences' views ask for and keeps them in the project (export/ahead.py,
store/keep_prepared.py).  Pressing Export then waits for that job to end, if it has begun,
instead of preparing the same photographs a second time: the first export of a story is then
as quick as the later ones.  A job that had not begun when Export was pressed is cancelled.
"""

from __future__ import annotations

import threading
from pathlib import Path

from storyweaver.errors import Cancelled
from storyweaver.gui.tasks import Job, Progress, TaskRunner


class ImagesAhead:
    def __init__(self, runner: TaskRunner, project_path: Path, title: str) -> None:
        self.path = project_path
        self.started = threading.Event()
        self.ended = threading.Event()
        self.job: Job = runner.submit(title, self._run, quiet=True)

    def _run(self, cancel: threading.Event, _progress: Progress) -> int:
        self.started.set()
        try:
            if cancel.is_set():
                return 0
            from storyweaver.export.ahead import prepare_ahead
            from storyweaver.store.keep_prepared import keep_in_file
            from storyweaver.store.project import Project

            with Project.open(self.path, readonly=True) as project:
                rows = prepare_ahead(project, cancel)
            return keep_in_file(self.path, rows, if_idle=True)
        finally:
            self.ended.set()

    def before_export(self) -> None:
        """On the GUI thread, when Export is pressed: a job not begun yet is not waited for."""
        if not self.started.is_set():
            self.job.cancel()

    def wait(self, cancel: threading.Event) -> None:
        """On the export's thread: wait for the images being prepared (the export's Cancel works)."""
        while self.started.is_set() and not self.ended.wait(0.05):
            if cancel.is_set():
                raise Cancelled()
