"""Finding English left in a French session: every text a widget shows, checked against the
editor's English source strings whose French differs (from the shipped catalogue)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from storyweaver.gui.translations import translations_dir

SHORTEST = 5  # shorter sources ("B", "to") would match inside French words


def english_sources() -> set[str]:
    """English texts of the editor that French writes differently."""
    found = set()
    root = ET.parse(translations_dir() / "storyweaver_gui_fr.ts").getroot()
    for message in root.iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if len(source) >= SHORTEST and all(f.replace("&", "") != source for f in forms) and "%" not in source:
            found.add(source)
    return found


def shown_texts(root: QWidget) -> list[str]:
    """The texts ``root`` and its visible children show: labels, buttons, tabs, menus, tooltips."""
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            texts += [a.text() for a in widget.actions()]
            continue
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
        texts += [a.text() for a in widget.actions()]
    return [t.replace("&", "") for t in texts if t]


def english_in(texts: list[str], also: tuple[str, ...] | set[str] = ()) -> list[str]:
    """The texts holding an English source (ours, or ``also``: Qt's own) as whole words
    ("Export" is not in "Exporter")."""
    patterns = [re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)") for s in english_sources() | set(also)]
    return sorted({f"{t} ({p.pattern})" for t in texts for p in patterns if p.search(t)})


# Qt's own words that French writes the same way, or that are no word at all.
SAME_IN_QT_FRENCH = {"OK", "x"}


def qt_standard_texts(parent: QWidget) -> set[str]:
    """What Qt's own parts show, in the language of the moment: the standard buttons of a
    message box and a button box, the file dialog (Qt's own, as on a desktop without a native
    one), the input dialog, and the context menus of line and text fields."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QTextEdit

    buttons = QMessageBox.StandardButton
    every = buttons.NoButton
    for button in (buttons.Yes, buttons.No, buttons.Cancel, buttons.Ok, buttons.Save, buttons.Discard,
                   buttons.Close, buttons.Open, buttons.Apply, buttons.Reset, buttons.Help, buttons.RestoreDefaults,
                   buttons.SaveAll, buttons.Abort, buttons.Retry, buttons.Ignore, buttons.YesToAll, buttons.NoToAll):
        every |= button
    message = QMessageBox(QMessageBox.Icon.Question, "x", "x", every, parent)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton(every.value), parent)
    files = QFileDialog(parent)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    asking = QInputDialog(parent)
    menus = [QLineEdit(parent).createStandardContextMenu(), QTextEdit(parent).createStandardContextMenu()]
    texts: set[str] = set()
    for widget in (message, box, files, asking, *menus):
        texts |= {t.split("\t")[0] for t in shown_texts(widget)}  # "Copy\tCtrl+C": the shortcut is no word
    for widget in (message, box, files, asking, *menus):
        widget.deleteLater()
    # The file dialog's Type column, as it names a folder (a model filled off the GUI thread:
    # asked of the icon provider the column's model asks).
    from PySide6.QtCore import QDir, QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    texts.add(QFileIconProvider().type(QFileInfo(QDir.tempPath())))
    return {t for t in texts if "/" not in t}  # a folder's path is no word either
