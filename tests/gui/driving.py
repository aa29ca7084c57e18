"""How a test drives the editor: wait for its writer, write an archive to import, export through
the real dialog (plain functions, imported by the tests that need them; fixtures stay in conftest)."""

from __future__ import annotations

import json
from pathlib import Path


def write_archive(path: Path, count: int, *, start: int = 0) -> Path:
    lines = [
        json.dumps({"id": str(900 + n), "text": f"Archived post {n} about #PressFreedom", "name": f"Archivist {n}",
                    "handle": f"archivist{n}", "published": f"2014-11-0{1 + n % 9}T10:{n % 60:02d}:00+00:00",
                    "tags": ["PressFreedom"]})
        for n in range(start, start + count)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def settle(window) -> None:  # type: ignore[no-untyped-def]
    """Wait until the editor's writer has written every edit made so far, and let the window
    take what it delivered (library refreshes after an import is undone or redone)."""
    from PySide6.QtWidgets import QApplication

    assert window.doc.flush(timeout=20)
    QApplication.processEvents()


def export_public_recap(qtbot, window, folder: Path):  # type: ignore[no-untyped-def]
    """Export the open project's public recap alone through the real Export dialog; the dialog,
    once the export has finished."""
    from storyweaver.gui.export_dialog import ExportDialog

    dialog = ExportDialog(window.project, window.settings, window.runner, window)
    qtbot.addWidget(dialog)
    f = dialog.form
    f.pdfCheck.setChecked(False)
    f.jsonCheck.setChecked(False)
    folder.mkdir(exist_ok=True)
    f.folderEdit.setText(str(folder))
    f.exportButton.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert dialog.result is not None, f.statusLabel.text()
    return dialog


def answer_next_question(qtbot, button_text: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Press ``button_text`` in the next message box, as the user would, noting its question."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, press)
