from __future__ import annotations

import argparse
import sys

from storyweaver.store.listing_sql import items_json_text
from storyweaver.store.project import Project


def run(args: argparse.Namespace) -> int:
    with Project.open(args.file, readonly=True) as project:
        text = items_json_text(project)
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace") + b"\n")
    return 0
