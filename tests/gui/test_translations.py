"""The editor speaks French when asked (setting or system), from the shipped .qm catalogue."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication

from storyweaver.gui.app import install_translations, translations_dir, ui_language
from storyweaver.settings import Settings


def test_every_gui_string_has_a_french_translation() -> None:
    ts = translations_dir() / "storyweaver_gui_fr.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 200
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []


def test_the_catalogue_holds_every_string_the_editor_asks_to_translate(tmp_path: Path) -> None:
    # A string marked with tr() but never extracted is shown in English to everyone (the
    # About dialog was, until this test).
    root = Path(__file__).resolve().parents[2]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (root / "src" / "storyweaver" / "gui").glob("*.py"))
    forms = sorted(str(p) for p in (root / "ui").glob("*.ui"))
    subprocess.run([str(lupdate), *sources, *forms, "-ts", str(fresh)], check=True, capture_output=True)

    def strings(ts: Path) -> set[tuple[str, str]]:
        return {(context.findtext("name") or "", message.findtext("source") or "")
                for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")}

    missing = strings(fresh) - strings(translations_dir() / "storyweaver_gui_fr.ts")
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:5]}"


def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    ts = translations_dir() / "storyweaver_gui_fr.ts"
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == (translations_dir() / "storyweaver_gui_fr.qm").read_bytes()


def test_the_language_setting_overrides_the_system(monkeypatch) -> None:
    monkeypatch.setenv("STORYWEAVER_LANG", "fr")
    assert ui_language(Settings()) == "fr"
    assert ui_language(Settings(language="en")) == "en"


def test_the_window_speaks_french(qtbot) -> None:
    from storyweaver.gui.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translations(app, "fr")
    try:
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        assert window.form.menuFile.title() == "&Fichier"
        assert window.form.filterEdit.placeholderText() == "Texte, @auteur, #mot-dièse"
        assert window.undo_action.text().startswith("&Annuler")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en"))
