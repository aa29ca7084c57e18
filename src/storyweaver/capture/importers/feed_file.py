"""An RSS or Atom feed saved as a file: every entry kept (see :mod:`storyweaver.capture.feeds`)."""

from __future__ import annotations

from pathlib import Path

from storyweaver.capture import feeds
from storyweaver.capture.context import CaptureContext, CaptureSink

PRIORITY = 60
SUFFIXES = (".xml", ".rss", ".atom", ".rdf", ".feed")
LIMIT = 64 * 1024 * 1024


def can_read(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() not in SUFFIXES:
        return False
    try:
        with path.open("rb") as stream:
            return feeds.looks_like_feed(stream.read(2048))
    except OSError:
        return False


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    if path.stat().st_size > LIMIT:
        from storyweaver.errors import CaptureError
        from storyweaver.i18n import _

        raise CaptureError("broken-file", source=str(path), where=_("the top"), reason=_("larger than 64 MiB"))
    data = path.read_bytes()
    parsed = feeds.parse(data, str(path))
    raw = sink.put_blob(data, "application/xml")
    for item in feeds.items_of(parsed, path.resolve().as_uri(), ctx.clock(), raw):
        sink.add(item)
