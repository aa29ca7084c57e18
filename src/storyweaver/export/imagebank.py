"""The images an export needs, each prepared once and shared by every output.

Building a view asks for images (:meth:`ImageBank.ref`), which reads only their headers,
so every page knows each image's final size at once.  :meth:`ImageBank.start` then
decodes and re-encodes them on a few threads (Pillow releases the GIL while it works)
while the pages are being written; an output waits only when it needs the bytes.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from storyweaver.core.reader import ProjectReader
from storyweaver.errors import Cancelled
from storyweaver.export.images import Prepared, header_size, planned_size, prepare

Progress = Callable[[int, int, str], None]
PENDING = "storyweaver-pending:"
_PENDING = re.compile(re.escape(PENDING) + r"([0-9a-z-]+)")
# Shown (with the alt text beside it) if an image whose header was fine fails to decode.
BLANK = "data:image/gif;base64,R0lGODlhAQABAIAAAMzMzAAAACH5BAAAAAAALAAAAAABAAEAAAICRAEAOw=="


@dataclass(slots=True)
class ImageRef:
    """One image as a page shows it; ``src`` is set by the output that embeds it."""

    key: str
    sha256: str
    purpose: str
    alt: str
    redact: bool = False
    square: bool = False
    width: int = 0
    height: int = 0
    src: str = ""

    @property
    def ready(self) -> bool:
        return self.width > 0


class ImageBank:
    def __init__(self, project: ProjectReader, *, keep_exif: bool = False) -> None:
        self._project = project
        self.keep_exif = keep_exif
        self.prepared: dict[str, Prepared] = {}
        self._refs: list[ImageRef] = []
        self._blobs: dict[str, bytes | None] = {}
        self._sizes: dict[str, tuple[int, int, bool] | None] = {}
        self._jobs: dict[str, Future[Prepared | None]] = {}
        self._pool: ThreadPoolExecutor | None = None
        self._cancel: threading.Event | None = None

    def _blob(self, sha256: str) -> bytes | None:
        if sha256 not in self._blobs:
            found = self._project.get_blob(sha256)
            self._blobs[sha256] = found[0] if found is not None else None
        return self._blobs[sha256]

    def ref(self, sha256: str | None, purpose: str, *, alt: str, redact: bool = False,
            square: bool = False) -> ImageRef | None:
        """Ask for an image; its final size is known at once (zero if it cannot be read)."""
        if not sha256:
            return None
        key = f"{sha256[:32]}-{purpose}{'-r' if redact else ''}{'-sq' if square else ''}"
        ref = ImageRef(key, sha256, purpose, alt, redact, square)
        if sha256 not in self._sizes:
            data = self._blob(sha256)
            try:
                width, height, _rotated, jpeg = header_size(data, self.keep_exif) if data else (0, 0, False, False)
                self._sizes[sha256] = (width, height, jpeg) if width else None
            except Exception:  # noqa: BLE001 - Pillow raises assorted errors on hostile bytes
                self._sizes[sha256] = None
        size = self._sizes[sha256]
        if size is not None:
            ref.width, ref.height = planned_size(size[0], size[1], purpose, square=square, jpeg=size[2])
        self._refs.append(ref)
        return ref

    def pending(self) -> int:
        """How many distinct images :meth:`start` would prepare."""
        return len({r.key for r in self._refs if r.ready and r.key not in self._jobs})

    def start(self, progress: Progress | None = None, cancel: threading.Event | None = None) -> None:
        """Begin preparing every image asked for so far, in the background."""
        self._cancel = cancel
        todo = {r.key: r for r in self._refs if r.ready and r.key not in self._jobs}
        if not todo:
            return
        total = len(todo)
        done = [0]
        lock = threading.Lock()

        def work(ref: ImageRef) -> Prepared | None:
            if cancel is not None and cancel.is_set():
                return None
            data = self._blob(ref.sha256)
            try:
                result = prepare(data, ref.purpose, redact=ref.redact, keep_exif=self.keep_exif,
                                 square=ref.square) if data else None
            except Exception:  # noqa: BLE001 - a file Pillow cannot decode shows its alt text
                result = None
            with lock:
                done[0] += 1
                if progress is not None:
                    progress(done[0], total, ref.alt[:40])
            return result

        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1)),
                                            thread_name_prefix="export-image")
        for key, ref in todo.items():
            self._jobs[key] = self._pool.submit(work, ref)

    def _result(self, key: str) -> Prepared | None:
        if key in self.prepared:
            return self.prepared[key]
        job = self._jobs.get(key)
        result = job.result() if job is not None else None
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled()
        if result is not None:
            self.prepared[key] = result
        return result

    def wait(self) -> None:
        """Wait for every image started (raises :class:`Cancelled` if the export was cancelled)."""
        for key in list(self._jobs):
            self._result(key)

    def close(self) -> None:
        if self._pool is not None:
            if self._cancel is not None and self._cancel.is_set():
                self._pool.shutdown(wait=True, cancel_futures=True)
            else:
                self._pool.shutdown(wait=True)
            self._pool = None
        self._blobs.clear()

    def assign_sources(self, make_src: Callable[[str, Prepared], str]) -> None:
        """Set every ref's ``src`` with ``make_src(key, prepared)`` (waiting for the images)."""
        made: dict[str, str] = {}
        for ref in self._refs:
            found = self._result(ref.key) if ref.ready else None
            if found is None:
                ref.src = ""
                continue
            if ref.key not in made:
                made[ref.key] = make_src(ref.key, found)
            ref.src = made[ref.key]

    def assign_placeholders(self) -> None:
        """Give every readable ref a placeholder ``src``, to be filled by :meth:`fill_data_uris`."""
        for ref in self._refs:
            ref.src = PENDING + ref.key if ref.ready else ""

    def fill_data_uris(self, html: str) -> str:
        """Replace the placeholders in ``html`` with the images as ``data:`` URIs."""
        uris: dict[str, str] = {}

        def uri(match: re.Match[str]) -> str:
            key = match.group(1)
            if key not in uris:
                found = self._result(key)
                uris[key] = found.data_uri() if found is not None else BLANK
            return uris[key]

        return _PENDING.sub(uri, html)
