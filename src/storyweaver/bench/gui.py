"""The editor at campaign scale: cold start to first paint, a 50,000-item project opened and
painted, filtering as you type, and the event loop's responsiveness while an import writes."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Any

from storyweaver.bench import Report, capture_links
from storyweaver.bench._measure import compiled_as_installed, run_child
from storyweaver.bench.capture_posts import make_archive
from storyweaver.bench.store import campaign_posts
from storyweaver.core.model import Block, BlockType, Media

NAME = "gui"
ORDER = 60
WORDS = "impunity member12"
CAPTURE_FILES = 10  # and as many pages: the torture suite's "20 concurrent imports and unfurls"


def _thumbnail(n: int) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (160, 100), ((n * 37) % 255, (n * 91) % 255, 140))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def build_project(path: Path, count: int) -> None:
    """``count`` campaign posts, one in 250 with a picture, and a 300-item story."""
    from storyweaver.store.project import Project

    project = Project.create(path, title="Bench campaign")
    with project.transaction():
        thumbs = [project.put_blob(_thumbnail(n), "image/jpeg") for n in range(40)]
        items = list(campaign_posts(count))
        for n, item in enumerate(items):
            if n % 250 == 0:
                item.media = [Media("image", thumbs[n % 40], None, 160, 100, mime="image/jpeg")]
        ids = project.library.add(items).added
        step = max(1, len(ids) // 300)
        for item_id in ids[::step][:300]:
            project.story.append(Block(BlockType.ITEM, item_id=item_id))
    project.close()


def _photos(folder: Path, count: int) -> Path:
    """A folder of camera-sized JPEGs, imported through the real capture pipeline."""
    from PIL import Image

    folder.mkdir()
    for n in range(count):
        image = Image.new("RGB", (1600, 1066), ((n * 53) % 255, (n * 29) % 255, (n * 17) % 255))
        image.save(folder / f"photo-{n:04d}.jpg", "JPEG", quality=85)
    return folder


def _capture_files(folder: Path, files: int, posts: int) -> Path:
    """``files`` twarc2 files of ``posts`` different posts each (one file cut in pieces)."""
    from storyweaver.bench.capture_posts import make_twarc2

    folder.mkdir()
    whole = folder / "whole.json"
    make_twarc2(whole, files * posts, per_page=100)
    lines = whole.read_text(encoding="utf-8").splitlines(keepends=True)
    whole.unlink()
    per_file = max(1, len(lines) // files)
    for n in range(files):
        (folder / f"search-{n:02d}.jsonl").write_text("".join(lines[n * per_file:(n + 1) * per_file]),
                                                      encoding="utf-8")
    return folder


def _probe(path: Path, load: int, *extra: str) -> tuple[dict[str, Any], float]:
    """Run the editor probe; ``extra``: photo folder, capture folder, server address, archive."""
    _seconds, peak, out = run_child(
        "import sys\nfrom storyweaver.bench._gui_probe import main\n"
        "main(sys.argv[1], sys.argv[2], int(sys.argv[3]), *sys.argv[4:8])",
        str(path), WORDS, str(load), *extra,
    )
    return json.loads(out.strip().splitlines()[-1]), peak


def run(scale: float, report: Report) -> None:
    count = max(1000, int(50_000 * scale))
    load = max(500, int(20_000 * scale))
    with tempfile.TemporaryDirectory(prefix="storyweaver-bench-gui-") as folder:
        from storyweaver.sample import build_sample

        sample = Path(folder) / "sample.storyweaver"
        build_sample(sample)
        compiled = compiled_as_installed()
        small, small_peak = _probe(sample, 200)
        report("cold start to first paint (sample)", small["cold_to_paint"], "s", 0.5,
               f"fresh interpreter, imports included, story and library painted with thumbnails; "
               f"CPU {small['cold_cpu']:.2f} s; {compiled}")
        report("  editor peak memory (sample, with its load and typing runs)", small_peak, "MiB", None)
        big = Path(folder) / "big.storyweaver"
        build_project(big, count)
        photos = _photos(Path(folder) / "photos", max(20, int(150 * scale)))
        captures = _capture_files(Path(folder) / "captures", CAPTURE_FILES, max(100, int(1500 * scale)))
        archive = Path(folder) / "twitter-archive.zip"
        make_archive(archive, count)
        with capture_links.slow_server() as base:
            figures, peak = _probe(big, load, str(photos), str(captures), base, str(archive))
    report(f"open {count:,}-item project and see it", figures["open_to_paint"], "s", 1.5,
           "Project.open, story load, newest items indexed, first paint of both views")
    report(f"cold start to first paint ({count:,} items)", figures["cold_to_paint"], "s", None)
    report(f"open {count:,}-item project until every item is searchable", figures["open_to_full_index"], "s", None,
           "the newest items show first; the whole index is built on a worker")
    strokes = sorted(figures["keystrokes_ms"])
    report(f"filter as you type, worst keystroke ({count:,} items)", strokes[-1], "ms", 100.0,
           f"{len(strokes)} keystrokes of {WORDS!r}, filter + repaint; median {strokes[len(strokes) // 2]:.1f} ms")
    report(f"event-loop lateness while {load:,} items are written, worst", figures["lateness_max_ms"], "ms", 100.0,
           f"p95 {figures['lateness_p95_ms']:.1f} ms over {int(figures['probes'])} probes of a 10 ms timer; "
           f"the write took {figures['load_seconds']:.1f} s on a worker connection")
    folder = figures.get("folder_import") or {}
    if folder:
        report("event-loop lateness while a photo folder imports, worst", folder["max_ms"], "ms", 100.0,
               f"p95 {folder['p95_ms']:.1f} ms; real capture pipeline (decode, thumbnails, store) on a worker, "
               f"{folder['seconds']:.1f} s")
    _report_typing(report, f"during {2 * CAPTURE_FILES} captures while typing",
                   figures.get("captures_while_typing"),
                   f"{CAPTURE_FILES} twarc2 files and {CAPTURE_FILES} pages @200 ms, parsed in capture children, "
                   "an edit every 25 ms")
    _report_typing(report, f"importing a {count:,}-post X archive while typing", figures.get("archive_while_typing"),
                   "an edit every 250 ms")
    for step, figures_of in (figures.get("undo_redo_archive") or {}).items():
        report(f"event-loop lateness during {step} of that import, worst", figures_of["max_ms"], "ms", 100.0,
               f"p95 {figures_of['p95_ms']:.1f} ms, {int(figures_of['over_100ms'])} of {int(figures_of['probes'])} "
               f"probes over 100 ms; written by the editor's writer thread, then the library pane refreshed "
               f"({int(figures_of['shown']):,} items shown) after {figures_of['seconds']:.1f} s")
    report(f"library refresh after the import ({int(figures['items']):,} items)", figures["reload_seconds"], "s", 1.0)
    steps = ", ".join(f"{step} {mib:.0f}" for step, mib in (figures.get("peak_mib_after") or {}).items())
    report("editor peak memory (big project)", peak, "MiB", 400.0,
           f"after a {count:,}-post import, its undo and redo; peak after each step (MiB): {steps}")


def _report_typing(report: Report, what: str, typing: dict[str, Any] | None, load: str) -> None:
    if not typing:
        return
    report(f"event-loop lateness {what}, worst", typing["max_ms"], "ms", 100.0,
           f"p95 {typing['p95_ms']:.1f} ms, {int(typing['over_100ms'])} of {int(typing['probes'])} probes over "
           f"100 ms (worst at {typing['worst_at_s']:.2f} s); {load}; {int(typing['items_added']):,} items added, "
           f"{int(typing['edits'])} edits, {int(typing['edits_lost'])} lost; {typing['seconds']:.1f} s")
