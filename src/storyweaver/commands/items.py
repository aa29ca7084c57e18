from __future__ import annotations

import argparse
import json
import sys

from storyweaver.core.listing import items_in_listing_order
from storyweaver.store.project import Project


def run(args: argparse.Namespace) -> int:
    with Project.open(args.file, readonly=True) as project:
        listing = items_in_listing_order(project)
    json.dump(listing, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
