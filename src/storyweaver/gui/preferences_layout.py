"""Preferences laid out with room: the settings in groups, each with a line saying what it does.

The form (``ui/preferences.ui``) was one cramped column of fields, and "Parallel downloads: 8"
read as if eight imports ran together while they run three at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from storyweaver.gui.capture_jobs import ACTIVE_CAPTURES
from storyweaver.gui.forms.preferences_ui import Ui_PreferencesDialog


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("settingNote")
    label.setStyleSheet("#settingNote { color: palette(placeholder-text); }")
    return label


class PreferencesLayout(QObject):
    def __init__(self, dialog: QWidget, form: Ui_PreferencesDialog) -> None:
        super().__init__(dialog)
        f = form
        old = dialog.layout()
        holder = QWidget()
        if old is not None:
            holder.setLayout(old)  # the form's own layout leaves with this holder; its widgets stay ours
        outer = QVBoxLayout(dialog)
        scroll = QScrollArea(dialog)  # on a 700 px screen the groups scroll, the buttons stay
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(scroll)
        inner = QVBoxLayout(page)
        inner.setSpacing(12)
        inner.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QGroupBox] = []
        self.clear_kept = QPushButton(self.tr("Delete kept briefing pages"))
        self.clear_kept.setObjectName("clearKeptPages")
        groups = (
            (self.tr("Appearance"), [
                (f.themeComboLabel, f.themeCombo, self.tr("Light, dark, or as your desktop is set. Applied at once.")),
                (f.languageComboLabel, f.languageCombo, self.tr("The editor's language. Applied at once.")),
            ]),
            (self.tr("Importing"), [
                (f.workersSpinLabel, f.workersSpin, self.tr(
                    "How many pages, posts or pictures one import fetches at the same time. Imports "
                    "themselves run %1 at a time; the others wait their turn.").replace(
                        "%1", str(ACTIVE_CAPTURES))),
                (f.proxyEditLabel, f.proxyEdit, self.tr("Leave empty to connect directly.")),
                (None, f.allowLocalCheck, self.tr(
                    "Only for a mirror or a test server on your own computer or network. Off, a public page "
                    "cannot make StoryWeaver fetch from your computer or network.")),
            ]),
            (self.tr("Services used to read addresses"), [
                (f.mastodonEditLabel, f.mastodonEdit, self.tr("Used to search Mastodon and read posts of servers "
                                                              "that need one.")),
                (f.blueskyApiEditLabel, f.blueskyApiEdit, None),
                (f.blueskyPdsEditLabel, f.blueskyPdsEdit, None),
                (f.xOembedEditLabel, f.xOembedEdit, self.tr("Reads X posts pasted as addresses.")),
            ]),
            (self.tr("Bluesky search"), [
                (f.blueskyHandleEditLabel, f.blueskyHandleEdit, None),
                (f.blueskyPasswordEditLabel, f.blueskyPasswordEdit, self.tr(
                    "An app password made in Bluesky's settings, not your account password; kept in "
                    "the system keyring.")),
            ]),
            (self.tr("Briefings"), [
                (None, self.clear_kept, self.tr(
                    "A long briefing keeps its laid-out pages in your own cache folder, so that exporting it "
                    "again after an edit is faster. They hold the briefing's private material: delete them "
                    "when you no longer need them.")),
            ]),
        )
        for title, rows in groups:
            box = QGroupBox(title, page)
            fields = QFormLayout(box)
            fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for label, field, note in rows:
                if note:  # the field and, under it, what it does: one cell, so it never squeezes
                    cell = QWidget(box)
                    column = QVBoxLayout(cell)
                    column.setContentsMargins(0, 0, 0, 0)
                    column.setSpacing(2)
                    column.addWidget(field)
                    column.addWidget(_note(note, cell))
                    field = cell
                if label is None:
                    fields.addRow(field)  # a check box names itself: it spans the row
                else:
                    fields.addRow(label, field)
            inner.addWidget(box)
            self.boxes.append(box)
        inner.addStretch(1)
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)
        outer.addWidget(f.buttonBox)
        dialog.setMinimumWidth(600)
        wanted = page.sizeHint().height() + f.buttonBox.sizeHint().height() + 40
        screen = dialog.screen().availableGeometry().height() if dialog.screen() is not None else 800
        dialog.resize(660, min(wanted, screen - 60))
        f.workersSpinLabel.setText(self.tr("&Downloads at once, per import"))
