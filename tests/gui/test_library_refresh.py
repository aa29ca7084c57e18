"""The library panel's refresh (gui/library_refresh.py) on a real window."""

from __future__ import annotations

from pathlib import Path


def test_a_big_library_shows_its_newest_items_first_then_all(qtbot, window, demo_path: Path) -> None:
    window.library.refresh.background_index_above = 5  # the demo has 14 items: treat it as big
    assert window.actions_.open(demo_path)
    assert window.library.partial
    assert "Reading the library" in window.form.libraryCountLabel.text()
    qtbot.waitUntil(lambda: not window.library.partial, timeout=10000)
    assert len(window.library.model.index_data.rows) == 14
    assert window.form.libraryCountLabel.text() == "14 items"
    in_story = [r for r in window.library.model.index_data.rows if r.in_story]
    assert len(in_story) == 4
