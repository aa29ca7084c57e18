"""The editor asks glibc for two malloc arenas (storyweaver.malloc_arenas); the effect on its
peak memory is measured by `storyweaver bench --only gui`."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_glibc_takes_the_arena_limit() -> None:
    # In a child: the limit is process-wide and the test runner's own arenas are its business.
    code = "from storyweaver.malloc_arenas import limit_arenas; raise SystemExit(0 if limit_arenas(2) else 1)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_editor_sets_it_before_qt_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("PySide6")
    from storyweaver.gui import app

    asked: list[int] = []
    monkeypatch.setattr(app, "limit_arenas", asked.append)
    monkeypatch.setattr(app, "QApplication", _NoApplication)
    with pytest.raises(_Stop):
        app.make_application(app.Settings())
    assert asked == [app.EDITOR_ARENAS]


class _Stop(Exception):
    pass


class _NoApplication:
    @staticmethod
    def instance() -> None:
        raise _Stop  # what comes after is the application's start, tested elsewhere
