"""The Search tab: ask the open networks for posts and keep the good ones in the library.

The search itself is the capture layer's (``storyweaver.capture.search``), run on the
task runner; kept results are stored through its one door (``candidates.keep``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storyweaver.capture.search import candidates
from storyweaver.core.model import Item
from storyweaver.gui import capture_jobs
from storyweaver.gui.library_delegate import LibraryDelegate
from storyweaver.gui.library_model import LibraryModel
from storyweaver.gui.library_panel import setup_card_table
from storyweaver.gui.translations import QT_TRANSLATE_NOOP
from storyweaver.gui.undo import ImportItems
from storyweaver.session.library_index import LibraryIndex, LibraryRow
from storyweaver.store.library import LibraryChange

if TYPE_CHECKING:
    from storyweaver.gui.main_window import MainWindow

NETWORKS = (
    ("mastodon", QT_TRANSLATE_NOOP("SearchPanel", "Mastodon (hashtag)")),
    ("bluesky", QT_TRANSLATE_NOOP("SearchPanel", "Bluesky")),
    ("feed", QT_TRANSLATE_NOOP("SearchPanel", "RSS / Atom feed")),
)


def row_for(item: Item, position: int) -> LibraryRow:
    author = item.author.name or item.author.handle or "" if item.author else item.site_name or ""
    body = item.text or item.title or ""
    return LibraryRow(
        id=position, kind=item.kind.value, platform=item.platform.value if item.platform else "",
        author=author or "", handle=item.author.handle or "" if item.author else "",
        first_line=body.strip().split("\n", 1)[0][:160],
        published=item.published.isoformat() if item.published else "", haystack=body.lower(),
        media_count=len(item.media),
    )


class SearchPanel(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.results: list[Item] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        self.network = QComboBox(self)
        for value, _label in NETWORKS:
            self.network.addItem("", value)
        self.limit = QSpinBox(self)
        self.limit.setRange(10, 500)
        self.limit.setValue(40)
        row.addWidget(self.network, 1)
        row.addWidget(self.limit)
        layout.addLayout(row)
        query_row = QHBoxLayout()
        self.query = QLineEdit(self)
        self.search_button = QPushButton(self)
        query_row.addWidget(self.query, 1)
        query_row.addWidget(self.search_button)
        layout.addLayout(query_row)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = LibraryModel()
        self.view = QTableView(self)
        self.view.setModel(self.model)
        delegate = LibraryDelegate(window.thumbnails, self.view)
        self.view.setItemDelegate(delegate)
        setup_card_table(self.view, delegate.row_height(self.view.font()))
        layout.addWidget(self.view, 1)
        self.keep_button = QPushButton(self)
        self.keep_button.setEnabled(False)
        layout.addWidget(self.keep_button)
        self.search_button.clicked.connect(self.search)
        self.query.returnPressed.connect(self.search)
        self.keep_button.clicked.connect(self.keep_selected)
        self._name()

    def search(self) -> None:
        query = self.query.text().strip()
        if not query:
            return
        network = self.network.currentData()
        settings = self.window_.settings
        limit = self.limit.value()
        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Searching…"))
        self.window_.runner.submit(
            self.tr("Searching %1").replace("%1", query),
            lambda cancel, progress: capture_jobs.run_search(network, query, limit, settings, cancel, progress),
            on_done=self.show_results, on_error=self._failed,
        )

    def show_results(self, items: list[Item]) -> None:
        self.search_button.setEnabled(True)
        self.results = list(items)
        index = LibraryIndex()
        for position, item in enumerate(self.results):
            entry = row_for(item, position)
            index.rows.append(entry)
            index.by_id[entry.id] = entry
        self.model.set_index(index)
        self.model.set_filter(self.model.current_filter, "added")
        self.status.setText(self.tr("%Ln result(s); select the ones to keep.", "", len(self.results)))
        self.keep_button.setEnabled(bool(self.results))

    def _failed(self, message: str) -> None:
        self.search_button.setEnabled(True)
        self.status.setText(message)

    def _name(self) -> None:
        self.network.setAccessibleName(self.tr("Network"))
        for position, (_value, label) in enumerate(NETWORKS):
            self.network.setItemText(position, self.tr(label))
        self.limit.setAccessibleName(self.tr("Most results"))
        self.query.setPlaceholderText(self.tr("#EndImpunity, words or a feed address"))
        self.query.setAccessibleName(self.tr("Search query"))
        self.search_button.setText(self.tr("Searc&h"))
        self.view.setAccessibleName(self.tr("Search results"))
        self.keep_button.setText(self.tr("&Keep selected in the library"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name()  # a search's status line stays as it was said
        super().changeEvent(event)

    def keep_selected(self) -> None:
        window = self.window_
        if window.project is None or window.doc is None:
            return
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        chosen: list[Any] = [self.results[self.model.row_at(r).id] for r in rows]
        if not chosen:
            return
        doc = window.doc

        def kept(result: Any) -> None:
            if window.doc is not doc:
                return  # the project was closed meanwhile
            if result.added:
                window.stack.push(ImportItems(doc, result.added, self.tr("Keep search results"),
                                              window.library.refresh.report))
            window.library.refresh.report(LibraryChange(added=tuple(result.added)))
            self.status.setText(self.tr("%Ln kept", "", len(result.added)) + ", "
                                + self.tr("%Ln already in the library", "", len(result.existing)))

        # Written in the editor's turn, after the edits made before it: never on this thread,
        # which would wait for an import's write lock. Through the capture layer's one door
        # (the raw JSON becomes a blob, not a string left in the item row).
        doc.writer.submit(lambda project: candidates.keep(project, chosen), then=kept)
