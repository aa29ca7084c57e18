"""The inspector fits its pane in French: nothing is cut at its right edge.

Found in a first hour under Xvfb (1400x900, French): with a followers-only Mastodon post selected,
"Publier cette publication privée dans le récapitulatif publi" was cut off, and with it every row of
the inspector (the address, "Anonymiser cette personne"): the one long check box widened the whole
pane past its scroll area, whose horizontal scroll bar is off.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from storyweaver.gui.translations import install_translations
from tests.gui.driving import settle

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _cut_at_the_right(window) -> list[str]:  # type: ignore[no-untyped-def]
    viewport = window.form.inspectorScroll.viewport()
    cut = []
    for child in window.form.inspectorScroll.widget().findChildren(QWidget):
        if not child.isVisibleTo(window) or child.width() == 0:
            continue
        right = child.mapTo(viewport, QPoint(child.width(), 0)).x()
        if right > viewport.width() + 1:
            cut.append(f"{child.objectName() or type(child).__name__}: {right} > {viewport.width()}")
    return cut


def test_a_private_post_in_french_leaves_the_inspector_uncut(qtbot, window, qapp, demo_path) -> None:
    archive = FIXTURES / "posts" / "mastodon-archive"  # its outbox has a followers-only post
    try:
        install_translations(qapp, "fr")
        assert window.actions_.open(demo_path)
        window.show()
        window.actions_.import_sources([str(archive)])
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=60000)
        settle(window)
        (private,) = [row for row in window.library.model.index_data.rows if "followers only" in row.first_line]
        window.editor.add_items([private.id], 0)
        settle(window)
        window.form.storyView.setCurrentIndex(window.story_model.index(0))
        settle(window)
        assert "Abonnés seulement" in window.inspector.form.audienceValue.text()  # its long explanation shown
        for size in ((1400, 900), (1024, 700)):
            window.resize(*size)
            settle(window)
            cut = _cut_at_the_right(window)
            assert cut == [], (size, cut)
    finally:
        install_translations(qapp, "en")
