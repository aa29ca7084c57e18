"""A web page saved from a browser (``.html``), read offline as a link card.

The page's address is its canonical link, else ``og:url``, else the browser's
``<!-- saved from url=(0045)… -->`` comment."""

from __future__ import annotations

import re
from pathlib import Path

from storyweaver.capture.context import CaptureContext, CaptureSink

PRIORITY = 800
SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head)[\s>]", re.IGNORECASE | re.DOTALL)
MAX_FILE = 50 * 1024 * 1024


def can_read(path: Path) -> bool:
    if not path.is_file():
        return False
    if path.suffix.lower() in SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(2048).removeprefix(b"\xef\xbb\xbf")
    except OSError:
        return False
    return _HTML_START.match(head) is not None


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    # Imported here: every file import asks this module ``can_read`` first, and the page
    # reader's libraries (35-40 ms to load) are wanted only for a saved page.
    from storyweaver.capture.pages.capture import page_card

    with path.open("rb") as handle:
        data = handle.read(MAX_FILE)
    page_card(data, sink, ctx, fetched_url=None, method="saved-page", online=False)
