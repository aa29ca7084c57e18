"""The inspector: the selected block's or item's fields, each change one undoable edit.

Captured values are shown as plain text only; nothing here loads a remote resource.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QWidget

from storyweaver.core.model import (
    Block,
    BlockType,
    Item,
    Visibility,
    kept_from_public,
    placed_visibility,
    shown_in_public,
)
from storyweaver.errors import StoryWeaverError
from storyweaver.gui.forms.inspector_ui import Ui_Inspector
from storyweaver.gui.private_posts import audience_text, every_audience_text, may_publish
from storyweaver.gui.redact_author import AuthorRedactionButton
from storyweaver.gui.story_editor import StoryEditor
from storyweaver.session.story_document import StoryListener


def tags_of(item: Item) -> list[str]:
    tags = item.extra.get("tags", [])
    return [str(t) for t in tags] if isinstance(tags, list) else []


def is_web_address(address: str | None) -> bool:
    return bool(address) and urlsplit(address or "").scheme.lower() in ("http", "https")


class Inspector(QWidget):
    def __init__(self, editor: StoryEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_Inspector()
        self.form.setupUi(self)
        self._editor = editor
        self._block: Block | None = None
        self._item: Item | None = None
        self._loading = False
        self._reader_shows: tuple[int | None, str | None, str | None] | None = None
        f = self.form
        for combo in (f.visibilityCombo, f.sectionCombo):
            # Long section titles or labels must not widen the inspector past its pane.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        # In a narrow pane a field goes under its label instead of being squeezed to nothing.
        for form_layout in (f.fieldsLayout, f.provenanceLayout):
            form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        f.visibilityCombo.addItem("", Visibility.PUBLIC.value)
        f.visibilityCombo.addItem("", Visibility.BRIEFING.value)
        self._name_choices()
        # QPlainTextEdit has no editingFinished: leaving the field writes it.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        # Only what the user typed is written back (never a stale copy of the block).
        self._dirty: set[str] = set()
        f.captionEdit.textChanged.connect(lambda: self._mark("caption"))
        f.noteEdit.textChanged.connect(lambda: self._mark("note"))
        f.altEdit.textEdited.connect(lambda _t: self._mark("alt"))
        f.tagsEdit.textEdited.connect(lambda _t: self._mark("tags"))
        f.altEdit.editingFinished.connect(self._commit_alt)
        f.tagsEdit.editingFinished.connect(self._commit_tags)
        f.visibilityCombo.activated.connect(self._commit_visibility)
        f.redactedCheck.toggled.connect(self._commit_redacted)
        f.readablePublicCheck.toggled.connect(lambda checked: self._commit_flag("readable_public", checked))
        f.sectionCombo.activated.connect(self._commit_section)
        f.openOriginalButton.clicked.connect(self.open_original)
        self.author_redaction = AuthorRedactionButton(editor, f.fieldsLayout, f.redactedCheck)
        f.altWarning.setStyleSheet("color: #b45309; font-weight: bold;")
        heading = f.headingLabel.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        f.headingLabel.setFont(heading)
        editor.doc.listeners.append(_refresh_listener(self))
        self.show_nothing()

    def _name_choices(self) -> None:
        # Short names, so a narrow pane shows them whole; what each means is in its tooltip.
        combo = self.form.visibilityCombo
        combo.setItemText(0, self.tr("Public"))
        combo.setItemData(0, self.tr("Public (recap and briefing)"), Qt.ItemDataRole.ToolTipRole)
        combo.setItemText(1, self.tr("Briefing only"))
        combo.setItemData(1, self.tr("Briefing only (never in the public recap)"), Qt.ItemDataRole.ToolTipRole)
        # Rows that show one text or another keep the height of the tallest: nothing below moves.
        self.form.audienceValue.reserve(every_audience_text())
        self.form.altWarning.reserve([self._missing_alt()])
        self.form.altWarning.setToolTip(self.tr("⚠ No alt text: describe the image for people who cannot see it."))

    def _missing_alt(self) -> str:
        return self.tr("⚠ No alt text")  # short: its row keeps this height for every item

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.commit_pending()  # what was typed is kept, then shown again in the new language
            self.form.retranslateUi(self)
            self._reader_shows = None  # its message, if it shows one, in the new language
            self._name_choices()
            if self._block is None and self._item is None:
                self.show_nothing()
            else:
                self.refresh()
        super().changeEvent(event)

    def _mark(self, name: str) -> None:
        if not self._loading:
            self._dirty.add(name)

    def _take(self, name: str) -> bool:
        if self._loading or name not in self._dirty:
            return False
        self._dirty.discard(name)
        return True

    # -- showing ---------------------------------------------------------------------------------

    @property
    def shown_item_id(self) -> int | None:
        return self._item.id if self._item is not None else None

    def show_nothing(self) -> None:
        self._block, self._item = None, None
        self.form.headingLabel.setText(self.tr("Inspector"))
        self.form.emptyLabel.show()
        self.form.fields.hide()
        self.form.provenanceBox.hide()
        self.form.readerBox.hide()

    def show_block(self, block: Block | None, item: Item | None) -> None:
        """Show a story block (with its item), or a library item alone (``block`` None)."""
        if block is None and item is None:
            self.show_nothing()
            return
        self._loading = True
        self._dirty.clear()
        self._block, self._item = block, item
        f = self.form
        f.emptyLabel.hide()
        f.fields.show()
        kind = {BlockType.HEADING: self.tr("Section heading"), BlockType.TEXT: self.tr("Text")}.get(
            block.type if block else BlockType.ITEM, "")
        if item is not None:
            kind = {"post": self.tr("Post"), "link": self.tr("Link"), "image": self.tr("Image"),
                    "video": self.tr("Video"), "note": self.tr("Note")}.get(item.kind.value, item.kind.value)
            who = item.author.name if item.author and item.author.name else item.site_name or ""
            kind = f"{kind} · {who}" if who else kind
        f.headingLabel.setText(kind)
        is_item_block = block is not None and block.type is BlockType.ITEM
        f.captionEdit.setPlainText((block.caption if is_item_block else block.text) or "" if block else "")
        f.captionEdit.setEnabled(block is not None)
        f.captionEditLabel.setText(self.tr("&Caption") if is_item_block or block is None else self.tr("&Text"))
        # Every item, whatever its kind or audience, shows the same rows in the same places (a row
        # that does not apply is disabled), so moving the selection moves no field.
        has_item = item is not None
        for widget in (f.noteEdit, f.tagsEdit, f.redactedCheck, f.noteEditLabel, f.tagsEditLabel,
                       f.altEdit, f.altEditLabel, f.altWarning, f.audienceValue, f.audienceValueLabel):
            widget.setVisible(has_item)
        has_image = bool(item and item.media)
        f.altEdit.setEnabled(has_image)
        f.altEdit.setPlaceholderText(self.tr("Describe the image for people who cannot see it") if has_image
                                     else self.tr("(no image)"))
        if item is not None:
            f.noteEdit.setPlainText(item.note or "")
            f.tagsEdit.setText(", ".join(tags_of(item)))
            f.redactedCheck.setChecked(item.redacted)
            alt = item.media[0].alt if item.media else None
            f.altEdit.setText(alt or "")
            f.altWarning.setText("" if not has_image or (alt or "").strip() else self._missing_alt())
        f.visibilityCombo.setEnabled(block is not None)
        # What the public recap will do, not only what the block says: a direct or followers-only
        # post the user has not chosen to publish is briefing-only whatever its block holds.
        shown = shown_in_public(block, item) if block is not None else placed_visibility(item) is Visibility.PUBLIC
        f.visibilityCombo.setCurrentIndex(0 if shown else 1)
        if item is not None:  # the post's own audience, as its network recorded it, and what that means here
            f.audienceValue.setText(audience_text(item, shown))
        self._fill_sections()
        self._show_provenance(item)
        self._show_reader(item)
        self.author_redaction.show(item)
        self._loading = False

    def _fill_sections(self) -> None:
        combo = self.form.sectionCombo
        combo.clear()
        combo.addItem(self.tr("(before the first section)"), -1)
        doc = self._editor.doc
        current = -1
        for position, block in enumerate(doc.blocks):
            if block.type is BlockType.HEADING:
                combo.addItem(block.text or self.tr("(untitled section)"), block.id)
                if self._block is not None and self._block.id is not None and doc.section_of(
                        doc.index_of(self._block.id)) == position:
                    current = combo.count() - 1
        combo.setCurrentIndex(max(current, 0))
        in_story = self._block is not None and self._block.type is not BlockType.HEADING
        if not in_story and self._item is not None:
            # A library item keeps the row (disabled), so the fields stay put between library and story.
            combo.clear()
            combo.addItem(self.tr("(not in the story)"), -1)
        combo.setEnabled(in_story)
        shown = in_story or self._item is not None
        self.form.sectionCombo.setVisible(shown)
        self.form.sectionComboLabel.setVisible(shown)

    def _show_provenance(self, item: Item | None) -> None:
        f = self.form
        f.provenanceBox.setVisible(item is not None)
        if item is None:
            return
        f.addressValue.set_value(item.url or self.tr("(none)"))
        f.capturedValue.set_value(item.captured_at.strftime("%Y-%m-%d %H:%M UTC") if item.captured_at else "")
        f.methodValue.set_value(item.capture_method)
        sha = item.raw_sha256 or (item.media[0].sha256 if item.media else None)
        f.shaValue.set_value(sha or self.tr("(none)"))
        f.openOriginalButton.setEnabled(is_web_address(item.url))
        copy = item.readable
        has_copy = copy is not None and copy.html_sha256 is not None
        # The row is there for every item (a dash where no page is read) and keeps the height of its
        # longest text, so nothing below it moves.
        words = self.tr("Captured {when} · length in words: {count}")
        nothing = [self.tr("None (no main text was found in the page)"), self.tr("None (not kept with this capture)")]
        f.readableValue.reserve([words.format(when="2026-12-31 23:59 UTC", count=QLocale().toString(999999)),
                                 *nothing])
        if copy is None and item.kind.value != "link":
            f.readableValue.setText("—")
        elif copy is not None and has_copy:
            f.readableValue.setText(words.format(when=copy.captured_at.strftime("%Y-%m-%d %H:%M UTC"),
                                                 count=QLocale().toString(copy.words)))
        else:
            f.readableValue.setText(nothing[0] if copy is not None else nothing[1])

    def _show_reader(self, item: Item | None) -> None:
        """The readable copy of a page, read from the project (nothing is fetched)."""
        from storyweaver.store.readables import readable_html

        f = self.form
        copy = item.readable if item is not None else None
        f.readerBox.setVisible(copy is not None)
        if item is None or copy is None:
            return
        shown: tuple[int | None, str | None, str | None] | None = (item.id, copy.html_sha256, item.lang)
        if shown != self._reader_shows:  # an edit of the item does not read and lay out the copy again
            markup = None
            try:
                markup = readable_html(self._editor.doc.project, item) if copy.html_sha256 else None
            except StoryWeaverError:  # the project was closed meanwhile: show nothing rather than fail
                shown = None
            if markup:
                f.readerView.show_copy(markup, item.lang)
            else:
                f.readerView.show_message(self.tr("No readable copy: no main text was found in this page."))
            self._reader_shows = shown
        f.readablePublicCheck.setVisible(copy.html_sha256 is not None)
        f.readablePublicCheck.setEnabled(not item.redacted)
        f.readablePublicCheck.setChecked(item.extra.get("readable_public") is True and not item.redacted)

    # -- committing (each one undoable edit) -----------------------------------------------------------

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is self.form.captionEdit:
            self._commit_caption()
        elif old is self.form.noteEdit:
            self._commit_note()

    def commit_pending(self) -> None:
        """Write what is being typed (before the window closes or the selection changes)."""
        self._commit_caption()
        self._commit_note()
        self._commit_alt()
        self._commit_tags()

    def _commit_caption(self) -> None:
        block = self._block
        if block is None or block.id is None or not self._take("caption"):
            return
        value = self.form.captionEdit.toPlainText()
        if block.type is BlockType.ITEM:
            self._editor.edit_block(block.id, caption=value or None)
        else:
            self._editor.edit_block(block.id, text=value)

    def _commit_note(self) -> None:
        if self._item is not None and self._take("note"):
            self._editor.edit_item(self._item, note=self.form.noteEdit.toPlainText() or None)

    def _commit_alt(self) -> None:
        if self._item is not None and self._item.media and self._take("alt"):
            self._editor.edit_item(self._item, alt=self.form.altEdit.text().strip() or None)

    def _commit_tags(self) -> None:
        if self._item is None or not self._take("tags"):
            return
        tags = [t.strip().lstrip("#") for t in self.form.tagsEdit.text().split(",") if t.strip()]
        if tags != tags_of(self._item):
            extra = dict(self._item.extra)
            extra["tags"] = tags
            self._editor.edit_item(self._item, extra=extra)

    def _commit_visibility(self) -> None:
        if self._loading or self._block is None or self._block.id is None:
            return
        value = Visibility(self.form.visibilityCombo.currentData())
        item = self._item
        if value is Visibility.PUBLIC and item is not None and kept_from_public(item) and not may_publish(self, item):
            self.refresh()  # the answer was no: the combo says briefing-only again
            return
        self._editor.set_visibility(self._block.id, item, value)

    def _commit_redacted(self, checked: bool) -> None:
        if not self._loading and self._item is not None:
            self._editor.edit_item(self._item, redacted=checked)

    def _commit_flag(self, name: str, checked: bool) -> None:
        """One yes/no of the item's ``extra`` (publish a private post, publish a page's full text)."""
        if self._loading or self._item is None or (self._item.extra.get(name) is True) == checked:
            return
        extra = dict(self._item.extra)
        extra[name] = checked
        self._editor.edit_item(self._item, extra=extra)

    def _commit_section(self) -> None:
        """Move the block to the end of the chosen section."""
        if self._loading or self._block is None or self._block.id is None:
            return
        heading_id = self.form.sectionCombo.currentData()
        doc = self._editor.doc
        if heading_id == -1:
            first = next((i for i, b in enumerate(doc.blocks) if b.type is BlockType.HEADING), len(doc.blocks))
            target = first
        else:
            target = doc.section_range(doc.index_of(heading_id) + 1).stop
        self._editor.move_blocks([self._block.id], target)

    def open_original(self) -> None:
        if self._item is not None and is_web_address(self._item.url):
            QDesktopServices.openUrl(QUrl(self._item.url or ""))

    def refresh(self) -> None:
        """Show the current state of the shown block or item (after an edit, undo or redo)."""
        doc = self._editor.doc
        if self._block is not None and self._block.id is not None:
            current = next((b for b in doc.blocks if b.id == self._block.id), None)
            if current is None:
                self.show_nothing()
                return
            self._block = current
        if self._item is not None or self._block is not None:
            item = self._item
            if self._block is not None and self._block.item_id is not None:
                item = self._editor.doc.items.get(self._block.item_id, item)
            elif item is not None and item.id is not None:
                item = self._editor.doc.item(item.id) or item
            self.show_block(self._block, item)


def _refresh_listener(inspector: Inspector) -> StoryListener:
    from storyweaver.session.story_document import StoryListener

    def changed(_index: int) -> None:
        if not inspector.form.captionEdit.hasFocus() and not inspector.form.noteEdit.hasFocus():
            inspector.refresh()

    return StoryListener(changed=changed, items_changed=lambda ids: changed(0))
