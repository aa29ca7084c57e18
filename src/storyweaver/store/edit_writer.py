"""Commit the editor's edits in order, on a thread and a connection of their own.

A background import writes 50,000 posts in one transaction (1.2 s and more). An edit made
meanwhile used to wait for it on the window's thread, and the window froze for as long.
Now the editor applies an edit to what it shows at once and hands the writing to an
``EditWriter``: edits are committed one transaction each, in the order they were made,
behind the same write gate (the editor's writes still go before waiting imports).

Nothing here knows about Qt: the owner gives ``deliver``, which runs a callable on the
owner's thread (the window posts it to its event loop), and every callback goes through it.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyweaver.errors import StoryWeaverError
from storyweaver.store.project import Project

Apply = Callable[[Project], Any]
Then = Callable[[Any], None]
Deliver = Callable[[Callable[[], None]], None]

log = logging.getLogger(__name__)
WRITER_CACHE_KIB = 8 * 1024


class ImmediateWriter:
    """Writes at once, in the caller's thread (scripts, tests, and no window to keep alive).

    A failure is raised to the caller, as any direct write would.
    """

    def __init__(self, project: Project) -> None:
        self._project = project
        self.committed = 0

    @property
    def pending(self) -> int:
        return 0

    def submit(self, apply: Apply, then: Then | None = None) -> None:
        with self._project.transaction():
            result = apply(self._project)
        self.committed += 1
        if then is not None:
            then(result)

    def flush(self, timeout: float | None = None) -> bool:
        return True

    def resume(self) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass
class _Write:
    apply: Apply
    then: Then | None


class EditWriter:
    """One thread, one read-write connection: each submitted write is one transaction.

    After a write fails, the ones queued behind it are dropped (they were made on top of
    it) and so is anything submitted until the owner, having shown the file's truth again,
    calls :meth:`resume`.
    """

    def __init__(self, path: Path, deliver: Deliver, *, on_failed: Callable[[str], None],
                 on_idle: Callable[[], None], busy_timeout_ms: int | None = None) -> None:
        self._project = Project.open(path)
        self._project.interactive = True  # before any import that waits (store.write_gate)
        if busy_timeout_ms is not None:
            self._project.query(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        # Edits touch a few pages each; an import undone or redone (50,000 rows copied to and
        # from temporary tables) filled the 64 MiB cache other connections keep and held it
        # for the rest of the session. Pages are read again from the system's file cache.
        self._project.query(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        self._deliver = deliver
        self._on_failed = on_failed
        self._on_idle = on_idle
        self._queue: queue.SimpleQueue[_Write | None] = queue.SimpleQueue()
        self._condition = threading.Condition()
        self._pending = 0
        self._failed = False
        self.committed = 0  # writes committed so far (read by the owner to know a failure is behind)
        self._thread = threading.Thread(target=self._run, name="storyweaver-edit-writer", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Writes submitted and not yet committed (or dropped)."""
        with self._condition:
            return self._pending

    def submit(self, apply: Apply, then: Then | None = None) -> None:
        """Queue ``apply(project)`` as one transaction; ``then(result)`` is delivered once it
        is committed (never if it fails or is dropped)."""
        with self._condition:
            self._pending += 1
        self._queue.put(_Write(apply, then))

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every write submitted so far is committed or dropped."""
        with self._condition:
            return self._condition.wait_for(lambda: self._pending == 0, timeout)

    def resume(self) -> None:
        """Take writes again after a failure (the owner has reloaded what it shows)."""
        with self._condition:
            self._failed = False

    def close(self) -> None:
        """Commit what is queued, then stop and close the connection."""
        self._queue.put(None)
        self._thread.join()
        self._project.close()

    def _run(self) -> None:
        while (write := self._queue.get()) is not None:
            try:
                with self._condition:
                    dropped = self._failed
                if not dropped:
                    self._write(write)
            finally:
                with self._condition:
                    self._pending -= 1
                    idle = self._pending == 0
                    if idle:
                        self._condition.notify_all()
                if idle:
                    self._deliver(self._on_idle)
                    self._release_cache()

    def _write(self, write: _Write) -> None:
        try:
            with self._project.transaction():
                result = write.apply(self._project)
        except (StoryWeaverError, sqlite3.Error) as exc:
            self._fail(str(exc))
        except Exception as exc:  # a bug must not kill the thread that holds the user's edits
            log.exception("an edit could not be written")
            self._fail(f"{type(exc).__name__}: {exc}")
        else:
            self.committed += 1
            if write.then is not None:
                then = write.then
                self._deliver(lambda: then(result))

    def _release_cache(self) -> None:
        """Free the connection's cached pages while no write waits (the next edit reads the
        few it needs again)."""
        try:
            self._project.query("PRAGMA shrink_memory")
        except StoryWeaverError:
            pass  # a damaged file says so at the next write

    def _fail(self, message: str) -> None:
        with self._condition:
            self._failed = True
        self._deliver(lambda: self._on_failed(message))
