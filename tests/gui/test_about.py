"""Help > About: version, licence and the libraries StoryWeaver is built on, shown as plain text."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

import storyweaver
from storyweaver.gui import about
from storyweaver.gui.about import AboutDialog

REPO = Path(__file__).resolve().parents[2]
DISTRIBUTIONS = {
    "PySide6": "PySide6-Essentials", "requests": "requests", "Beautiful Soup": "beautifulsoup4", "lxml": "lxml",
    "WeasyPrint": "weasyprint", "Jinja2": "jinja2", "nh3": "nh3", "Pillow": "pillow",
    "platformdirs": "platformdirs", "polib": "polib",
}


def table_rows(dialog: AboutDialog) -> dict[str, str]:
    table = dialog.libraries
    return {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}


def test_about_shows_the_version_and_the_licence_of_pyproject(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    licence = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"]
    assert storyweaver.__version__ in dialog.version_label.text()
    assert licence == about.LICENCE
    assert licence in dialog.licence_label.text()
    assert dialog.windowTitle() == "About StoryWeaver"


def test_about_lists_each_library_with_its_installed_version(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    rows = table_rows(dialog)
    for name, distribution in DISTRIBUTIONS.items():
        assert rows[name] == metadata.version(distribution)
    assert rows["Qt"] == qVersion()
    assert rows["Python"] == ".".join(map(str, sys.version_info[:3]))


def test_a_library_that_is_not_installed_is_said_to_be_missing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about, "LIBRARIES", (*about.LIBRARIES, ("Imaginary", ("storyweaver-no-such-library",))))
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert table_rows(dialog)["Imaginary"] == "not installed"


def test_about_never_interprets_text_as_markup(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    labels = dialog.findChildren(QLabel)
    assert labels
    for label in labels:
        if label.pixmap().isNull():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_copy_details_puts_version_and_libraries_on_the_clipboard(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "copyDetails")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert f"StoryWeaver {storyweaver.__version__}" in text
    assert f"WeasyPrint {metadata.version('weasyprint')}" in text
    assert f"Qt {qVersion()}" in text


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>AboutDialog</name>
<message><source>About StoryWeaver</source><translation>À propos de StoryWeaver</translation></message>
<message><source>Version {version}</source><translation>Version {version} (fr)</translation></message>
<message><source>not installed</source><translation>non installé</translation></message>
</context>
</TS>
"""


def test_about_speaks_the_language_of_the_installed_qt_translation(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6)")
    (tmp_path / "about.ts").write_text(TS, encoding="utf-8")
    subprocess.run([lrelease, "-silent", str(tmp_path / "about.ts"), "-qm", str(tmp_path / "about.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "about.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        monkeypatch.setattr(about, "LIBRARIES", (*about.LIBRARIES, ("Imaginary", ("storyweaver-no-such-library",))))
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "À propos de StoryWeaver"
        assert dialog.version_label.text() == f"Version {storyweaver.__version__} (fr)"
        assert table_rows(dialog)["Imaginary"] == "non installé"
    finally:
        QCoreApplication.removeTranslator(translator)
