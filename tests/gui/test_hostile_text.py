"""Captured text is drawn as text: hostile strings reach the cards and labels unchanged and
are never interpreted as rich text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Platform
from storyweaver.store.project import Project


def hostile_project(path: Path, strings: list[str]) -> Path:
    project = Project.create(path, title=strings[0] or "hostile")
    items = [
        Item(kind=ItemKind.POST, captured_at=datetime(2026, 11, 2, tzinfo=UTC), capture_method="test",
             platform=Platform.X, platform_id=str(n), text=text, author=Author(name=text[:80], handle="h"),
             url="javascript:alert(1)" if n % 2 else "https://example.org/ok",
             published=datetime(2026, 11, 1 + n % 20, tzinfo=UTC))
        for n, text in enumerate(strings)
    ]
    with project.transaction():
        ids = project.library.add(items).added
        for n, item_id in enumerate(ids):
            project.story.append(Block(BlockType.ITEM, item_id=item_id, caption=strings[-1 - n] or None))
    project.close()
    return path


def test_hostile_strings_are_drawn_verbatim_and_never_as_rich_text(qtbot, window, tmp_path, vectors) -> None:
    strings = [s for s in vectors if s.strip()][:400]
    path = hostile_project(tmp_path / "hostile.storyweaver", strings)
    assert window.actions_.open(path)
    window.show()
    qtbot.waitExposed(window)
    model, delegate = window.story_model, window.story_delegate
    image = QImage(900, 2000, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.font = window.form.storyView.font()
    option.palette = window.palette()
    for row in range(model.rowCount()):
        index = model.index(row)
        block, item = model.block_at(row), model.item_at(row)
        drawn = delegate.displayed_texts(index)
        assert drawn["body"] == item.text
        assert drawn["name"] == item.author.name
        if block.caption:
            assert drawn["caption"] == block.caption
        option.rect = QRect(0, 0, 900, delegate.sizeHint(option, index).height())
        delegate.paint(painter, option, index)  # must not raise, whatever the text
    painter.end()
    # Select a few cards: the inspector shows their values, in labels that never parse markup.
    view = window.form.storyView
    for row in (0, 1, 7, model.rowCount() - 1):
        view.setCurrentIndex(model.index(row))
        item = model.item_at(row)
        assert window.inspector.form.noteEdit.toPlainText() == (item.note or "")
        assert window.inspector.form.openOriginalButton.isEnabled() == item.url.startswith("https://")
    for label in window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_tooltips_show_hostile_text_as_written(qtbot, vectors) -> None:
    from PySide6.QtGui import QTextDocument

    from storyweaver.gui.text_paint import plain_tooltip

    def lines(value: str) -> str:
        return " ".join(value.split())  # line breaks may render differently; words may not

    for text in vectors[:600]:
        document = QTextDocument()
        document.setHtml(plain_tooltip(text))
        # what Qt shows is the text itself: no element interpreted, nothing dropped
        assert lines(document.toPlainText()) == lines(text)
