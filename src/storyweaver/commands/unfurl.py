"""``storyweaver unfurl URL --json [--html SAVED.html]``: one page as a card, no project."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from storyweaver.capture.context import CaptureContext, Endpoints, MemorySink
from storyweaver.errors import CaptureError


def run(args: argparse.Namespace) -> int:
    from storyweaver.capture.http import check_address
    from storyweaver.capture.pages.capture import page_card
    from storyweaver.core.jsonview import item_json

    # A card is described, nothing is kept: no readable copy to make.
    ctx = CaptureContext(endpoints=Endpoints.from_environment(), readable=False)
    sink = MemorySink()
    if args.html:
        path = Path(args.html)
        if not path.is_file():
            raise CaptureError("no-such-source", source=args.html)
        address = check_address(args.url)
        with path.open("rb") as handle:
            data = handle.read(50 * 1024 * 1024)
        page_card(data, sink, ctx, fetched_url=None, address=address, method="saved-page", online=False)
    else:
        from storyweaver.capture.addresses import handler_for

        handler = handler_for(args.url)
        if handler is None:
            check_address(args.url)
            raise CaptureError("unsupported-source", source=args.url)
        from storyweaver.capture.addresses import web

        if handler is web:
            web.fetch(args.url, sink, ctx, media=False)
        else:
            handler.capture(args.url, sink, ctx)
    if not sink.items:
        raise CaptureError("unsupported-source", source=args.url)
    json.dump(item_json(sink.items[0], in_story=False, section=None), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
