"""Compact library cards: kind mark, author or site, date, first line, thumbnail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from storyweaver.core import placeholder
from storyweaver.core.textdir import is_rtl
from storyweaver.gui import text_paint
from storyweaver.gui.thumbnails import Thumbnails
from storyweaver.gui.translations import QT_TRANSLATE_NOOP
from storyweaver.session.library_index import LibraryRow

Index = QModelIndex | QPersistentModelIndex
THUMB = 52
KIND_MARKS = {"post": "P", "link": "L", "image": "I", "video": "V", "note": "N"}
KIND_COLOURS = {"post": "#2563eb", "link": "#0d9488", "image": "#9333ea", "video": "#dc2626", "note": "#64748b"}
KIND_NAMES = {
    "post": QT_TRANSLATE_NOOP("LibraryDelegate", "Post"), "link": QT_TRANSLATE_NOOP("LibraryDelegate", "Link"),
    "image": QT_TRANSLATE_NOOP("LibraryDelegate", "Image"), "video": QT_TRANSLATE_NOOP("LibraryDelegate", "Video"),
    "note": QT_TRANSLATE_NOOP("LibraryDelegate", "Note"),
}
PLATFORM_NAMES = {"x": "X", "mastodon": "Mastodon", "bluesky": "Bluesky"}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("LibraryDelegate", KIND_NAMES.get(kind, kind))


class LibraryDelegate(QStyledItemDelegate):
    def __init__(self, thumbnails: Thumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbs = thumbnails

    @staticmethod
    def row_height(font: QFont) -> int:
        return int(max(THUMB, QFontMetricsF(font).height() * 2.6)) + 16

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        if not index.isValid() or index.row() >= model.rowCount():
            return
        row: LibraryRow = model.row_at(index.row())  # type: ignore[attr-defined]
        # No initStyleOption(): in PySide 6.12 each call from Python leaks a reference to None.
        opt = option
        palette: QPalette = opt.palette
        rect = QRectF(opt.rect).adjusted(4, 2, -4, -2)
        state = opt.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        if state & QStyle.StateFlag.State_Selected:
            painter.fillPath(path, palette.color(QPalette.ColorRole.Highlight))
            text_colour = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
            text_colour = palette.color(QPalette.ColorRole.Text)
        if state & QStyle.StateFlag.State_HasFocus:
            pen_colour = QColor(palette.color(QPalette.ColorRole.Highlight)).darker(140)
            painter.setPen(pen_colour)
            painter.drawPath(path)
        muted = QColor(text_colour)
        muted.setAlpha(160)
        thumb_rect = QRectF(rect.left() + 8, rect.top() + (rect.height() - THUMB) / 2, THUMB, THUMB)
        self._paint_thumb(painter, row, thumb_rect, palette)
        font: QFont = opt.font
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.86, 7.0))
        left = thumb_rect.right() + 10
        width = rect.right() - left - 8
        line = QFontMetricsF(font).height()
        top = rect.top() + (rect.height() - line * 2.2) / 2
        meta = " · ".join(x for x in (PLATFORM_NAMES.get(row.platform, ""), row.day) if x)
        meta_width = QFontMetricsF(small).horizontalAdvance(meta) + 6
        marks = ("✓ " if row.in_story else "") + ("⚠ " if row.missing_alt else "")
        painter.setPen(text_colour)
        painter.setFont(bold)
        who = row.author or (f"@{row.handle.lstrip('@')}" if row.handle else kind_name(row.kind))
        painter.drawText(QRectF(left, top, width - meta_width, line), Qt.AlignmentFlag.AlignLeft,
                         text_paint.elided(marks + who, bold, width - meta_width))
        painter.setPen(muted)
        painter.setFont(small)
        painter.drawText(QRectF(left + width - meta_width, top, meta_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, meta)
        painter.setPen(text_colour)
        painter.setFont(font)
        rtl = is_rtl(row.first_line)
        painter.drawText(QRectF(left, top + line * 1.15, width, line),
                         (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft),
                         text_paint.elided(row.first_line, font, width))
        painter.restore()

    def _paint_thumb(self, painter: QPainter, row: LibraryRow, rect: QRectF, palette: QPalette) -> None:
        picture = self._thumbs.cut(row.thumb_sha or row.avatar_sha, rect.size().toSize(), 6)
        if picture is not None:
            painter.drawPixmap(rect.topLeft().toPoint(), picture)  # cut to its rounded corners once
            return
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.save()
        author = row.kind == "post" and (row.author or row.handle)
        # A post's author gets their own initials and colour (core.placeholder), as in the story.
        painter.fillPath(path, QColor(placeholder.colour(row.author, row.handle) if author
                                      else KIND_COLOURS.get(row.kind, "#64748b")))
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, placeholder.initials(row.author, row.handle)
                         if author else KIND_MARKS.get(row.kind, "?"))
        painter.restore()
