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


def english_in(texts: list[str]) -> list[str]:
    """The texts holding an English source as whole words ("Export" is not in "Exporter")."""
    patterns = [re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)") for s in english_sources()]
    return sorted({f"{t} ({p.pattern})" for t in texts for p in patterns if p.search(t)})
