"""``storyweaver open FILE [--screenshot OUT.png --size WxH]``: the editor on one project,
or a picture of it (offscreen) for documentation and tests."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from storyweaver.errors import StoryWeaverError


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise StoryWeaverError("bad-size", size=text) from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise StoryWeaverError("bad-size", size=text)
    return width, height


def run(args: argparse.Namespace) -> int:
    if not Path(args.file).is_file():
        raise StoryWeaverError("not-found", path=args.file)
    if not args.screenshot:
        from storyweaver.commands.gui import open_editor

        return open_editor(args.file)
    size = parse_size(args.size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from storyweaver.gui.screenshot import take_screenshot

    take_screenshot(Path(args.file), Path(args.screenshot), size)
    return 0
