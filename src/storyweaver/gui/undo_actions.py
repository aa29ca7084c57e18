"""Undo and Redo: in the Edit menu named after the command they undo ("Undo Redact post"),
and in the tool bar with a fixed text (the name in their tooltips).

Our own actions, not QUndoStack.createUndoAction: theirs keep the prefix they were made with,
and a language chosen in Preferences must show at once. The tool bar's pair keeps its text:
named after the last command, every button to their right moved as the user worked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QToolBar


class UndoActions(QObject):
    def __init__(self, stack: QUndoStack, menu: QMenu, bar: QToolBar, before: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack
        self.undo, self.redo = QAction(parent), QAction(parent)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.bar_undo, self.bar_redo = QAction(parent), QAction(parent)
        for action in (self.undo, self.bar_undo):
            action.triggered.connect(stack.undo)
        for action in (self.redo, self.bar_redo):
            action.triggered.connect(stack.redo)
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self.name)
        self.name()
        existing = menu.actions()
        if existing:
            menu.insertActions(existing[0], [self.undo, self.redo])
            menu.insertSeparator(existing[0])
        else:
            menu.addActions([self.undo, self.redo])
            menu.addSeparator()
        for bar_action in (self.bar_undo, self.bar_redo):
            bar.insertAction(before, bar_action)

    def name(self, *_changed: object) -> None:
        """Named again after each command, and when the language changes."""
        stack = self.stack
        for action, prefix, text, able in (
                (self.undo, self.tr("&Undo"), stack.undoText(), stack.canUndo()),
                (self.redo, self.tr("&Redo"), stack.redoText(), stack.canRedo())):
            action.setText(f"{prefix} {text}".strip())
            action.setEnabled(able)
        for bar_action, name, full, able in ((self.bar_undo, self.tr("Undo"), self.undo.text(), stack.canUndo()),
                                             (self.bar_redo, self.tr("Redo"), self.redo.text(), stack.canRedo())):
            bar_action.setText(name)
            bar_action.setToolTip(full.replace("&", ""))
            bar_action.setEnabled(able)
