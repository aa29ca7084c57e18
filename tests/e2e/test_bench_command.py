"""The benchmark command, run as a user would (small scale): a table, the machine, and JSON."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path


def test_python_m_storyweaver_bench_prints_the_machine_and_writes_every_figure_as_json(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    run = subprocess.run([sys.executable, "-m", "storyweaver.bench", "--only", "store", "--scale", "0.02",
                          "--json", str(out)], capture_output=True, text=True, timeout=600,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode in (0, 1), run.stderr  # 1: a target was missed, which is still a report
    assert run.stdout.startswith("Machine: ") and "failed" not in run.stderr
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["machine"]["cores"] == os.cpu_count() and payload["scale"] == 0.02
    figures = payload["figures"]
    assert len(figures) >= 5 and {f["group"] for f in figures} == {"store"}
    for figure in figures:
        assert math.isfinite(figure["value"]) and figure["value"] >= 0, figure
        assert figure["name"] in run.stdout  # each figure is in the printed table too
        assert figure["met"] is None or figure["met"] == (figure["value"] <= figure["target"])
    assert (run.returncode == 1) == any(f["met"] is False for f in figures)
