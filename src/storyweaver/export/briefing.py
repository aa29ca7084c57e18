"""The PDF briefing: HTML made here, laid out by WeasyPrint in a limited child process.

The parent prepares everything the child may read (the HTML and a folder of images named
by key) in a private temporary folder, starts the child, and waits with a time limit,
killing it on cancel or timeout.  The child writes the PDF to a hidden file beside the
target, which replaces the target only once complete.
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyweaver.child_process import child_environment, module_command
from storyweaver.core.textdir import direction
from storyweaver.errors import Cancelled, ExportError
from storyweaver.export import atomic, pdf_parts
from storyweaver.export.imagebank import ImageBank
from storyweaver.export.labels import format_day, format_range
from storyweaver.export.part_cache import PartCache
from storyweaver.export.pdf_warm import WarmRenderer, drain, stop
from storyweaver.export.summary import summarise
from storyweaver.export.templating import environment, stylesheet, theme_folders
from storyweaver.export.viewmodel import BRIEFING, StoryView
from storyweaver.i18n import _

PAPERS = {"a4": "A4", "letter": "letter"}
MEMORY_LIMIT = 1536 * 1024 * 1024
SCHEME = "storyweaver-media:"  # the fetcher's scheme (fetcher.py imports WeasyPrint, so not imported here)
# White space between two block tags of the default theme's briefing, none of them shown
# inline by its stylesheet; <pre> (a readable copy's) keeps its own.
_BLOCK = r"(?:div|p|h[1-6]|section|nav|article|ul|ol|li|table|thead|tbody|tr|td|th)"
_BETWEEN_BLOCKS = re.compile(rf"(</{_BLOCK}>|<{_BLOCK}\b[^>]*>)\s+(?=</?{_BLOCK}\b)")
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.DOTALL | re.IGNORECASE)


@dataclass(slots=True)
class PdfRun:
    """What the child reported about one rendering."""

    pages: int = 0
    seconds: float = 0.0
    weasyprint_seconds: float = 0.0
    peak_mib: float = 0.0
    cpu_seconds: float = 0.0  # the child's own processor time (import included)
    refused: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    parts_laid_out: int = -1  # of a briefing in parts: how many were laid out (the others were kept)
    parts: int = 0
    front_laid_out: bool = True  # the cover, summary and contents (not kept when a page number moved)
    notes: list[str] = field(default_factory=list)  # for the user (a damaged kept part)


def render_briefing(view: StoryView, labels: dict[str, str], theme: str | None, paper: str,
                    part_mark: str = "") -> str:
    """The briefing's HTML for a view whose images already have their ``src``; ``part_mark``
    names the comment put before each section, where the briefing may be cut (``pdf_parts``)."""
    if view.audience != BRIEFING:
        raise ExportError("export-failed", reason="the briefing renders the briefing view only")
    if paper not in PAPERS:
        raise ExportError("bad-paper", paper=paper, available=", ".join(PAPERS))
    kinds = {k: labels[f"kind_{k}"] for k in ("post", "link", "image", "video", "note")}
    css = stylesheet(theme, "briefing.css")
    page_css = f"@page {{ size: {PAPERS[paper]}; }}"
    html = environment(theme).get_template("briefing.html.j2").render(
        story=view,
        L=labels,
        css=css,
        page_css=page_css,
        dir=direction(view.lang, None),
        summary=summarise(view, kinds, labels["web"], labels["own_files"]),
        date_range=format_range(view.first_day, view.last_day, view.lang),
        generated=format_day(view.generated.date(), view.lang),
        part_mark=part_mark,
    )
    return without_space_between_blocks(html) if _splittable(theme) else html


def without_space_between_blocks(html: str) -> str:
    """``html`` without the white space between block tags (outside ``<pre>``).

    Each such run of white space is an anonymous box that WeasyPrint builds, styles and lays
    out before it vanishes: 13 % of a 300-item briefing's time, for the same pages to the
    pixel (issue 19). Only for the default theme's briefing, whose stylesheet shows none of
    these elements inline (where the space would show).
    """
    pieces = _PRE.split(html)
    return "".join(piece if index % 2 else _BETWEEN_BLOCKS.sub(r"\1", piece) for index, piece in enumerate(pieces))


def write_briefing(view: StoryView, labels: dict[str, str], theme: str | None, bank: ImageBank, target: Path,
                   *, paper: str = "a4", timeout: float = 600.0, memory_bytes: int = MEMORY_LIMIT,
                   cancel: threading.Event | None = None, warm: WarmRenderer | None = None,
                   reuse: bool = True, kept_parts: Path | None = None) -> PdfRun:
    """Render the briefing to ``target`` in a child process (``warm``'s, if it was started
    early); the target is replaced only when complete.  With ``reuse``, a long briefing's
    sections are kept in the user's cache and reused when unchanged (``part_cache``)."""
    start = time.perf_counter()
    with contextlib.ExitStack() as stack:
        work = warm.work if warm is not None else Path(
            stack.enter_context(tempfile.TemporaryDirectory(prefix="storyweaver-pdf-")))
        media = work / "media"
        media.mkdir()
        mimes: dict[str, str] = {}

        def place(key: str, prepared: Any) -> str:
            (media / key).write_bytes(prepared.data)
            mimes[key] = prepared.mime
            return SCHEME + key

        bank.assign_sources(place, view.images())
        spare = pdf_parts.spare_processor()
        # With kept parts, even a busy machine gains from parts: what is unchanged is not laid out.
        mark = pdf_parts.new_mark() if _splittable(theme) and (spare or reuse) else ""
        html = render_briefing(view, labels, theme, paper, mark)
        parts = pdf_parts.split(html, mark) if mark else None
        (work / "briefing.html").write_text(html, encoding="utf-8")
        with atomic.replacing(target) as partial:
            early = warm.take() if warm is not None else None  # from here on, always stopped
            if parts is None:
                return run_child(work, mimes, partial, timeout=timeout, memory_bytes=memory_bytes, cancel=cancel,
                                 process=early)
            job = _job(work, mimes, partial, timeout, memory_bytes)
            cache = _part_cache(job, kept_parts) if reuse else None
            report = pdf_parts.render_in_parts(work, parts, view.title, job, partial.absolute(), timeout=timeout,
                                               cancel=cancel, early=early, cache=cache, workers=2 if spare else 1)
            if not report.get("ok") and report.get("error") != "memory":
                # Laying out in parts leans on how WeasyPrint numbers its pages: if a new
                # version fails there, the briefing is still made, in one process.
                remaining = max(1.0, timeout - (time.perf_counter() - start))
                return run_child(work, mimes, partial, timeout=remaining, memory_bytes=memory_bytes, cancel=cancel)
            run = _run_of(report, work, memory_bytes, time.perf_counter() - start)
            run.parts, run.parts_laid_out = len(report["parts"]) - 1, int(report["laid_out_parts"])
            run.front_laid_out = bool(report["front_laid_out"])
            if report.get("damaged_parts"):
                run.notes.append(_("A kept part of the briefing could not be read back; it was laid out again."))
            return run


def _part_cache(job: dict[str, Any], folder: Path | None) -> PartCache | None:
    """The user's cache of laid-out parts, or None if it cannot be made private (then every
    part is laid out, as without a cache)."""
    from importlib.metadata import version

    from storyweaver.export.part_cache import default_folder

    try:
        drawn_by = " ".join(f"{name} {version(name)}" for name in ("weasyprint", "pydyf", "pillow"))
        return PartCache(folder or default_folder(), drawn_by=drawn_by, tags=bool(job["tags"]))
    except OSError:
        return None


def _splittable(theme: str | None) -> bool:
    """Only the default theme's own briefing is laid out in parts: the cut relies on its
    template's marks and its contents rule (``pdf_parts.NUMBER_RULE``)."""
    from storyweaver.export.templating import DEFAULT_THEME

    first = theme_folders(theme)[0]
    return first.name == DEFAULT_THEME or not any(
        (first / name).is_file() for name in ("briefing.html.j2", "briefing.css"))


def _job(work: Path, mimes: dict[str, str], output: Path, timeout: float, memory_bytes: int) -> dict[str, Any]:
    return {
        "html": str(work / "briefing.html"),
        "media": str(work / "media"),
        "mimes": mimes,
        "output": str(output.absolute()),  # the child works in its own folder
        "report": str(work / "report.json"),
        "memory_bytes": memory_bytes,
        "cpu_seconds": int(timeout) + 5,
        # A tagged PDF (structure tree) lets screen readers follow the briefing; ~10 % more time.
        "tags": True,
    }


def run_child(work: Path, mimes: dict[str, str], output: Path, *, timeout: float, memory_bytes: int,
              cancel: threading.Event | None, process: subprocess.Popen[str] | None = None) -> PdfRun:
    """Render ``work/briefing.html`` to ``output`` in a child (``process``, started early and
    waiting for its job, or a new one); raise on failure, timeout or cancel."""
    job = _job(work, mimes, output, timeout, memory_bytes)
    (work / "job.json").write_text(json.dumps(job), encoding="utf-8")
    start = time.perf_counter()
    with open(work / "child.log", "wb") as log:
        child: subprocess.Popen[Any]
        if process is not None:
            child = process
            drain(child.stdout)
            assert child.stdin is not None
            child.stdin.write(str(work / "job.json") + "\n")
            child.stdin.flush()
        else:
            child = subprocess.Popen(
                module_command("storyweaver.export.pdf_child", str(work / "job.json")),
                stdin=subprocess.DEVNULL, stdout=log, stderr=log, cwd=work, env=child_environment(network=False),
            )
        try:
            while True:
                try:
                    code = child.wait(timeout=0.05)
                    break
                except subprocess.TimeoutExpired:
                    pass
                if cancel is not None and cancel.is_set():
                    child.kill()
                    child.wait()
                    raise Cancelled()
                if time.perf_counter() - start > timeout:
                    child.kill()
                    child.wait()
                    raise ExportError("export-timeout", seconds=int(timeout))
        except BaseException:
            if child.poll() is None:
                child.kill()
                child.wait()
            raise
        finally:
            if process is not None:
                stop(process)
    report_file = work / "report.json"
    report: dict[str, Any] = json.loads(report_file.read_text(encoding="utf-8")) if report_file.is_file() else {}
    report.setdefault("exit", code)
    return _run_of(report, work, memory_bytes, time.perf_counter() - start)


def _run_of(report: dict[str, Any], work: Path, memory_bytes: int, seconds: float) -> PdfRun:
    """What a rendering reported, or the error it ended with."""
    code = report.get("exit", 0)
    if code != 0 or not report.get("ok"):
        if report.get("error") == "memory" or (code == -9 and set(report) == {"exit"}):
            reason = report.get("reason") or "out of memory"
            raise ExportError("pdf-too-large", limit=f"{memory_bytes // (1024 * 1024)} MiB", reason=reason)
        logs = [log.read_text(encoding="utf-8", errors="replace") for log in sorted(work.glob("*.log"))]
        lines = [line for log in logs for line in log.strip().splitlines()]
        raise ExportError("export-failed", reason=report.get("reason") or (lines[-1] if lines else f"exit {code}"))
    return PdfRun(
        pages=int(report["pages"]),
        seconds=seconds,
        weasyprint_seconds=float(report["weasyprint_seconds"]),
        peak_mib=float(report["peak_mib"]),
        cpu_seconds=float(report.get("cpu_seconds", 0.0)),
        refused=list(report["refused"]),
        warnings=list(report["warnings"]),
    )
