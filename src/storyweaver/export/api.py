"""Export a story: the one entry point of the command line, the sample and the GUI.

    options = ExportOptions(html=Path("recap.html"), pdf=Path("briefing.pdf"))
    result = export_story(project, options, progress=callback, cancel_event=event)

The project is read once; images are prepared once (in parallel) and shared by every
output.  Each file is written atomically.  Safe to call off the GUI thread; the PDF is
laid out in a child process with a time and memory limit.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from storyweaver.core.reader import ProjectReader
from storyweaver.errors import Cancelled, ExportError
from storyweaver.export.imagebank import ImageBank
from storyweaver.export.labels import labels as make_labels
from storyweaver.export.templating import theme_folders
from storyweaver.export.viewmodel import BRIEFING, PUBLIC, StorySource, StoryView
from storyweaver.i18n import _, current_language

if TYPE_CHECKING:
    from storyweaver.export.briefing import PdfRun
    from storyweaver.export.pdf_warm import WarmRenderer
    from storyweaver.store.prepared_images import PreparedRow

Progress = Callable[[int, int, str], None]
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$")


@dataclass(slots=True)
class ExportOptions:
    html: Path | None = None  # a file; or an existing folder, which gets index.html + assets/
    fragment: bool = False  # the HTML as a piece of a page (scoped styles), not a whole page
    pdf: Path | None = None
    json: Path | None = None
    wacz: Path | None = None  # the public story's captures as a replayable web archive
    bundle: Path | None = None  # the whole project (zip: story.json + media by hash), for colleagues
    timeline: Path | None = None  # a file; or an existing folder, which gets timeline.json + images/
    timeline_text: str = "slides"  # slides | following: where the story's text blocks go
    theme: str | None = None
    lang: str | None = None
    keep_exif: bool = False
    paper: str = "a4"  # a4 | letter
    full_text: bool = False  # the briefing gets an appendix with the full text of its links
    full_text_items: frozenset[int] | None = None  # only these items' (None: every linked page)
    pdf_timeout: float = 600.0  # seconds before the PDF child is stopped
    pdf_memory_mib: int = 1536
    reuse_pdf_parts: bool = True  # keep a long briefing's sections in the user's cache, reuse the unchanged
    pdf_parts_folder: Path | None = None  # where they are kept (None: the user's cache folder)


@dataclass(slots=True)
class ExportResult:
    written: list[Path] = field(default_factory=list)
    html: Path | None = None
    pdf: Path | None = None
    json: Path | None = None
    timeline: Path | None = None
    pdf_pages: int = 0
    refused: list[str] = field(default_factory=list)  # addresses the PDF renderer refused to load
    warnings: list[str] = field(default_factory=list)  # e.g. a redacted author shown unredacted elsewhere
    images: int = 0
    withheld_private: int = 0  # direct and followers-only posts the public outputs left out


def resolve_lang(project: ProjectReader, lang: str | None) -> str:
    # A project that names no language is exported in the one the user works in: the editor's
    # choice when there is one (a French editor on an English system), else the system's.
    chosen = lang or project.meta("lang") or current_language()
    if not _LANG.match(chosen):
        raise ExportError("bad-lang", lang=chosen)
    return chosen.lower() if "-" not in chosen else chosen


def _zone(project: ProjectReader) -> tzinfo:
    name = project.meta("timezone")
    if name:
        try:
            from zoneinfo import ZoneInfo

            return ZoneInfo(name)
        except (ValueError, LookupError, OSError):
            pass  # an unknown zone name: UTC, which every reader can convert
    return UTC


class _Steps:
    """Progress over the whole export: one step per image, then per output (any thread)."""

    def __init__(self, progress: Progress | None, cancel: threading.Event | None,
                 pdf_run: Callable[[PdfRun], None] | None = None) -> None:
        self.progress = progress
        self.cancel = cancel
        self.pdf_run = pdf_run
        self.done = 0
        self.total = 1
        self._images = 0
        self._lock = threading.Lock()

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()

    def tell(self, message: str, advance: int = 1) -> None:
        with self._lock:
            self.done = min(self.total, self.done + advance)
            done, total = self.done, self.total
        if self.progress is not None:
            self.progress(done, total, message)

    def image_done(self, done: int, total: int, _alt: str) -> None:
        # Images finished before the total was known are told at once, in one step.
        with self._lock:
            advance, self._images = max(0, done - self._images), max(done, self._images)
        self.tell(_("Preparing images ({done}/{total})").format(done=done, total=total), advance)


def export_story(project: ProjectReader, options: ExportOptions, progress: Progress | None = None,
                 cancel_event: threading.Event | None = None,
                 pdf_run: Callable[[PdfRun], None] | None = None,
                 keep_prepared: Callable[[list[PreparedRow]], object] | None = None) -> ExportResult:
    """Write the outputs named in ``options``; return what was written.  ``pdf_run`` is given
    the PDF renderer's own figures (time, processor, memory): the bench's business, not a result.
    ``keep_prepared`` is given the images this export prepared (none when it failed or was
    cancelled), for the caller to keep in the project for later exports (the export only reads)."""
    outputs = [p for p in (options.json, options.bundle, options.wacz, options.timeline, options.html,
                           options.pdf) if p is not None]
    if not outputs:
        raise ExportError("no-output")
    theme_folders(options.theme)  # an unknown theme fails before any work
    lang = resolve_lang(project, options.lang)
    labels = make_labels(lang.split("-")[0])
    steps = _Steps(progress, cancel_event, pdf_run)
    steps.check()
    warm = None
    if options.pdf is not None:
        from storyweaver.export.pdf_warm import WarmRenderer

        warm = WarmRenderer()  # imports WeasyPrint while the story and its images are read
    try:
        return _export(project, options, lang, labels, steps, progress, cancel_event, warm, keep_prepared)
    finally:
        if warm is not None:
            warm.close()


def _export(project: ProjectReader, options: ExportOptions, lang: str, labels: dict[str, str], steps: _Steps,
            progress: Progress | None, cancel_event: threading.Event | None,
            warm: WarmRenderer | None,
            keep_prepared: Callable[[list[PreparedRow]], object] | None = None) -> ExportResult:
    bank = ImageBank(project, keep_exif=options.keep_exif)
    bank.begin(cancel_event)  # images are decoded on other threads while the views are built
    try:
        result = _views_and_outputs(project, options, lang, labels, steps, bank, warm)
    except BaseException:
        bank.close(abandon=True)  # images not begun yet are not worth waiting for
        raise
    bank.close()
    result.images = len(bank.prepared)
    fresh = bank.fresh()
    if keep_prepared is not None and fresh:
        keep_prepared(fresh)
    if progress is not None:
        progress(steps.total, steps.total, _("Export finished"))
    return result


def _views_and_outputs(project: ProjectReader, options: ExportOptions, lang: str, labels: dict[str, str],
                       steps: _Steps, bank: ImageBank, warm: WarmRenderer | None) -> ExportResult:
    outputs = [p for p in (options.json, options.timeline, options.html, options.pdf) if p is not None]
    source = StorySource(project, bank, lang, _zone(project))
    public: StoryView | None = None
    briefing: StoryView | None = None
    if options.html is not None or options.timeline is not None or options.wacz is not None:
        public = source.view(PUBLIC, labels)
    if options.pdf is not None:
        briefing = source.view(BRIEFING, labels, full_text=options.full_text, chosen=options.full_text_items)

    result = ExportResult(withheld_private=public.withheld_private if public is not None else 0)
    if public is not None:
        from storyweaver.export.exposure import exposed_authors

        result.warnings = exposed_authors(project, source, public)
    steps.total = bank.pending() + len(outputs)
    bank.start(steps.image_done, steps.cancel)
    _write_outputs(project, options, labels, bank, public, briefing, steps, result, warm)
    return result


def _write_outputs(project: ProjectReader, options: ExportOptions, labels: dict[str, str], bank: ImageBank,
                   public: StoryView | None, briefing: StoryView | None, steps: _Steps,
                   result: ExportResult, warm: WarmRenderer | None = None) -> None:
    if options.json is not None:
        from storyweaver.export.jsonout import write_json

        steps.check()
        write_json(project, options.json)
        result.json = options.json
        result.written.append(options.json)
        steps.tell(_("JSON written"))
    if options.bundle is not None:
        from storyweaver.export.bundle import write_bundle

        steps.check()
        write_bundle(project, options.bundle)
        result.written.append(options.bundle)
        steps.tell(_("Bundle written"))
    if options.wacz is not None and public is not None:
        from storyweaver.export.wacz import write_wacz

        steps.check()
        write_wacz(project, public, options.wacz)
        result.written.append(options.wacz)
        steps.tell(_("Web archive written"))
    if options.timeline is not None and public is not None:
        from storyweaver.export.timeline.document import TextBlocks
        from storyweaver.export.timeline.writer import write_timeline

        steps.check()
        files = write_timeline(public, labels, bank, options.timeline, TextBlocks(options.timeline_text))
        result.timeline = files[0]
        result.written.extend(files)
        steps.tell(_("Timeline written"))
    if options.html is not None and public is not None:
        from storyweaver.export.recap import write_recap

        steps.check()
        written = write_recap(public, labels, options.theme, bank, options.html, fragment=options.fragment)
        result.html = written[0]
        result.written.extend(written)
        steps.tell(_("HTML recap written"))
    if options.pdf is not None and briefing is not None:
        from storyweaver.export.briefing import write_briefing

        steps.tell(_("Laying out the PDF briefing"), 0)
        run = write_briefing(briefing, labels, options.theme, bank, options.pdf, paper=options.paper,
                             timeout=options.pdf_timeout, memory_bytes=options.pdf_memory_mib * 1024 * 1024,
                             cancel=steps.cancel, warm=warm, reuse=options.reuse_pdf_parts,
                             kept_parts=options.pdf_parts_folder)
        result.pdf = options.pdf
        result.written.append(options.pdf)
        result.pdf_pages = run.pages
        if steps.pdf_run is not None:
            steps.pdf_run(run)
        result.refused = run.refused
        result.warnings.extend(run.notes)
        steps.tell(_("PDF briefing written"))
