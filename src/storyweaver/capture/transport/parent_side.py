"""A :class:`~storyweaver.capture.dispatch.Reader` whose parsing and fetching run in a child
process (``capture.transport.child_side``); the results come back here to be stored.

The editor uses it so that the parsers' Python work does not compete with the window for
the interpreter lock.  The child never opens the project: every write still happens in
this process, behind the same write gate and in the same transactions as before, so the
guarantees about the project file do not depend on the child at all.  Cancelling kills the
child; a child that dies is one clear failure for the source it was working on.  A child
that finished its work cleanly can wait in a :class:`ChildPool` for the next capture,
which then starts without the ~0.3 s a new interpreter costs.
"""

from __future__ import annotations

import contextlib
import queue
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from storyweaver.capture.context import CaptureContext, CaptureSink, MemorySink
from storyweaver.capture.dispatch import Fetch
from storyweaver.capture.transport.frames import read_frame, write_frame
from storyweaver.child_process import child_environment, module_command
from storyweaver.errors import CaptureError, StoryWeaverError
from storyweaver.i18n import current_language

POLL_SECONDS = 0.05  # how often a wait for the child looks at the cancel button
_ENDED = object()


class ChildEnded(Exception):
    """The child process is gone (killed, crashed or out of memory)."""


class CaptureChild:
    """One capture process, and the thread that listens to it."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings
        self._log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the child
        self._answers: queue.Queue[Any] = queue.Queue(maxsize=32)  # bounded: the child waits for us
        self._stopping = threading.Event()
        self._process = subprocess.Popen(
            module_command("storyweaver.capture.transport.child_side"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._log, env=child_environment(network=True),
        )
        self.pid = self._process.pid
        self.idle_since = time.monotonic()
        threading.Thread(target=self._listen, name=f"capture-child-{self.pid}", daemon=True).start()
        self.send(("hello", settings))

    @property
    def alive(self) -> bool:
        return not self._stopping.is_set() and self._process.poll() is None

    def send(self, request: tuple[str, Any]) -> None:
        assert self._process.stdin is not None
        write_frame(self._process.stdin, request)

    def receive(self, ctx: CaptureContext) -> Any:
        """The child's next answer; raises Cancelled when the user cancels meanwhile."""
        while True:
            ctx.check_cancelled()
            try:
                message = self._answers.get(timeout=POLL_SECONDS)
            except queue.Empty:
                continue
            if message is _ENDED:
                raise ChildEnded(self.death_reason())
            return message

    def close(self) -> None:
        """Stop the child (it holds nothing of the project; killing it loses nothing)."""
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._process.kill()
        self._process.wait()
        for pipe in (self._process.stdin, self._process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        self._log.close()

    def death_reason(self) -> str:
        try:
            code = self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            code = self._process.wait()
        with contextlib.suppress(OSError, ValueError):
            self._log.seek(0)
            lines = self._log.read().decode("utf-8", "replace").strip().splitlines()
            if lines:
                return lines[-1][:300]
        return f"exit status {code}"

    def _listen(self) -> None:
        # Blocking reads release the interpreter lock: this thread costs the window nothing.
        assert self._process.stdout is not None
        while True:
            try:
                message = read_frame(self._process.stdout)
            except (OSError, ValueError, EOFError):
                message = None
            item = _ENDED if message is None else message
            while not self._stopping.is_set():
                try:
                    self._answers.put(item, timeout=POLL_SECONDS)
                    break
                except queue.Full:
                    continue
            if item is _ENDED or self._stopping.is_set():
                return


class ChildPool:
    """Children that finished cleanly, kept for the next capture with the same settings."""

    def __init__(self, keep: int = 2, idle_seconds: float = 120.0) -> None:
        self._keep = keep
        self._idle_seconds = idle_seconds
        self._idle: list[CaptureChild] = []
        self._lock = threading.Lock()

    def take(self, settings: dict[str, Any]) -> CaptureChild | None:
        with self._lock:
            stale = [c for c in self._idle if not self._usable(c, settings)]
            self._idle = [c for c in self._idle if c not in stale]
            child = self._idle.pop() if self._idle else None
        for old in stale:
            old.close()
        return child

    def give_back(self, child: CaptureChild) -> None:
        child.idle_since = time.monotonic()
        with self._lock:
            if child.alive and len(self._idle) < self._keep:
                self._idle.append(child)
                return
        child.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for child in idle:
            child.close()

    def _usable(self, child: CaptureChild, settings: dict[str, Any]) -> bool:
        fresh = time.monotonic() - child.idle_since < self._idle_seconds
        return fresh and child.alive and child.settings == settings


class ChildReader:
    """Reads files and fetches addresses through a capture child, for one capture job."""

    def __init__(self, ctx: CaptureContext, *, proxy: str = "", pool: ChildPool | None = None) -> None:
        self.ctx = ctx
        self._settings = {"proxy": proxy, "endpoints": ctx.endpoints, "workers": ctx.workers,
                          "keep_exif": ctx.keep_exif, "language": current_language(),
                          "allow_local_addresses": bool(getattr(ctx.http, "allow_local", False))}
        self._pool = pool
        self._child: CaptureChild | None = None
        self.pid: int | None = None  # the latest child's, once one was used

    # -- the Reader protocol --------------------------------------------------------------

    def read_file(self, path: Path, sink: CaptureSink) -> None:
        with self._exchange(("file", str(path)), str(path)) as child:
            while True:
                message = child.receive(self.ctx)
                kind = message[0]
                if kind == "blob":
                    sink.put_blob(message[1], message[2])
                elif kind == "items":
                    for item in message[1]:
                        if isinstance(item, tuple):  # an item made as the store writes it
                            sink.add_row(item)
                        else:
                            sink.add(item)
                elif kind == "end":
                    if message[1] is not None:
                        raise message[1]
                    return
                else:
                    self._relay(message)

    def fetched(self, to_fetch: list[Fetch]) -> Iterator[tuple[str, MemorySink | StoryWeaverError]]:
        sources = [source for source, _ in to_fetch]
        left = set(sources)
        try:
            with self._exchange(("fetch", sources), sources[0]) as child:
                while True:
                    message = child.receive(self.ctx)
                    kind = message[0]
                    if kind == "fetched":
                        source, outcome = message[1], message[2]
                        left.discard(source)
                        if isinstance(outcome, StoryWeaverError):
                            yield source, outcome
                        else:
                            blobs, items = outcome
                            yield source, MemorySink(blobs=blobs, items=items)
                    elif kind == "end":
                        return
                    else:
                        self._relay(message)
        except CaptureError as exc:  # the child died: every address still out fails with it
            if exc.code != "capture-stopped":
                raise
            for source in sources:
                if source in left:
                    yield source, CaptureError(exc.code, **{**exc.facts, "source": source})

    # -- the child ------------------------------------------------------------------------

    def close(self) -> None:
        """Give a healthy child back to the pool (or stop it); call once the job is over."""
        child, self._child = self._child, None
        if child is None:
            return
        if self._pool is not None:
            self._pool.give_back(child)
        else:
            child.close()

    def __enter__(self) -> ChildReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _exchange(self, request: tuple[str, Any], source: str) -> Iterator[CaptureChild]:
        """Send one request and hand over the child for its answers.

        A request left half-answered (cancelled, or the store failed) ends the child: its
        remaining answers would be taken for the next request's.
        """
        self.ctx.check_cancelled()
        try:
            child = self._current()
            child.send(request)
        except OSError as exc:
            self._discard()
            raise CaptureError("capture-stopped", source=source, reason=str(exc)) from exc
        try:
            yield child
        except ChildEnded as ended:
            self._discard()
            raise CaptureError("capture-stopped", source=source, reason=str(ended)) from ended
        except BaseException:
            self._discard()
            raise

    def _current(self) -> CaptureChild:
        if self._child is None or not self._child.alive:
            if self._child is not None:
                self._discard()
            child = self._pool.take(self._settings) if self._pool is not None else None
            self._child = child or CaptureChild(self._settings)
            self.pid = self._child.pid
        return self._child

    def _discard(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            child.close()

    def _relay(self, message: tuple[Any, ...]) -> None:
        if message[0] == "progress":
            self.ctx.progress(message[1], message[2], message[3])
        elif message[0] == "warn":
            self.ctx.warn(message[1])
