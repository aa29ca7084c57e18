"""The capture child: ``python -m storyweaver.capture.transport.child_side``, started by the editor.

It parses files and fetches addresses, and sends what it finds to its parent, which stores
it (see ``capture.transport.parent_side``).  It never opens the project.  Requests arrive on stdin, one
at a time; answers leave on the original stdout, which nothing else may write to.

Why a process: parsing JSON and HTML is Python work that holds the interpreter lock, and on
the editor's own worker threads it made the window's event loop late by 300 ms and more.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import IO, Any

from storyweaver.capture.transport.frames import read_frame, write_frame
from storyweaver.errors import CaptureError, StoryWeaverError
from storyweaver.i18n import use_language

ITEMS_PER_MESSAGE = 250  # unpickled by the editor in ~2 ms: short enough not to delay the window
MEMORY_LIMIT = 4096 * 1024 * 1024


class ForwardingSink:
    """A capture sink that sends media at once and items in small batches to the parent."""

    def __init__(self, send: Any) -> None:
        self._send = send
        self._items: list[Any] = []

    def put_blob(self, data: bytes, mime: str) -> str:
        import hashlib

        self._send(("blob", data, mime))
        return hashlib.sha256(data).hexdigest()

    def add(self, item: Any) -> None:
        self._items.append(item)
        if len(self._items) >= ITEMS_PER_MESSAGE:
            self.flush()

    def add_row(self, row: Any) -> None:
        """An item made as the store writes it: sent among the items, in order (the parent
        tells a row, a tuple, from an Item)."""
        self.add(row)

    def flush(self) -> None:
        if self._items:
            self._send(("items", self._items))
            self._items = []


def serve(requests: IO[bytes], answers: IO[bytes]) -> None:
    from storyweaver.capture.context import CaptureContext
    from storyweaver.capture.http import HttpClient

    lock = threading.Lock()  # fetches finish on pool threads; one message at a time on the pipe

    def send(message: Any) -> None:
        with lock:
            write_frame(answers, message)

    hello = read_frame(requests)
    if hello is None:
        return
    _, settings = hello
    # The child words its warnings (a picture not kept, and why) in the editor's language, not
    # the system's: the parent shows them as they come.
    use_language(settings.get("language"))
    ctx = CaptureContext(
        http=HttpClient(proxy=settings["proxy"] or None, allow_local=bool(settings.get("allow_local_addresses"))),
        endpoints=settings["endpoints"],
        progress=lambda done, total, message: send(("progress", done, total, message)),
        workers=settings["workers"],
        keep_exif=settings["keep_exif"],
        warn=lambda error: send(("warn", error)),
    )
    while (request := read_frame(requests)) is not None:
        kind, payload = request
        if kind == "file":
            send(("end", _read_file(Path(payload), ctx, send)))
        elif kind == "fetch":
            _fetch(payload, ctx, send)
            send(("end", None))


def _read_file(path: Path, ctx: Any, send: Any) -> Exception | None:
    from storyweaver.capture.dispatch import LocalReader

    sink = ForwardingSink(send)
    try:
        LocalReader(ctx).read_file(path, sink)
        sink.flush()
    except Exception as exc:  # noqa: BLE001 - every failure goes back to the parent, said once
        return _as_error(str(path), exc)
    return None


def _fetch(sources: list[str], ctx: Any, send: Any) -> None:
    from storyweaver.capture import addresses
    from storyweaver.capture.dispatch import Fetch, LocalReader

    to_fetch: list[Fetch] = []
    for source in sources:
        handler = addresses.handler_for(source)
        if handler is None:
            send(("fetched", source, CaptureError("unsupported-source", source=source)))
        else:
            to_fetch.append((source, handler))
    if to_fetch:
        for source, outcome in LocalReader(ctx, unexpected=_as_error).fetched(to_fetch):
            send(("fetched", source, outcome if isinstance(outcome, Exception) else (outcome.blobs, outcome.items)))


def _as_error(source: str, exc: BaseException) -> StoryWeaverError:

    if isinstance(exc, StoryWeaverError):
        return exc
    if isinstance(exc, MemoryError):
        return CaptureError("capture-stopped", source=source, reason="MemoryError")
    # A bug of ours: the user still gets one sentence, with what to quote in a report.
    return CaptureError("capture-stopped", source=source, reason=f"{type(exc).__name__}: {exc}")


def main() -> int:
    from storyweaver.child_process import die_with_parent, limit_memory, lower_priority

    die_with_parent()
    lower_priority()
    limit_memory(MEMORY_LIMIT)
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print must not corrupt the answers
    try:
        serve(sys.stdin.buffer, answers)
    except BrokenPipeError:
        pass  # the editor went away or cancelled: nothing here is kept anyway
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
