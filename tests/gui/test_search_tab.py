"""The Search tab runs the capture layer's search off the GUI thread and keeps chosen results."""

from __future__ import annotations

import json

import pytest
from werkzeug import Response

from tests.gui.driving import settle


def _tag_page(server) -> str:  # type: ignore[no-untyped-def]
    """A page of Mastodon Status entities (tests/fixtures/posts/http/mastodon-tag.json), shaped after
    https://docs.joinmastodon.org/entities/Status/ as GET /api/v1/timelines/tag/:hashtag returns them
    (https://docs.joinmastodon.org/methods/timelines/#tag)."""
    from tests.post_fixtures import FIXTURES

    return (FIXTURES / "http" / "mastodon-tag.json").read_text(encoding="utf-8").replace(
        "https://HOST", server.url_for("").rstrip("/"))


@pytest.fixture
def mastodon_tag(monkeypatch: pytest.MonkeyPatch, httpserver):  # type: ignore[no-untyped-def]
    """A Mastodon server on 127.0.0.1 whose #PressFreedom timeline holds five statuses (one page)."""
    first = json.loads(_tag_page(httpserver))[0]
    statuses = [{**first, "id": str(1000 - n), "url": f"{first['url']}{n}", "uri": f"{first['uri']}{n}",
                 "content": f"<p>Toot {n} #PressFreedom</p>"} for n in range(5)]
    httpserver.expect_request("/api/v1/timelines/tag/PressFreedom").respond_with_handler(
        lambda request: Response("[]" if "max_id" in request.args else json.dumps(statuses),
                                 content_type="application/json"))
    monkeypatch.setenv("STORYWEAVER_MASTODON_SERVER", httpserver.url_for("").rstrip("/"))
    return statuses


def test_search_results_can_be_kept_in_the_library_and_undone(qtbot, mastodon_tag, settings, demo_path) -> None:
    from storyweaver.gui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.remember_on_close = False
    assert window.actions_.open(demo_path)
    panel = window.actions_.search_panel
    assert panel.search_button.isEnabled()
    before = len(window.library.model.index_data.rows)
    panel.network.setCurrentIndex(panel.network.findData("mastodon"))
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


def test_keeping_a_mastodon_result_stores_its_raw_json_as_a_blob(qtbot, settings, demo_path, httpserver,
                                                                  monkeypatch) -> None:
    """Keep goes through the capture layer's one storing path (``candidates.keep``): the raw
    status becomes a blob, not a string left in the item row, and ``check`` finds nothing."""
    from storyweaver.gui.main_window import MainWindow
    from storyweaver.store.check import check_project
    from storyweaver.store.project import Project

    page = _tag_page(httpserver)
    httpserver.expect_request("/api/v1/timelines/tag/EndImpunity").respond_with_handler(
        lambda request: Response("[]" if "max_id" in request.args else page, content_type="application/json"))
    monkeypatch.setenv("STORYWEAVER_MASTODON_SERVER", httpserver.url_for("").rstrip("/"))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.remember_on_close = False
    assert window.actions_.open(demo_path)
    panel = window.actions_.search_panel
    panel.network.setCurrentIndex(panel.network.findData("mastodon"))
    panel.limit.setValue(10)
    panel.query.setText("#EndImpunity")
    panel.search_button.click()
    qtbot.waitUntil(lambda: panel.search_button.isEnabled(), timeout=10000)
    assert panel.model.rowCount() == 2, panel.status.text()
    panel.view.selectAll()
    panel.keep_button.click()
    settle(window)
    assert "2 kept" in panel.status.text()
    window.close_project()
    window.runner.shutdown()
    assert [p.code for p in check_project(demo_path)] == []
    with Project.open(demo_path, readonly=True) as project:
        kept = [i for i in project.library.iter_all() if i.capture_method == "mastodon-search"]
        assert len(kept) == 2
        for item in kept:
            assert "raw_json" not in item.extra
            raw = project.get_blob(item.raw_sha256 or "")
            assert raw is not None and raw[0].startswith(b"{")
