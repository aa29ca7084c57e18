"""No command: open the editor (on a project, or on the sample at first start)."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys

from storyweaver.errors import StoryWeaverError


def has_display() -> bool:
    """Whether Qt can open a window here (on X11/Wayland systems, a display must be named)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("PySide6") is None:
        raise StoryWeaverError("gui-missing")
    if not has_display():
        # Without this, Qt aborts the process with a core dump and five lines of plugin talk.
        raise StoryWeaverError("no-display")
    return open_editor(getattr(args, "project", None))


def open_editor(project: str | None) -> int:
    """Run the editor, the collector held off from here to its first paint (storyweaver.collector)."""
    from storyweaver.collector import paused_for_start

    started = paused_for_start()
    try:
        from storyweaver.gui.app import run_editor

        return run_editor(project, started=started)
    finally:
        started()  # a start that failed leaves the collector as it was
