"""Kill a process in the middle of edits, many times: the file stays sound and keeps every
acknowledged edit."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyweaver.store.check import check_project
from storyweaver.store.project import Project

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = int(os.environ.get("STORYWEAVER_CRASH_KILLS", "60"))


def edit_present(project: Project, n: int) -> bool:
    kind = n % 4
    if kind == 0:
        return bool(project.query("SELECT 1 FROM items WHERE platform_id = ?", (str(n),)))
    if kind in (1,):
        return bool(project.query("SELECT 1 FROM blocks WHERE text = ?", (f"edit {n}",)))
    if kind == 2:
        return project.meta(f"edit {n}") == "moved"
    heading = bool(project.query("SELECT 1 FROM blocks WHERE text = ? AND type = 'heading'", (f"edit {n}",)))
    return heading and project.meta(f"edit {n}") == "heading"


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_acknowledged_edit(tmp_path: Path) -> None:
    path = tmp_path / "crash.storyweaver"
    Project.create(path, title="crash").close()
    rng = random.Random(20141102)
    acknowledged: list[int] = []
    next_edit = 0
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for _kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(next_edit)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        # Wait for the first acknowledgement so the kill lands among edits, not during start-up.
        first = child.stdout.readline()  # type: ignore[union-attr]
        assert first.startswith("ack"), child.stderr.read()  # type: ignore[union-attr]
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        # Read the rest through the reader readline() used: communicate() reads the pipe itself and
        # would lose the lines that readline() had already buffered (seen under load).
        out = child.stdout.read()  # type: ignore[union-attr]
        child.stderr.read()  # type: ignore[union-attr]
        child.wait()
        acks = [int(line.split()[1]) for line in [first, *out.splitlines()] if line.startswith("ack ")]
        acknowledged.extend(acks)
        next_edit = acks[-1] + 1
        problems = check_project(path)
        assert problems == [], problems
        with Project.open(path) as project:
            missing = [n for n in acks if not edit_present(project, n)]
        assert missing == [], f"acknowledged edits lost after kill: {missing}"
    assert len(acknowledged) > KILLS
    with Project.open(path) as project:
        assert all(edit_present(project, n) for n in acknowledged)


def test_the_editors_edits_go_before_waiting_background_writers(tmp_path: Path) -> None:
    import threading

    from storyweaver.core.model import Block, BlockType

    path = tmp_path / "gate.storyweaver"
    Project.create(path, title="gate").close()
    editor, background = Project.open(path), Project.open(path)
    editor.interactive = True
    order: list[str] = []
    holding = threading.Event()
    release = threading.Event()

    def long_import() -> None:
        with background.transaction():
            holding.set()
            release.wait(5)
            order.append("first import")

    def next_import() -> None:
        with background.transaction():
            order.append("next import")

    first = threading.Thread(target=long_import)
    first.start()
    holding.wait(5)
    queued = threading.Thread(target=next_import)
    queued.start()
    time.sleep(0.1)  # the next import is waiting at the gate
    typed = threading.Thread(target=lambda: (editor.story.append(Block(BlockType.TEXT, text="typed")),
                                             order.append("edit")))
    typed.start()
    time.sleep(0.1)
    release.set()
    for thread in (first, queued, typed):
        thread.join(5)
    assert order == ["first import", "edit", "next import"]
    editor.close()
    background.close()
