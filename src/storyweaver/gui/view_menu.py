"""The View menu: the inspector folds away (the window must work at 1024x700), and the jobs
dock comes back after being closed."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget

from storyweaver.gui.forms.main_window_ui import Ui_MainWindow


class ViewMenu(QObject):
    def __init__(self, form: Ui_MainWindow, jobs: QDockWidget, window: QWidget) -> None:
        super().__init__(window)
        self.inspector_action = QAction(window)
        self.inspector_action.setCheckable(True)
        self.inspector_action.setChecked(True)
        self.inspector_action.toggled.connect(form.inspectorScroll.setVisible)
        self.menu = form.menubar.addMenu("")
        form.menubar.insertMenu(form.menuHelp.menuAction(), self.menu)
        self.menu.addAction(self.inspector_action)
        self.menu.addAction(jobs.toggleViewAction())
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&View"))
        self.inspector_action.setText(self.tr("&Inspector"))
