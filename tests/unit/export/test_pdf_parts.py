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
    assert pdf_parts.spare_processor() is parts
