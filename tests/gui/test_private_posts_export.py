"""The editor's export says when the public recap kept direct and followers-only posts out."""

from __future__ import annotations

from pathlib import Path


def test_the_export_dialog_says_how_many_private_posts_the_recap_left_out(qtbot, window, tmp_path: Path) -> None:
    from storyweaver.capture.context import CaptureContext
    from storyweaver.capture.dispatch import capture_sources
    from storyweaver.store.project import Project
    from tests.gui.driving import export_public_recap
    from tests.post_fixtures import archive_folder

    path = tmp_path / "archive.storyweaver"
    with Project.create(path, title="Archive") as project:
        capture_sources(project, [str(archive_folder(tmp_path))], CaptureContext(), to_story=True)
    assert window.actions_.open(path)
    dialog = export_public_recap(qtbot, window, tmp_path / "out")
    f = dialog.form
    assert "2 direct or followers-only posts were kept out of the public recap" in f.statusLabel.text()
    recap = dialog.result["outputs"]["html"].read_text(encoding="utf-8")
    assert "Rue Cachée" not in recap
