"""Local image files (PNG, JPEG, GIF, WebP), or a folder: every image in it.

Asked late (``PRIORITY`` 900) so that archives, exports and folders other importers know
(an unpacked X archive has images in it too) go to them first."""

from __future__ import annotations

from pathlib import Path

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.images import image_item, sniff
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


def _read_one(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    if path.stat().st_size > MAX_FILE:
        raise CaptureError("not-an-image", source=str(path), reason="larger than 200 MiB")
    data = path.read_bytes()
    sink.add(image_item(data, str(path), sink, method="file", captured_at=ctx.clock(), title=path.name))


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    """Import one image (a refused one is an error), or every image of a folder (a refused
    one is skipped with a warning, the others are kept)."""
    if not path.is_dir():
        _read_one(path, sink, ctx)
        return
    found = _images_in(path)
    for position, image in enumerate(found):
        ctx.check_cancelled()
        ctx.progress(position, len(found), str(image))
        try:
            _read_one(image, sink, ctx)
        except CaptureError as exc:
            ctx.warn(exc)
