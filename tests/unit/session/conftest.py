"""The editing session's tests run without a QApplication (session/ never imports Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.builders import build_demo_project


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    return build_demo_project(tmp_path / "demo.storyweaver")
