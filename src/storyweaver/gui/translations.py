"""The editor's language: which one to speak, and installing Qt's and our translators for it.

Its own module (not the composition root's) so that the Preferences action can change the
language without importing ``app``, which imports the window that imports the actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from storyweaver.paths import resources_dir
from storyweaver.settings import Settings

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str:
        """Qt's marker, typed: PySide's stubs say it returns ``object``; it returns ``message``."""
        ...
else:  # the marker itself (pyside6-lupdate finds the strings by its name), re-exported
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP


# Qt's own French catalogue (qtbase_fr) leaves these words of its file dialog in English (our
# import and open dialogs are Qt's own on a desktop without a native one): our catalogue
# gives them, in Qt's context; a translator is asked for a text whoever installed it.
QT_WORDS_ITS_FRENCH_LACKS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # The file dialog's Type column. Qt asks for it with a disambiguation ("All other platforms")
    # that pyside6-lupdate cannot write; a translator not finding it asks again without one.
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)


def translations_dir() -> Path:
    return resources_dir() / "translations"  # paths.resources_dir: the one place that finds it


def ui_language(settings: Settings) -> str:
    """The setting if there is one, else the system's language (STORYWEAVER_LANG first)."""
    if settings.language:
        return settings.language
    from storyweaver.i18n import system_language

    return system_language()


_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Speak ``language`` from now on; the translators of the previous one are removed.

    Qt then sends every widget a LanguageChange event, and each one translates itself
    again (``changeEvent``): a new language shows at once, without a restart.
    """
    from storyweaver.i18n import use_language

    while _installed:
        app.removeTranslator(_installed.pop())
    use_language(language)
    if language == "en":
        # English needs its catalogue only for plural forms ("1 job", "2 jobs").
        plurals = QTranslator(app)
        if plurals.load(str(translations_dir() / "storyweaver_gui_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
        system = QLocale.system()
        QLocale.setDefault(system if system.language() == QLocale.Language.English else QLocale(language))
        return list(_installed)
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"storyweaver_gui_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return list(_installed)
