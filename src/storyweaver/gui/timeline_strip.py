"""The campaign's days as a bar chart: library items (light) and story items (strong) per day.

Clicking a day asks the story to scroll there.  Painted, one widget for all the days.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

NARROWEST_BAR = 6.0  # px: below this days are put together into weeks, then months, then years
UNITS = ("day", "week", "month", "year")


def bin_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def next_start(start: date, unit: str) -> date:
    if unit == "day":
        return start + timedelta(days=1)
    if unit == "week":
        return start + timedelta(days=7)
    if unit == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start.replace(year=start.year + 1)


def bins(first: date, last: date, width: float) -> tuple[str, list[date]]:
    """The bar unit that leaves each bar at least NARROWEST_BAR wide, and each bar's first day:
    every day from the first dated one to the last, like the library's date filter."""
    for unit in UNITS:
        starts = [bin_start(first, unit)]
        while next_start(starts[-1], unit) <= last:
            starts.append(next_start(starts[-1], unit))
        if len(starts) * NARROWEST_BAR <= width or unit == "year":
            return unit, starts
    raise AssertionError("unreachable")


class TimelineStrip(QWidget):
    day_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timeline: items per day"))
        self.setMouseTracking(True)
        self._days: list[str] = []  # each bar's first day
        self._unit = "day"
        self._bars_library: dict[str, int] = {}
        self._bars_story: dict[str, int] = {}
        self._library: dict[str, int] = {}
        self._story: dict[str, int] = {}
        self._current = -1
        self._first_day = self._last_day = ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Timeline: items per day"))
            self.set_counts(self._library, self._story)  # the tooltip, and the legend repainted
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(400, int(QFontMetricsF(self.font()).height() * 4.6))

    def set_counts(self, library: dict[str, int], story: dict[str, int]) -> None:
        self._library, self._story = library, story
        self._bin()
        self.update()

    def _bin(self) -> None:
        """Bars of a day, a week, a month or a year, whichever fits the width (a multi-year
        library drew 1 px bars), over every day from the first dated item to the last."""
        dated = sorted(set(self._library) | set(self._story))
        self._days, self._bars_library, self._bars_story = [], {}, {}
        if not dated:
            self.setToolTip("")
            return
        first, last = date.fromisoformat(dated[0]), date.fromisoformat(dated[-1])
        self._unit, starts = bins(first, last, max(self.width() - 16, 100))
        self._days = [s.isoformat() for s in starts]
        for counts, bars in ((self._library, self._bars_library), (self._story, self._bars_story)):
            for day, count in counts.items():
                start = bin_start(date.fromisoformat(day), self._unit).isoformat()
                bars[start] = bars.get(start, 0) + count
        self._current = min(self._current, len(self._days) - 1)
        span = (last - first).days + 1
        self.setToolTip(self.tr("%Ln day(s), from %1 to %2", "", span).replace("%1", dated[0]).replace(
            "%2", dated[-1]))
        # The first and the last dated day, as the date filter says: not the first bar's start.
        self._first_day, self._last_day = dated[0], dated[-1]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._bin()

    @property
    def days(self) -> list[str]:
        return list(self._days)

    def _bar_rect(self, position: int) -> QRectF:
        label = QFontMetricsF(self.font()).height()
        width = self.width() - 16
        step = width / max(len(self._days), 1)
        return QRectF(8 + position * step, 4, max(step, 1.0), self.height() - label - 10)

    def day_label_rects(self) -> list[tuple[QRectF, str]]:
        """The first and the last day, under the bars at either end."""
        metrics = QFontMetricsF(self.font())
        top = self.height() - 4 - metrics.height()
        last_width = metrics.horizontalAdvance(self._last_day) + 2
        return [(QRectF(8, top, metrics.horizontalAdvance(self._first_day) + 2, metrics.height()), self._first_day),
                (QRectF(self.width() - 8 - last_width, top, last_width, metrics.height()), self._last_day)]

    def legend_rects(self) -> list[tuple[QRectF, QRectF, str]]:
        """(swatch, label, text) of the legend, centred on the line of the days under the bars:
        drawn over the bars, it hid the tallest of them. None when that line has no room."""
        metrics = QFontMetricsF(self.font())
        labels = [self.tr("story"), self.tr("library")]
        width = sum(14 + metrics.horizontalAdvance(label) + 12 for label in labels) - 12
        x = (self.width() - width) / 2
        days = self.day_label_rects()
        if x < days[0][0].right() + 12 or x + width > days[1][0].left() - 12:
            return []
        top = self.height() - 4 - metrics.height()
        rects = []
        for label in labels:
            swatch = QRectF(x, top + metrics.height() / 2 - 5, 10, 10)
            text_width = metrics.horizontalAdvance(label) + 2
            rects.append((swatch, QRectF(x + 14, top, text_width, metrics.height()), label))
            x += 14 + text_width + 10
        return rects

    def day_at(self, x: float) -> str | None:
        if not self._days:
            return None
        step = (self.width() - 16) / len(self._days)
        position = int((x - 8) // step) if step else -1
        return self._days[position] if 0 <= position < len(self._days) else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        if not self._days:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated items yet"))
            return
        top_count = max(max(self._bars_library.values(), default=0), max(self._bars_story.values(), default=0), 1)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        light = QColor(highlight)
        light.setAlpha(70)
        for position, day in enumerate(self._days):
            rect = self._bar_rect(position)
            gap = 1.0 if rect.width() > 3 else 0.0
            for count, colour in ((self._bars_library.get(day, 0), light), (self._bars_story.get(day, 0), highlight)):
                if count:
                    height = max(2.0, rect.height() * count / top_count)
                    painter.fillRect(QRectF(rect.left() + gap, rect.bottom() - height, rect.width() - 2 * gap, height),
                                     colour)
            if position == self._current:
                painter.setPen(text)
                painter.drawRect(rect.adjusted(0, 0, -1, 0))
        painter.setPen(text)
        for rect, label in self.day_label_rects():
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, label)
        # No legend when the line of the days has no room for it (zip then draws none).
        for (swatch, rect, label), colour in zip(self.legend_rects(), (highlight, light), strict=False):
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, label)
            painter.fillRect(swatch, colour)
        if self.hasFocus():
            painter.setPen(highlight)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x())
        if day is not None:
            self._current = self._days.index(day)
            self.update()
            self.day_clicked.emit(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x())
        if day is not None:
            end = next_start(date.fromisoformat(day), self._unit) - timedelta(days=1)
            span = day if self._unit == "day" else f"{day} – {end.isoformat()}"
            self.setToolTip(self.tr("%1: %2 in the library, %3 in the story").replace("%1", span).replace(
                "%2", str(self._bars_library.get(day, 0))).replace("%3", str(self._bars_story.get(day, 0))))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._days:
            return super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if event.key() == Qt.Key.Key_Left else 1
            self._current = max(0, min(len(self._days) - 1, self._current + step))
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current >= 0:
            self.day_clicked.emit(self._days[self._current])
        else:
            super().keyPressEvent(event)
        return None
