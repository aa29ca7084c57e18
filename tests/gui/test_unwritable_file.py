"""Issue 13, finding 10: a project file that cannot be written opens read-only, and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import immutable


@pytest.mark.timeout(60)  # a timeout inside the test, so `finally` makes the file mutable again
def test_an_immutable_project_opens_read_only_with_a_note(window, demo_path: Path) -> None:
    # os.access says "writable" to root; SQLite then quietly opened the file read-only and
    # the first edit failed.  Trying to write tells the truth, and the window says so.
    with immutable(demo_path):
        before = demo_path.read_bytes()
        assert window.actions_.open(demo_path)
        assert window.project is not None and window.project.readonly
        assert "cannot be written" in window.progress.messages.text()
        window.close_project()
        assert demo_path.read_bytes() == before
