"""A French editor exports a project that names no language in French.

Found in a first hour under Xvfb: a project made with `storyweaver new` (no language of its own)
exported from the French editor, "The project's language" chosen, gave an English recap and briefing
("BRIEFING", "3 – 5 November 2024"): the export fell back to the system's language (C: English), not
the language the user works in.
"""

from __future__ import annotations

from storyweaver.gui.translations import install_translations
from tests.gui.driving import export_public_recap


def test_the_project_language_is_the_editors_when_the_project_names_none(qtbot, window, qapp, demo_path,
                                                                          tmp_path) -> None:
    try:
        install_translations(qapp, "fr")
        assert window.actions_.open(demo_path)
        assert window.project.meta("lang") is None  # as `storyweaver new` leaves it
        dialog = export_public_recap(qtbot, window, tmp_path / "out")
        assert dialog.form.languageCombo.currentData() == ""  # "The project's language"
        html = (tmp_path / "out" / "demo.html").read_text(encoding="utf-8")
        assert '<html lang="fr"' in html, html[:300]
    finally:
        install_translations(qapp, "en")


def test_the_bundled_theme_is_named_in_french(qtbot, window, qapp, demo_path) -> None:
    # Found in the same hour: the Export dialog's Theme said "default" in a French editor.
    from storyweaver.gui.export_dialog import ExportDialog

    try:
        install_translations(qapp, "fr")
        assert window.actions_.open(demo_path)
        dialog = ExportDialog(window.project, window.settings, window.runner, window)
        qtbot.addWidget(dialog)
        combo = dialog.form.themeCombo
        assert combo.itemData(0) == "default" and combo.itemText(0) == "Par défaut"
    finally:
        install_translations(qapp, "en")
