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
