"""The one place for long work: a dock at the bottom of the window listing each job with its
progress and Cancel, and each failure in full, selectable.

It used to float over the story, drawn over whatever was under it; a dock takes its own room,
so nothing it shows ever covers the story or the library.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QFrame, QMainWindow, QScrollArea

from storyweaver.gui.progress_panel import ProgressPanel

TALLEST = 180  # the dock never takes more of the window than this; the rest scrolls


class JobsDock(QDockWidget):
    """Shown while the panel has something to say; the user may close it (it comes back with
    the next piece of work) or move it to another edge."""

    def __init__(self, panel: ProgressPanel, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("jobsDock")
        self.panel = panel
        self.main_window = window
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        panel.hide()  # setWidget showed it: hidden until it has something to say
        scroll.setMaximumHeight(TALLEST)
        self.setWidget(scroll)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        panel.resized.connect(self.follow)
        self._name()
        self.hide()

    def _name(self) -> None:
        self.setWindowTitle(self.tr("Work in progress"))
        # Qt names its title bar's button once, in the language of the moment: name it again.
        button = self.findChild(QAbstractButton, "qt_dockwidget_closebutton")
        if button is not None:
            button.setAccessibleName(self.tr("Close"))
            button.setToolTip(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
        super().changeEvent(event)

    def follow(self) -> None:
        """Shown when the panel has rows or messages, hidden when it has neither."""
        wanted = not self.panel.isHidden()
        if wanted != self.isVisible():
            self.setVisible(wanted)
        if wanted:
            # A failed job's reason wraps: its height is the one for the dock's width (its
            # size hint is for the narrowest width, a dock of empty lines).
            needed = self.panel.heightForWidth(self.width()) if self.panel.hasHeightForWidth() else -1
            needed = needed if needed > 0 else self.panel.sizeHint().height()
            height = min(TALLEST, needed + self.title_height())
            self.main_window.resizeDocks([self], [height], Qt.Orientation.Vertical)

    def title_height(self) -> int:
        return self.fontMetrics().height() + 12

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the dock (its title bar's button) dismisses the messages; running work goes
        # on and shows the dock again at its next step of news.
        self.panel.dismiss_all()
        super().closeEvent(event)
