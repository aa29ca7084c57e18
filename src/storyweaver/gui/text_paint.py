"""Captured text drawn as plain text, wrapped with QTextLayout (never rich text), with its
own direction: an Arabic post reads right-to-left in its card."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption


def _prepared(text: str) -> str:
    # QTextLayout breaks lines on U+2028 only; a captured "\n" must still start a new line.
    return text.replace("\r\n", "\n").replace("\n", "\u2028")


def layout(text: str, font: QFont, width: float, *, rtl: bool = False, max_lines: int = 0) -> tuple[QTextLayout, float]:
    """Wrap ``text`` to ``width``; return the layout and its height."""
    text_layout = QTextLayout(_prepared(text), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    text_layout.setTextOption(option)
    leading = QFontMetricsF(font).leading()
    height = 0.0
    text_layout.beginLayout()
    lines = 0
    while True:
        line = text_layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10.0))
        height += leading
        line.setPosition(QPointF(0, height))
        height += line.height()
        lines += 1
        if max_lines and lines >= max_lines:
            break
    text_layout.endLayout()
    return text_layout, height


def draw_text(painter: QPainter, rect: QRectF, text: str, font: QFont, *, rtl: bool = False,
              max_lines: int = 0) -> float:
    """Draw ``text`` as plain text inside ``rect``; return the height used."""
    text_layout, height = layout(text, font, rect.width(), rtl=rtl, max_lines=max_lines)
    painter.save()
    painter.setFont(font)
    text_layout.draw(painter, rect.topLeft())
    painter.restore()
    return height


def text_height(text: str, font: QFont, width: float, *, rtl: bool = False, max_lines: int = 0) -> float:
    return layout(text, font, width, rtl=rtl, max_lines=max_lines)[1]


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p", "li") and self.parts:
            self.parts.append("\n")


def editor_text(markup: str) -> str:
    """The words of the editor's own text block (it may hold a little HTML: bold, links, lists),
    shown as plain text in the card; the markup is never interpreted by Qt."""
    if "<" not in markup and "&" not in markup:
        return markup
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts).strip()


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written. Qt renders a tooltip as rich text when it
    merely looks like HTML, so captured text is escaped inside an explicit rich-text frame."""
    return "<qt><p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p></qt>"


def elided(text: str, font: QFont, width: float) -> str:
    first = text.replace("\n", " ")
    return QFontMetricsF(font).elidedText(first, Qt.TextElideMode.ElideRight, width)


def fitted_labels(texts: list[str], font: QFont, width: float, padding: float) -> list[str]:
    """Labels drawn side by side (a card's badges), each cut at its end when together they would
    be wider than ``width`` (each takes ``padding`` more than its text)."""
    metrics = QFontMetricsF(font)
    if sum(metrics.horizontalAdvance(t) + padding for t in texts) <= width:
        return texts
    share = width / len(texts) - padding
    return [metrics.elidedText(t, Qt.TextElideMode.ElideRight, share) for t in texts]
