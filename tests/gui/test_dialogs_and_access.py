"""Dialogs (preferences, export), keyboard reach and accessible names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from storyweaver.settings import Settings


def test_preferences_are_saved_and_the_theme_applies(qtbot, window) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from storyweaver.gui.preferences import PreferencesDialog
    from storyweaver.gui.theme import apply_theme

    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    f = dialog.form
    f.themeCombo.setCurrentIndex(f.themeCombo.findData("dark"))
    f.languageCombo.setCurrentIndex(f.languageCombo.findData("fr"))
    f.mastodonEdit.setText("http://127.0.0.1:9/masto ")
    f.proxyEdit.setText("http://proxy.invalid:3128")
    dialog.accept()
    window.settings.save()
    saved = Settings.load()
    assert (saved.theme, saved.language, saved.mastodon_server, saved.proxy) == (
        "dark", "fr", "http://127.0.0.1:9/masto", "http://proxy.invalid:3128")
    assert saved.endpoint_overrides()["mastodon_server"] == "http://127.0.0.1:9/masto"
    app = QApplication.instance()
    apply_theme(app, "dark")
    try:
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    finally:
        apply_theme(app, "light")


def test_export_dialog_offers_exporting(qtbot, window, demo_path) -> None:
    from storyweaver.gui.export_dialog import ExportDialog

    assert window.actions_.open(demo_path)
    dialog = ExportDialog(window.project, window.settings, window.runner, window)
    qtbot.addWidget(dialog)
    f = dialog.form
    assert f.folderEdit.text() == str(demo_path.parent)
    outputs = dialog.outputs()
    assert outputs["html"] == demo_path.parent / "demo.html" and outputs["json"] is None
    assert f.exportButton.isEnabled()
    f.htmlCheck.setChecked(False)
    f.pdfCheck.setChecked(False)
    dialog.start()
    assert "at least one" in f.statusLabel.text()


def test_every_control_has_a_name_a_screen_reader_can_say(qtbot, window, demo_path) -> None:
    assert window.actions_.open(demo_path)
    window.show()
    qtbot.waitExposed(window)
    window.form.storyView.setCurrentIndex(window.story_model.index(2))  # the inspector shows its fields
    labelled = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QSpinBox | QAbstractItemView
                          | QAbstractButton):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in ("QComboBox", "QSpinBox",
                                                                             "QDateEdit", "QScrollBar"):
            continue
        if widget.objectName().startswith("qt_") or not widget.isVisibleTo(window):
            continue  # Qt's own parts (popups, hidden headers, tab scrollers) and hidden fields
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text or widget in labelled):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == [], unnamed


def test_the_main_controls_are_reachable_with_the_keyboard(window, demo_path) -> None:
    assert window.actions_.open(demo_path)
    f = window.form
    for widget in (f.addressEdit, f.filterEdit, f.libraryView, f.storyView, window.timeline,
                   window.inspector.form.captionEdit):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    shortcuts = {a.shortcut().toString() for a in (f.actionMoveUp, f.actionMoveDown, f.actionFindInLibrary,
                                                   f.actionAddToStory, f.actionRemove)}
    assert shortcuts == {"Alt+Up", "Alt+Down", "Ctrl+F", "Ctrl+Return", "Del"}
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_first_start_writes_the_sample_opens_it_and_remembers(tmp_path: Path) -> None:
    from storyweaver.paths import data_dir

    done = subprocess.run([sys.executable, "-m", "storyweaver"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "STORYWEAVER_QUIT_AFTER_START": "1"})
    assert done.returncode == 0, done.stderr
    samples = list(data_dir().glob("*.storyweaver"))
    assert len(samples) == 1
    settings = Settings.load()
    assert settings.first_start_done
    assert settings.recent_projects == [str(samples[0].resolve())]


def test_the_export_dialog_writes_the_recap_and_briefing_off_the_gui_thread(qtbot, window, demo_path) -> None:
    from storyweaver.gui.export_dialog import ExportDialog

    assert window.actions_.open(demo_path)
    dialog = ExportDialog(window.project, window.settings, window.runner, window)
    qtbot.addWidget(dialog)
    f = dialog.form
    assert f.themeCombo.count() >= 1
    f.jsonCheck.setChecked(True)
    f.exportButton.click()
    assert not f.exportButton.isEnabled() and f.cancelButton.isEnabled()  # running, the window is free
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert dialog.result is not None, f.statusLabel.text()
    for kind in ("html", "pdf", "json"):
        assert dialog.result["outputs"][kind].is_file()
    assert "<script" not in dialog.result["outputs"]["html"].read_text(encoding="utf-8").lower()
    assert f.openHtmlButton.isEnabled() and f.openPdfButton.isEnabled()
    if dialog.result["preview"] is not None:  # pdftoppm installed: the first page is shown
        assert not f.previewLabel.pixmap().isNull()


def test_preferences_delete_the_kept_briefing_pages(qtbot, window) -> None:
    """The editor's way to the cache of laid-out briefing parts (export/part_cache): one click
    deletes every kept page, as ``storyweaver clear-cache`` does."""
    from PySide6.QtCore import Qt

    from storyweaver.export import part_cache
    from storyweaver.gui.preferences import PreferencesDialog

    folder = part_cache.private_folder(part_cache.default_folder())
    (folder / ("0" * 64 + ".json")).write_text("{}", encoding="utf-8")
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    button = dialog.arranged.clear_kept
    assert button.isEnabled() and any(button is box.findChild(type(button), "clearKeptPages")
                                      for box in dialog.arranged.boxes)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not folder.exists() and not button.isEnabled() and button.text() == "Kept pages deleted"
