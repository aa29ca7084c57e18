"""Redact a person from the inspector: every post by the shown post's account, now and in later imports.

Redacting one post left the same author named in the next one (issue 13, finding 5). The
inspector offers "Redact this author" (and, for an account already redacted, "Stop redacting
this author") as one command on the editor's undo stack. Like every edit, the story shows it
at once and the editor's writer writes it (``store.redacted_authors``); undo gives back exactly
the per-post marks the command changed, and the library view is told through the one library
change door once the file holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFormLayout, QPushButton, QWidget
from shiboken6 import isValid

from storyweaver.core.model import Item
from storyweaver.errors import StoryWeaverError
from storyweaver.gui.story_editor import StoryEditor
from storyweaver.gui.undo import StoryCommand
from storyweaver.session.story_document import StoryDocument
from storyweaver.store.library import LibraryChange
from storyweaver.store.project import Project
from storyweaver.store.redacted_authors import (
    account_key,
    covered,
    covers,
    redact_author,
    redacted_authors,
    restore_author_redaction,
    stop_redacting_author,
    unredact_author,
)

Account = tuple[str, str]  # (platform, account key), as store.redacted_authors keeps it


def account_of(item: Item | None) -> Account | None:
    """The account a post belongs to, or None (a link, an image, a post without a handle)."""
    if item is None or item.platform is None or item.author is None:
        return None
    key = account_key(item.author.handle, item.platform.value, item.author.url)
    return (item.platform.value, key) if key else None


def _by(item: Item, account: Account) -> bool:
    """Whether ``item`` is a post by the remembered ``account`` (a bare Mastodon name covers every server)."""
    return (item.platform is not None and item.author is not None and item.platform.value == account[0]
            and covers(account[1], account[0], item.author.handle, item.author.url))


class AuthorRedaction(StoryCommand):
    """Redact (``redact=True``) or stop redacting an account: one undoable edit of many posts."""

    def __init__(self, doc: StoryDocument, account: Account, redact: bool, label: str,
                 accounts: set[Account], on_change: Callable[[LibraryChange], None],
                 shown: Item | None = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(label, parent)
        self._doc = doc
        self.account = account
        self.redact = redact
        self.accounts = accounts
        self._on_change = on_change
        # The inspector's post is kept in memory so that it shows the change before it is written.
        if shown is not None and shown.id is not None:
            doc.items.setdefault(shown.id, shown)
        self._changed: list[int] = []  # posts the file changed: set and read on the writer's thread only
        self._shown: list[int] = []  # posts the story showed changed

    def _redo(self) -> None:
        self._apply(self.redact, forward=True)

    def _undo(self) -> None:
        self._apply(not self.redact, forward=False)

    def _apply(self, redacted: bool, forward: bool) -> None:
        platform, account = self.account

        def write(project: Project) -> list[int]:
            if forward:
                change = redact_author if self.redact else stop_redacting_author
                self._changed = change(project, platform, account)
            elif self.redact:
                unredact_author(project, platform, account, self._changed)
            else:
                restore_author_redaction(project, platform, account, self._changed)
            return list(self._changed)

        # Submitted first: a write refused at once (a read-only file) leaves nothing changed on screen.
        self._doc.writer.submit(write, then=lambda ids: self._on_change(LibraryChange(replaced=tuple(ids))))
        if redacted:
            self.accounts.add(self.account)
        else:
            self.accounts.discard(self.account)
        if forward:
            self._shown = [i for i, item in self._doc.items.items()
                           if _by(item, self.account) and item.redacted != redacted]
        for item_id in self._shown:
            self._doc.items[item_id].redacted = redacted
        self._doc.items_edited(list(self._shown))


class AuthorRedactionButton(QObject):
    """The inspector's button for the shown post's author (hidden for anything else)."""

    def __init__(self, editor: StoryEditor, fields: QFormLayout, below: QWidget) -> None:
        super().__init__(below)
        self._editor = editor
        self.on_change: Callable[[LibraryChange], None] = lambda change: None  # the window's library door
        self.accounts: set[Account] = redacted_authors(editor.doc.project)
        self._item: Item | None = None
        self.button = QPushButton(below.parentWidget())
        self.button.setObjectName("redactAuthorButton")
        row, _role = cast(tuple[int, object], fields.getWidgetPosition(below))
        fields.insertRow(row + 1, "", self.button)
        self.button.clicked.connect(self.toggle)
        self.button.installEventFilter(self)
        self.show(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.button and event.type() == QEvent.Type.LanguageChange:
            # Commands already on the stack were named when pushed: name them in the new language.
            stack = self._editor.stack
            if not isValid(stack):  # the project was closed: the inspector outlives its stack
                return False
            for position in range(stack.count()):
                command = stack.command(position)
                if isinstance(command, AuthorRedaction):
                    command.setText(self._name(command.redact, command.account))
        return False

    def _name(self, redact: bool, account: Account) -> str:
        name = self.tr("Redact the author %1") if redact else self.tr("Stop redacting the author %1")
        return name.replace("%1", "@" + account[1])

    def _is_redacted(self, account: Account) -> bool:
        if self._editor.doc.writer.pending == 0:  # nothing on its way: the file's truth (a failed write undone)
            try:
                known = redacted_authors(self._editor.doc.project)
            except StoryWeaverError:  # a closed project's inspector, shown again in a new language
                return self._covered(account)
            self.accounts.clear()
            self.accounts.update(known)
        return self._covered(account)

    def _covered(self, account: Account) -> bool:
        author = self._item.author if self._item is not None else None
        if author is None:
            return account in self.accounts
        return covered(self.accounts, account[0], author.handle, author.url)

    def show(self, item: Item | None) -> None:
        self._item = item
        account = account_of(item)
        # Shown for every item (disabled where there is no account), so the inspector's rows stay put.
        self.button.setVisible(item is not None)
        self.button.setEnabled(account is not None)
        if account is None:
            self.button.setText(self.tr("Redact this author"))
            self.button.setToolTip(self.tr("This item has no account to redact."))
            return
        if self._is_redacted(account):
            self.button.setText(self.tr("Stop redacting this author"))
            self.button.setToolTip(self.tr("Their posts are shown again in the public recap, and later imports are "
                                           "no longer redacted."))
        else:
            self.button.setText(self.tr("Redact this author"))
            self.button.setToolTip(self.tr("Redact every post by this account in the public recap, "
                                           "now and in later imports."))

    def toggle(self) -> None:
        account = account_of(self._item)
        if account is None:
            return
        redact = not self._is_redacted(account)
        self._editor.push(AuthorRedaction(self._editor.doc, account, redact, self._name(redact, account), self.accounts,
                                          lambda change: self.on_change(change), shown=self._item))
