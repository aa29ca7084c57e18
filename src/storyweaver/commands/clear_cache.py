"""``storyweaver clear-cache``: delete the laid-out parts of briefings kept in the user's
cache (``export/part_cache``); the next PDF export lays every page out again."""

from __future__ import annotations

import argparse

from storyweaver.i18n import ngettext, number


def run(args: argparse.Namespace) -> int:
    from storyweaver.export.part_cache import clear, default_folder

    count = clear()
    print(ngettext("Deleted {count} kept file from {folder}", "Deleted {count} kept files from {folder}", count)
          .format(count=number(count), folder=default_folder()))
    return 0
