"""The status bar's two lasting lines: what the library and the story hold, and whether every
edit is in the file ("Saving…", "All changes saved", or that one could not be written)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from storyweaver.gui.library_panel import LibraryPanel
from storyweaver.session.story_document import StoryDocument
from storyweaver.store.project import Project


class StatusLabels(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.saved = QLabel(bar)
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel(bar)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        bar.addPermanentWidget(self.counts)
        bar.addPermanentWidget(self.saved)
        self.failed_at: int | None = None  # writes committed when one failed, until one more is

    def show_saved(self, doc: StoryDocument | None) -> None:
        writer = doc.writer if doc is not None else None
        if writer is not None and writer.pending:
            self.saved.setText(self.tr("Saving…"))
        elif writer is not None and self.failed_at is not None and writer.committed <= self.failed_at:
            self.saved.setText(self.tr("Not saved: see the message above"))
        else:
            self.failed_at = None
            self.saved.setText(self.tr("All changes saved"))

    def show_counts(self, project: Project | None, doc: StoryDocument | None, library: LibraryPanel) -> None:
        if project is None:
            self.counts.setText("")
            return
        items = len(library.model.index_data.rows)
        if library.partial:
            items = project.library.count()
        blocks = len(doc) if doc else 0
        in_story = len(doc.item_ids()) if doc else 0
        self.counts.setText(" · ".join((
            self.tr("Library: %Ln item(s)", "", items), self.tr("Story: %Ln block(s)", "", blocks)
            + ", " + self.tr("%Ln item(s)", "", in_story))))
