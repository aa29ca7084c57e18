"""Story cards: day markers, right-to-left posts, link cards, badges; timeline; story tools."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweaver.core.model import BlockType, ItemKind, Visibility


def open_demo(qtbot, window, demo_path: Path):  # type: ignore[no-untyped-def]
    assert window.actions_.open(demo_path)
    window.show()
    qtbot.waitExposed(window)
    return window.story_model, window.story_delegate


def test_cards_show_day_markers_rtl_posts_and_link_cards(qtbot, window, demo_path: Path) -> None:
    model, delegate = open_demo(qtbot, window, demo_path)
    markers = [model.day_marker(r) for r in range(model.rowCount())]
    days = [window.doc.day_of(r) for r in range(model.rowCount())]
    # a marker exactly where an item's day differs from the previous dated item's
    previous = ""
    for marker, day in zip(markers, days, strict=True):
        assert marker == (day if day and day != previous else "")
        previous = day or previous
    rows = {model.item_at(r).kind: r for r in range(model.rowCount()) if model.item_at(r) is not None}
    arabic = next(r for r in range(model.rowCount())
                  if model.item_at(r) is not None and model.item_at(r).lang == "ar")
    plan = delegate.plan(model.index(arabic), window.form.storyView.font())
    body = next(s for s in plan.steps if s.role == "body")
    assert body.rtl and body.text == model.item_at(arabic).text
    link = delegate.displayed_texts(model.index(rows[ItemKind.LINK]))
    assert link["title"] == "Annual report on violence against journalists"
    assert link["site"] == "News Example"
    assert "Briefing only" not in [s.text for s in plan.steps if s.kind == "badge"]
    # briefing-only and redacted cards say so
    row = rows[ItemKind.POST]
    window.editor.edit_block(model.block_at(row).id, visibility=Visibility.BRIEFING)
    window.editor.edit_item(model.item_at(row), redacted=True)
    badges = [s.text for s in delegate.plan(model.index(row), window.font()).steps if s.kind == "badge"]
    assert badges == ["Briefing only", "Redacted"]


def test_clicking_a_day_on_the_timeline_scrolls_the_story_there(qtbot, window, demo_path: Path) -> None:
    from PySide6.QtCore import QPoint, Qt

    model, _delegate = open_demo(qtbot, window, demo_path)
    strip = window.timeline
    assert strip.days[0] == "2026-10-30"
    story_days = [window.doc.day_of(r) for r in range(model.rowCount())]
    target = max(d for d in story_days if d)
    x = next(x for x in range(strip.width()) if strip.day_at(x) == target)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(x, strip.height() // 2))
    row = window.form.storyView.currentIndex().row()
    assert window.doc.day_of(row) == target
    assert window.form.storyView.visualRect(model.index(row)).top() >= 0


def test_group_by_day_and_sort_section_are_one_step_each(qtbot, window, demo_path: Path) -> None:
    _model, _delegate = open_demo(qtbot, window, demo_path)
    before = [b.id for b in window.doc.blocks]
    headings = [b.text for b in window.doc.blocks if b.type is BlockType.HEADING]
    # the user's own section is kept: its items are put in date order, no section is made
    assert window.editor.group_by_day()[1] == len(headings)
    assert [b.text for b in window.doc.blocks if b.type is BlockType.HEADING] == headings
    window.stack.undo()
    assert [b.id for b in window.doc.blocks] == before
    # shuffle the first section's items, then sort it by time in one step
    items = [p for p in window.doc.section_range(1) if window.doc.blocks[p].type is BlockType.ITEM]
    window.editor.move_blocks([window.doc.blocks[items[0]].id], items[-1] + 1)
    window.editor.sort_section_by_time(items[0])
    moments = [window.doc.item_of(window.doc.blocks[p]).published for p in items]
    assert moments == sorted(moments)
    window.stack.undo()
    window.stack.undo()
    assert [b.id for b in window.doc.blocks] == before


def test_thumbnails_are_decoded_once_then_cached_and_refused_when_not_images(qtbot, window, demo_path: Path) -> None:
    from PySide6.QtCore import QSize

    assert window.actions_.open(demo_path)
    thumbs = window.thumbnails
    sha = next(m.sha256 for b in window.doc.blocks if (i := window.doc.item_of(b)) for m in i.media)
    first = thumbs.pixmap(sha, QSize(120, 80))
    decoded = thumbs.decoded
    assert first is not None and first.width() >= 120 and first.height() >= 80
    assert thumbs.pixmap(sha, QSize(120, 80)) is not None
    assert thumbs.decoded == decoded  # the second paint came from the cache
    svg = window.project.put_blob(b"<svg xmlns='http://www.w3.org/2000/svg'><script>x</script></svg>",
                                  "image/svg+xml")
    junk = window.project.put_blob(b"not an image at all", "image/png")
    assert thumbs.pixmap(svg, QSize(50, 50)) is None
    assert thumbs.pixmap(junk, QSize(50, 50)) is None
    assert thumbs.pixmap("0" * 64, QSize(50, 50)) is None


def test_a_thumbnail_stored_under_the_wrong_image_type_is_still_shown(qtbot, window, demo_path: Path) -> None:
    """The reader is told the format the data's first bytes name (so Qt loads only that image
    plugin), not the stored type: a PNG saved as image/jpeg, or as an unknown type, is shown."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImage

    assert window.actions_.open(demo_path)
    picture = QImage(64, 48, QImage.Format.Format_RGB32)
    picture.fill(0x2563EB)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert picture.save(buffer, "PNG")
    for mime in ("image/jpeg", "image/x-unknown", "image/png", "image/webp"):
        sha = window.project.put_blob(bytes(data.data()) + mime.encode(), mime)  # one blob per type
        shown = window.thumbnails.pixmap(sha, QSize(32, 24))
        assert shown is not None and shown.width() >= 32, mime


@pytest.mark.parametrize(("pillow", "qt"), [("JPEG", b"jpeg"), ("PNG", b"png"), ("GIF", b"gif"), ("WEBP", b"webp"),
                                            ("TIFF", b""), ("BMP", b"")])
def test_the_reader_is_named_from_the_pictures_own_first_bytes(pillow: str, qt: bytes) -> None:
    import io

    from PIL import Image
    from PySide6.QtGui import QImage

    from storyweaver.gui.thumbnails import image_format

    out = io.BytesIO()
    Image.new("RGB", (8, 6), (37, 99, 235)).save(out, pillow)
    assert image_format(out.getvalue()) == qt  # empty: Qt asks its plugins, as before
    assert not QImage.fromData(out.getvalue(), qt.decode() or None).isNull()
    assert image_format(b"<svg xmlns='http://www.w3.org/2000/svg'/>") == b""


def test_a_thumbnail_is_cut_to_its_corners_once_then_drawn_as_it_is(qtbot, window, demo_path: Path) -> None:
    """Cards draw their pictures without a clip path: the picture comes cut to its rounded
    corners (or a circle, for an avatar), transparent outside, its centre kept."""
    from PySide6.QtCore import QSize

    assert window.actions_.open(demo_path)
    thumbs = window.thumbnails
    sha = next(m.sha256 for b in window.doc.blocks if (i := window.doc.item_of(b)) for m in i.media)
    card = thumbs.cut(sha, QSize(52, 52), 6)
    assert card is not None and (card.width(), card.height()) == (52, 52)
    image = card.toImage()
    assert image.pixelColor(0, 0).alpha() == 0 and image.pixelColor(51, 51).alpha() == 0  # rounded corners
    assert image.pixelColor(26, 26).alpha() == 255 and image.pixelColor(3, 26).alpha() == 255
    whole = thumbs.pixmap(sha, QSize(52, 52)).toImage()  # type: ignore[union-attr]
    dx, dy = (whole.width() - 52) // 2, (whole.height() - 52) // 2
    assert image.pixelColor(26, 26) == whole.pixelColor(26 + dx, 26 + dy)  # the picture's centre
    decoded = thumbs.decoded
    assert thumbs.cut(sha, QSize(52, 52), 6) is not None and thumbs.decoded == decoded  # cached
    circle = thumbs.cut(sha, QSize(40, 40), 20).toImage()  # type: ignore[union-attr]
    assert circle.pixelColor(2, 2).alpha() == 0 and circle.pixelColor(20, 1).alpha() > 0
    assert thumbs.cut("0" * 64, QSize(40, 40), 20) is None  # no picture: the card paints initials


def test_the_story_is_measured_once_before_its_first_paint_and_painted_at_its_measured_heights(
        qtbot, window, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's first show lays the story out at the splitter's own widths before the
    panes are sized: its cards were measured for that layout too (the cold start measured
    every card twice). Measured once now, and the first paint draws each card at the height
    measured for the width it is painted at."""
    from storyweaver.gui.story_delegate import StoryDelegate

    measuring: list[bool] = []
    measured: list[int] = []
    painted: list[tuple[int, int, int]] = []
    size_hint, plan, paint = StoryDelegate.sizeHint, StoryDelegate.plan, StoryDelegate.paint

    def counted_size_hint(self, option, index):  # type: ignore[no-untyped-def]
        measuring.append(True)
        try:
            return size_hint(self, option, index)
        finally:
            measuring.pop()

    def counted_plan(self, index, font):  # type: ignore[no-untyped-def]
        if measuring:
            measured.append(index.row())
        return plan(self, index, font)

    def checked_paint(self, painter, option, index):  # type: ignore[no-untyped-def]
        painted.append((index.row(), option.rect.height(), int(plan(self, index, option.font).height) + 1))
        return paint(self, painter, option, index)

    monkeypatch.setattr(StoryDelegate, "sizeHint", counted_size_hint)
    monkeypatch.setattr(StoryDelegate, "plan", counted_plan)
    monkeypatch.setattr(StoryDelegate, "paint", checked_paint)
    assert window.actions_.open(demo_path)
    window.show()
    qtbot.waitUntil(lambda: window.has_painted, timeout=10000)
    rows = window.story_model.rowCount()
    assert rows > 5 and sorted(measured) == list(range(rows))  # each card once
    assert painted and all(shown == exact for _row, shown, exact in painted), painted
