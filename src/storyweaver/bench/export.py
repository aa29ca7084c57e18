"""Export figures: the HTML recap at campaign scale, the PDF briefing, and WeasyPrint's share."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from storyweaver.bench import Report
from storyweaver.bench._measure import peak_during, run_child, stopwatch
from storyweaver.export.briefing import PdfRun

NAME = "export"
ORDER = 60

_WEASYPRINT_ALONE = """
import json, sys, time
from pathlib import Path
work = Path(sys.argv[1])
from storyweaver.export.fetcher import MediaFetcher
from storyweaver.export.lean_ua import BriefingHTML
mimes = json.loads((work / "job.json").read_text())["mimes"]
html = (work / "briefing.html").read_text(encoding="utf-8")
start = time.perf_counter()
document = BriefingHTML(string=html, url_fetcher=MediaFetcher(work / "media", mimes)).render()
document.write_pdf(str(work / "alone.pdf"), pdf_tags=True)
print("__SECONDS__", time.perf_counter() - start)
"""


def _briefing_work(project_path: Path, work: Path) -> tuple[dict[str, str], float]:
    """Prepare the briefing's HTML and media in ``work`` as an export does; return (mimes, seconds)."""
    from storyweaver.export.briefing import SCHEME, render_briefing
    from storyweaver.export.imagebank import ImageBank
    from storyweaver.export.labels import labels
    from storyweaver.export.viewmodel import BRIEFING, StorySource
    from storyweaver.store.project import Project

    mimes: dict[str, str] = {}
    (work / "media").mkdir(parents=True, exist_ok=True)
    with stopwatch() as elapsed, Project.open(project_path, readonly=True) as project:
        bank = ImageBank(project)
        words = labels("en")
        view = StorySource(project, bank, "en").view(BRIEFING, words)
        bank.start()

        def place(key: str, prepared: Any) -> str:
            (work / "media" / key).write_bytes(prepared.data)
            mimes[key] = prepared.mime
            return SCHEME + key

        bank.assign_sources(place, view.images())
        (work / "briefing.html").write_text(render_briefing(view, words, None, "a4"), encoding="utf-8")
        bank.close()
    (work / "job.json").write_text(json.dumps({"mimes": mimes}), encoding="utf-8")
    return mimes, elapsed()


def _export(project_path: Path, *, keep: bool = False, **outputs: Path) -> tuple[float, float, Any]:
    """Seconds, processor seconds and the result of one export; the PDF renderer's own
    figures come with it (empty when no PDF was asked).  ``keep``: the images it prepared are
    then kept in the project file, as the command line and the editor do (timed with it)."""
    from storyweaver.export.api import ExportOptions, export_story
    from storyweaver.store.keep_prepared import keep_in_file
    from storyweaver.store.prepared_images import PreparedRow
    from storyweaver.store.project import Project

    runs: list[PdfRun] = []
    prepared: list[PreparedRow] = []
    with stopwatch() as elapsed:
        cpu = time.process_time()
        with Project.open(project_path, readonly=True) as project:
            result = export_story(project, ExportOptions(lang="en", **outputs),  # type: ignore[arg-type]
                                  pdf_run=runs.append, keep_prepared=prepared.extend if keep else None)
        keep_in_file(project_path, prepared)
        cpu = time.process_time() - cpu
    return elapsed(), cpu, (result, runs[0] if runs else PdfRun())


# The recap exported again in a fresh interpreter, its images kept by the first export: the
# export a user makes after each edit.
_RECAP_AGAIN = """
import sys, time
from pathlib import Path
from storyweaver.bench.export import _export
seconds, cpu, _result = _export(Path(sys.argv[1]), html=Path(sys.argv[2]))
print("__RECAP__", seconds, cpu)
"""


def _load() -> str:
    # The machine may be shared: the load average says how far wall times can be trusted.
    try:
        return "load " + Path("/proc/loadavg").read_text(encoding="ascii").split()[0]
    except OSError:
        return ""


def _pdf_against_chromium(story: Path, root: Path, name: str, items: int, target: float | None,
                          report: Report, runs: int = 1) -> float:
    """The whole PDF export of ``story`` (best of ``runs``, each with no kept parts), and its
    ratio to Chromium printing the same HTML and images in the same run; then the same story
    exported again after editing one item, the parts kept by the first export reused.
    Returns the first export's seconds."""
    from storyweaver.bench._chromium import chromium_print_seconds

    best, result = float("inf"), None
    for attempt in range(runs):
        kept = root / f"{name}-kept-{attempt}"  # a first export: nothing kept yet
        seconds, _cpu, done = _export(story, pdf=root / f"{name}.pdf", pdf_parts_folder=kept)
        if seconds < best:
            best, (result, run), best_kept = seconds, done, kept
    assert result is not None
    report(f"PDF briefing, {items} items ({result.pdf_pages} pages)", best, "s", 25.0 if items == 300 else None,
           f"children's CPU {run.cpu_seconds:.1f} s, peak {run.peak_mib:.0f} MiB; {_load()}")
    _briefing_work(story, root / f"{name}-work")
    floor = chromium_print_seconds(root / f"{name}-work")
    if floor is None:
        report("  Chromium print-to-PDF of the same HTML", 0.0, "s", None, "skipped: no /usr/bin/chromium")
    else:
        report("  Chromium print-to-PDF of the same HTML (best of 2)", floor.seconds, "s", None,
               f"Chromium's CPU {floor.cpu_seconds:.2f} s; {_load()}")
        report("  ratio of the export to Chromium", best / floor.seconds, "x", target)
        if floor.cpu_seconds > 0:  # the load-proof comparison: each side's processor time
            report("  ratio of processor time (renderer children to Chromium's processes)",
                   run.cpu_seconds / floor.cpu_seconds, "x", None)
    _reexport_after_one_edit(story, root, name, items, best_kept, floor, report)
    return best


def _reexport_after_one_edit(story: Path, root: Path, name: str, items: int, kept: Path, floor: Any,
                             report: Report) -> None:
    """A re-export, never a first one: one item's text edited (a word changed, in the middle
    of the story), the parts the first export kept reused."""
    from storyweaver.store.project import Project

    with Project.open(story) as project:
        middle = [block.item_id for block in project.story.blocks() if block.item_id is not None][items // 2]
        item = project.library.get(middle)
        assert item is not None and item.text is not None
        project.library.update(middle, text=item.text.replace("words", "terms", 1))
    seconds, _cpu, (result, run) = _export(story, pdf=root / f"{name}-again.pdf", pdf_parts_folder=kept)
    reused = (f"{run.parts_laid_out} of {run.parts} sections laid out again"
              f"{', and the front' if run.front_laid_out else ' (front kept)'}") if run.parts else \
        "too small to be laid out in parts: nothing kept, all laid out again"
    report(f"PDF briefing, {items} items, RE-EXPORTED after editing one item", seconds, "s", None,
           f"{reused}, {result.pdf_pages} pages; children's CPU {run.cpu_seconds:.1f} s; {_load()}")
    if floor is not None:
        report("  ratio of the re-export to Chromium's print of the same HTML (a first print)",
               seconds / floor.seconds, "x", None)
        if floor.cpu_seconds > 0:
            report("  ratio of processor time, re-export to Chromium", run.cpu_seconds / floor.cpu_seconds, "x", None)


def run(scale: float, report: Report) -> None:
    from storyweaver.bench._export_story import build_scaled_story

    with tempfile.TemporaryDirectory(prefix="storyweaver-bench-export-") as tmp:
        root = Path(tmp)
        items, images = max(10, int(1000 * scale)), max(2, int(200 * scale))
        big = build_scaled_story(root / "big.storyweaver", items, images)
        recap = root / "recap.storyweaver"  # a copy: the PDF figures below are measured without kept images
        shutil.copyfile(big, recap)
        with peak_during() as peak:
            seconds, cpu, result = _export(recap, keep=True, html=root / "big.html")
        size = (root / "big.html").stat().st_size / 1_000_000
        report(f"HTML recap, {items} items, {images} images, the story's first export", seconds, "s", None,
               f"{size:.1f} MB file; {cpu:.2f} s CPU on all threads, its images prepared and kept; {_load()}")
        report("  peak memory (the bench's process)", peak(), "MiB", None)
        _total, _peak, out = run_child(_RECAP_AGAIN, str(recap), str(root / "again.html"))
        again, again_cpu = (float(v) for v in next(line.split()[1:] for line in out.splitlines()
                                                   if line.startswith("__RECAP__")))
        report(f"HTML recap, {items} items, {images} images, exported again (fresh process)", again, "s",
               0.7 if scale >= 1 else None, f"{again_cpu:.2f} s CPU on all threads, its images kept; {_load()}")

        posts = max(10, int(300 * scale))
        mid = build_scaled_story(root / "mid.storyweaver", posts, max(1, posts // 10))
        whole = _pdf_against_chromium(mid, root, "mid", posts, 1.2 if scale >= 1 else None, report, runs=2)

        work = root / "mid-work"
        _total, _peak, out = run_child(_WEASYPRINT_ALONE, str(work))
        alone = float(next(line.split()[1] for line in out.splitlines() if line.startswith("__SECONDS__")))
        report("  WeasyPrint alone on the same HTML, one process", alone, "s", None,
               f"{alone / whole:.0%} of the whole PDF export (in parts)")

        _pdf_against_chromium(big, root, "big", items, 1.5 if scale >= 1 else None, report)

        try:
            from storyweaver.sample import build_sample  # type: ignore[import-not-found, unused-ignore]
        except ImportError:
            report("sample briefing", 0.0, "s", None, "skipped: storyweaver.sample is not in this build")
            return
        sample = root / "sample.storyweaver"
        build_sample(sample)
        best, result = float("inf"), None
        for _ in range(2):
            seconds, _cpu, done = _export(sample, pdf=root / "sample.pdf")
            if seconds < best:
                best, (result, run) = seconds, done
        assert result is not None
        report(f"sample's PDF briefing ({result.pdf_pages} pages, best of 2)", best, "s", 1.0,
               f"WeasyPrint {run.weasyprint_seconds:.1f} s, child CPU {run.cpu_seconds:.1f} s; {_load()}")
        seconds, _cpu, _result = _export(sample, html=root / "sample.html")
        report("sample's HTML recap", seconds, "s", None)


if __name__ == "__main__":  # pragma: no cover - handy while tuning: python -m storyweaver.bench.export 0.2
    def _print(name: str, value: float, unit: str, target: float | None = None, note: str = "") -> None:
        print(f"{name:<50} {value:8.3f} {unit:<4} {'' if target is None else f'< {target:g}'} {note}")

    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0, _print)
