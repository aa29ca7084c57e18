"""The library tab: filters and sorting wired to the library model (filtering as you type)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView

from storyweaver.core.model import Item
from storyweaver.gui.date_typing import DateTyping
from storyweaver.gui.forms.main_window_ui import Ui_MainWindow
from storyweaver.gui.library_delegate import LibraryDelegate
from storyweaver.gui.library_model import LibraryModel
from storyweaver.gui.reflow_row import ReflowRow
from storyweaver.gui.thumbnails import Thumbnails
from storyweaver.session.library_index import LibraryFilter, LibraryIndex

if TYPE_CHECKING:
    from storyweaver.gui.library_refresh import LibraryRefresh


def setup_card_table(view: QTableView, row_height: int) -> None:
    """A one-column table of fixed-height cards: unlike a QListView, which lays out every
    row on each reset, a table's rows are header sections of one size, so resetting or
    scrolling 50,000 rows only touches the visible ones."""
    view.horizontalHeader().hide()
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.verticalHeader().setMinimumSectionSize(1)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTabKeyNavigation(False)


class LibraryPanel(QObject):
    def __init__(self, form: Ui_MainWindow, thumbnails: Thumbnails, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.model = LibraryModel()
        self.partial = False  # only the newest items are indexed yet
        self.refresh: LibraryRefresh  # the one place that brings the index up to date (set by the window)
        view: QTableView = form.libraryView
        view.setModel(self.model)
        delegate = LibraryDelegate(thumbnails, view)
        view.setItemDelegate(delegate)
        # The legend of the rows' marks (✓, ⚠), on the count's line.
        count_row = QHBoxLayout()
        form.libraryLayout.removeWidget(form.libraryCountLabel)
        self.legend = QLabel(form.libraryTab)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        count_row.addWidget(form.libraryCountLabel, 1)
        count_row.addWidget(self.legend)
        form.libraryLayout.addLayout(count_row)
        setup_card_table(view, delegate.row_height(view.font()))
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        f = form
        for combo, choices in self._choices():
            for label, value in choices:
                combo.addItem(label, value)
        for edit in (f.dateFromEdit, f.dateToEdit):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
            DateTyping(edit)
            edit.setEnabled(False)
        for combo in (f.kindCombo, f.platformCombo, f.sortCombo, f.storyCombo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The filters wrap onto more lines rather than cut their choices short ("In the st").
        filters = [f.kindCombo, f.platformCombo, f.sortCombo, f.storyCombo, f.mediaCheck, f.altCheck]
        place = form.libraryLayout.indexOf(f.filterRow1)
        for row in (f.filterRow1, f.filterRow2):
            for widget in filters:
                row.removeWidget(widget)
            form.libraryLayout.removeItem(row)
            row.deleteLater()
        self.filters = ReflowRow(filters, form.libraryTab)
        form.libraryLayout.insertWidget(place, self.filters)
        f.dateCheck.toggled.connect(f.dateFromEdit.setEnabled)
        f.dateCheck.toggled.connect(f.dateToEdit.setEnabled)
        # Typing filters at once (each keystroke is well under 100 ms at 50,000 items); the
        # zero-delay timer merges keystrokes that arrive faster than the event loop runs.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        f.filterEdit.textChanged.connect(self._timer.start)
        for combo in (f.kindCombo, f.platformCombo, f.sortCombo, f.storyCombo):
            combo.currentIndexChanged.connect(self._timer.start)
        for check in (f.mediaCheck, f.altCheck, f.dateCheck):
            check.toggled.connect(self._timer.start)
        f.dateFromEdit.dateChanged.connect(self._timer.start)
        f.dateToEdit.dateChanged.connect(self._timer.start)

    def set_index(self, index: LibraryIndex) -> None:
        self._date_range(index)
        self.model.set_index(index, self.current_filter())  # one pass: the sort may be kept already
        self._show_count()

    def adopt(self, grown: LibraryIndex) -> None:
        """Show ``grown``, the shown index with newer rows (``LibraryIndex.extended``): the
        filter and the sort stay; the kept sort orders came with it, so this is one swap."""
        self._date_range(grown, keep_chosen=True)
        self.model.set_index(grown)
        self._show_count()

    def _date_range(self, index: LibraryIndex, *, keep_chosen: bool = False) -> None:
        """Let the date fields span the library's days; unless ``keep_chosen`` and the user
        filters by date, they show the whole span."""
        days = index.counts_per_day()  # kept by the index: no pass over 50,000 rows here
        if days:
            first = QDate.fromString(min(days), "yyyy-MM-dd")
            last = QDate.fromString(max(days), "yyyy-MM-dd")
        else:  # an empty library: today, not the days of the project shown before
            first = last = QDate.currentDate()
        f = self.form
        chosen = keep_chosen and f.dateCheck.isChecked()
        for edit, whole in ((f.dateFromEdit, first), (f.dateToEdit, last)):
            edit.blockSignals(keep_chosen)  # new rows do not change the filter: no second pass
            # No range limited to the library's days: a year typed digit by digit passes through
            # years outside it ("2" of "2025"), which a narrow range turned into another date.
            if not chosen:
                edit.setDate(whole)
            edit.blockSignals(False)

    def current_filter(self) -> LibraryFilter:
        f = self.form
        kind = f.kindCombo.currentData()
        dated = f.dateCheck.isChecked()
        return LibraryFilter(
            text=f.filterEdit.text(),
            kinds=frozenset({kind}) if kind else frozenset(),
            platform=f.platformCombo.currentData() or "",
            date_from=f.dateFromEdit.date().toString("yyyy-MM-dd") if dated else "",
            date_to=f.dateToEdit.date().toString("yyyy-MM-dd") if dated else "",
            in_story={"yes": True, "no": False}.get(f.storyCombo.currentData()),
            has_media=f.mediaCheck.isChecked(),
            missing_alt=f.altCheck.isChecked(),
        )

    def _choices(self) -> list[tuple[QComboBox, list[tuple[str, str]]]]:
        f = self.form
        # Item data are never None: PySide 6.12 mishandles an empty QVariant coming back to Python.
        return [
            (f.kindCombo, [(self.tr("All kinds"), ""), (self.tr("Posts"), "post"), (self.tr("Links"), "link"),
                           (self.tr("Images"), "image"), (self.tr("Videos"), "video"), (self.tr("Notes"), "note")]),
            (f.platformCombo, [(self.tr("All platforms"), ""), ("X", "x"), ("Mastodon", "mastodon"),
                               ("Bluesky", "bluesky")]),
            (f.sortCombo, [(self.tr("Newest first"), "newest"), (self.tr("Oldest first"), "oldest"),
                           (self.tr("By author"), "author"), (self.tr("As added"), "added")]),
            (f.storyCombo, [(self.tr("In the story or not"), "any"), (self.tr("Not in the story"), "no"),
                            (self.tr("In the story"), "yes")]),
        ]

    def retranslate(self) -> None:
        """The language changed: the choices and the count speak the new one (the user's
        choices stay chosen)."""
        for combo, choices in self._choices():
            for position, (label, _value) in enumerate(choices):
                combo.setItemText(position, label)
        self._show_count()

    def apply(self) -> None:
        self.model.set_filter(self.current_filter(), self.form.sortCombo.currentData())
        self._show_count()

    def _show_count(self) -> None:
        if self.partial:
            self.form.libraryCountLabel.setText(self.tr("Reading the library… the newest items first"))
            return
        shown, total = self.model.rowCount(), len(self.model.index_data.rows)
        # %Ln: the count in the user's locale ("2 095" in French) and its plural form.
        text = (self.tr("%Ln item(s)", "", total) if shown == total
                else self.tr("%1 of %Ln item(s)", "", total).replace("%1", QLocale().toString(shown)))
        self.form.libraryCountLabel.setText(text)
        self.legend.setText(self.tr("✓ in the story · ⚠ no alt text"))

    def follow_edits(self, items: list[Item]) -> None:
        """Items edited (or an edit undone): their rows' missing-alt mark follows at once."""
        rows = self.model.index_data.by_id
        changed = []
        for item in items:
            row = rows.get(item.id) if item.id is not None else None
            if row is not None:
                missing = any(not (media.alt or "").strip() for media in item.media)
                if missing != row.missing_alt:
                    row.missing_alt = missing
                    changed.append(row.id)
        if changed:
            self.model.refresh_rows(changed)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.form.libraryView.selectionModel().selectedIndexes()})
        return [self.model.row_at(r).id for r in rows]
