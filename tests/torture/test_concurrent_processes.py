"""The command line and the editor write the same project at once: nothing is lost.

A user may run ``storyweaver add`` in a terminal while the editor has the project open.
Here an "editor" connection keeps typing while several ``add`` processes import at once.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from storyweaver.core.model import Block, BlockType
from storyweaver.store.check import check_project
from storyweaver.store.project import Project
from tests.gui.test_load import POSTS_PER_FILE, twarc2_file

pytestmark = pytest.mark.torture

PROCESSES = 4


def test_imports_in_other_processes_while_the_editor_types_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.storyweaver"
    Project.create(path, title="shared").close()
    files = [twarc2_file(tmp_path / f"batch-{n}.jsonl", n) for n in range(PROCESSES)]
    editor = Project.open(path)
    editor.interactive = True
    stop = threading.Event()
    typed: list[str] = []

    def type_away() -> None:
        while not stop.is_set():
            text = f"typed {len(typed)}"
            editor.story.insert(0, Block(BlockType.TEXT, text=text))
            typed.append(text)
            time.sleep(0.01)

    typist = threading.Thread(target=type_away)
    typist.start()
    try:
        adds = [subprocess.Popen([sys.executable, "-m", "storyweaver", "add", str(path), str(f)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
        results = [(a.wait(timeout=120), *a.communicate()) for a in adds]
    finally:
        stop.set()
        typist.join()
        editor.close()
    assert all(code == 0 for code, _out, _err in results), results
    assert check_project(path) == []
    with Project.open(path, readonly=True) as reader:
        assert reader.library.count() == PROCESSES * POSTS_PER_FILE
        stored = {b.text for b in reader.story.blocks()}
    assert typed and all(text in stored for text in typed)
