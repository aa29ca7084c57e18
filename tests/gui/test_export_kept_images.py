"""The editor's export keeps the images it prepared in the open project file (issue 19), beside
the editor's own connection, and the next export takes them as they are."""

from __future__ import annotations

from pathlib import Path


def test_the_editor_export_keeps_its_images_and_the_next_one_writes_the_same_recap(qtbot, window,
                                                                                   tmp_path: Path) -> None:
    from storyweaver.bench._export_story import build_demo_story
    from storyweaver.store.check import check_project
    from tests.gui.driving import export_public_recap

    path = build_demo_story(tmp_path / "demo.storyweaver")
    assert window.actions_.open(path)
    first = export_public_recap(qtbot, window, tmp_path / "first").result["outputs"]["html"].read_bytes()
    kept = window.project.query("SELECT count(*) FROM prepared_images")[0][0]
    assert kept > 0
    window.project.set_meta("subtitle", "Edited after the export")  # the editor still writes
    second = export_public_recap(qtbot, window, tmp_path / "second").result["outputs"]["html"].read_bytes()
    assert window.project.query("SELECT count(*) FROM prepared_images")[0][0] == kept  # nothing new to keep
    assert second.replace(b"Edited after the export", b"") == first.replace(
        b"How a network marked the first International Day to End Impunity, November 2014", b"")
    assert check_project(path) == []
