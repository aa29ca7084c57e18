"""Issue 13, finding 10: a project file that cannot be written opens read-only, and says so."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.mark.timeout(60)  # a timeout inside the test, so `finally` makes the file mutable again
def test_an_immutable_project_opens_read_only_with_a_note(window, demo_path: Path) -> None:
    # os.access says "writable" to root; SQLite then quietly opened the file read-only and
    # the first edit failed.  Trying to write tells the truth, and the window says so.
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    if subprocess.run(["chattr", "+i", str(demo_path)], capture_output=True).returncode != 0:
        pytest.skip("this file system or user cannot make a file immutable")
    try:
        before = demo_path.read_bytes()
        assert window.actions_.open(demo_path)
        assert window.project is not None and window.project.readonly
        assert "cannot be written" in window.progress.messages.text()
        window.close_project()
        assert demo_path.read_bytes() == before
    finally:
        subprocess.run(["chattr", "-i", str(demo_path)], check=True)
