"""The Linux bundle, built from this checkout and smoke-tested as a user would run it (opt-in)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.packaging
@pytest.mark.slow
def test_linux_bundle_builds_and_passes_its_smoke_test() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "STORYWEAVER_"))}
    done = subprocess.run([str(REPO / "packaging" / "linux" / "build")], capture_output=True, text=True, env=env,
                          timeout=3600)
    report = done.stdout[-4000:] + done.stderr[-4000:]
    assert done.returncode == 0, report
    assert "0 failed" in done.stdout, report
    # The editor's captures run in the bundle's own child: a real file, parsed there, read here.
    from storyweaver.capture.context import CaptureContext, MemorySink
    from storyweaver.capture.transport import parent_side

    exe = REPO / "dist" / "linux" / "storyweaver" / "storyweaver"
    bundled = pytest.MonkeyPatch()
    bundled.setattr(parent_side, "module_command", lambda module, *args: [str(exe), "-m", module, *args])
    try:
        with parent_side.ChildReader(CaptureContext()) as reader:
            sink = MemorySink()
            reader.read_file(REPO / "tests" / "fixtures" / "posts" / "twarc2.jsonl", sink)
    finally:
        bundled.undo()
    assert len(sink.items) == 4 and "#EndImpunity" in (sink.items[0].text or "")
