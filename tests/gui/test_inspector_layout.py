"""The inspector stands still and shows long values whole; the story pane gets the room.

Found in an hour of use at 1024x700: moving the selection from a public post to a followers-only
one moved every field (a row appeared, the label column widened, the alt-text warning came and
went); provenance addresses were cut at the field's end with no way to read them; and after the
window went from its first size to 1024 px the story was the narrowest of the three panes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.gui.translations import install_translations
from storyweaver.store.project import Project
from tests.gui.driving import settle
from tests.post_fixtures import archive_folder

FIELDS = ("captionEdit", "noteEdit", "altEdit", "altWarning", "sectionCombo", "tagsEdit", "visibilityCombo",
          "audienceValue", "redactedCheck", "provenanceBox", "addressValue", "capturedValue", "methodValue",
          "shaValue")


@pytest.fixture
def archive_window(window, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "archive.storyweaver"
    with Project.create(path, title="Archive") as project:
        capture_sources(project, [str(archive_folder(tmp_path))], CaptureContext(), to_story=True)
    assert window.actions_.open(path)
    window.show()
    return window


def places(window) -> dict[str, tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    form, inspector = window.inspector.form, window.inspector
    return {name: (getattr(form, name).mapTo(inspector, QPoint(0, 0)).y(), getattr(form, name).height(),
                   getattr(form, name).mapTo(inspector, QPoint(0, 0)).x()) for name in FIELDS}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_moving_between_public_private_and_direct_posts_moves_no_inspector_field(
        qtbot, qapp, archive_window, lang: str) -> None:
    window = archive_window
    try:
        install_translations(qapp, lang)
        for size in ((1024, 700), (1920, 1080)):
            window.resize(*size)
            settle(window)
            seen = {}
            for row in range(window.story_model.rowCount()):
                window.form.storyView.setCurrentIndex(window.story_model.index(row))
                settle(window)
                item = window.story_model.item_at(row)
                seen[(item.kind.value, item.extra.get("visibility"), bool(item.media))] = places(window)
            for row in range(3):  # items chosen in the library (in the story or not) show the same rows
                window.form.libraryView.selectRow(row)
                settle(window)
                seen[("library", row)] = places(window)
            assert {("post", "public", True), ("post", "private", False), ("post", "direct", False)} <= seen.keys()
            first = next(iter(seen.values()))
            moved = {kind: {n: (first[n], p[n]) for n in FIELDS if p[n] != first[n]} for kind, p in seen.items()}
            assert {kind: m for kind, m in moved.items() if m} == {}, size
    finally:
        install_translations(qapp, "en")


def test_a_long_address_is_cut_in_the_middle_and_copied_whole(qtbot, archive_window) -> None:
    window = archive_window
    window.resize(1024, 700)
    window.form.storyView.setCurrentIndex(window.story_model.index(0))
    settle(window)
    item = window.story_model.item_at(0)
    field = window.inspector.form.addressValue
    assert item.url and field.fontMetrics().horizontalAdvance(item.url) > field.width()  # too long to show whole
    shown = field.text()
    head, tail = shown.split("…")  # cut in the middle: its start and its end are shown
    assert len(head) > 4 and len(tail) > 4 and item.url.startswith(head) and item.url.endswith(tail)
    assert field.value() == item.url and item.url in field.toolTip()
    with qtbot.waitActive(window):
        window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert field.text() == item.url and field.selectedText() == item.url  # whole, ready to copy
    field.copy()
    assert QApplication.clipboard().text() == item.url
    window.form.storyView.setFocus()
    qtbot.waitUntil(lambda: "…" in field.text())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_story_pane_is_the_widest_after_the_window_is_resized(qtbot, qapp, archive_window, lang: str) -> None:
    window = archive_window
    splitter = window.form.mainSplitter
    try:
        install_translations(qapp, lang)
        for first in ((1400, 900), (1920, 1080)):
            window.resize(*first)
            settle(window)
            window.resize(1024, 700)
            settle(window)
            library, story, inspector = splitter.sizes()
            assert story > library and story > inspector and story >= 0.42 * sum(splitter.sizes()), splitter.sizes()
        window.resize(1920, 1080)
        settle(window)
        library, story, inspector = splitter.sizes()
        assert story >= 0.5 * sum(splitter.sizes()), splitter.sizes()
        # A divider the user drags is kept, in proportion, when the window changes size again.
        splitter.moveSplitter(700, 1)  # the library made wider by hand
        settle(window)
        share = splitter.sizes()[0] / sum(splitter.sizes())
        window.resize(1300, 800)
        settle(window)
        assert abs(splitter.sizes()[0] / sum(splitter.sizes()) - share) < 0.02
    finally:
        install_translations(qapp, "en")


def test_captured_values_in_tooltips_stay_text(qtbot, window) -> None:
    """A captured address or name that looks like markup shows as written (Qt renders a tooltip
    that merely looks like HTML as rich text: an <img> there would be drawn)."""
    from storyweaver.gui.steady_fields import ElidedField, OneLineLabel

    hostile = "https://a.example/<img src='file:///etc/x.png'><b>bold</b>"
    field, label = ElidedField(window), OneLineLabel(window)
    field.set_value(hostile)
    label.setText(hostile)
    for tip in (field.toolTip(), label.toolTip()):
        assert "<img" not in tip and "<b>" not in tip and "&lt;img" in tip and "&lt;b&gt;bold" in tip
