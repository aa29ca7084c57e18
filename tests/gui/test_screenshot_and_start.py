"""`storyweaver open FILE --screenshot` through a real subprocess, and what the editor opens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from storyweaver.gui.app import project_to_open
from storyweaver.sample import build_sample
from storyweaver.settings import Settings


def test_screenshot_command_writes_a_picture_of_the_painted_window(tmp_path: Path) -> None:
    project = tmp_path / "sample.storyweaver"
    build_sample(project)
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "storyweaver", "open", str(project), "--screenshot", str(out), "--size", "1200x800"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    # Not blank: many distinct colours (cards, thumbnails, text), not one flat fill.
    colours = {image.pixel(x, y) for x in range(0, 1200, 7) for y in range(0, 800, 7)}
    assert len(colours) > 200
    # The thumbnails were decoded before the picture was taken: the sample's banner is
    # dark navy, a colour no widget of the light theme uses.
    navy = sum(1 for x in range(400, 1000, 4) for y in range(0, 800, 4)
               if QImage.pixelColor(image, x, y).blue() > 60 > QImage.pixelColor(image, x, y).red())
    assert navy > 500


def test_screenshot_of_a_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "storyweaver", "open", str(tmp_path / "none.storyweaver"), "--screenshot",
         str(tmp_path / "x.png")], capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "none.storyweaver" in done.stderr
    assert not (tmp_path / "x.png").exists()


def test_first_start_opens_the_sample_then_the_last_project(tmp_path: Path) -> None:
    settings = Settings()
    path, first = project_to_open(settings, None)
    assert first and path is not None and path.is_file()
    assert path.parent.name == "data"  # written into the data folder, not the working directory
    settings.first_start_done = True
    mine = tmp_path / "mine.storyweaver"
    build_sample(mine)
    settings.remember_project(mine)
    assert project_to_open(settings, None) == (mine.resolve(), False)
    assert project_to_open(settings, str(path)) == (path, False)


def test_the_editor_closes_its_project_cleanly_when_the_session_ends(tmp_path: Path) -> None:
    import signal
    import time

    project = tmp_path / "sample.storyweaver"
    build_sample(project)
    wal = project.with_name(project.name + "-wal")
    editor = subprocess.Popen([sys.executable, "-m", "storyweaver", str(project)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        deadline = time.monotonic() + 60
        while not wal.exists() and editor.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # the open project runs in WAL mode: the editor is up
        assert wal.exists(), editor.communicate(timeout=5)
        editor.send_signal(signal.SIGTERM)
        _out, err = editor.communicate(timeout=20)
    finally:
        if editor.poll() is None:
            editor.kill()
    assert editor.returncode == 0, err.decode(errors="replace")
    assert not wal.exists() and not project.with_name(project.name + "-shm").exists()
    check = subprocess.run([sys.executable, "-m", "storyweaver", "check", str(project)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
