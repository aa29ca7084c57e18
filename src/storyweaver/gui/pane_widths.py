"""The three panes' widths (library, story, inspector): the story, where the editor works, gets
the most room at every window size.

The splitter alone gave every change of the window's width to the story (the side panes do not
stretch), so a window first shown at 1400 px and then made 1024 px wide left the story the
narrowest pane (288 px between 370 and 350).  The widths now follow the window: in the
proportions below until the user drags a divider, then in the proportions the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter, QWidget

SIDE_SHARE = 0.22  # of the window's width for each side pane, between these bounds:
SIDE_MIN, SIDE_MAX = 270, 420  # 1024 px: 290 / 450 / 270 (or the library's minimum); 1920 px: 440 / 1060 / 420


def pane_widths(width: int, inspector_shown: bool = True) -> list[int]:
    """Library, story and inspector widths for a splitter ``width`` pixels wide."""
    side = max(SIDE_MIN, min(SIDE_MAX, round(width * SIDE_SHARE)))
    library = side + 20  # its filters are two fields a row
    inspector = side if inspector_shown else 0
    return [library, max(0, width - library - inspector), inspector]


class PaneWidths(QObject):
    """Keeps ``splitter``'s panes in proportion as the window is resized."""

    def __init__(self, splitter: QSplitter, inspector: QWidget) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._inspector = inspector
        self._chosen: list[float] | None = None  # the user's shares, once they drag a divider
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)
        inspector.installEventFilter(self)  # folded away or back (View menu): the story takes or gives its room

    def _room(self) -> int:
        splitter = self._splitter
        return max(0, splitter.width() - splitter.handleWidth() * (splitter.count() - 1))

    def _moved(self, _position: int, _index: int) -> None:
        sizes = self._splitter.sizes()
        total = sum(sizes)
        if total:
            self._chosen = [s / total for s in sizes]

    def apply(self) -> None:
        """Set the widths for the splitter's present width (the window calls it as it is shown too,
        before its first layout, so that the story's header and cards are laid out once)."""
        room = self._room()
        if room <= 0:
            return
        chosen = self._chosen
        shown = self._inspector.isVisibleTo(self._splitter.window())
        sizes = pane_widths(room, shown) if chosen is None else [round(s * room) for s in chosen]
        if sizes != self._splitter.sizes():
            self._splitter.setSizes(sizes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Resize,) if watched is self._splitter else \
            (QEvent.Type.ShowToParent, QEvent.Type.HideToParent)
        if event.type() in kinds and self._splitter.isVisible():  # before the window shows, it sizes them
            self.apply()
        return False
