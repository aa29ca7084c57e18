"""What an empty story says: where its content comes from (a new user saw a blank pane)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyStoryHint(QLabel):
    """Centred in the story view while the story has no block."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyStoryHint")
        self.view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # drops go to the story
        self.setStyleSheet("#emptyStoryHint { color: palette(placeholder-text); font-size: 15px; }")
        self._model: QAbstractItemModel | None = None
        view.viewport().installEventFilter(self)
        self._name()
        self.hide()

    def _name(self) -> None:
        self.setText(self.tr("Your story is empty.\nDrag posts, links and pictures here from the library, "
                             "or use Add Section and Add Text above.\nImport an archive, pictures or a folder "
                             "from the File menu, or paste an address in the library."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
        super().changeEvent(event)

    def watch(self, model: QAbstractItemModel | None) -> None:
        self._model = model
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        empty = self._model is not None and self._model.rowCount() == 0
        self.setVisible(empty)
        if empty:
            self._place()

    def _place(self) -> None:
        area = self.view.viewport().rect().adjusted(40, 40, -40, -40)
        self.setGeometry(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
