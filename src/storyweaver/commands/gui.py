"""No command: open the editor (on a project, or on the sample at first start)."""

from __future__ import annotations

import argparse
import importlib.util

from storyweaver.errors import StoryWeaverError


def run(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("PySide6") is None:
        raise StoryWeaverError("gui-missing")
    from storyweaver.gui.app import run_editor

    return run_editor(getattr(args, "project", None))
