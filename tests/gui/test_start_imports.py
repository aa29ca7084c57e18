"""The editor paints its first window without loading what only exports and captures need,
and without the start's overheads that are not painting (issue 19: a painted window in under
0.5 s, about 0.3 s of CPU on the sample).

WeasyPrint and trafilatura alone take longer than the whole start: they load when first used,
as do the Search tab and the text editor (with the exports' sanitiser).  PySide's check of
every module imported after it reads plain bytes, and the collector waits for the first paint.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from storyweaver.collector import collector_paused, paused_for_start
from storyweaver.sample import build_sample

# Modules (and packages: anything under them counts) that must wait until they are used.
LATER = (
    "weasyprint", "trafilatura", "PIL", "jinja2", "lxml", "babel", "requests", "httpx", "pikepdf", "warcio",
    "nh3", "markupsafe", "storyweaver.export",
    "storyweaver.capture.pages", "storyweaver.capture.importers", "storyweaver.capture.merge",
    "storyweaver.capture.http", "storyweaver.capture.context", "storyweaver.capture.search",
    "storyweaver.gui.search_panel", "storyweaver.gui.text_block_editor",
)

_PAINT = """
import gc, inspect, json, sys
from storyweaver.collector import paused_for_start
started = paused_for_start()
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
collecting_at_paint = gc.isenabled()
started()

def pyside_answer(module):  # PySide's own question (shibokensupport.feature._mod_uses_pyside)
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False

feature = sys.modules["shibokensupport.feature"]
asked = [m for name, m in sorted(sys.modules.items()) if hasattr(m, "__name__")]
try:
    with open("/proc/self/maps", encoding="utf-8") as maps:  # Linux: the libraries this process loaded
        libraries = sorted({line.rsplit("/", 1)[-1].strip() for line in maps if ".so" in line})
except OSError:
    libraries = []
print(json.dumps({"painted": bool(painted), "modules": sorted(sys.modules), "libraries": libraries,
                  "collecting_at_paint": collecting_at_paint, "collecting_after": gc.isenabled(),
                  "frozen": gc.get_freeze_count(),
                  "quick_check": getattr(feature._mod_uses_pyside, "reads_bytes", False),
                  "disagree": [m.__name__ for m in asked if feature._mod_uses_pyside(m) != pyside_answer(m)],
                  "mention": sum(feature._mod_uses_pyside(m) for m in asked)}))
window.close()
"""


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What a fresh editor process had done by the time it painted the sample."""
    project = tmp_path_factory.mktemp("start") / "sample.storyweaver"
    build_sample(project)
    done = subprocess.run([sys.executable, "-c", _PAINT, str(project)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["painted"] and "PySide6.QtWidgets" in found["modules"]  # the checks ran in a real editor
    return found


def test_the_first_painted_window_has_not_loaded_export_or_capture_code(first_paint: dict[str, Any]) -> None:
    loaded = [m for m in first_paint["modules"] if any(m == name or m.startswith(name + ".") for name in LATER)]
    assert loaded == [], f"loaded before the first paint: {loaded}"


def test_only_the_image_plugins_of_the_pictures_shown_are_loaded(first_paint: dict[str, Any]) -> None:
    """Told each thumbnail's stored type, Qt loads the JPEG reader it needs, not its SVG, PDF,
    TIFF, WebP... readers (and the SVG library) to ask each whether it reads the data."""
    if not first_paint["libraries"]:
        pytest.skip("no /proc/self/maps here")
    plugins = [name for name in first_paint["libraries"] if name.startswith("libq") and "offscreen" not in name]
    assert plugins == ["libqjpeg.so"]  # the sample's photographs; its PNGs are read by Qt itself
    assert not [name for name in first_paint["libraries"] if name.startswith(("libQt6Svg", "libQt6Pdf"))]


def test_pyside_asks_its_question_of_each_module_from_plain_bytes_with_the_same_answers(
        first_paint: dict[str, Any]) -> None:
    assert first_paint["quick_check"]  # installed by storyweaver.gui, before the editor's modules
    assert first_paint["disagree"] == []  # same answer as PySide's inspect.getsource for every module
    assert first_paint["mention"] > 20  # the editor's own modules do mention PySide6: the check is real


def test_the_collector_waits_for_the_first_paint_then_runs_again(first_paint: dict[str, Any]) -> None:
    assert not first_paint["collecting_at_paint"]
    assert first_paint["collecting_after"]
    assert first_paint["frozen"] > 10_000  # the start's objects are out of the collector's passes


def test_a_start_pause_lets_an_import_keep_its_own_pause() -> None:
    """Released while an import holds the collector off (an import dropped on the window as
    it starts), the collector stays off until that import is over; a second release is a no-op."""
    was = gc.isenabled()
    gc.enable()
    try:
        started = paused_for_start()
        assert not gc.isenabled()
        with collector_paused():
            started()
            assert not gc.isenabled()
            started()
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        if not was:
            gc.disable()


_EDITOR = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from storyweaver.commands.gui import open_editor
from storyweaver.gui import app

seen = {}
made = app.create_window

def create_window(settings, path):
    window = made(settings, path)
    def painted():  # connected before the editor's own: the start is not over yet
        seen["collecting_at_paint"] = gc.isenabled()
        QTimer.singleShot(0, lambda: (seen.update(collecting_after=gc.isenabled(), frozen=gc.get_freeze_count()),
                                      QApplication.quit()))
    window.painted.connect(painted)
    return window

app.create_window = create_window
seen["collecting_before"] = gc.isenabled()
code = open_editor(sys.argv[1])
print(json.dumps({**seen, "code": code}))
"""


def test_the_editor_lets_the_collector_run_again_once_its_window_has_painted(tmp_path: Path) -> None:
    project = tmp_path / "sample.storyweaver"
    build_sample(project)
    done = subprocess.run([sys.executable, "-c", _EDITOR, str(project)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "STORYWEAVER_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"collecting_before": True, "collecting_at_paint": False, "collecting_after": True, "code": 0,
                    "frozen": seen["frozen"]}
    assert seen["frozen"] > 10_000
