"""The library panel's refresh (gui/library_refresh.py) on a real window."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.driving import settle, write_archive


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


@pytest.mark.usefixtures("capture_plugins")
def test_an_undone_import_leaves_the_inspector_when_it_showed_one_of_its_items(qtbot, window, demo_path: Path,
                                                                             tmp_path: Path) -> None:
    assert window.actions_.open(demo_path)
    window.actions_.import_sources([str(write_archive(tmp_path / "late.swtest.jsonl", 3))])
    qtbot.waitUntil(lambda: not window.runner.busy and len(window.library.model.index_data.rows) == 17,
                    timeout=20000)
    added = window.actions_.last_report.added
    view, model = window.form.libraryView, window.library.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == added[0])
    view.selectRow(row)
    assert window.inspector.shown_item_id == added[0]
    window.stack.undo()
    settle(window)
    assert window.inspector.shown_item_id is None
    assert not window.inspector.form.fields.isVisible()
    assert len(window.library.model.index_data.rows) == 14
