"""Preferences: theme, language, network endpoints, proxy (saved in the user's settings), and
the Bluesky login for searches (the app password goes to the system keyring, never the file)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from storyweaver.capture.search import bluesky as bluesky_login
from storyweaver.gui.forms.preferences_ui import Ui_PreferencesDialog
from storyweaver.gui.preferences_layout import PreferencesLayout
from storyweaver.gui.translations import QT_TRANSLATE_NOOP
from storyweaver.settings import Settings

LANGUAGES = (("", QT_TRANSLATE_NOOP("PreferencesDialog", "System language")), ("en", "English"), ("fr", "Français"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_PreferencesDialog()
        self.form.setupUi(self)
        self.arranged = PreferencesLayout(self, self.form)
        self.settings = settings
        self.password_kept_for_session_only = False
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
        f.blueskyHandleEdit.setText(settings.bluesky_handle)
        if settings.bluesky_handle and bluesky_login.has_app_password(settings.bluesky_handle):
            f.blueskyPasswordEdit.setPlaceholderText(self.tr("(kept; type a new one to replace it)"))
        f.xOembedEdit.setText(settings.x_oembed)
        f.proxyEdit.setText(settings.proxy)
        f.allowLocalCheck.setChecked(settings.allow_local_addresses)
        f.workersSpin.setValue(settings.workers)
        self.arranged.clear_kept.clicked.connect(self.clear_kept_pages)
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)

    def clear_kept_pages(self) -> None:
        """Delete the briefing pages kept for faster re-exports (export/part_cache)."""
        from storyweaver.export.part_cache import clear

        clear()
        self.arranged.clear_kept.setText(self.tr("Kept pages deleted"))
        self.arranged.clear_kept.setEnabled(False)

    def accept(self) -> None:
        f = self.form
        s = self.settings
        s.theme = f.themeCombo.currentData()
        s.language = f.languageCombo.currentData()
        s.mastodon_server = f.mastodonEdit.text().strip()
        s.bluesky_api = f.blueskyApiEdit.text().strip()
        s.bluesky_pds = f.blueskyPdsEdit.text().strip()
        handle = f.blueskyHandleEdit.text().strip().lstrip("@")
        if s.bluesky_handle and handle != s.bluesky_handle:
            bluesky_login.forget_app_password(s.bluesky_handle)
        s.bluesky_handle = handle
        password = f.blueskyPasswordEdit.text().strip()
        self.password_kept_for_session_only = False
        if handle and password:
            self.password_kept_for_session_only = not bluesky_login.remember_app_password(handle, password)
        if self.password_kept_for_session_only:
            QMessageBox.information(self, self.tr("Bluesky app password"), self.tr(
                "This system has no keyring to keep the app password in: it is kept until you quit "
                "StoryWeaver, and you will be asked for it again next time."))
        s.x_oembed = f.xOembedEdit.text().strip()
        s.proxy = f.proxyEdit.text().strip()
        s.allow_local_addresses = f.allowLocalCheck.isChecked()
        s.workers = f.workersSpin.value()
        super().accept()
