"""Preferences: theme, language, network endpoints, proxy (saved in the user's settings)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from storyweaver.gui.forms.preferences_ui import Ui_PreferencesDialog
from storyweaver.settings import Settings

LANGUAGES = (("", QT_TRANSLATE_NOOP("PreferencesDialog", "System language")), ("en", "English"), ("fr", "Français"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_PreferencesDialog()
        self.form.setupUi(self)
        self.settings = settings
        f = self.form
        for value, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark"))):
            f.themeCombo.addItem(label, value)
        for value, label in LANGUAGES:
            f.languageCombo.addItem(self.tr(label) if not value else label, value)
        f.themeCombo.setCurrentIndex(max(f.themeCombo.findData(settings.theme), 0))
        f.languageCombo.setCurrentIndex(max(f.languageCombo.findData(settings.language), 0))
        f.mastodonEdit.setText(settings.mastodon_server)
        f.blueskyApiEdit.setText(settings.bluesky_api)
        f.blueskyPdsEdit.setText(settings.bluesky_pds)
        f.xOembedEdit.setText(settings.x_oembed)
        f.proxyEdit.setText(settings.proxy)
        f.workersSpin.setValue(settings.workers)
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        f = self.form
        s = self.settings
        s.theme = f.themeCombo.currentData()
        s.language = f.languageCombo.currentData()
        s.mastodon_server = f.mastodonEdit.text().strip()
        s.bluesky_api = f.blueskyApiEdit.text().strip()
        s.bluesky_pds = f.blueskyPdsEdit.text().strip()
        s.x_oembed = f.xOembedEdit.text().strip()
        s.proxy = f.proxyEdit.text().strip()
        s.workers = f.workersSpin.value()
        super().accept()
