"""The editor paints its first window without loading what only exports and captures need.

Each of these costs the cold start (issue 19: a painted window in under 0.5 s): WeasyPrint
and trafilatura alone take longer than the whole start.  They load when first used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from storyweaver.sample import build_sample

# Modules (and packages: anything under them counts) that must wait until they are used.
LATER = (
    "weasyprint", "trafilatura", "PIL", "jinja2", "lxml", "babel", "requests", "httpx", "pikepdf", "warcio",
    "storyweaver.export.api", "storyweaver.export.recap", "storyweaver.export.briefing",
    "storyweaver.capture.pages", "storyweaver.capture.importers", "storyweaver.capture.merge",
    "storyweaver.capture.http", "storyweaver.capture.context",
)

_PAINT = """
import json, sys
from PySide6.QtWidgets import QApplication
from storyweaver.gui.app import make_application
from storyweaver.gui.main_window import MainWindow
from storyweaver.settings import Settings
from storyweaver.store.project import Project

settings = Settings(first_start_done=True)
app = make_application(settings)
window = MainWindow(settings)
window.remember_on_close = False
window.set_project(Project.open(sys.argv[1]))
window.resize(1400, 900)
window.show()
painted = []
window.painted.connect(lambda: painted.append(1))
for _ in range(200):
    app.processEvents()
    if painted:
        break
window.grab()
print(json.dumps({"painted": bool(painted), "modules": sorted(sys.modules)}))
window.close()
"""


def test_the_first_painted_window_has_not_loaded_export_or_capture_code(tmp_path: Path) -> None:
    project = tmp_path / "sample.storyweaver"
    build_sample(project)
    done = subprocess.run([sys.executable, "-c", _PAINT, str(project)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = [m for m in found["modules"] if any(m == name or m.startswith(name + ".") for name in LATER)]
    assert loaded == [], f"loaded before the first paint: {loaded}"
    assert "PySide6.QtWidgets" in found["modules"]  # the check itself ran in a real editor
