"""Join the briefing's parts, each laid out by its own process, into one tagged PDF.

Each part was rendered by WeasyPrint with the page numbers it will have in the whole, so
what is left is the file's own bookkeeping, done as a single rendering would have done it:

- pages in order, each ``/StructParents`` its index in the whole;
- the structure tree: WeasyPrint puts every page's elements under one ``Document``
  element, so the parts' elements follow each other under the first part's; the parent
  tree gives pages the keys ``0..N-1`` and link annotations the keys after them, in order;
- bookmarks: the parts' top-level outline items follow each other;
- named destinations: one sorted tree; a part's stand-ins for anchors that live in
  another part (``stubs``) are dropped, so its links reach the real ones.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pikepdf


def merge_parts(parts: list[Path], output: Path, stubs: set[str]) -> int:
    """Write ``parts`` joined to ``output``; return the number of pages.  ``stubs`` are the
    anchors the first part only stands in for."""
    with pikepdf.open(parts[0]) as base:
        others = [pikepdf.open(path) for path in parts[1:]]
        try:
            _join(base, others, stubs)
            base.save(output, linearize=False)
            return len(base.pages)
        finally:
            for pdf in others:
                pdf.close()


def _join(base: pikepdf.Pdf, others: list[pikepdf.Pdf], stubs: set[str]) -> None:
    tree = base.Root.get("/StructTreeRoot")
    document = tree.K[0] if tree is not None else None
    pages_nums, annot_nums = _split_nums(base, tree, 0, len(base.pages))
    dests = [(str(name), dest) for name, dest in _dests(base) if str(name) not in stubs]
    outlines = _outline_items(base.Root.get("/Outlines"))

    for pdf in others:
        offset = len(base.pages)
        with warnings.catch_warnings():
            # pikepdf warns that named destinations are not carried over: they are, below.
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            base.pages.extend(pdf.pages)  # copied with the same map as every copy_foreign below
        for index in range(offset, len(base.pages)):
            if "/StructParents" in base.pages[index].obj:
                base.pages[index].obj.StructParents = index
        part_tree = pdf.Root.get("/StructTreeRoot")
        if part_tree is not None and document is not None:
            copied = base.copy_foreign(part_tree)
            for kid in copied.K[0].K:
                kid.P = document
                document.K.append(kid)
            more_pages, more_annots = _split_nums(base, copied, offset, len(base.pages))
            pages_nums.extend(more_pages)
            annot_nums.extend(more_annots)
        dests.extend((str(name), base.copy_foreign(pdf.make_indirect(dest))) for name, dest in _dests(pdf))
        part_outlines = pdf.Root.get("/Outlines")
        if part_outlines is not None:
            outlines.extend(_outline_items(base.copy_foreign(part_outlines)))

    if tree is not None:
        nums: list[Any] = []
        for key, value in pages_nums:
            nums.extend((key, value))
        for number, (annotation, element) in enumerate(annot_nums, start=len(base.pages)):
            annotation.StructParent = number
            nums.extend((number, element))
        tree.ParentTree = base.make_indirect(pikepdf.Dictionary(Nums=pikepdf.Array(nums)))
    if dests:
        names = pikepdf.Array()
        for name, dest in sorted(dests, key=lambda pair: pair[0]):
            names.append(pikepdf.String(name))
            names.append(dest)
        if "/Names" not in base.Root:
            base.Root.Names = pikepdf.Dictionary()
        base.Root.Names.Dests = base.make_indirect(pikepdf.Dictionary(Names=names))
    _chain_outlines(base, outlines)


def _split_nums(base: pikepdf.Pdf, tree: Any, offset: int, end: int
                ) -> tuple[list[tuple[int, Any]], list[tuple[Any, Any]]]:
    """A part's parent tree, its pages being ``base.pages[offset:end]``: (page key in the
    whole, the page's array), and (annotation, its structure element) in the part's order."""
    if tree is None or "/ParentTree" not in tree:
        return [], []
    count = end - offset
    annotations = {int(annot.StructParent): annot for page in base.pages[offset:end]
                   for annot in page.obj.get("/Annots", pikepdf.Array()) if "/StructParent" in annot}
    nums = list(tree.ParentTree.Nums)
    page_entries, annotation_entries = [], []
    for key, value in zip(nums[0::2], nums[1::2], strict=True):
        if int(key) < count:
            page_entries.append((int(key) + offset, value))
        elif int(key) in annotations:
            annotation_entries.append((annotations[int(key)], value))
    return page_entries, annotation_entries


def _dests(pdf: pikepdf.Pdf) -> list[tuple[Any, Any]]:
    names = pdf.Root.get("/Names")
    if names is None or "/Dests" not in names:
        return []
    flat = list(names.Dests.get("/Names", pikepdf.Array()))
    return list(zip(flat[0::2], flat[1::2], strict=True))


def _outline_items(root: Any) -> list[Any]:
    items = []
    item = root.get("/First") if root is not None else None
    while item is not None:
        items.append(item)
        item = item.get("/Next")
    return items


def _chain_outlines(base: pikepdf.Pdf, items: list[Any]) -> None:
    if not items:
        return
    root = base.Root.get("/Outlines")
    if root is None:
        root = base.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Outlines))
        base.Root.Outlines = root
    count = 0
    for index, item in enumerate(items):
        item.Parent = root
        if index:
            item.Prev = items[index - 1]
        elif "/Prev" in item:
            del item.Prev
        if index + 1 < len(items):
            item.Next = items[index + 1]
        elif "/Next" in item:
            del item.Next
        children = int(item.get("/Count", 0))
        count += 1 + max(0, children)
    root.First, root.Last, root.Count = items[0], items[-1], count
