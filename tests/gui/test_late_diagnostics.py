"""The bench's opt-in aid: when the window is late, every thread's stack is written down."""

from __future__ import annotations

import gc
import time
from pathlib import Path

from PySide6.QtCore import QTimer


def a_handler_that_holds_the_window() -> None:
    time.sleep(0.3)


def test_a_late_event_loop_leaves_the_stack_that_held_it(qtbot, tmp_path: Path, monkeypatch) -> None:
    from storyweaver.bench._gui_probe import LatenessProbe

    dumps = tmp_path / "late.txt"
    monkeypatch.setenv("STORYWEAVER_PROBE_STACKS", str(dumps))
    probe = LatenessProbe()
    probe.start()
    qtbot.wait(100)
    QTimer.singleShot(0, a_handler_that_holds_the_window)
    qtbot.wait(200)
    figures = probe.stop()
    assert figures["max_ms"] > 200
    text = dumps.read_text(encoding="utf-8")
    assert "Timeout" in text and "a_handler_that_holds_the_window" in text
    assert gc.callbacks == [c for c in gc.callbacks if "LateDiagnostics" not in repr(c)]  # removed when stopped


def test_without_the_variable_nothing_is_written(qtbot, tmp_path: Path, monkeypatch) -> None:
    from storyweaver.bench._gui_probe import LatenessProbe

    monkeypatch.delenv("STORYWEAVER_PROBE_STACKS", raising=False)
    monkeypatch.chdir(tmp_path)
    probe = LatenessProbe()
    probe.start()
    qtbot.wait(50)
    probe.stop()
    assert list(tmp_path.iterdir()) == []
