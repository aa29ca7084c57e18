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

import pikepdf
import pypdf
import pytest

from storyweaver.bench._export_story import build_demo_story, build_scaled_story
from storyweaver.errors import Cancelled
from storyweaver.export import pdf_parts
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project


def export(project_path: Path, target: Path, *, in_parts: bool, monkeypatch: pytest.MonkeyPatch) -> Path:
    with monkeypatch.context() as patch:
        if in_parts:
            patch.setattr(pdf_parts, "MIN_HTML", 0)
            patch.setattr(pdf_parts, "spare_processor", lambda: True)  # whatever the machine's load
        else:
            patch.setattr(pdf_parts, "split", lambda html, mark: None)
        calls: list[object] = []
        original = pdf_parts.render_in_parts
        patch.setattr(pdf_parts, "render_in_parts", lambda *a, **k: calls.append(a) or original(*a, **k))
        with Project.open(project_path, readonly=True) as project:
            export_story(project, ExportOptions(lang="en", pdf=target))
        assert bool(calls) == in_parts
    return target


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def bookmarks(path: Path) -> list[tuple[int, str, int]]:
    reader = pypdf.PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


def destinations(path: Path) -> dict[str, int]:
    reader = pypdf.PdfReader(path)
    return {name: reader.get_destination_page_number(dest) for name, dest in reader.named_destinations.items()}


def links_and_tags(path: Path) -> dict[str, Any]:
    with pikepdf.open(path) as pdf:
        page_of = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
        links = []
        for index, page in enumerate(pdf.pages):
            for annot in page.obj.get("/Annots", pikepdf.Array()):
                target = annot.get("/Dest")
                uri = annot.A.get("/URI") if "/A" in annot else None
                links.append((index, str(target) if target is not None else None, str(uri) if uri else None,
                              [round(float(v), 2) for v in annot.Rect], int(annot.get("/StructParent", -1))))
        tree: list[tuple[int, str, Any]] = []

        def walk(node: Any, depth: int) -> None:
            if isinstance(node, pikepdf.Dictionary) and "/S" in node:
                page = node.get("/Pg")
                tree.append((depth, str(node.S), page_of.get(page.objgen) if page is not None else None))
                kids = node.get("/K")
                for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
                    walk(kid, depth + 1)
            elif isinstance(node, pikepdf.Dictionary):  # a link annotation's reference (OBJR)
                tree.append((depth, "OBJR", int(node.Obj.StructParent)))
            else:
                tree.append((depth, "MCID", int(node)))

        root = pdf.Root.StructTreeRoot
        walk(root.K[0], 0)
        nums = list(root.ParentTree.Nums)
        parents = [(int(key), [str(e.S) for e in value] if isinstance(value, pikepdf.Array) else str(value.S))
                   for key, value in zip(nums[0::2], nums[1::2], strict=True)]
        return {
            "links": links,
            "tree": tree,
            "parent tree": parents,
            "page keys": [int(page.obj.StructParents) for page in pdf.pages],
            "lang": str(pdf.Root.Lang),
            "marked": bool(pdf.Root.MarkInfo.Marked),
            "title": str(pdf.docinfo.get("/Title")),
        }


def assert_same_document(single: Path, parts: Path) -> None:
    texts = page_texts(single)
    assert page_texts(parts) == texts
    assert bookmarks(parts) == bookmarks(single)
    assert destinations(parts) == destinations(single)
    assert links_and_tags(parts) == links_and_tags(single)


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
    assert cut is not None and cut.runs[0].startswith("<section>0") and cut.runs[1].endswith("2</section>")


def our_renderers() -> list[int]:
    """This process's PDF children still alive (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            status = (entry / "status").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("PPid:")), 0)
        if ppid == os.getpid() and b"storyweaver.export.pdf_child" in command:
            found.append(int(entry.name))
    return found


@pytest.mark.slow
def test_cancelling_a_briefing_in_parts_stops_every_part_and_writes_nothing(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    story = build_scaled_story(tmp_path / "long.storyweaver", 90, 9)
    monkeypatch.setattr(pdf_parts, "MIN_HTML", 0)
    monkeypatch.setattr(pdf_parts, "spare_processor", lambda: True)
    target = tmp_path / "briefing.pdf"
    cancel = threading.Event()
    started = threading.Event()
    original = pdf_parts._Child.__init__

    def starting(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        started.set()

    monkeypatch.setattr(pdf_parts._Child, "__init__", starting)
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
