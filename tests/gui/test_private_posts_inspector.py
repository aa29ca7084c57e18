"""Direct and followers-only posts in the editor: a post added to the story starts briefing-only,
the inspector says truthfully what the public recap will do and who the post was written for, and
choosing Public asks first (issue 17: never publish a direct message without asking).  The posts
come from the Mastodon archive fixture (tests/fixtures/posts/MASTODON-SOURCES.md), whose outbox
has one post of each audience Mastodon documents (entities/Status.md ``visibility``)."""

from __future__ import annotations

from pathlib import Path

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.core.model import Visibility
from storyweaver.store.project import Project
from tests.gui.driving import answer_next_question, export_public_recap, settle
from tests.post_fixtures import archive_folder


def open_archive(window, tmp_path: Path, *, to_story: bool) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "archive.storyweaver"
    with Project.create(path, title="Archive") as project:
        capture_sources(project, [str(archive_folder(tmp_path))], CaptureContext(), to_story=to_story)
    assert window.actions_.open(path)
    return path


def rows_by_audience(window) -> dict[str, int]:  # type: ignore[no-untyped-def]
    model = window.story_model
    return {model.item_at(r).extra.get("visibility"): r for r in range(model.rowCount())
            if model.item_at(r) is not None and model.item_at(r).kind.value == "post"}


def choose_visibility(window, index: int) -> None:  # type: ignore[no-untyped-def]
    combo = window.inspector.form.visibilityCombo
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # as a click in its list does
    settle(window)


def test_private_posts_added_in_the_editor_start_briefing_only_and_the_inspector_says_why(
        qtbot, window, tmp_path: Path) -> None:
    open_archive(window, tmp_path, to_story=False)
    library = {item.extra.get("visibility"): item.id for item in window.project.library.iter_all()
               if item.kind.value == "post"}
    window.editor.add_items([library[a] for a in ("public", "unlisted", "private", "direct")], 0)
    settle(window)
    with Project.open(window.project.path, readonly=True) as project:
        placed = {project.library.get(b.item_id).extra["visibility"]: b.visibility  # type: ignore[union-attr]
                  for b in project.story.blocks()}
    assert placed == {"public": Visibility.PUBLIC, "unlisted": Visibility.PUBLIC,
                      "private": Visibility.BRIEFING, "direct": Visibility.BRIEFING}
    form, rows = window.inspector.form, rows_by_audience(window)
    shown = {}
    for audience, row in rows.items():
        window.form.storyView.setCurrentIndex(window.story_model.index(row))
        shown[audience] = (form.visibilityCombo.currentIndex(), form.audienceValue.text())
    assert shown["public"] == (0, "Public")
    assert shown["unlisted"][0] == 0 and shown["unlisted"][1].startswith("Unlisted")
    assert shown["private"] == (1, "Followers only. Stays in the briefing until you choose Public.")
    assert shown["direct"] == (1, "Direct message. Stays in the briefing until you choose Public.")


def test_choosing_public_for_a_direct_message_asks_and_only_yes_publishes_it(qtbot, window, tmp_path: Path) -> None:
    path = open_archive(window, tmp_path, to_story=True)
    row = rows_by_audience(window)["direct"]
    window.form.storyView.setCurrentIndex(window.story_model.index(row))
    item_id = window.story_model.item_at(row).id
    asked: list[str] = []
    answer_next_question(qtbot, "Keep in the briefing", asked)
    choose_visibility(window, 0)
    assert "direct message" in asked[0] and "consent" in asked[0]
    assert window.inspector.form.visibilityCombo.currentIndex() == 1  # no: it says briefing-only again
    assert "Rue Cachée" not in export_public_recap(qtbot, window, tmp_path / "no").result["outputs"]["html"] \
        .read_text(encoding="utf-8")
    answer_next_question(qtbot, "Publish in the recap", asked)
    choose_visibility(window, 0)
    with Project.open(path, readonly=True) as project:
        assert project.library.get(item_id).extra["publish_confirmed"] is True  # type: ignore[union-attr]
        assert next(b for b in project.story.blocks() if b.item_id == item_id).visibility is Visibility.PUBLIC
    assert "You chose to publish it" in window.inspector.form.audienceValue.text()
    assert "Rue Cachée" in export_public_recap(qtbot, window, tmp_path / "yes").result["outputs"]["html"] \
        .read_text(encoding="utf-8")
    block_id = window.story_model.block_at(row).id
    window.editor.edit_block(block_id, visibility=Visibility.BRIEFING)  # its card made briefing-only (several at once)
    settle(window)
    assert "Stays in the briefing" in window.inspector.form.audienceValue.text()  # the row says what the recap does
    window.stack.undo()
    settle(window)
    assert window.undo_action.text() == "&Undo Publish the direct message"
    window.stack.undo()  # one step takes the decision back, block and post alike
    settle(window)
    with Project.open(path, readonly=True) as project:
        assert project.library.get(item_id).extra.get("publish_confirmed") is not True  # type: ignore[union-attr]
        assert next(b for b in project.story.blocks() if b.item_id == item_id).visibility is Visibility.BRIEFING
    assert window.inspector.form.visibilityCombo.currentIndex() == 1


def test_an_older_files_private_post_in_a_public_block_shows_as_briefing_only(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "older.storyweaver"
    with Project.create(path, title="Older") as project:
        capture_sources(project, [str(archive_folder(tmp_path))], CaptureContext(), to_story=True)
        for block in project.story.blocks():
            project.story.update(block.id, visibility=Visibility.PUBLIC)  # as versions before this one placed them
    assert window.actions_.open(path)
    row = rows_by_audience(window)["private"]
    window.form.storyView.setCurrentIndex(window.story_model.index(row))
    assert window.inspector.form.visibilityCombo.currentIndex() == 1  # what the recap will do, not "Public"


def test_making_several_cards_public_leaves_the_private_posts_in_the_briefing(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtCore import QItemSelectionModel

    path = open_archive(window, tmp_path, to_story=True)
    view, model = window.form.storyView, window.story_model
    for row in range(model.rowCount()):
        view.selectionModel().select(model.index(row), QItemSelectionModel.SelectionFlag.Select)
    settle(window)
    several = window.selection_editor
    several.visibility.setCurrentIndex(several.visibility.findData(Visibility.PUBLIC.value))
    several.apply_visibility()
    settle(window)
    assert several.visibility_note.isVisibleTo(several)
    assert several.visibility_note.text().startswith("2 direct or followers-only posts stay in the briefing")
    with Project.open(path, readonly=True) as project:
        hidden = {project.library.get(b.item_id).extra.get("visibility")  # type: ignore[union-attr]
                  for b in project.story.blocks() if b.visibility is Visibility.BRIEFING}
    assert hidden == {"private", "direct"}
