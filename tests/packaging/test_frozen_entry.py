"""The frozen app's entry script answers ``-m`` for StoryWeaver's own modules, as Python would.

StoryWeaver starts the PDF renderer as ``sys.executable -m storyweaver.export.pdf_child``; in the
bundle ``sys.executable`` is the app itself (the smoke test covers that end to end).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ENTRY = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "storyweaver_main.py"


def load_entry():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("storyweaver_main", ENTRY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dash_m_runs_a_storyweaver_module_with_its_arguments(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    with pytest.raises(SystemExit) as exit_info:
        load_entry().run_module_like_python(["/opt/storyweaver/storyweaver", "-m", "storyweaver", "--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("StoryWeaver ")


def test_dash_m_refuses_modules_that_are_not_storyweaver_s(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    with pytest.raises(SystemExit) as exit_info:
        load_entry().run_module_like_python(["/opt/storyweaver/storyweaver", "-m", "http.server", "8000"])
    assert "only StoryWeaver's own modules" in str(exit_info.value.code)
