"""``storyweaver search mastodon|bluesky|feed QUERY --json``: candidates, printed, not kept."""

from __future__ import annotations

import argparse
import json
import sys

from storyweaver.capture.context import CaptureContext, Endpoints
from storyweaver.capture.search import search
from storyweaver.capture.search.candidates import public_view
from storyweaver.core.jsonview import item_json
from storyweaver.settings import Settings


def run(args: argparse.Namespace) -> int:
    settings = Settings.load()
    ctx = CaptureContext(endpoints=Endpoints.from_environment(**settings.endpoint_overrides()))
    server = args.server or None
    items = search(args.network, args.query, ctx, limit=args.limit, server=server)
    listing = [item_json(public_view(item), in_story=False, section=None) for item in items]
    json.dump(listing, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
