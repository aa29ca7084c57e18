"""What the first hour's second pass fixed (issue 15): each held on the real main window."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from storyweaver.errors import CaptureError
from storyweaver.gui import story_view


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_a_failed_job_says_so_on_its_own_row_until_dismissed(qtbot, window, demo_path) -> None:
    """Three imports run; one fails. Its row says what failed in one line and stays after the
    others finish; the others kept running; Dismiss removes only that row."""
    assert window.actions_.open(demo_path)
    window.show()
    qtbot.waitExposed(window)
    hold = threading.Event()

    def fails(_cancel, _progress):  # type: ignore[no-untyped-def]
        raise CaptureError("broken-file", source="broken.zip", where="line 12", reason="cut short")

    def works(_cancel, _progress):  # type: ignore[no-untyped-def]
        hold.wait(5)
        return "done"

    done: list[object] = []
    first = window.runner.submit("Importing a.zip", works, on_done=done.append)
    broken = window.runner.submit("Importing broken.zip", fails)
    last = window.runner.submit("Importing c.zip", works, on_done=done.append)
    try:
        qtbot.waitUntil(lambda: bool(window.progress.failed_rows()), timeout=3000)
        (row,) = window.progress.failed_rows()
        assert row.job is broken
        assert row.label.text() == "Importing broken.zip failed: broken.zip is damaged at line 12: cut short."
        assert row.label.isVisible() and not row.bar.isVisible()
        assert row.cancel.text() == "Dismiss"
        # the others keep running, each still with its own row, bar and Cancel
        assert {job.id for job in window.runner.running} == {first.id, last.id}
        assert all(window.progress.row_for(job).bar.isVisible() for job in (first, last))
    finally:
        hold.set()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    qtbot.wait(50)
    assert window.progress.failed_rows() == [row]  # kept until dismissed
    assert window.jobs_dock.isVisible()
    assert window.jobs_dock.height() < 120  # as tall as its line, not a dock of empty lines
    qtbot.mouseClick(row.cancel, Qt.MouseButton.LeftButton)
    assert window.progress.failed_rows() == []
    qtbot.waitUntil(lambda: not window.jobs_dock.isVisible(), timeout=2000)


def test_a_failed_jobs_row_speaks_french(qtbot, window, demo_path, qapp) -> None:
    from storyweaver.gui.translations import install_translations

    assert window.actions_.open(demo_path)

    def fails(_cancel, _progress):  # type: ignore[no-untyped-def]
        raise CaptureError("broken-file", source="a.zip", where="line 2", reason="cut short")

    window.runner.submit("Import", fails)
    qtbot.waitUntil(lambda: bool(window.progress.failed_rows()), timeout=3000)
    install_translations(qapp, "fr")
    try:
        (row,) = window.progress.failed_rows()
        qtbot.waitUntil(lambda: row.cancel.text() == "Fermer", timeout=2000)  # LanguageChange is posted
        assert row.label.text().startswith("Échec — Import : a.zip ")
    finally:
        install_translations(qapp, "en")


def test_several_library_items_lose_tags_and_change_visibility_in_one_step(qtbot, window, demo_path) -> None:
    """Tags removed from several items at once, and visibility chosen for library rows (their
    cards in the story), each one undo step."""
    from storyweaver.core.model import Visibility
    from storyweaver.gui.inspector import tags_of

    assert window.actions_.open(demo_path)
    window.show()
    qtbot.waitExposed(window)
    doc = window.doc
    in_story = [b.item_id for b in doc.blocks if b.item_id is not None][:2]
    outside = [r.id for r in window.library.model.index_data.rows if r.id not in doc.item_ids()][:1]
    chosen = in_story + outside
    story_view.select_rows(window.form.libraryView, [window.library.model.row_of(n) for n in chosen])
    several = window.selection_editor
    qtbot.waitUntil(several.isVisible, timeout=2000)
    assert several.heading.text() == "3 items selected"
    several.tags.setText("vigil, Court, keep")  # tagged, then untagged, in one go of choosing
    qtbot.mouseClick(several.add_tags, Qt.MouseButton.LeftButton)
    assert several.untags_completer.model().stringList() == ["Court", "keep", "vigil"]
    depth = window.stack.count()
    several.untags.setText("vigil, #court")
    qtbot.mouseClick(several.remove_tags, Qt.MouseButton.LeftButton)
    assert [tags_of(doc.item(n)) for n in chosen] == [["keep"]] * 3
    assert window.stack.count() == depth + 1 and window.stack.undoText() == "Untag 3 items"
    several.tags.setText("late")  # added, then taken back, without choosing again
    qtbot.mouseClick(several.add_tags, Qt.MouseButton.LeftButton)
    several.untags.setText("late")
    qtbot.mouseClick(several.remove_tags, Qt.MouseButton.LeftButton)
    assert [tags_of(doc.item(n)) for n in chosen] == [["keep"]] * 3
    window.stack.undo()
    window.stack.undo()
    # visibility reaches the library's items that are in the story, in one step
    assert several.visibility.isEnabled()
    several.visibility.setCurrentIndex(several.visibility.findData(Visibility.BRIEFING.value))
    several.visibility.activated.emit(several.visibility.currentIndex())
    cards = [b for b in doc.blocks if b.item_id in in_story]
    assert [b.visibility for b in cards] == [Visibility.BRIEFING] * 2
    assert window.stack.count() == depth + 2 and window.stack.undoText() == "Change who sees 2 items"
    window.stack.undo()
    assert all(b.visibility is Visibility.PUBLIC for b in doc.blocks if b.item_id in in_story)
    window.stack.undo()
    assert [tags_of(doc.item(n)) for n in chosen] == [["vigil", "Court", "keep"]] * 3
    window.stack.undo()
    assert all("vigil" not in tags_of(doc.item(n)) for n in chosen)


def test_group_by_day_adds_day_headings_inside_the_users_own_sections(qtbot, window, tmp_path, qapp) -> None:
    """Two sections of the user's own, posts over three days: each section keeps its posts, in
    date order, under a heading for each of its days (dates in the locale, shown once); again
    gives the same story; one undo step restores it."""
    from datetime import timedelta

    from storyweaver.core.model import Block, BlockType
    from storyweaver.gui.translations import install_translations
    from storyweaver.store.project import Project
    from tests.gui.builders import START, post

    path = tmp_path / "sections.storyweaver"
    with Project.create(path, title="Days") as project:
        items = [post(n, f"Post {n}", when=START + timedelta(days=(3 - n) % 3, hours=n)) for n in range(6)]
        project.library.add(items)
        project.story.append(Block(BlockType.HEADING, text="Voices"))
        for item in items[:4]:
            project.story.append(Block(BlockType.ITEM, item_id=item.id))
        project.story.append(Block(BlockType.HEADING, text="Reactions"))
        for item in items[4:]:
            project.story.append(Block(BlockType.ITEM, item_id=item.id))
    assert window.actions_.open(path)
    doc, model = window.doc, window.story_model
    before = [(b.type, b.text, b.item_id) for b in doc.blocks]
    depth = window.stack.count()
    window.form.actionGroupByDay.trigger()
    assert window.stack.count() == depth + 1  # one step
    assert window.statusBar().currentMessage() == "5 day headings added within your sections"

    def outline() -> list[str]:
        lines = []
        for position, block in enumerate(doc.blocks):
            if block.type is BlockType.ITEM:
                lines.append(f"  {doc.day_of(position)}")
            else:
                lines.append(block.text or "")
        return lines

    def day(n: int) -> str:
        return (START + timedelta(days=n)).date().isoformat()

    def heading(n: int) -> str:
        return f"<p><strong>{(START + timedelta(days=n)).strftime('%A, %B %-d, %Y')}</strong></p>"

    assert outline() == [
        "Voices", heading(0), f"  {day(0)}", f"  {day(0)}", heading(1), f"  {day(1)}", heading(2), f"  {day(2)}",
        "Reactions", heading(1), f"  {day(1)}", heading(2), f"  {day(2)}"]
    assert [b.text for b in doc.blocks if b.type is BlockType.HEADING] == ["Voices", "Reactions"]
    # each date once: no day line under the day's own heading
    assert all(model.day_marker(p) == "" for p, b in enumerate(doc.blocks) if b.type is BlockType.ITEM)
    grouped = outline()
    window.editor.group_by_day()  # again: the same story, not a second set of headings
    assert outline() == grouped
    window.stack.undo()
    window.stack.undo()
    assert [(b.type, b.text, b.item_id) for b in doc.blocks] == before
    install_translations(qapp, "fr")
    try:
        window.form.actionGroupByDay.trigger()
        assert window.statusBar().currentMessage() == "5 titres de jour ajoutés dans vos sections"
        assert window.stack.undoText() == "Regrouper par jour dans vos sections"
        texts = [b.text for b in doc.blocks if b.type is BlockType.TEXT]
        assert texts[0] == "<p><strong>vendredi 30 octobre 2026</strong></p>"  # START's day, in French
    finally:
        install_translations(qapp, "en")


@pytest.mark.parametrize(("language", "size"), [("en", (1024, 700)), ("fr", (1024, 700)), ("fr", (1600, 1000))])
def test_the_story_header_and_the_filters_fit_at_1024x700(qtbot, window, demo_path, qapp, language, size) -> None:
    """A long description wraps instead of running into the credits line; the organisation,
    the curator, the story's actions and the library's filters each show all their text."""
    from storyweaver.gui.translations import install_translations

    install_translations(qapp, language)
    try:
        assert window.actions_.open(demo_path)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        details = window.story_details
        for key, value in (("subtitle", "Four days of vigil outside the court for the journalists killed in 2026, "
                                        "and what the network asked for"),
                           ("organisation", "Global Network for Press Freedom"),
                           ("curator", "Amina Diallo, Communications")):
            details.edits[key].setText(value)
            details.edits[key].editingFinished.emit()
        qtbot.wait(50)
        f = window.form
        description = details.edits["subtitle"]
        assert description.document().size().height() <= description.viewport().height() + 1  # all of it shown
        shown = [details.edits["title"], description, details.edits["organisation"], details.edits["curator"],
                 *window.story_header.bar.widgets]
        rects = [global_rect(w) for w in shown]
        assert all(w.isVisible() for w in shown)
        overlapping = [(shown[i].accessibleName(), shown[j].accessibleName(), rects[i], rects[j])
                       for i in range(len(rects)) for j in range(i + 1, len(rects)) if rects[i].intersects(rects[j])]
        assert overlapping == []
        for key in ("organisation", "curator"):
            edit = details.edits[key]
            assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.text()), key
        for button in window.story_header.bar.widgets:  # every action in sight, none folded away
            assert button.width() >= button.sizeHint().width(), button.text()
        strip = window.timeline  # its legend sits beside the dates, not over the bars
        assert len(strip.legend_rects()) == 2
        drawn = [r for swatch, label, _t in strip.legend_rects() for r in (swatch, label)]
        drawn += [rect for rect, _day in strip.day_label_rects()]
        bars = [strip._bar_rect(n) for n in range(len(strip.days))]
        assert not any(a.intersects(b) for a in drawn for b in bars)
        assert not any(a.intersects(b) for i, a in enumerate(drawn) for b in drawn[i + 1:])
        pane = global_rect(f.libraryTab)
        for widget in (f.kindCombo, f.platformCombo, f.sortCombo, f.storyCombo, f.mediaCheck, f.altCheck):
            assert widget.isVisible() and widget.width() >= widget.sizeHint().width(), widget.currentText() \
                if hasattr(widget, "currentText") else widget.text()
            assert pane.contains(global_rect(widget)), widget.objectName()
    finally:
        install_translations(qapp, "en")


def test_a_new_language_with_no_work_shows_no_jobs_dock(qtbot, window, demo_path, qapp) -> None:
    from storyweaver.gui.translations import install_translations

    assert window.actions_.open(demo_path)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    assert not window.jobs_dock.isVisible()
    install_translations(qapp, "fr")
    try:
        qtbot.wait(50)
        assert not window.jobs_dock.isVisible()  # it showed, empty, at the language change
    finally:
        install_translations(qapp, "en")
