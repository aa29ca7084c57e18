"""Redact a person from the inspector (issue 13, finding 5): every post by the account, now and
in later imports, as one undoable command; and the export dialog shows the exposure warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweaver.core.model import Author, Block, BlockType, Platform
from storyweaver.store.project import Project
from tests.gui.builders import post
from tests.gui.driving import export_public_recap, settle, write_archive


def _project(path: Path) -> tuple[Path, list[int]]:
    """Posts on X: three by @archivist1 (the first in the story, the third already redacted
    one by one), one by someone else; the later import (write_archive) brings archivist1 again."""
    him = Author("Archivist One", "@Archivist1")
    items = [post(1, "first by him", platform=Platform.X, author=him),
             post(2, "second by him", platform=Platform.X, author=him),
             post(3, "third by him", platform=Platform.X, author=him),
             post(4, "by someone else", platform=Platform.X, author=Author("Other", "other"))]
    with Project.create(path, title="Redact a person") as project:
        ids = project.library.add(items).added
        project.library.update(ids[2], redacted=True)
        for item_id in (ids[0], ids[3]):
            project.story.append(Block(BlockType.ITEM, item_id=item_id))
    return path, ids


def _redacted(path: Path, ids: list[int]) -> list[bool]:
    with Project.open(path, readonly=True) as project:
        return [project.library.get(i).redacted for i in ids]


def test_redact_this_author_in_the_inspector_is_one_undoable_command(qtbot, window, tmp_path: Path,
                                                                    capture_plugins) -> None:
    path, ids = _project(tmp_path / "people.storyweaver")
    assert window.actions_.open(path)
    inspector, button = window.inspector, window.inspector.author_redaction.button
    window.form.storyView.setCurrentIndex(window.story_model.index(0))
    assert button.isVisibleTo(inspector) and button.text() == "Redact this author"
    changes: list[object] = []
    window.library.refresh.changed.connect(changes.append)

    button.click()
    # The story shows it at once, before the writer has written it.
    assert window.story_model.item_at(0).redacted and not window.story_model.item_at(1).redacted
    assert inspector.form.redactedCheck.isChecked()
    assert window.stack.undoText() == "Redact the author @archivist1"
    assert window.stack.count() == 1
    settle(window)
    assert _redacted(path, ids) == [True, True, True, False]
    assert [c.replaced for c in changes] == [(ids[0], ids[1])]  # the library view is told once
    assert button.text() == "Stop redacting this author"

    # A later import of the same account comes in redacted; the others do not.
    window.actions_.import_sources([str(write_archive(tmp_path / "later.swtest.jsonl", 3))])
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    settle(window)
    added = window.actions_.last_report.added
    with Project.open(path, readonly=True) as project:
        later = {project.library.get(i).author.handle: project.library.get(i).redacted for i in added}
    assert later == {"archivist0": False, "archivist1": True, "archivist2": False}

    window.stack.undo()  # the import
    window.stack.undo()  # the redaction: exactly the previous state (the third post stays redacted)
    settle(window)
    assert _redacted(path, ids) == [False, False, True, False]
    assert not window.story_model.item_at(0).redacted and not inspector.form.redactedCheck.isChecked()
    assert button.text() == "Redact this author"
    with Project.open(path, readonly=True) as project:
        assert project.query("SELECT count(*) FROM redacted_authors")[0][0] == 0

    window.stack.redo()
    settle(window)
    assert _redacted(path, ids) == [True, True, True, False]
    assert window.story_model.item_at(0).redacted and button.text() == "Stop redacting this author"


def test_stop_redacting_this_author_is_undone_exactly(qtbot, window, tmp_path: Path) -> None:
    from storyweaver.store.redacted_authors import redact_author

    path, ids = _project(tmp_path / "people.storyweaver")
    with Project.open(path) as project:
        redact_author(project, "x", "archivist1")
    assert window.actions_.open(path)
    window.form.storyView.setCurrentIndex(window.story_model.index(0))
    button = window.inspector.author_redaction.button
    assert button.text() == "Stop redacting this author"
    button.click()
    assert window.stack.undoText() == "Stop redacting the author @archivist1"
    settle(window)
    assert _redacted(path, ids) == [False, False, False, False]
    window.stack.undo()
    settle(window)
    assert _redacted(path, ids) == [True, True, True, False]
    with Project.open(path, readonly=True) as project:
        assert project.query("SELECT platform, account FROM redacted_authors") == [("x", "archivist1")]


def test_the_export_dialog_shows_that_a_redacted_author_appears_unredacted(qtbot, window, tmp_path: Path) -> None:
    path, ids = _project(tmp_path / "people.storyweaver")
    with Project.open(path) as project:  # the redacted third post in the story, beside his unredacted first
        project.story.append(Block(BlockType.ITEM, item_id=ids[2]))
    assert window.actions_.open(path)
    f = export_public_recap(qtbot, window, tmp_path / "out").form
    status = f.statusLabel.text()
    assert status.startswith("Check before publishing:\n⚠ Warning: @archivist1 is redacted, but appears "
                             "unredacted elsewhere in the public recap."), status
    assert "Written:" in status


@pytest.mark.timeout(60)  # a timeout inside the test, so `finally` makes the file mutable again
def test_redacting_an_author_in_a_read_only_file_changes_nothing_on_screen(window, tmp_path: Path) -> None:
    from tests.helpers import immutable

    path, _ids = _project(tmp_path / "people.storyweaver")
    with immutable(path):
        before = path.read_bytes()
        assert window.actions_.open(path) and window.project.readonly
        window.form.storyView.setCurrentIndex(window.story_model.index(0))
        button = window.inspector.author_redaction.button
        button.click()
        assert window.stack.count() == 0  # refused, not an undo entry that did nothing
        assert not window.story_model.item_at(0).redacted
        assert button.text() == "Redact this author"
        window.close_project()
        assert path.read_bytes() == before


def test_the_redaction_is_named_in_french_and_follows_a_change_of_language(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from storyweaver.gui.translations import install_translations

    path, _ids = _project(tmp_path / "people.storyweaver")
    assert window.actions_.open(path)
    window.form.storyView.setCurrentIndex(window.story_model.index(0))
    button = window.inspector.author_redaction.button
    button.click()  # named in English
    app = QApplication.instance()
    try:
        install_translations(app, "fr")
        QApplication.processEvents()  # Qt posts the LanguageChange events
        assert button.text() == "Ne plus anonymiser cette personne"
        assert window.stack.undoText() == "Anonymiser la personne @archivist1"
        window.stack.undo()
        QApplication.processEvents()
        assert button.text() == "Anonymiser cette personne"
    finally:
        install_translations(app, "en")
        QApplication.processEvents()
    assert window.stack.redoText() == "Redact the author @archivist1"


def test_a_post_chosen_in_the_library_alone_redacts_its_author_too(qtbot, window, tmp_path: Path) -> None:
    path, ids = _project(tmp_path / "people.storyweaver")
    assert window.actions_.open(path)
    view, model = window.library.form.libraryView, window.library.model
    view.setCurrentIndex(model.index(model.row_of(ids[1]), 0))  # "second by him": not in the story
    inspector = window.inspector
    assert inspector.shown_item_id == ids[1] and not inspector.form.redactedCheck.isChecked()
    inspector.author_redaction.button.click()
    assert inspector.form.redactedCheck.isChecked()  # shown before the writer has written it
    assert window.story_model.item_at(0).redacted  # his post in the story too
    settle(window)
    assert _redacted(path, ids) == [True, True, True, False]
