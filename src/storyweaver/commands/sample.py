"""``storyweaver sample DIR``: write the bundled sample project, and its recaps once export exists.

An existing ``endimpunity-2014.storyweaver`` in DIR is replaced (atomically, see
:func:`storyweaver.sample.replace_sample`): it is the sample, and the command's job is to
put a fresh one there.  The recaps beside it are rewritten too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from storyweaver.errors import ProjectError
from storyweaver.i18n import _


def run(args: argparse.Namespace) -> int:
    from storyweaver.sample import replace_sample, sample_file_name

    folder = Path(args.dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError("unwritable", path=str(folder), reason=exc.strerror or str(exc)) from exc
    target = folder / sample_file_name()
    replacing = target.exists()
    replace_sample(target)
    message = _("Replaced the sample project at {path}") if replacing else _("Wrote the sample project to {path}")
    print(message.format(path=target))
    from storyweaver.export.api import ExportOptions, export_story
    from storyweaver.store.project import Project

    html, pdf = target.with_suffix(".html"), target.with_suffix(".pdf")
    with Project.open(target) as project:
        export_story(project, ExportOptions(html=html, pdf=pdf))
    print(_("Wrote the HTML recap to {path}").format(path=html))
    print(_("Wrote the PDF briefing to {path}").format(path=pdf))
    return 0
