"""A briefing laid out in parts (pdf_parts) is the same document as one laid out by a single
process: the text of every page (running heads, "n / total", the contents' page numbers),
bookmarks, named destinations, links, and the tagged structure (elements, their pages,
marked-content ids, the parent tree, each page's and link's key).

Real WeasyPrint, real child processes, real files; pikepdf and pypdf read them back.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from storyweaver.bench._export_story import build_demo_story, build_scaled_story
from storyweaver.errors import Cancelled
from storyweaver.export import pdf_parts
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project
from tests.unit.export.pdf_documents import assert_same_document, bookmarks, export, our_renderers, page_texts


def test_the_demo_briefing_in_parts_is_the_single_process_briefing(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    story = build_demo_story(tmp_path / "demo.storyweaver")
    single = export(story, tmp_path / "single.pdf", in_parts=False, monkeypatch=monkeypatch)
    parts = export(story, tmp_path / "parts.pdf", in_parts=True, monkeypatch=monkeypatch)
    assert_same_document(single, parts)
    texts = page_texts(parts)
    total = len(texts)
    assert all(f"{n} / {total}" in text for n, text in enumerate(texts[1:], start=2))  # numbered across parts
    # The contents point at the pages where the sections (laid out in other processes) start.
    marks = bookmarks(parts)
    assert len(marks) >= 5 and all(page >= 3 for _depth, _title, page in marks[2:])


@pytest.mark.slow
def test_a_long_briefing_in_parts_is_the_single_process_briefing(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    story = build_scaled_story(tmp_path / "long.storyweaver", 90, 9)
    single = export(story, tmp_path / "single.pdf", in_parts=False, monkeypatch=monkeypatch)
    parts = export(story, tmp_path / "parts.pdf", in_parts=True, monkeypatch=monkeypatch)
    assert_same_document(single, parts)
    assert len(page_texts(parts)) >= 20


def test_the_cut_needs_the_marks_of_this_rendering() -> None:
    mark, other = pdf_parts.new_mark(), pdf_parts.new_mark()
    body = "".join(f"<!--{other}--><section>{n}</section>" for n in range(3))  # forged or stale marks
    html = "<html><head><style></style></head><body>" + "x" * pdf_parts.MIN_HTML + body + "</body></html>"
    assert pdf_parts.split(html, mark) is None
    cut = pdf_parts.split(html.replace(other, mark), mark)
    assert cut is not None and [part[:10] for part in cut.sections] == ["<section>0", "<section>1", "<section>2"]


@pytest.mark.slow
def test_cancelling_a_briefing_in_parts_stops_every_part_and_writes_nothing(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    story = build_scaled_story(tmp_path / "long.storyweaver", 90, 9)
    monkeypatch.setattr(pdf_parts, "MIN_HTML", 0)
    monkeypatch.setattr(pdf_parts, "spare_processor", lambda: True)
    target = tmp_path / "briefing.pdf"
    cancel = threading.Event()
    started = threading.Event()
    original = pdf_parts.PartProcess.__init__

    def starting(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        started.set()

    monkeypatch.setattr(pdf_parts.PartProcess, "__init__", starting)
    threading.Thread(target=lambda: (started.wait(30) and time.sleep(1.0)) or cancel.set(), daemon=True).start()
    with Project.open(story, readonly=True) as project, pytest.raises(Cancelled):
        export_story(project, ExportOptions(lang="en", pdf=target), cancel_event=cancel)
    assert not target.exists() and not list(tmp_path.glob(".*briefing*"))
    assert our_renderers() == []


@pytest.mark.parametrize(("cores", "load", "parts"), [(2, 0.4, True), (2, 1.5, False), (8, 6.5, True), (1, 0.0, False)])
def test_parts_only_when_a_processor_is_free(monkeypatch: pytest.MonkeyPatch, cores: int, load: float,
                                             parts: bool) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(pdf_parts, "STAT", Path("/nonexistent/stat"))  # a system without /proc/stat
    assert pdf_parts.spare_processor() is parts


# The first line of /proc/stat (proc(5)): cpu user nice system idle iowait irq softirq steal guest guest_nice
_STAT = "cpu  {user} 0 {system} {idle} {iowait} 0 3 0 0 0\ncpu0 1 2 3 4 5 6 7 8 9 10\nintr 1 2 3\n"


@pytest.mark.parametrize(("busy", "idle", "free"), [(0, 20, 2.0), (10, 10, 1.0), (14, 6, 0.6), (20, 0, 0.0)])
def test_idle_processors_are_read_from_the_time_nobody_ran(busy: int, idle: int, free: float) -> None:
    before = _STAT.format(user=1000, system=500, idle=9000, iowait=100)
    after = _STAT.format(user=1000 + busy // 2, system=500 + busy - busy // 2, idle=9000 + idle - 2, iowait=102)
    assert pdf_parts.idle_between(before, after, 2) == pytest.approx(free)


def test_unreadable_or_unchanged_readings_fall_back_to_the_load_average(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    same = _STAT.format(user=1, system=1, idle=1, iowait=1)
    assert pdf_parts.idle_between(same, same, 2) is None
    assert pdf_parts.idle_between("cpu  x y z", same, 2) is None
    frozen = tmp_path / "stat"
    frozen.write_text(same)
    monkeypatch.setattr(pdf_parts, "STAT", frozen)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (1.7, 1.7, 1.7))
    assert pdf_parts.spare_processor() is False
    monkeypatch.setattr(os, "getloadavg", lambda: (0.3, 0.3, 0.3))
    assert pdf_parts.spare_processor() is True


def test_this_machines_processors_are_watched_when_linux_says_how_busy_they_are() -> None:
    if not pdf_parts.STAT.exists():
        pytest.skip("no /proc/stat")
    idle = pdf_parts.idle_processors(0.05)
    assert idle is not None and 0.0 <= idle <= (os.cpu_count() or 1)
