"""The editor drives the real importers and the real web-page capture (no test plug-ins)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.gui.driving import settle

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_real_archive_images_and_a_local_page_import_as_one_undoable_step(qtbot, window, demo_path, tmp_path,
                                                                        httpserver) -> None:
    archive = FIXTURES / "posts" / "twarc2.jsonl"
    page = FIXTURES / "pages" / "opengraph_only.html"
    if not archive.is_file() or not page.is_file():
        pytest.skip("the capture fixtures are not in this checkout")
    photos = tmp_path / "photos"
    photos.mkdir()
    for name in ("vigil.jpg", "vigil.png", "not-an-image.png"):
        shutil.copy(FIXTURES / "images" / name, photos / name)
    httpserver.expect_request("/article").respond_with_data(page.read_bytes(), content_type="text/html")
    assert window.actions_.open(demo_path)
    before = len(window.library.model.index_data.rows)
    window.actions_.import_sources([str(archive), str(photos), httpserver.url_for("/article")])
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=60000)
    report = window.actions_.last_report
    assert report.added, [str(e) for _s, e in report.failures]
    kinds = {window.library.model.index_data.by_id[i].kind for i in report.added}
    assert {"post", "image", "link"} <= kinds
    assert len(window.library.model.index_data.rows) == before + len(report.added)
    # the unreadable picture is one warning line; the rest was imported
    (row,) = window.progress.failed_rows()
    assert any("not-an-image.png" in line for line in row.job.failure.splitlines())
    window.stack.undo()
    settle(window)
    assert len(window.library.model.index_data.rows) == before
    window.stack.redo()
    settle(window)
    assert len(window.library.model.index_data.rows) == before + len(report.added)
