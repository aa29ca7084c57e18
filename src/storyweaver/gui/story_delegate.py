"""Story cards painted the way the recap shows them: posts, links, images, videos, the
editor's texts and section headings, with day markers where the date changes.

Layout and painting share one plan (a list of drawing steps), so the height a card asks
for is exactly what it paints, and tests can read which strings a card draws.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from storyweaver.core import placeholder
from storyweaver.core.model import PRIVATE_AUDIENCES, Block, BlockType, Item, ItemKind, shown_in_public
from storyweaver.core.textdir import is_rtl
from storyweaver.gui import text_paint
from storyweaver.gui.private_posts import audience_name, audience_of
from storyweaver.gui.thumbnails import Thumbnails

if TYPE_CHECKING:
    from storyweaver.gui.story_model import StoryModel
    from storyweaver.gui.text_block_editor import TextBlockEditor

Index = QModelIndex | QPersistentModelIndex
MAX_WIDTH = 760
PAD = 14
AVATAR = 40
DAY_HEIGHT = 34
ESTIMATED_HEIGHT = 120  # a card's height before it is measured (StoryDelegate.estimating)


@dataclass
class Step:
    kind: str  # text | image | avatar | badge | marker | accent
    rect: QRectF
    text: str = ""
    font: QFont | None = None
    rtl: bool = False
    sha: str | None = None
    role: str = ""  # what the text is: body, name, handle, time, title, caption ...
    max_lines: int = 0


@dataclass
class Plan:
    steps: list[Step]
    card: QRectF | None
    height: float


def _fonts(base: QFont) -> dict[str, QFont]:
    bold = QFont(base)
    bold.setBold(True)
    small = QFont(base)
    small.setPointSizeF(max(base.pointSizeF() * 0.86, 7.0))
    heading = QFont(base)
    heading.setPointSizeF(base.pointSizeF() * 1.55)
    heading.setBold(True)
    italic = QFont(base)
    italic.setItalic(True)
    return {"body": base, "bold": bold, "small": small, "heading": heading, "italic": italic}


def _time(item: Item) -> str:
    return item.published.strftime("%H:%M") if item.published else ""


def _image_size(item: Item, width: float, cap: float) -> tuple[float, float]:
    """The picture's size in a card ``width`` wide: its own proportions, at most ``cap`` high
    (a wide column shows a whole picture, smaller, not a slice of it the column's width)."""
    media = item.media[0] if item.media else None
    ratio = media.height / media.width if media is not None and media.width and media.height else 9 / 16
    height = min(cap, width * ratio)
    return (min(width, height / ratio), height)


class StoryDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView, thumbnails: Thumbnails) -> None:
        super().__init__(view)
        self._view = view
        self._thumbs = thumbnails
        self._marker_text: Callable[[str], str] = lambda day: day
        self._heights: dict[tuple[object, ...], int] = {}
        # While the window first shows, Qt lays the story out at the splitter's own widths,
        # before the window sizes its panes and the story is laid out again: cards are not
        # measured for that first layout (the cold start measured every card twice).
        self.estimating = False

    def set_day_formatter(self, formatter: Callable[[str], str]) -> None:
        self._marker_text = formatter

    # -- planning -----------------------------------------------------------------------------

    def card_width(self) -> int:
        """The cards' width, the same whether the scroll bar shows or not: the first layout of
        a long story finds it taller than the view and the bar appears, which narrowed every
        card by its width and measured the whole story again before the first paint."""
        bar = self._view.verticalScrollBar()
        full = self._view.viewport().width() - (0 if bar.isVisibleTo(self._view) else bar.sizeHint().width())
        return min(max(full, 200) - 32, MAX_WIDTH)

    def plan(self, index: Index, font: QFont) -> Plan:
        fonts = _fonts(font)
        metrics = QFontMetricsF(font)
        width = self.card_width()
        left = (max(self._view.viewport().width(), 200) - width) / 2
        steps: list[Step] = []
        y = 6.0
        model = cast("StoryModel", index.model())
        # Read the model directly: PySide 6.12 on Python 3.11 loses a reference to None each
        # time an empty QVariant comes back to Python (index.data() of a heading's item).
        day = model.day_marker(index.row())
        if day:
            steps.append(Step("marker", QRectF(left, y, width, DAY_HEIGHT - 8), self._marker_text(day), fonts["small"]))
            y += DAY_HEIGHT
        block: Block = model.block_at(index.row())
        item: Item | None = model.item_at(index.row())
        inner = width - 2 * PAD
        if block.type is BlockType.HEADING:
            text = block.text or ""
            height = text_paint.text_height(text, fonts["heading"], width)
            y += 10
            steps.append(Step("text", QRectF(left, y, width, height), text, fonts["heading"],
                              is_rtl(text), role="heading"))
            y += height + 4
            steps.append(Step("accent", QRectF(left, y, 48, 3)))
            return Plan(steps, None, y + 12)
        top = y
        y += PAD
        x = left + PAD
        if block.type is BlockType.TEXT:
            text = text_paint.editor_text(block.text or "")
            role = "body"
            if not text.strip():  # a new text: say what it is for, in the muted colour
                text, role = self.tr("Write here what connects these posts."), "missing"
            height = max(text_paint.text_height(text, font, inner - 8), metrics.height())
            steps.append(Step("accent", QRectF(left, y - PAD, 4, height + 2 * PAD)))
            steps.append(Step("text", QRectF(x + 8, y, inner - 8, height), text, font, is_rtl(text),
                              role=role))
            y += height
        elif item is None:
            steps.append(Step("text", QRectF(x, y, inner, metrics.height()), "?", fonts["italic"], role="missing"))
            y += metrics.height()
        else:
            y = self._plan_item(steps, item, x, y, inner, fonts)
        if block.type is BlockType.ITEM and block.caption:
            rtl = is_rtl(block.caption)
            height = text_paint.text_height(block.caption, fonts["italic"], inner)
            y += 8
            steps.append(Step("text", QRectF(x, y, inner, height), block.caption, fonts["italic"], rtl, role="caption"))
            y += height
        badges = []
        audience = audience_of(item)
        if audience in PRIVATE_AUDIENCES:  # the post's own audience: a direct message says so on its card
            badges.append(audience_name(audience))
        if not shown_in_public(block, item):  # a private post not chosen for publication included
            badges.append(self.tr("Briefing only"))
        if item is not None and item.redacted:
            badges.append(self.tr("Redacted"))
        bx = left + width - PAD
        small = QFontMetricsF(fonts["small"])
        for badge in text_paint.fitted_labels(badges, fonts["small"], width - 2 * PAD, 18):  # never past the card
            badge_width = small.horizontalAdvance(badge) + 12
            bx -= badge_width
            steps.append(Step("badge", QRectF(bx, top - 9, badge_width, 18), badge, fonts["small"]))
            bx -= 6
        y += PAD
        return Plan(steps, QRectF(left, top, width, y - top), y + 8)

    def _plan_item(self, steps: list[Step], item: Item, x: float, y: float, inner: float,
                   fonts: dict[str, QFont]) -> float:
        body_font = fonts["body"]
        line = QFontMetricsF(body_font).height()
        small_line = QFontMetricsF(fonts["small"]).height()
        media = item.media[0] if item.media else None
        picture = (media.thumb_sha256 or media.sha256) if media else None
        if item.kind is ItemKind.LINK:
            image_width = 128.0 if picture else 0.0
            text_x = x + image_width + (12 if image_width else 0)
            text_width = inner - image_width - (12 if image_width else 0)
            if picture:
                steps.append(Step("image", QRectF(x, y, image_width, 88), sha=picture))
            site = item.site_name or ""
            steps.append(Step("text", QRectF(text_x, y, text_width, small_line), site, fonts["small"], role="site"))
            ty = y + small_line + 2
            title = item.title or item.url or ""
            height = text_paint.text_height(title, fonts["bold"], text_width, max_lines=2)
            steps.append(Step("text", QRectF(text_x, ty, text_width, height), title, fonts["bold"],
                              is_rtl(title, item.lang), role="title", max_lines=2))
            ty += height + 2
            if item.description:
                height = text_paint.text_height(item.description, fonts["small"], text_width, max_lines=3)
                steps.append(Step("text", QRectF(text_x, ty, text_width, height), item.description, fonts["small"],
                                  is_rtl(item.description, item.lang), role="description", max_lines=3))
                ty += height
            return max(ty, y + (88 if picture else 0))
        author = item.author
        if item.kind is ItemKind.POST or author is not None:
            # text: the initials, role: the colour (core.placeholder: the same as the library's and the recap's)
            steps.append(Step("avatar", QRectF(x, y, AVATAR, AVATAR),
                              placeholder.initials(author.name, author.handle) if author else "?",
                              sha=author.avatar_sha256 if author else None,
                              role=placeholder.colour(author.name, author.handle) if author else "#64748b"))
            name = (author.name or "") if author else ""
            handle = f"@{author.handle.lstrip('@')}" if author and author.handle else ""
            when = _time(item)
            when_width = QFontMetricsF(fonts["small"]).horizontalAdvance(when) + 4
            text_x = x + AVATAR + 10
            steps.append(Step("text", QRectF(text_x, y + 2, inner - AVATAR - 10 - when_width, line), name,
                              fonts["bold"], role="name", max_lines=1))
            steps.append(Step("text", QRectF(text_x, y + 2 + line, inner - AVATAR - 10, small_line), handle,
                              fonts["small"], role="handle", max_lines=1))
            steps.append(Step("text", QRectF(x + inner - when_width, y + 2, when_width, small_line), when,
                              fonts["small"], role="time"))
            y += AVATAR + 8
        body = item.text or item.title or item.description or ""
        if body:
            rtl = is_rtl(body, item.lang)
            height = text_paint.text_height(body, body_font, inner, rtl=rtl)
            steps.append(Step("text", QRectF(x, y, inner, height), body, body_font, rtl, role="body"))
            y += height
        if picture:
            y += 8
            cap = 360.0 if item.kind in (ItemKind.IMAGE, ItemKind.VIDEO) else 260.0
            image_width, height = _image_size(item, inner, cap)
            steps.append(Step("image", QRectF(x, y, image_width, height), sha=picture,
                              role="video" if item.kind is ItemKind.VIDEO or (media and media.type == "video") else ""))
            y += height
        return y

    def displayed_texts(self, index: Index) -> dict[str, str]:
        """What the card draws, by role (for tests and accessibility)."""
        plan = self.plan(index, self._view.font())
        return {s.role: s.text for s in plan.steps if s.kind == "text"}

    # -- QStyledItemDelegate --------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if self.estimating:
            return QSize(max(self._view.viewport().width() - 2, 200), ESTIMATED_HEIGHT)
        # The list view asks every card's height on each re-layout (a resize, a panel
        # appearing): measured cards are remembered by what their height depends on.
        model = index.model()
        row = index.row()
        block: Block = model.block_at(row)  # type: ignore[attr-defined]
        item: Item | None = model.item_at(row)  # type: ignore[attr-defined]
        key = (block.id, block.type, block.text, block.caption, block.visibility, id(item),
               item.redacted if item else None, model.day_marker(row), self.card_width(),  # type: ignore[attr-defined]
               option.font.key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 20000:
                self._heights.clear()
            height = int(self.plan(index, option.font).height) + 1
            self._heights[key] = height
        return QSize(max(self._view.viewport().width() - 2, 200), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # No initStyleOption(): in PySide 6.12 each call from Python leaks a reference to None.
        opt = option
        palette: QPalette = opt.palette
        rect = opt.rect
        plan = self.plan(index, opt.font)
        state = opt.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.topLeft())
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text_colour)
        muted.setAlpha(150)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if plan.card is not None:
            path = QPainterPath()
            path.addRoundedRect(plan.card, 10, 10)
            painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
            border = QColor(highlight) if selected else QColor(text_colour)
            if not selected:
                border.setAlpha(40)
            painter.setPen(QPen(border, 2.0 if selected else 1.0))
            painter.drawPath(path)
        elif selected:
            painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), _alpha(highlight, 40))
        if focused:
            painter.setPen(QPen(highlight, 1.0, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(2, 2, rect.width() - 4, rect.height() - 4))
        for step in plan.steps:
            self._paint_step(painter, step, palette, text_colour, muted, highlight)
        painter.restore()

    def _paint_step(self, painter: QPainter, step: Step, palette: QPalette, text_colour: QColor, muted: QColor,
                    highlight: QColor) -> None:
        if step.kind == "text":
            painter.setPen(muted if step.role in ("handle", "time", "site", "missing") else text_colour)
            text_paint.draw_text(painter, step.rect, step.text, step.font or QFont(), rtl=step.rtl,
                                 max_lines=step.max_lines)
        elif step.kind == "accent":
            painter.fillRect(step.rect, highlight)
        elif step.kind == "marker":
            painter.setPen(QPen(_alpha(text_colour, 60), 1))
            mid = step.rect.center().y()
            label_width = QFontMetricsF(step.font or QFont()).horizontalAdvance(step.text) + 24
            painter.drawLine(QPointF(step.rect.left(), mid), QPointF(step.rect.center().x() - label_width / 2, mid))
            painter.drawLine(QPointF(step.rect.center().x() + label_width / 2, mid), QPointF(step.rect.right(), mid))
            painter.setPen(muted)
            painter.setFont(step.font or QFont())
            painter.drawText(step.rect, Qt.AlignmentFlag.AlignCenter, step.text)
        elif step.kind == "badge":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#b45309"))
            painter.drawRoundedRect(step.rect, 9, 9)
            painter.setPen(QColor("white"))
            painter.setFont(step.font or QFont())
            painter.drawText(step.rect, Qt.AlignmentFlag.AlignCenter, step.text)
        elif step.kind == "image":
            self._paint_image(painter, step, palette)
        elif step.kind == "avatar":
            self._paint_avatar(painter, step)

    def _paint_image(self, painter: QPainter, step: Step, palette: QPalette) -> None:
        picture = self._thumbs.cut(step.sha, step.rect.size().toSize(), 8)  # cut to its corners once
        painter.save()
        if picture is not None:
            painter.drawPixmap(step.rect.topLeft().toPoint(), picture)
        else:
            path = QPainterPath()
            path.addRoundedRect(step.rect, 8, 8)
            painter.fillPath(path, palette.color(QPalette.ColorRole.AlternateBase))
        if step.role == "video":
            centre = step.rect.center()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 140))
            painter.drawEllipse(centre, 28, 28)
            painter.setBrush(QColor("white"))
            painter.drawPolygon([QPointF(centre.x() - 9, centre.y() - 14), QPointF(centre.x() - 9, centre.y() + 14),
                                 QPointF(centre.x() + 15, centre.y())])
        painter.restore()

    def _paint_avatar(self, painter: QPainter, step: Step) -> None:
        size = step.rect.size().toSize()
        picture = self._thumbs.cut(step.sha, size, size.width() / 2)  # a circle, cut once
        if picture is not None:
            painter.drawPixmap(step.rect.topLeft().toPoint(), picture)
            return
        path = QPainterPath()
        path.addEllipse(step.rect)
        painter.save()
        painter.fillPath(path, QColor(step.role or "#64748b"))
        painter.setPen(QColor("white"))
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(step.rect, Qt.AlignmentFlag.AlignCenter, step.text)
        painter.restore()

    # -- typing headings and texts in place -----------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        block: Block = index.model().block_at(index.row())  # type: ignore[attr-defined]
        if block.type is BlockType.HEADING:
            editor: QWidget = QLineEdit(parent)
            editor.setAccessibleName(self.tr("Section heading"))
        else:
            editor = _text_editor()(parent)
            editor.setAccessibleName(self.tr("Text"))
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Escape ends the typing and keeps what was typed (Qt's default throws it away).
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape  # type: ignore[attr-defined]
                and isinstance(editor, _text_editor() | QLineEdit)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QLineEdit):
            editor.setText(value)
        elif isinstance(editor, _text_editor()):
            editor.set_markup(value)

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        value = editor.text() if isinstance(editor, QLineEdit) else editor.markup()  # type: ignore[attr-defined]
        model.setData(index, value, Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        plan = self.plan(index, option.font)
        target = next((s.rect for s in plan.steps if s.kind == "text"), QRectF(0, 0, 300, 30))
        rect = target.adjusted(-4, -4, 4, 8).translated(option.rect.topLeft())
        if isinstance(editor, _text_editor()) and plan.card is not None:
            from storyweaver.gui.text_block_editor import BAR_HEIGHT

            # The whole card, bar on top: nothing of the card shows through while typing.
            card = plan.card.adjusted(6, 2, -2, -2).translated(option.rect.topLeft())
            rect = QRectF(card.left(), card.top(), card.width(), max(card.height(), rect.height() + BAR_HEIGHT, 130))
        editor.setGeometry(rect.toRect())


def _text_editor() -> type[TextBlockEditor]:
    """The rich text box, with its Qt text classes and the exports' sanitiser: loaded when a
    text is first edited, not with the window (its cold start)."""
    from storyweaver.gui.text_block_editor import TextBlockEditor

    return TextBlockEditor


def _alpha(colour: QColor, alpha: int) -> QColor:
    copy = QColor(colour)
    copy.setAlpha(alpha)
    return copy
