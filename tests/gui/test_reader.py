"""The inspector's Reader: a page's readable copy, plain, right to left where it reads so,
loading nothing; its per-card "publish in the recap" flag is one undoable edit; the library
search finds the copy's words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.core.model import Block, BlockType
from storyweaver.gui.reader_view import ReaderView
from storyweaver.session.library_index import LibraryFilter, LibraryIndex
from storyweaver.store.project import Project
from tests.gui.driving import settle
from tests.gui.test_inspector import select_item_block
from tests.watched_server import Watched, watching

ENGLISH = ("Reporters gathered at the courthouse on Sunday evening to remember the journalists killed this "
           "year, reading their names aloud while candles burned on the steps. ")
ARABIC = ("تجمع الصحفيون أمام المحكمة مساء الأحد لإحياء ذكرى زملائهم الذين قتلوا هذا العام، "
          "وقرأوا أسماءهم بصوت عال بينما كانت الشموع مضاءة على الدرج. ")


def _page(lang: str, title: str, words: str, marker: str) -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<nav>Menu</nav><article><h1>{title}</h1><p>{words * 3}</p><p>{words * 2} {marker}</p>"
            f"<p><img src='/candles.jpg' alt='candles'></p></article></body></html>")


@pytest.fixture
def pages_project(tmp_path: Path) -> Path:
    english, arabic = tmp_path / "vigil.html", tmp_path / "vigil-ar.html"
    english.write_text(_page("en", "Vigil", ENGLISH, "quetzalword"), encoding="utf-8")
    arabic.write_text(_page("ar", "وقفة", ARABIC, "كلمةنادرة"), encoding="utf-8")
    path = tmp_path / "reader.storyweaver"
    with Project.create(path, title="Reader") as project:
        report = capture_sources(project, [str(english), str(arabic)], CaptureContext())
        for item_id in report.added:
            project.story.append(Block(BlockType.ITEM, item_id=item_id))
    return path


def test_the_reader_shows_the_copy_and_its_provenance_and_the_flag_is_undoable(qtbot, window,
                                                                             pages_project: Path) -> None:
    assert window.actions_.open(pages_project)
    form = window.inspector.form
    row = select_item_block(window, "link")
    item = window.story_model.item_at(row)
    assert form.readerBox.isVisibleTo(window.inspector)
    shown = form.readerView.toPlainText()
    assert "quetzalword" in shown and "reading their names aloud" in shown and "Menu" not in shown
    assert "candles" in shown  # the image, as a reference
    assert form.readableValue.text().startswith("Captured ") and "words: 1" in form.readableValue.text()
    assert form.readerView.refused == []  # the copy asked for nothing
    form.readablePublicCheck.setChecked(True)
    settle(window)
    with Project.open(pages_project, readonly=True) as project:
        assert project.library.get(item.id).extra.get("readable_public") is True  # type: ignore[union-attr]
    window.stack.undo()
    settle(window)
    with Project.open(pages_project, readonly=True) as project:
        assert "readable_public" not in project.library.get(item.id).extra  # type: ignore[union-attr]
    assert not form.readablePublicCheck.isChecked()


def test_an_arabic_copy_reads_right_to_left(qtbot, window, pages_project: Path) -> None:
    from PySide6.QtCore import Qt

    assert window.actions_.open(pages_project)
    model = window.story_model
    row = next(r for r in range(model.rowCount()) if (model.item_at(r).lang or "").startswith("ar"))
    window.form.storyView.setCurrentIndex(model.index(row))
    view = window.inspector.form.readerView
    assert "كلمةنادرة" in view.toPlainText()
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_the_library_search_finds_words_of_the_readable_copy(pages_project: Path) -> None:
    with Project.open(pages_project, readonly=True) as project:
        index = LibraryIndex.load(project)
    found = index.select(LibraryFilter(text="quetzalword"))
    assert [row.kind for row in found] == ["link"]
    assert len(index.select(LibraryFilter(text="كلمةنادرة"))) == 1


@pytest.fixture
def watcher() -> Iterator[str]:
    with watching() as address:
        yield address


def test_the_reader_loads_nothing_even_from_unsanitised_markup(qtbot, watcher: str, tmp_path: Path) -> None:
    (tmp_path / "local.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    view = ReaderView()
    qtbot.addWidget(view)
    view.setSearchPaths([str(tmp_path)])
    # Straight into Qt, past the sanitiser: what Qt itself would load is refused too.
    view.setHtml(f'<p>text</p><img src="{watcher}/pixel.png"><img src="local.png">'
                 f'<link rel="stylesheet" href="{watcher}/s.css"><script>document.write("ran")</script>')
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    assert any("pixel.png" in name for name in view.refused) and any("local.png" in name for name in view.refused)
    assert Watched.requests == [] and "ran" not in view.toPlainText()
    view.show_copy(f'<p>kept</p><img src="{watcher}/p2.png"><a href="javascript:alert(1)">trap</a>')
    assert "kept" in view.toPlainText() and "javascript" not in view.toHtml()
    assert Watched.requests == []


def _export_dialog(qtbot, window, project: Path):  # type: ignore[no-untyped-def]
    from storyweaver.gui.export_dialog import ExportDialog

    assert window.actions_.open(project)
    dialog = ExportDialog(window.project, window.settings, window.runner, window)
    qtbot.addWidget(dialog)
    dialog.form.htmlCheck.setChecked(False)
    return dialog


def _briefing_text(qtbot, dialog) -> str:  # type: ignore[no-untyped-def]
    """Press Export, wait, and read the PDF briefing's text."""
    import pypdf

    dialog.form.exportButton.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert dialog.result is not None, dialog.form.statusLabel.text()
    return " ".join(page.extract_text() or "" for page in pypdf.PdfReader(dialog.result["outputs"]["pdf"]).pages)


def test_the_export_dialogs_full_text_option_puts_the_copies_in_the_briefing(qtbot, window,
                                                                             pages_project: Path) -> None:
    dialog = _export_dialog(qtbot, window, pages_project)
    dialog.form.fullTextCheck.setChecked(True)
    text = _briefing_text(qtbot, dialog)
    assert "quetzalword" in text and "Full text of linked pages" in text


def test_the_export_dialog_chooses_per_card_which_full_texts_go_in_the_briefing(qtbot, window,
                                                                                 pages_project: Path) -> None:
    from PySide6.QtCore import Qt

    dialog = _export_dialog(qtbot, window, pages_project)
    f = dialog.form
    rows = [f.fullTextList.item(n) for n in range(f.fullTextList.count())]
    assert [r.text() for r in rows] == ["Vigil", "وقفة"]  # the story's pages with a copy, in its order
    assert all(r.checkState() == Qt.CheckState.Checked for r in rows) and dialog.full_text_items() is None
    assert not f.fullTextList.isEnabled()  # the choice belongs to the appendix option
    f.fullTextCheck.setChecked(True)
    assert f.fullTextList.isEnabled()
    rows[0].setCheckState(Qt.CheckState.Unchecked)  # the English page stays out of the appendix
    arabic = int(rows[1].data(Qt.ItemDataRole.UserRole))
    assert dialog.full_text_items() == frozenset({arabic})
    text = _briefing_text(qtbot, dialog)
    assert "Full text of linked pages" in text
    assert "quetzalword" not in text  # the unticked card's text is not in the briefing
