"""The top of the story pane at any window size: the story's title on a line of its own, and
the story's actions in a tool bar that folds what does not fit into a » menu.

The title used to share one row with four buttons; at 1024 px the buttons took the row, the
title shrank to nothing and the story pane's width pushed the inspector's fields out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolBar, QToolButton, QVBoxLayout, QWidget


class StoryHeader(QWidget):
    def __init__(self, title: QWidget, actions: list[QAction], buttons: list[QToolButton],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.setSpacing(2)
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(title)
        self.bar = QToolBar(self)
        self.bar.setObjectName("storyActions")
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in actions:
            self.bar.addAction(action)
        layout.addWidget(self.bar)
        for button in buttons:  # the form's buttons: their actions now live in the bar
            button.hide()

    def minimumSizeHint(self) -> QSize:
        # The bar folds: it never sets the pane's minimum width.
        return QSize(120, super().minimumSizeHint().height())
