"""How the briefing tests read a PDF back and compare two renderings of it (pypdf, pikepdf),
and how they export it in parts or in one process and find the renderer processes left.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest

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
