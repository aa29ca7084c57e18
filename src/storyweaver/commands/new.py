from __future__ import annotations

import argparse

from storyweaver.i18n import _
from storyweaver.store.project import Project


def run(args: argparse.Namespace) -> int:
    with Project.create(args.file, title=args.title) as project:
        print(_("Created {path}").format(path=project.path))
    return 0
