"""The Search tab runs the capture layer's search off the GUI thread and keeps chosen results."""

from __future__ import annotations

import importlib.machinery
import sys
import types
from datetime import UTC, datetime

import pytest

from storyweaver.core.model import Author, Item, ItemKind, Platform
from tests.gui.conftest import settle


@pytest.fixture
def search_module(monkeypatch: pytest.MonkeyPatch, httpserver):  # type: ignore[no-untyped-def]
    """A search over a local server through the real HTTP layer, in place of
    ``storyweaver.capture.search`` (same API: search(network, query, ctx, limit) -> list[Item])."""
    httpserver.expect_request("/api/v1/timelines/tag/PressFreedom").respond_with_json(
        [{"id": str(n), "content": f"Toot {n} #PressFreedom", "account": "reporter"} for n in range(5)])

    def search(network: str, query: str, ctx, limit: int) -> list[Item]:  # type: ignore[no-untyped-def]
        tag = query.lstrip("#")
        rows = ctx.require_http().get(httpserver.url_for(f"/api/v1/timelines/tag/{tag}")).json()
        return [Item(kind=ItemKind.POST, captured_at=ctx.clock(), capture_method="mastodon-api",
                     platform=Platform.MASTODON, platform_id=f"search-{r['id']}", text=r["content"],
                     author=Author(r["account"], r["account"]), published=datetime(2026, 11, 2, tzinfo=UTC))
                for r in rows[:limit]]

    module = types.ModuleType("storyweaver.capture.search")
    module.__spec__ = importlib.machinery.ModuleSpec("storyweaver.capture.search", None)
    module.search = search  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "storyweaver.capture.search", module)
    import storyweaver.capture

    monkeypatch.setattr(storyweaver.capture, "search", module, raising=False)
    return module


def test_search_results_can_be_kept_in_the_library_and_undone(qtbot, search_module, settings, demo_path) -> None:
    from storyweaver.gui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.remember_on_close = False
    assert window.actions_.open(demo_path)
    panel = window.actions_.search_panel
    assert panel.available and panel.search_button.isEnabled()
    before = len(window.library.model.index_data.rows)
    panel.query.setText("#PressFreedom")
    panel.search_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=10000)
    assert "5 results" in panel.status.text()
    panel.view.selectRow(0)
    panel.view.selectionModel().select(panel.model.index(2), panel.view.selectionModel().SelectionFlag.Select)
    panel.keep_button.click()
    settle(window)
    assert len(window.library.model.index_data.rows) == before + 2
    window.stack.undo()
    settle(window)
    assert len(window.library.model.index_data.rows) == before
    window.close_project()
    window.runner.shutdown()


def test_without_the_search_module_the_tab_explains_and_stays_disabled(qtbot, window, monkeypatch) -> None:
    from storyweaver.gui import capture_jobs
    from storyweaver.gui.search_panel import SearchPanel

    monkeypatch.setattr(capture_jobs, "search_available", lambda: False)
    panel = SearchPanel(window)
    assert not panel.search_button.isEnabled() and not panel.query.isEnabled()
    assert "not part of this installation" in panel.status.text()
