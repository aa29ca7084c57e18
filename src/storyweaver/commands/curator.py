"""``storyweaver curator FILE [--name NAME] [--organisation ORG]``: who curates this project.

Merges record it as the provenance of every item this project captured (see
:mod:`storyweaver.capture.merge.project`).  Without options, prints it.
"""

from __future__ import annotations

import argparse

from storyweaver.capture.merge.project import CURATOR, CURATOR_ORGANISATION
from storyweaver.export.text import plain
from storyweaver.i18n import _
from storyweaver.store.project import Project


def run(args: argparse.Namespace) -> int:
    changing = args.name is not None or args.organisation is not None
    with Project.open(args.file, readonly=not changing) as project:
        if changing:
            with project.transaction():
                for key, value in ((CURATOR, args.name), (CURATOR_ORGANISATION, args.organisation)):
                    if value is not None:
                        project.set_meta(key, plain(value) or None)
        print(_("Curator: {name}; organisation: {organisation}").format(
            name=project.meta(CURATOR) or "-", organisation=project.meta(CURATOR_ORGANISATION) or "-"))
    return 0
