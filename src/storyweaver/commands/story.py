from __future__ import annotations

import argparse
import json
import sys

from storyweaver.core.listing import story_listing
from storyweaver.store.project import Project


def run(args: argparse.Namespace) -> int:
    with Project.open(args.file, readonly=True) as project:
        listing = story_listing(project)
    json.dump(listing, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
