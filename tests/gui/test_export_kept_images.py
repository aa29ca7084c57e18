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


def test_the_images_are_prepared_while_the_export_dialog_is_open(qtbot, window, tmp_path: Path) -> None:
    from storyweaver.bench._export_story import build_demo_story
    from storyweaver.gui.export_dialog import ExportDialog

    path = build_demo_story(tmp_path / "demo.storyweaver")
    assert window.actions_.open(path)
    assert window.project.query("SELECT count(*) FROM prepared_images")[0][0] == 0
    dialog = ExportDialog(window.project, window.settings, window.runner, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.images_ahead.ended.is_set, timeout=60000)
    kept = window.project.query("SELECT recipe FROM prepared_images")
    assert kept  # before Export was pressed, both audiences' images (blurred ones included)
    assert any(";redacted;" in recipe for (recipe,) in kept)
    assert dialog.images_ahead.job.quiet  # housekeeping: not listed among the jobs
    f = dialog.form
    f.pdfCheck.setChecked(False)
    f.jsonCheck.setChecked(False)
    f.folderEdit.setText(str(tmp_path))
    f.exportButton.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert dialog.result is not None, f.statusLabel.text()
    # The export took every image as kept: nothing new to keep.
    assert window.project.query("SELECT count(*) FROM prepared_images")[0][0] == len(kept)


def test_export_pressed_at_once_waits_for_the_images_being_prepared_or_cancels_them(qtbot, window,
                                                                                     tmp_path: Path) -> None:
    from storyweaver.bench._export_story import build_demo_story
    from tests.gui.driving import export_public_recap

    path = build_demo_story(tmp_path / "demo.storyweaver")
    assert window.actions_.open(path)
    dialog = export_public_recap(qtbot, window, tmp_path / "out")
    html = dialog.result["outputs"]["html"].read_text(encoding="utf-8")
    assert "data:image/jpeg;base64," in html
    qtbot.waitUntil(lambda: not window.runner.running, timeout=60000)
    assert window.project.query("SELECT count(*) FROM prepared_images")[0][0] > 0
