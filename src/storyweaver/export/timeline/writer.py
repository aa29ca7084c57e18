"""Write a TimelineJS file: ``OUT.json`` alone, or ``DIR/`` with ``timeline.json`` and images.

Images are never inlined as ``data:`` URIs (TimelineJS does not take them for images).  In a
folder they are files (``images/<hash>.jpg``, blurred for a redacted author); alone, an image
is referenced by the address it was captured from, when TimelineJS can tell it is an image
(its path ends in .jpg, .png ...) and its author is not redacted.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from storyweaver.errors import ExportError
from storyweaver.export import atomic
from storyweaver.export.imagebank import ImageBank, ImageRef
from storyweaver.export.images import Prepared
from storyweaver.export.timeline.document import TextBlocks, timeline_document
from storyweaver.export.viewmodel import MediaView, StoryView

IMAGES = "images"
DOCUMENT = "timeline.json"
# TimelineJS's own test for an image address, applied to the path (not to the query).
_IMAGE_PATH = re.compile(r"\.(jpe?g|png|gif|webp)$", re.IGNORECASE)
_OURS = re.compile(r"^[0-9a-f]{24}\.(jpg|png|webp)$")


def original_address(media: MediaView | None, _ref: ImageRef | None) -> str:
    if media is None or not media.address or media.type != "image":
        return ""
    parts = urlsplit(media.address)
    if parts.scheme != "https" or not _IMAGE_PATH.search(parts.path) or parts.fragment:
        return ""
    return media.address


def write_timeline(view: StoryView, labels: dict[str, str], bank: ImageBank, target: Path,
                   text_blocks: TextBlocks = TextBlocks.SLIDES) -> list[Path]:
    """Write the timeline; ``target`` is a file, or an existing folder (json + images/)."""
    if not target.is_dir():
        document = timeline_document(view, labels, original_address, text_blocks)
        atomic.write_bytes(target, _encoded(document))
        return [target]
    images = target / IMAGES
    try:
        images.mkdir(exist_ok=True)
    except OSError as exc:
        raise ExportError("unwritable", path=str(target), reason=exc.strerror or str(exc)) from exc
    written: dict[str, Prepared] = {}
    by_key: dict[str, str] = {}

    def place(key: str, prepared: Prepared) -> str:
        name = f"{hashlib.sha256(prepared.data).hexdigest()[:24]}.{prepared.extension}"
        written[name] = prepared
        by_key[key] = f"{IMAGES}/{name}"
        return by_key[key]

    bank.assign_sources(place)

    used: set[str] = set()

    def from_files(_media: MediaView | None, ref: ImageRef | None) -> str:
        url = by_key.get(ref.key, "") if ref is not None else ""
        if url:
            used.add(Path(url).name)
        return url

    document = timeline_document(view, labels, from_files, text_blocks)
    # Images first (content-named, so rewriting one is harmless), the document last and atomically.
    for name in sorted(used):
        if not (images / name).is_file():
            atomic.write_bytes(images / name, written[name].data)
    atomic.write_bytes(target / DOCUMENT, _encoded(document))
    for stale in images.iterdir():
        if stale.is_file() and stale.name not in used and _OURS.match(stale.name):
            stale.unlink(missing_ok=True)
    return [target / DOCUMENT, *(images / name for name in sorted(used))]


def _encoded(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
