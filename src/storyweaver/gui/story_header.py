"""The top of the story pane at any window size: the story's title on a line of its own, and
the story's actions in a row that wraps onto a second line rather than hiding any of them.

The title used to share one row with four buttons; at 1024 px the buttons took the row, the
title shrank to nothing and the story pane's width pushed the inspector's fields out of sight.
Then a tool bar folded what did not fit into a » menu: in French, half the actions were out of
sight at 1024 px.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from storyweaver.gui.reflow_row import ReflowRow


class ActionRow(ReflowRow):
    """One flat button per action, wrapping as the pane narrows."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        buttons = []
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.append(button)
        super().__init__(buttons, parent, spread=False)
        self.setObjectName("storyActions")

    def widgetForAction(self, action: QAction) -> QToolButton | None:
        return next((b for b in self.widgets if isinstance(b, QToolButton) and b.defaultAction() is action), None)


class StoryHeader(QWidget):
    def __init__(self, title: QWidget, actions: list[QAction], buttons: list[QToolButton],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.setSpacing(2)
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(title)
        self.bar = ActionRow(actions, self)
        layout.addWidget(self.bar)
        for button in buttons:  # the form's buttons: their actions now live in the row
            button.hide()

    def minimumSizeHint(self) -> QSize:
        # The row wraps to one action a line at the narrowest: that sets the pane's minimum.
        return QSize(self.bar.minimumSizeHint().width() + 16, super().minimumSizeHint().height())
