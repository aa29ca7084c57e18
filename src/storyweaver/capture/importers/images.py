"""Local image files (PNG, JPEG, GIF, WebP), or a folder: every image in it.

Asked late (``PRIORITY`` 900) so that archives, exports and folders other importers know
(an unpacked X archive has images in it too) go to them first."""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.images import ImageInfo, read_image, sniff, stored_image_item
from storyweaver.errors import CaptureError

PRIORITY = 900
SUFFIXES = {".png", ".jpg", ".jpeg", ".jpe", ".gif", ".webp", ".svg", ".svgz"}
MAX_FILE = 200 * 1024 * 1024


def _looks_like_image(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return sniff(handle.read(4096)) is not None
    except OSError:
        return False


def _images_in(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*")
        if p.suffix.lower() in SUFFIXES and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and p.is_file()
    )


def can_read(path: Path) -> bool:
    if path.is_dir():
        return any(True for _ in _images_in(path))
    return path.is_file() and (path.suffix.lower() in SUFFIXES or _looks_like_image(path))


def _load(path: Path) -> tuple[bytes, ImageInfo]:
    try:
        if path.stat().st_size > MAX_FILE:
            raise CaptureError("not-an-image", source=str(path), reason="larger than 200 MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise CaptureError("unreadable", path=str(path), reason=exc.strerror or type(exc).__name__) from None
    return data, read_image(data, str(path))


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    """Import one image (a refused one is an error), or every image of a folder (a refused
    one is skipped with a warning, the others are kept)."""
    if not path.is_dir():
        data, info = _load(path)
        sink.add(stored_image_item(data, info, sink, method="file", captured_at=ctx.clock(), title=info.title))
        return
    found = _images_in(path)
    # Pillow decodes without holding the GIL: the next few photos are read and decoded on
    # other threads while this one stores the finished ones (a few ahead, so memory stays small).
    ahead = max(1, min(ctx.workers, os.cpu_count() or 1))
    pending: deque[tuple[Path, Future[tuple[bytes, ImageInfo]]]] = deque()
    files = iter(found)
    with ThreadPoolExecutor(max_workers=ahead, thread_name_prefix="images") as pool:
        try:
            for position in range(len(found)):
                while len(pending) < ahead + 1:
                    upcoming = next(files, None)
                    if upcoming is None:
                        break
                    pending.append((upcoming, pool.submit(_load, upcoming)))
                image, future = pending.popleft()
                ctx.check_cancelled()
                ctx.progress(position, len(found), str(image))
                try:
                    data, info = future.result()
                except CaptureError as exc:
                    ctx.warn(exc)
                    continue
                sink.add(stored_image_item(data, info, sink, method="file", captured_at=ctx.clock(),
                                           title=info.title))
        finally:
            for _, future in pending:
                future.cancel()
