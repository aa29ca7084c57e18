"""When laying a briefing out in parts fails, the export still makes the same briefing in one
process; when the parts run out of time, it stops them and says so in one line.

The failures are real: the renderer processes are started with a ``sitecustomize`` module
on their path that changes the WeasyPrint they import (as a new WeasyPrint version would),
or a part's process is killed from outside while it works.  Real WeasyPrint, real
processes, real files.
"""

from __future__ import annotations

import os
import signal
import tempfile
import threading
import time
from pathlib import Path

import pytest

from storyweaver.bench._export_story import build_demo_story, build_scaled_story
from storyweaver.errors import ExportError
from storyweaver.export import briefing, pdf_parts
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project
from tests.unit.export.pdf_documents import assert_same_document, export, our_renderers

# A WeasyPrint whose layout no longer goes through ``weasyprint.layout.make_margin_boxes``:
# ``layout_document`` is rebuilt on a private copy of its module's names, so WeasyPrint
# itself still works while the name the parts patch is gone or is no longer called.
CHANGED_WEASYPRINT = '''
import types
import weasyprint.document as document
import weasyprint.layout as layout

original = layout.layout_document
document.layout_document = types.FunctionType(
    original.__code__, dict(vars(layout)), original.__name__, original.__defaults__, original.__closure__)
'''
RENAMED = CHANGED_WEASYPRINT + "del layout.make_margin_boxes\n"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo story and its briefing made by one process with the real WeasyPrint."""
    folder = tmp_path_factory.mktemp("demo")
    story = build_demo_story(folder / "demo.storyweaver")
    with pytest.MonkeyPatch.context() as patch:
        single = export(story, folder / "single.pdf", in_parts=False, monkeypatch=patch)
    return story, single


def renderers_see(monkeypatch: pytest.MonkeyPatch, folder: Path, code: str) -> None:
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(code, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, (str(folder), os.environ.get("PYTHONPATH")))))


def export_with_fallback(story: Path, target: Path, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Export ``story`` as a long briefing would be (in parts); return the single-process
    renderings that followed."""
    singles: list[object] = []
    original = briefing.run_child
    monkeypatch.setattr(briefing, "run_child", lambda *a, **k: singles.append(a) or original(*a, **k))
    export(story, target, in_parts=True, monkeypatch=monkeypatch)
    return singles


@pytest.mark.parametrize("weasyprint", [RENAMED, CHANGED_WEASYPRINT], ids=["internal-missing", "internal-not-called"])
def test_a_weasyprint_without_the_internal_the_parts_patch_falls_back_to_one_process(
        demo: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, weasyprint: str) -> None:
    story, single = demo
    renderers_see(monkeypatch, tmp_path / "site", weasyprint)
    target = tmp_path / "briefing.pdf"
    assert len(export_with_fallback(story, target, monkeypatch)) == 1
    assert_same_document(single, target)  # text, contents page numbers, bookmarks, links, tags
    assert our_renderers() == []


def kill_when_started(job_name: str, killed: list[int], stop: threading.Event) -> None:
    """Kill (SIGKILL, as a crash would end it) the renderer that takes ``job_name``."""
    while not stop.is_set() and not killed:
        for pid in our_renderers():
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if job_name.encode() in command:
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
        time.sleep(0.01)


def test_a_part_that_crashes_falls_back_to_one_process(demo: tuple[Path, Path], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    story, single = demo
    killed: list[int] = []
    stop = threading.Event()
    watcher = threading.Thread(target=kill_when_started, args=("sections1.job.json", killed, stop), daemon=True)
    watcher.start()
    target = tmp_path / "briefing.pdf"
    try:
        singles = export_with_fallback(story, target, monkeypatch)
    finally:
        stop.set()
        watcher.join()
    assert killed and len(singles) == 1
    assert_same_document(single, target)
    assert our_renderers() == []


def test_parts_past_their_time_limit_are_stopped_with_one_clear_line(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # 120 items: about 4 s of layout in all, which no machine does in the 1 s allowed.
    story = build_scaled_story(tmp_path / "story.storyweaver", 120, 12)
    monkeypatch.setattr(pdf_parts, "MIN_HTML", 0)
    monkeypatch.setattr(pdf_parts, "spare_processor", lambda: True)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))  # the renderers' work folders
    parts: list[object] = []
    original = pdf_parts.render_in_parts
    monkeypatch.setattr(pdf_parts, "render_in_parts", lambda *a, **k: parts.append(a) or original(*a, **k))
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"%PDF- the briefing exported yesterday")
    with Project.open(story, readonly=True) as project, pytest.raises(ExportError) as failure:
        export_story(project, ExportOptions(lang="en", pdf=target, pdf_timeout=1.0))
    assert parts, "the briefing was not laid out in parts"
    message = str(failure.value)
    assert failure.value.code == "export-timeout" and "\n" not in message and "1 s" in message
    assert our_renderers() == []
    assert target.read_bytes() == b"%PDF- the briefing exported yesterday"  # the old one, untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf", "story.storyweaver", "tmp"]  # no partial
    assert list(temporary.iterdir()) == []  # the parts' files are gone with their folder
