"""One current selection, in the library or in the story (choosing in one ends the other's),
shown in the inspector; several selected items are edited together (``SelectionEditor``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QObject

from storyweaver.core.model import Block, Item
from storyweaver.gui import story_view

if TYPE_CHECKING:
    from storyweaver.gui.main_window import MainWindow


class OneSelection(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def story_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        w = self.window
        if w.inspector is None or w.doc is None:
            return
        w.inspector.commit_pending()
        row = story_view.current_row(w.form.storyView)
        rows = story_view.selected_rows(w.form.storyView)
        if row < 0 and rows:
            row = rows[0]
        if rows:
            story_view.clear_selection(w.form.libraryView)  # one selection at a time
        if len(rows) > 1:
            blocks = [w.doc.blocks[r] for r in rows]
            items = [i for i in (w.doc.item_of(b) for b in blocks) if i is not None]
            self.show_several(blocks, items)
        elif 0 <= row < len(w.doc):
            self.show_several(None, None)
            block = w.doc.blocks[row]
            w.inspector.show_block(block, w.doc.item_of(block))
        if rows:
            w.statusBar().showMessage(self.tr("%Ln selected", "", len(rows)), 3000)

    def show_several(self, blocks: list[Block] | None, items: list[Item] | None) -> None:
        """Several cards or rows selected: edit what they share; else the inspector for one."""
        w = self.window
        several = blocks is not None
        if several:
            w.selection_editor.show_selection(blocks or [], items or [])
        w.selection_editor.setVisible(several)
        if w.inspector is not None:
            w.inspector.setVisible(not several)

    def library_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        w = self.window
        if w.inspector is None or w.project is None:
            return
        ids = w.library.selected_ids()
        if ids:
            story_view.clear_selection(w.form.storyView)  # one selection at a time
            w.inspector.commit_pending()
        if len(ids) > 1 and w.doc is not None:
            chosen = set(ids)
            cards = [b for b in w.doc.blocks if b.item_id in chosen]  # those already in the story
            self.show_several(cards, [i for i in (w.doc.item(n) for n in ids) if i is not None])
        elif ids:
            self.show_several(None, None)
            w.inspector.show_block(None, w.doc.item(ids[0]) if w.doc else w.project.library.get(ids[0]))
