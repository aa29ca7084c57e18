"""The editor speaks French when asked (setting or system), from the shipped .qm catalogue."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication

from storyweaver.gui.translations import install_translations, translations_dir, ui_language
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
    # A string outside any class (a module-level tr() helper) is extracted without a context,
    # and then never found at run time: the undo stack's names were English to everyone.
    homeless = sorted(source for context, source in strings(fresh) if not context)
    assert not homeless, f"translate these with a QObject's self.tr(): {homeless[:5]}"
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
        assert translators
        install_translations(app, "en")


def choose_in_preferences(window, language: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``language`` in the real Preferences dialog and press OK, as the user would."""
    from PySide6.QtCore import QTimer

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        combo = dialog.form.languageCombo
        combo.setCurrentIndex(combo.findData(language))
        dialog.form.buttonBox.button(dialog.form.buttonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, pick)
    window.actions_.preferences()
    QApplication.processEvents()  # Qt posts the LanguageChange events


def test_a_language_chosen_in_preferences_shows_at_once(qtbot, window, demo_path) -> None:
    from storyweaver.errors import StoryWeaverError

    app = QApplication.instance()
    install_translations(app, "en")
    assert window.actions_.open(demo_path)
    title = window.project.title
    f = window.form
    window.show_hint(lambda: QApplication.translate("App", "This is a sample story. Drag posts from the library "
                                                    "into the story, write between them, then File › Export. "
                                                    "Start your own with File › New Project, and drop files or "
                                                    "paste addresses to capture."))
    assert f.menuFile.title() == "&File" and f.kindCombo.itemText(0) == "All kinds"
    f.kindCombo.setCurrentIndex(2)  # the user's choice survives the change of language
    try:
        choose_in_preferences(window, "fr")
        assert window.settings.language == "fr"
        # the form's own texts, and those the window set from code
        assert f.menuFile.title() == "&Fichier"
        assert f.filterEdit.placeholderText() == "Texte, @auteur, #mot-dièse"
        assert f.kindCombo.itemText(0) == "Tous types" and f.kindCombo.currentIndex() == 2
        assert window.counts_label.text().startswith("Bibliothèque :")
        assert window.library.form.libraryCountLabel.text().endswith("éléments")
        assert window.saved_label.text() == "Toutes les modifications sont enregistrées"
        assert window.hint_close.text() == "Compris" and window.hint_label.text().startswith("Voici un récit")
        assert f.storyTitleLabel.text() == title  # the user's words are not translated
        assert window.inspector.form.headingLabel.text() == "Inspecteur"
        assert window.inspector.form.visibilityCombo.itemText(1) == "Note d’information seulement"
        assert window.progress.cancel_all.text() == "Tout annuler"
        assert window.actions_.search_panel.search_button.text() == "C&hercher"
        # an edit made now is named in French on the Edit menu
        window.editor.add_heading(0, "Ouverture")
        assert window.undo_action.text() == "&Annuler Ajouter une section"
        # and so are the core's messages (an import that fails, a refused file)
        assert str(StoryWeaverError("not-found", path="x")) == "Il n’y a pas de fichier à l’emplacement x."
        choose_in_preferences(window, "en")
        assert f.menuFile.title() == "&File" and f.kindCombo.itemText(0) == "All kinds"
        assert window.undo_action.text() == "&Undo Add a section"  # named again in the new language
        assert str(StoryWeaverError("not-found", path="x")) == "There is no file at x."
    finally:
        install_translations(app, "en")
