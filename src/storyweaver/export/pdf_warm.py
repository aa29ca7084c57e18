"""A PDF renderer process started as soon as an export knows it will make a briefing.

Python and WeasyPrint take about half a second to start and import; started first, the
child does that while the parent reads the story and prepares its images, then waits for
its job on stdin (``pdf_child --wait``).  It owns the folder the briefing is prepared in.
"""

from __future__ import annotations

import subprocess
import tempfile
import threading
from pathlib import Path
from typing import IO

from storyweaver.child_process import child_environment, module_command


class WarmRenderer:
    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="storyweaver-pdf-")
        self.work = Path(self._folder.name)
        self.log = open(self.work / "warm.log", "wb")  # noqa: SIM115 - closed in close()
        self.process: subprocess.Popen[str] | None = subprocess.Popen(
            module_command("storyweaver.export.pdf_child", "--wait"),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, cwd=self.work,
            env=child_environment(network=False), text=True, encoding="utf-8",
        )

    def take(self) -> subprocess.Popen[str] | None:
        """The waiting process, for one job (None once taken, or if it has died)."""
        process, self.process = self.process, None
        return process if process is not None and process.poll() is None else None

    def close(self) -> None:
        if self.process is not None:  # never used: it ends when its stdin closes
            stop(self.process)
            self.process = None
        self.log.close()
        self._folder.cleanup()


def drain(stream: IO[str] | None) -> threading.Thread:
    """Read a child's output to its end, so it never blocks on a full pipe."""
    def read() -> None:
        if stream is not None:
            for _line in stream:
                pass

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass  # a broken pipe to a dead child
