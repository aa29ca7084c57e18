"""SIGKILL at random moments during edits, imports and exports.

After every kill: the project passes ``check``, no acknowledged edit or import is missing, no
import is half there, and each export target holds a whole file (the old one or the new one).
``STORYWEAVER_TORTURE=long`` runs 200 kills; CI runs a bounded number.
"""

from __future__ import annotations

import json
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
from tests.torture.crash_worker import IMPORT_SIZE

WORKER = Path(__file__).with_name("crash_worker.py")
LONG = os.environ.get("STORYWEAVER_TORTURE") == "long"
KILLS = 200 if LONG else 25
pytestmark = [pytest.mark.torture, pytest.mark.slow, pytest.mark.timeout(3600 if LONG else 300)]


def imported_per_step(project: Project) -> dict[int, int]:
    """How many posts of each import step are stored (one grouped query, not one per step)."""
    rows = project.query(
        "SELECT (CAST(platform_id AS INTEGER) - 900000000000000000) / 1000, count(*) FROM items "
        "WHERE platform = 'x' AND platform_id LIKE '9000%' GROUP BY 1"
    )
    return {int(step): int(count) for step, count in rows}


def edits_present(project: Project) -> set[int]:
    """The edit steps whose text (and, for compound edits, whose meta entry) is stored."""
    texts = {r[0] for r in project.query("SELECT text FROM blocks WHERE text LIKE 'edit %'")}
    meta = {r[0] for r in project.query("SELECT key FROM meta WHERE key LIKE 'edit %' AND value = 'heading'")}
    present = set()
    for text in texts:
        step = int(text.split()[1])
        # A compound edit (heading and meta entry, one transaction) is whole or absent, ever.
        assert step % 5 != 2 or text in meta, f"compound edit {step} is half there"
        present.add(step)
    return present


def test_kills_during_edits_imports_and_exports_lose_nothing_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "torture.storyweaver"
    Project.create(path, title="Torture").close()
    rng = random.Random(2314)
    step = 0
    acknowledged: dict[str, list[int]] = {"edit": [], "import": [], "export": []}
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
    for _kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(WORKER), str(path), str(step)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        try:
            first = child.stdout.readline()  # type: ignore[union-attr]
            assert first.startswith("ack"), child.stderr.read()  # type: ignore[union-attr]
            time.sleep(rng.uniform(0.0, 0.6))
        finally:
            child.send_signal(signal.SIGKILL)  # also when the test itself fails: never leave a writer behind
            # Read the rest through the reader readline() used: communicate() reads the pipe itself and
            # would lose the lines that readline() had already buffered (seen under load).
            out = child.stdout.read()  # type: ignore[union-attr]
            child.stderr.read()  # type: ignore[union-attr]
            child.wait()
        acks = [line.split() for line in [first, *out.splitlines()] if line.startswith("ack ")]
        for _ack, kind, number in acks:
            acknowledged[kind].append(int(number))
        last = int(acks[-1][2])
        step = last + 1

        assert check_project(path) == []
        with Project.open(path) as project:
            counts = imported_per_step(project)
            for n in range(last + 2):  # the step in flight too: whole or absent
                if n % 5 == 3:
                    count = counts.get(n, 0)
                    assert count in (0, IMPORT_SIZE), f"import {n} is half there ({count})"
                    if n in acknowledged["import"]:
                        assert count == IMPORT_SIZE
            present = edits_present(project)
            assert all(n in present for n in acknowledged["edit"])
        recap, data = tmp_path / "recap.html", tmp_path / "story.json"
        if acknowledged["export"]:
            assert recap.read_text(encoding="utf-8").rstrip().endswith("</html>")
            json.loads(data.read_text(encoding="utf-8"))
        # Leftovers of a killed export are hidden ".partial" files, swept by the next export.
        visible = {p.name for p in tmp_path.iterdir() if not p.name.startswith(".")}
        assert visible <= {"torture.storyweaver", "torture.storyweaver-wal", "torture.storyweaver-shm",
                           "recap.html", "story.json"} | {f"import-{n}.jsonl" for n in range(last + 2)}, acks
    assert len(acknowledged["import"]) > 0 and len(acknowledged["export"]) > 0
    print(f"\n{KILLS} kills; acknowledged: " + ", ".join(f"{k} {len(v)}" for k, v in acknowledged.items()))
