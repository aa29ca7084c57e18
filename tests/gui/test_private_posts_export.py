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


def test_the_inspector_asks_before_a_private_post_may_be_published(qtbot, window, tmp_path: Path) -> None:
    from storyweaver.capture.context import CaptureContext
    from storyweaver.capture.dispatch import capture_sources
    from storyweaver.store.project import Project
    from tests.gui.driving import settle
    from tests.post_fixtures import archive_folder

    path = tmp_path / "archive.storyweaver"
    with Project.create(path, title="Archive") as project:
        capture_sources(project, [str(archive_folder(tmp_path))], CaptureContext(), to_story=True)
    assert window.actions_.open(path)
    form = window.inspector.form
    rows = {window.story_model.item_at(r).extra.get("visibility"): r for r in range(window.story_model.rowCount())
            if window.story_model.item_at(r) is not None}
    window.form.storyView.setCurrentIndex(window.story_model.index(rows["public"]))
    assert not form.publishPrivateCheck.isVisibleTo(window.inspector)  # a public post: nothing to ask
    window.form.storyView.setCurrentIndex(window.story_model.index(rows["direct"]))
    assert form.publishPrivateCheck.isVisibleTo(window.inspector) and not form.publishPrivateCheck.isChecked()
    form.publishPrivateCheck.setChecked(True)  # the user says yes, knowingly
    settle(window)
    item = window.story_model.item_at(rows["direct"])
    with Project.open(path, readonly=True) as project:
        assert project.library.get(item.id).extra["publish_confirmed"] is True
    window.stack.undo()  # one undoable edit
    settle(window)
    with Project.open(path, readonly=True) as project:
        assert project.library.get(item.id).extra.get("publish_confirmed") is not True
