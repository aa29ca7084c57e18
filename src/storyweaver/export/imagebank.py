"""The images an export needs, each prepared once and shared by every output.

Building a view only *asks* for images (:meth:`ImageBank.ref`); :meth:`ImageBank.prepare_all`
then decodes and re-encodes them all at once on a few threads (Pillow releases the GIL
while it decodes and resizes), reporting progress and honouring cancellation.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from storyweaver.errors import Cancelled
from storyweaver.export.images import Prepared, prepare

Progress = Callable[[int, int, str], None]


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
    def __init__(self, project: Any, *, keep_exif: bool = False) -> None:
        self._project = project
        self.keep_exif = keep_exif
        self.prepared: dict[str, Prepared] = {}
        self._failed: set[str] = set()
        self._refs: list[ImageRef] = []

    def ref(self, sha256: str | None, purpose: str, *, alt: str, redact: bool = False,
            square: bool = False) -> ImageRef | None:
        if not sha256:
            return None
        key = f"{sha256[:32]}-{purpose}{'-r' if redact else ''}{'-sq' if square else ''}"
        ref = ImageRef(key, sha256, purpose, alt, redact, square)
        self._refs.append(ref)
        return ref

    def prepare_all(self, progress: Progress | None = None, cancel: threading.Event | None = None) -> None:
        """Prepare every image asked for so far; refs of unreadable images stay not ready."""
        todo: dict[str, ImageRef] = {}
        for ref in self._refs:
            if ref.key not in self.prepared and ref.key not in self._failed:
                todo.setdefault(ref.key, ref)
        total = len(todo)
        done = 0
        lock = threading.Lock()

        def work(ref: ImageRef) -> None:
            nonlocal done
            if cancel is not None and cancel.is_set():
                return
            blob = self._project.get_blob(ref.sha256)
            result: Prepared | None = None
            if blob is not None:
                try:
                    result = prepare(blob[0], ref.purpose, redact=ref.redact, keep_exif=self.keep_exif,
                                     square=ref.square)
                except (OSError, ValueError, SyntaxError):
                    result = None  # not an image Pillow reads: the page shows the alt text
                except Exception:  # noqa: BLE001 - Pillow raises assorted errors on hostile files
                    result = None
            with lock:
                if result is None:
                    self._failed.add(ref.key)
                else:
                    self.prepared[ref.key] = result
                done += 1
                if progress is not None:
                    progress(done, total, ref.alt[:40])

        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="export-image") as pool:
            list(pool.map(work, todo.values()))
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        for ref in self._refs:
            found = self.prepared.get(ref.key)
            if found is not None:
                ref.width, ref.height = found.width, found.height

    def assign_sources(self, make_src: Callable[[str, Prepared], str]) -> None:
        """Set every ready ref's ``src`` with ``make_src(key, prepared)``."""
        made: dict[str, str] = {}
        for ref in self._refs:
            found = self.prepared.get(ref.key)
            if found is None:
                ref.src = ""
                continue
            if ref.key not in made:
                made[ref.key] = make_src(ref.key, found)
            ref.src = made[ref.key]
