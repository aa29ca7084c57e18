"""The inspector's Reader: a page's readable copy shown plain, in the window's theme.

The copy is a stranger's HTML.  It is sanitised again before it is shown (the project file
may have been edited by hand), Qt's rich text runs no script, and this view loads no
resource at all, remote or local: images are references (links), never fetched.  A link is
followed only when clicked, in the system browser, and only for http(s) addresses.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from storyweaver.core.textdir import is_rtl

_STYLE = """
h2, h3, h4, h5, h6 { margin-top: 10px; margin-bottom: 4px; }
p, li { margin-bottom: 6px; }
blockquote { margin-left: 12px; margin-right: 12px; font-style: italic; }
figure { margin: 2px 0px; }
"""


class ReaderView(QTextBrowser):
    """A read-only rich text view that never loads anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.document().setDefaultStyleSheet(_STYLE)
        self.anchorClicked.connect(self._follow)
        self.refused: list[str] = []  # resources the copy asked for and did not get (for tests)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Nothing is ever loaded: no image, no style sheet, from anywhere."""
        self.refused.append(name.toString() if isinstance(name, QUrl) else str(name))
        return None

    def show_copy(self, markup: str, lang: str | None = None) -> None:
        """Show a readable copy, right to left when its language or its first letters say so."""
        from storyweaver.core.readable_html import sanitise  # not needed before a copy is shown

        clean = sanitise(markup)
        rtl = is_rtl(_letters(clean), lang)
        option = QTextOption(self.document().defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.document().setDefaultTextOption(option)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.setHtml(f'<div dir="{"rtl" if rtl else "ltr"}">{clean}</div>')

    def show_message(self, text: str) -> None:
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setPlainText(text)

    def _follow(self, url: QUrl) -> None:
        if url.scheme().lower() in ("http", "https"):
            QDesktopServices.openUrl(url)


def _letters(markup: str) -> str:
    from storyweaver.core.readable_html import plain_text

    return plain_text(markup)[:400]
