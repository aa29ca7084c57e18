"""Typing the story's own texts: a rich text box with a small formatting bar (bold, italic,
link, list; Ctrl+B, Ctrl+I, Ctrl+K) that writes exactly the subset the exports keep
(``export.text.EDITOR_TAGS``), and nothing else.

Text with no formatting is stored as plain text (paragraphs separated by a blank line), as
before; formatted text is stored as that small HTML. What is loaded goes through the exports'
own sanitiser first, so a hostile block never reaches Qt's HTML reader whole.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QTextEdit, QToolButton, QWidget

from storyweaver.export.text import editor_html, safe_href

BAR_HEIGHT = 30


def document_markup(document: QTextDocument) -> str:
    """The allowed HTML for ``document``; plain text when nothing in it is formatted."""
    parts: list[str] = []
    formatted = False
    open_list: str | None = None
    block = document.begin()
    while block.isValid():
        inline = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                text = html.escape(fragment.text(), quote=False).replace("\u2028", "<br>")
                char = fragment.charFormat()
                if char.fontWeight() >= QFont.Weight.Bold:
                    text, formatted = f"<b>{text}</b>", True
                if char.fontItalic():
                    text, formatted = f"<i>{text}</i>", True
                href = safe_href(char.anchorHref()) if char.isAnchor() else None
                if href:
                    text, formatted = f'<a href="{html.escape(href)}">{text}</a>', True
                inline.append(text)
            iterator += 1
        line = "".join(inline)
        text_list = block.textList()
        kind = None
        if text_list is not None:
            numbered = text_list.format().style() in (QTextListFormat.Style.ListDecimal,)
            kind, formatted = ("ol" if numbered else "ul"), True
        if kind != open_list:
            if open_list:
                parts.append(f"</{open_list}>")
            if kind:
                parts.append(f"<{kind}>")
            open_list = kind
        parts.append(f"<li>{line}</li>" if kind else (f"<p>{line}</p>" if line else ""))
        block = block.next()
    if open_list:
        parts.append(f"</{open_list}>")
    if formatted:
        return "".join(parts)
    return "\n\n".join(_plain_paragraphs(document))


def _plain_paragraphs(document: QTextDocument) -> list[str]:
    paragraphs = []
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            paragraphs.append(block.text().replace("\u2028", "\n"))
        block = block.next()
    return paragraphs


class TextBlockEditor(QTextEdit):
    """The in-place editor of a text block: the bar sits in the top margin of the box, its
    buttons never take the focus (so the delegate keeps the editor open while they are used)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted web pages arrive as words, not as their markup
        self.setTabChangesFocus(True)
        self.setViewportMargins(0, BAR_HEIGHT, 0, 0)
        self.bar = QWidget(self)
        self.bar.setAutoFillBackground(True)
        self.bar.setBackgroundRole(QPalette.ColorRole.Button)
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name, handler in (("bold", self.toggle_bold), ("italic", self.toggle_italic),
                              ("link", self.ask_link), ("list", self.toggle_list)):
            button = QToolButton(self.bar)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(True)
            button.clicked.connect(handler)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        self._name()

    def _name(self) -> None:
        for name, label, tip, keys in (
                ("bold", self.tr("B"), self.tr("Bold"), "Ctrl+B"),
                ("italic", self.tr("I"), self.tr("Italic"), "Ctrl+I"),
                ("link", self.tr("Link"), self.tr("Make a link"), "Ctrl+K"),
                ("list", self.tr("List"), self.tr("Bulleted list"), "")):
            button = self.buttons[name]
            button.setText(label)
            shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
            button.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            button.setAccessibleName(tip)
        font = self.buttons["bold"].font()
        font.setBold(True)
        self.buttons["bold"].setFont(font)
        italic = self.buttons["italic"].font()
        italic.setItalic(True)
        self.buttons["italic"].setFont(italic)
        self.setPlaceholderText(self.tr("Write here what connects these posts."))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        frame = self.frameWidth()
        self.bar.setGeometry(frame, frame, self.width() - 2 * frame, BAR_HEIGHT)

    # -- the text in and out ------------------------------------------------------------------------

    def set_markup(self, markup: str) -> None:
        self.setHtml(str(editor_html(markup)))
        self.moveCursor(QTextCursor.MoveOperation.End)

    def markup(self) -> str:
        return document_markup(self.document())

    # -- formatting ---------------------------------------------------------------------------------

    def _merge(self, char: QTextCharFormat) -> None:
        # With a selection it is formatted; without one, what is typed next is.
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(char)
        self.mergeCurrentCharFormat(char)

    def toggle_bold(self) -> None:
        char = QTextCharFormat()
        bold = self.fontWeight() < QFont.Weight.Bold
        char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(char)

    def toggle_italic(self) -> None:
        char = QTextCharFormat()
        char.setFontItalic(not self.fontItalic())
        self._merge(char)

    def toggle_list(self) -> None:
        cursor = self.textCursor()
        current: QTextList | None = cursor.currentList()  # None outside a list
        if current is not None:
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)

    def ask_link(self) -> None:
        address, ok = QInputDialog.getText(self, self.tr("Make a link"), self.tr("Address (https://…):"))
        if ok:
            self.make_link(address)

    def make_link(self, address: str) -> bool:
        """Link the selection (or the word under the cursor) to ``address``; only the
        addresses the exports keep are accepted."""
        href = safe_href(address.strip())
        if not href:
            return False
        char = QTextCharFormat()
        char.setAnchor(True)
        char.setAnchorHref(href)
        char.setFontUnderline(True)
        char.setForeground(self.palette().link())
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if not cursor.hasSelection():
            cursor.insertText(href, char)
        else:
            cursor.mergeCharFormat(char)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
        elif event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
        elif event.key() == Qt.Key.Key_K and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.ask_link()
        else:
            super().keyPressEvent(event)
