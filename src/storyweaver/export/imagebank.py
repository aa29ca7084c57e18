"""The images an export needs, each prepared once and shared by every output.

Building a view asks for images (:meth:`ImageBank.ref`), which reads only their headers,
so every page knows each image's final size at once.  :meth:`ImageBank.start` then
decodes and re-encodes them on a few threads (Pillow releases the GIL while it works)
while the pages are being written; an output waits only when it needs the bytes.

An image already prepared by an earlier export by the same recipe (kept in the project
file, see store/prepared_images.py) is taken as it is: neither its header nor its pixels
are read again.  :meth:`ImageBank.fresh` lists those prepared this time, for the caller to
keep (the export itself only reads the project).
"""

from __future__ import annotations

import os
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from storyweaver.core.reader import ProjectReader
from storyweaver.errors import Cancelled
from storyweaver.export.images import Prepared, carries_only_pixels, header_size, planned_size, prepare, recipe
from storyweaver.store.prepared_images import PreparedRow

Progress = Callable[[int, int, str], None]
PENDING = "storyweaver-pending:"
# Shown (with the alt text beside it) if an image whose header was fine fails to decode.
_WORKERS = 4
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
        # Placeholders carry a secret of this export, so captured text that imitates one
        # (the key is computable from a public image's hash) can never be filled in.
        self._nonce = secrets.token_hex(16)
        self._placed: set[str] = set()
        self._eager = False
        self._lock = threading.Lock()
        self._done = 0
        self._progress: Progress | None = None
        self._recipes: dict[str, tuple[str, str]] = {}  # key -> (original's sha256, recipe) worth keeping
        self._kept: set[str] = set()  # keys whose bytes came from the project's kept copies

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
        keep = self.keep_exif and not redact  # a redacted image loses its EXIF, so it is turned upright
        if not keep and self._from_kept(ref):
            self._refs.append(ref)
            return ref
        sized = f"{sha256}{'-exif' if keep else ''}"
        if sized not in self._sizes:
            data = self._blob(sha256)
            try:
                width, height, _rotated, jpeg = header_size(data, keep) if data else (0, 0, False, False)
                self._sizes[sized] = (width, height, jpeg) if width else None
            except Exception:  # noqa: BLE001 - Pillow raises assorted errors on hostile bytes
                self._sizes[sized] = None
        size = self._sizes[sized]
        if size is not None:
            ref.width, ref.height = planned_size(size[0], size[1], purpose, square=square, jpeg=size[2])
        self._refs.append(ref)
        if self._eager:
            self._submit(ref)
        return ref

    def _from_kept(self, ref: ImageRef) -> bool:
        """Size ``ref`` from a copy kept by an earlier export, if there is one (no EXIF wanted)."""
        if ref.key not in self._recipes:
            self._recipes[ref.key] = (ref.sha256, recipe(ref.purpose, redact=ref.redact, square=ref.square))
            found = self._project.prepared_image(*self._recipes[ref.key])
            if found is not None and carries_only_pixels(found[0], found[1]):
                self.prepared[ref.key] = Prepared(*found)
                self._kept.add(ref.key)
        kept = self.prepared.get(ref.key) if ref.key in self._kept else None
        if kept is None:
            return False
        ref.width, ref.height = kept.width, kept.height
        return True

    def fresh(self) -> list[PreparedRow]:
        """The images this bank prepared (those finished, if it was cancelled) that a later
        export could take as they are."""
        rows = []
        for key, (sha256, how) in self._recipes.items():
            prepared = self.prepared.get(key) if key not in self._kept else None
            job = self._jobs.get(key)
            if prepared is None and key not in self._kept and job is not None and job.done() \
                    and not job.cancelled():
                prepared = job.result()  # finished, though no output asked for it (cancelled)
            if prepared is not None:
                rows.append(PreparedRow(sha256, how, prepared.mime, prepared.width, prepared.height, prepared.data))
        return rows

    def pending(self) -> int:
        """How many distinct images this export prepares (started or not yet)."""
        return len(self._jobs) + len({r.key for r in self._refs
                                      if r.ready and r.key not in self._jobs and r.key not in self._kept})

    def begin(self, cancel: threading.Event | None = None) -> None:
        """Prepare each image as soon as it is asked for, while the views are still being built."""
        self._cancel = cancel
        self._eager = True

    def start(self, progress: Progress | None = None, cancel: threading.Event | None = None) -> None:
        """Prepare every image asked for so far (and not begun yet) in the background;
        ``progress`` hears of each one done, those begun by :meth:`begin` included."""
        if cancel is not None:
            self._cancel = cancel
        with self._lock:
            self._progress = progress
            done = self._done
        for ref in self._refs:
            self._submit(ref)
        if progress is not None and done:
            progress(done, len(self._jobs), "")

    def _submit(self, ref: ImageRef) -> None:
        if not ref.ready or ref.key in self._jobs or ref.key in self._kept:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=max(1, min(_WORKERS, os.cpu_count() or 1)),
                                            thread_name_prefix="export-image")
        self._jobs[ref.key] = self._pool.submit(self._work, ref)

    def _work(self, ref: ImageRef) -> Prepared | None:
        cancel = self._cancel
        if cancel is not None and cancel.is_set():
            return None
        data = self._blob(ref.sha256)
        try:
            result = prepare(data, ref.purpose, redact=ref.redact, keep_exif=self.keep_exif,
                             square=ref.square) if data else None
        except Exception:  # noqa: BLE001 - a file Pillow cannot decode shows its alt text
            result = None
        with self._lock:
            self._done += 1
            done, total, progress = self._done, len(self._jobs), self._progress
        if progress is not None:
            progress(done, total, ref.alt[:40])
        return result

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

    def close(self, *, abandon: bool = False) -> None:
        if self._pool is not None:
            if abandon or (self._cancel is not None and self._cancel.is_set()):
                self._pool.shutdown(wait=True, cancel_futures=True)
            else:
                self._pool.shutdown(wait=True)
            self._pool = None
        self._blobs.clear()

    def assign_sources(self, make_src: Callable[[str, Prepared], str], refs: Iterable[ImageRef]) -> None:
        """Set the ``src`` of ``refs`` (one output's images only) with ``make_src(key, prepared)``.

        Only the refs an output shows are given: ``make_src`` may write files, and an image of
        another audience (a briefing-only block, an unblurred original) must never be written.
        """
        made: dict[str, str] = {}
        for ref in refs:
            found = self._result(ref.key) if ref.ready else None
            if found is None:
                ref.src = ""
                continue
            if ref.key not in made:
                made[ref.key] = make_src(ref.key, found)
            ref.src = made[ref.key]

    def assign_placeholders(self, refs: Iterable[ImageRef]) -> None:
        """Give each readable ref of ``refs`` a placeholder ``src``, filled by :meth:`fill_data_uris`."""
        self._placed = set()
        for ref in refs:
            if ref.ready:
                ref.src = f"{PENDING}{self._nonce}:{ref.key}"
                self._placed.add(ref.key)
            else:
                ref.src = ""

    def fill_data_uris(self, html: str) -> str:
        """Replace the placeholders written by :meth:`assign_placeholders` with ``data:`` URIs.

        Only the keys placed for this output, behind this export's secret, are replaced;
        anything else that looks like a placeholder is left as inert text.
        """
        pattern = re.compile(re.escape(f"{PENDING}{self._nonce}:") + r"([0-9a-z-]+)")
        uris: dict[str, str] = {}

        def uri(match: re.Match[str]) -> str:
            key = match.group(1)
            if key not in self._placed:
                return match.group(0)
            if key not in uris:
                found = self._result(key)
                uris[key] = found.data_uri() if found is not None else BLANK
            return uris[key]

        return pattern.sub(uri, html)
