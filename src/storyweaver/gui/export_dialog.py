"""The Export dialog: theme, language, what to write and where, progress and Cancel.

The export itself is the Qt-free ``storyweaver.export.api.export_story``, run on the task
runner.  The recap is previewed in the system browser (a QTextBrowser is not a browser),
and the PDF's first page as a picture made by ``pdftoppm`` when it is installed.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from storyweaver.gui.forms.export_dialog_ui import Ui_ExportDialog
from storyweaver.gui.images_ahead import ImagesAhead
from storyweaver.gui.tasks import Job, Progress, TaskRunner
from storyweaver.settings import Settings
from storyweaver.store.project import Project


def available_themes() -> list[str]:
    try:
        from storyweaver.export.templating import available_themes as export_themes

        themes = list(export_themes())
    except (ImportError, OSError):
        themes = []
    return themes or ["default"]


def pdf_first_page(pdf: Path) -> Path | None:
    """A PNG of the PDF's first page (pdftoppm), or None when it cannot be made."""
    tool = shutil.which("pdftoppm")
    if tool is None or not pdf.is_file():
        return None
    stem = Path(tempfile.mkdtemp(prefix="storyweaver-preview-")) / "page"
    try:
        subprocess.run([tool, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                       check=True, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    image = stem.with_suffix(".png")
    return image if image.is_file() else None


def cards_with_copies(project: Project) -> list[tuple[int, str]]:
    """The story's cards that have a readable copy (id, title), in the story's order, once each:
    those whose full text the briefing's appendix can show."""
    from storyweaver.core.model import BlockType

    ids = list(dict.fromkeys(b.item_id for b in project.story.blocks()
                             if b.type is BlockType.ITEM and b.item_id is not None))
    items = project.library.get_many(ids)
    cards = []
    for item_id in ids:
        item = items.get(item_id)
        copy = item.readable if item is not None else None
        if item is not None and copy is not None and copy.html_sha256 is not None:
            cards.append((item_id, item.title or item.url or str(item_id)))
    return cards


def run_export(project_path: Path, outputs: dict[str, Path | None], options: dict[str, Any],
               cancel: threading.Event, progress: Progress,
               edits_written: Callable[[], object] = lambda: None,
               images_ahead: ImagesAhead | None = None) -> dict[str, Any]:
    from storyweaver.export.api import ExportOptions, export_story
    from storyweaver.store.keep_prepared import keep_in_file
    from storyweaver.store.prepared_images import PreparedRow
    from storyweaver.store.project import Project

    edits_written()  # the export shows every edit made before Export was pressed
    if images_ahead is not None:
        images_ahead.wait(cancel)  # then takes the images prepared while the dialog was open
    prepared: list[PreparedRow] = []
    project = Project.open(project_path, readonly=True)
    try:
        chosen: dict[str, Any] = {**outputs, **options}
        done = export_story(project, ExportOptions(**chosen), progress=progress, cancel_event=cancel,
                            keep_prepared=prepared.extend)
    finally:
        project.close()
    # The next export takes these images as they are (not now if an import is writing: the
    # export would wait for it; the next export prepares and offers them again).
    keep_in_file(project_path, prepared, if_idle=True)
    pdf = outputs.get("pdf")
    from storyweaver.messages import withheld_private

    # Said in the core's words (and plural forms), in the editor's language (i18n.use_language).
    withheld = withheld_private(done.withheld_private) if done.withheld_private else ""
    # A redacted author still shown unredacted elsewhere: said in the dialog, not only on stderr.
    return {"outputs": outputs, "preview": pdf_first_page(pdf) if pdf else None, "withheld": withheld,
            "warnings": list(done.warnings)}


class ExportDialog(QDialog):
    def __init__(self, project: Project, settings: Settings, runner: TaskRunner, parent: QWidget | None = None,
                 edits_written: Callable[[], object] = lambda: None) -> None:
        super().__init__(parent)
        self._edits_written = edits_written
        self.form = Ui_ExportDialog()
        self.form.setupUi(self)
        self.project = project
        self.settings = settings
        self.runner = runner
        self.job: Job | None = None
        self.result: dict[str, Any] | None = None  # type: ignore[assignment]  # hides QDialog.result(), unused
        f = self.form
        for theme in available_themes():  # the bundled theme is named in the user's language
            f.themeCombo.addItem(self.tr("Default") if theme == "default" else theme, theme)
        f.themeCombo.setCurrentIndex(max(f.themeCombo.findData(settings.export_theme), 0))
        f.languageCombo.addItem(self.tr("The project's language"), "")  # never None: see gui/__init__
        for value, label in (("en", "English"), ("fr", "Français")):
            f.languageCombo.addItem(label, value)
        f.paperCombo.addItem("A4", "a4")
        f.paperCombo.addItem("US Letter", "letter")
        f.folderEdit.setText(str(project.path.parent))
        f.browseButton.clicked.connect(self._choose_folder)
        f.htmlCheck.toggled.connect(f.fragmentCheck.setEnabled)  # the fragment is a form of the HTML
        f.exportButton.clicked.connect(self.start)
        f.cancelButton.clicked.connect(self.cancel)
        f.closeButton.clicked.connect(self.close)
        f.openHtmlButton.clicked.connect(lambda: self._open("html"))
        f.openPdfButton.clicked.connect(lambda: self._open("pdf"))
        f.cancelButton.setEnabled(False)
        f.openHtmlButton.setEnabled(False)
        f.openPdfButton.setEnabled(False)
        f.previewLabel.setText(self.tr("The PDF's first page will show here."))
        self._fill_full_text_list()
        self.images_ahead = ImagesAhead(runner, project.path, self.tr("Preparing the story's images"))

    def _fill_full_text_list(self) -> None:
        """One ticked row per card with a readable copy: the user unticks those whose text
        should stay out of the appendix (``--full-text IDS`` on the command line)."""
        f = self.form
        for item_id, title in cards_with_copies(self.project):
            row = QListWidgetItem(title, f.fullTextList)
            row.setData(Qt.ItemDataRole.UserRole, item_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
        f.fullTextList.setVisible(f.fullTextList.count() > 0)
        f.fullTextCheck.toggled.connect(f.fullTextList.setEnabled)

    def full_text_items(self) -> frozenset[int] | None:
        """The cards whose full text the briefing shows: None for every one (all ticked)."""
        rows = [self.form.fullTextList.item(n) for n in range(self.form.fullTextList.count())]
        ticked = frozenset(int(r.data(Qt.ItemDataRole.UserRole)) for r in rows
                           if r.checkState() == Qt.CheckState.Checked)
        return None if len(ticked) == len(rows) else ticked

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            f = self.form
            status, preview = f.statusLabel.text(), f.previewLabel.pixmap()
            f.retranslateUi(self)
            f.statusLabel.setText(status)  # what the export said stays as it was said
            f.languageCombo.setItemText(0, self.tr("The project's language"))
            if preview is None or preview.isNull():
                f.previewLabel.setText(self.tr("The PDF's first page will show here."))
        super().changeEvent(event)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write"), self.form.folderEdit.text())
        if folder:
            self.form.folderEdit.setText(folder)

    def outputs(self) -> dict[str, Path | None]:
        f = self.form
        folder = Path(f.folderEdit.text())
        stem = self.project.path.stem
        return {
            "html": folder / f"{stem}.html" if f.htmlCheck.isChecked() else None,
            "pdf": folder / f"{stem}.pdf" if f.pdfCheck.isChecked() else None,
            "json": folder / f"{stem}.json" if f.jsonCheck.isChecked() else None,
            "timeline": folder / f"{stem}.timeline.json" if f.timelineCheck.isChecked() else None,
            "wacz": folder / f"{stem}.wacz" if f.waczCheck.isChecked() else None,
            "bundle": folder / f"{stem}.storyweaver-bundle" if f.bundleCheck.isChecked() else None,
        }

    def start(self) -> None:
        f = self.form
        outputs = self.outputs()
        if not any(outputs.values()):
            f.statusLabel.setText(self.tr("Choose at least one thing to write."))
            return
        options = {"theme": f.themeCombo.currentData(), "lang": f.languageCombo.currentData() or None,
                   "keep_exif": f.exifCheck.isChecked(), "paper": f.paperCombo.currentData(),
                   "fragment": f.fragmentCheck.isChecked() and f.htmlCheck.isChecked(),
                   "full_text": f.fullTextCheck.isChecked(), "full_text_items": self.full_text_items()}
        self.settings.export_theme = options["theme"]
        f.exportButton.setEnabled(False)
        f.cancelButton.setEnabled(True)
        f.progressBar.setRange(0, 0)
        f.statusLabel.setText(self.tr("Exporting…"))
        path, written, ahead = self.project.path, self._edits_written, self.images_ahead
        ahead.before_export()
        self.job = self.runner.submit(self.tr("Exporting the story"),
                                      lambda cancel, progress: run_export(path, outputs, options, cancel, progress,
                                                                          written, ahead),
                                      on_done=self._done, on_error=self._failed)
        self.runner.progressed.connect(self._progress)

    def _progress(self, job: Job) -> None:
        if job is self.job and job.total:
            self.form.progressBar.setRange(0, job.total)
            self.form.progressBar.setValue(job.done)
            self.form.statusLabel.setText(job.message)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _finish(self) -> None:
        self.job = None
        self.form.exportButton.setEnabled(True)
        self.form.cancelButton.setEnabled(False)
        self.form.progressBar.setRange(0, 1)

    def _done(self, result: dict[str, Any]) -> None:
        self._finish()
        self.result = result
        self.form.progressBar.setValue(1)
        written = [str(p) for p in result["outputs"].values() if p is not None]
        withheld = [result["withheld"]] if result.get("withheld") else []
        warnings = result.get("warnings") or []
        text = self.tr("Written:") + "\n" + "\n".join(written + withheld)
        if warnings:  # first, where the eye lands, and apart from the list of files
            text = self.tr("Check before publishing:") + "\n" + "\n".join(f"⚠ {w}" for w in warnings) + "\n\n" + text
        self.form.statusLabel.setText(text)
        self.form.openHtmlButton.setEnabled(result["outputs"].get("html") is not None)
        self.form.openPdfButton.setEnabled(result["outputs"].get("pdf") is not None)
        preview = result.get("preview")
        if preview is not None:
            pixmap = QPixmap(str(preview))
            self.form.previewLabel.setPixmap(pixmap.scaled(self.form.previewLabel.size(),
                                                           Qt.AspectRatioMode.KeepAspectRatio,
                                                           Qt.TransformationMode.SmoothTransformation))

    def _failed(self, message: str) -> None:
        self._finish()
        self.form.statusLabel.setText(message)

    def _open(self, kind: str) -> None:
        if self.result is not None and self.result["outputs"].get(kind) is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result["outputs"][kind])))
