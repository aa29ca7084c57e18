"""An import that finished with only notes says so, not "finished with errors" in red.

Found in a first hour under Xvfb: importing the Mastodon archive fixture in French showed, in red,
"Terminé avec des erreurs — Import de mastodon-archive : … 1 fichier média … manque … ; 1 message
direct a été importé ; il reste hors des publications publiques." Every post was imported: these are
notes for the user, and a real failure next to them would not stand out.
"""

from __future__ import annotations

from pathlib import Path

from storyweaver.gui.translations import install_translations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_an_import_with_only_notes_is_not_shown_as_failed(qtbot, window, qapp, demo_path) -> None:
    try:
        install_translations(qapp, "fr")
        assert window.actions_.open(demo_path)
        window.actions_.import_sources([str(FIXTURES / "posts" / "mastodon-archive")])
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60000)
        (row,) = window.progress.failed_rows()
        text = row.label.text()
        assert "message direct" in text  # the note is there, in full
        assert "erreur" not in text and "échou" not in text, text
        assert "terminé" in text and "à noter" in text, text
        assert "#d93036" not in row.label.styleSheet()  # not the colour of a failure
    finally:
        install_translations(qapp, "en")


def test_an_import_that_lost_something_still_says_it_did_not_finish(qtbot, window, demo_path, tmp_path) -> None:
    assert window.actions_.open(demo_path)
    window.actions_.import_sources([str(FIXTURES / "posts" / "mastodon-archive"), str(tmp_path / "missing.zip")])
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=60000)
    (row,) = window.progress.failed_rows()
    assert "did not finish" in row.label.text() and "#d93036" in row.label.styleSheet()
