"""Parts of a briefing laid out in their own process (see ``pdf_parts``), talking to the
parent in JSON lines: stdin brings page numbers, stdout tells what was laid out.

WeasyPrint lays out every page first and makes the page margins (running heads, "3 / 76")
afterwards, from each page's counter values.  That step is where a part learns its place in
the whole.  A process of sections lays out each of its parts (one document each) with the
margins left out, says how many pages each has and where its anchors are, waits for each
one's first page number and the total, then makes the margins and writes each PDF.  The
front (cover, summary, contents) waits for the sections' page numbers before it is laid out.
"""

from __future__ import annotations

import copy
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Numbers = Callable[[Any], tuple[int, int]]
Render = Callable[..., Any]  # (html, output, remote anchors=None) -> WeasyPrint's document


def tell(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def hear() -> dict[str, Any]:
    line = sys.stdin.readline()
    if not line:
        raise SystemExit(4)  # the parent is gone
    message: dict[str, Any] = json.loads(line)
    return message


class MarginsNotNumbered(RuntimeError):
    """WeasyPrint laid the part out without asking us for its page numbers: the internal we
    patch is no longer how it makes page margins, so the part's numbers would be wrong."""


def number_margins(numbers: Numbers) -> list[bool]:
    """Make WeasyPrint's margin boxes count from the part's first page in the whole; the list
    returned is filled once WeasyPrint has asked (see :func:`check_numbered`)."""
    import weasyprint.layout as layout

    make = layout.make_margin_boxes  # AttributeError if WeasyPrint renamed it: the parent falls back
    asked: list[bool] = []

    def numbered(context: Any, page: Any, state: Any) -> Any:
        asked[:] = [True]
        first, total = numbers(context)
        state = copy.deepcopy(state)
        values = state[1]
        values["page"] = [values["page"][-1] + first - 1]
        values["pages"] = [total]
        return make(context, page, state)

    layout.make_margin_boxes = numbered
    return asked


def check_numbered(asked: list[bool], document: Any) -> None:
    if document.pages and not asked:
        raise MarginsNotNumbered("WeasyPrint made the page margins without weasyprint.layout.make_margin_boxes")


def defer_margins() -> list[tuple[Any, Any, int, Any]]:
    """Make WeasyPrint leave out page margins for now and note what it needed to make them;
    :func:`add_margins` makes them once the part's page numbers are known.  So one process
    can lay out several parts before it learns where any of them falls in the whole."""
    import weasyprint.layout as layout

    layout.make_margin_boxes  # noqa: B018 - AttributeError if WeasyPrint renamed it: the parent falls back
    pending: list[tuple[Any, Any, int, Any]] = []

    def deferred(context: Any, page: Any, state: Any) -> list[Any]:
        pending.append((context, page, int(context.current_page), copy.deepcopy(state)))
        return []

    layout.make_margin_boxes = deferred
    return pending


def add_margins(pending: list[tuple[Any, Any, int, Any]], first: int, total: int) -> None:
    """The page margins WeasyPrint would have made, numbered from ``first`` of ``total``
    (the same boxes, in the same place among the page's children, as in one rendering)."""
    from weasyprint.layout import page as page_layout
    from weasyprint.layout.background import layout_backgrounds

    for context, page, number, state in pending:
        context.current_page = number
        values = state[1]
        values["page"] = [values["page"][-1] + first - 1]
        values["pages"] = [total]
        page.children = (*page.children, *page_layout.make_margin_boxes(context, page, state))
        layout_backgrounds(page, context.get_image_from_uri)


def render_units(job: dict[str, Any], lay_out: Callable[[str], Any], write: Callable[[Any, Path], None]
                 ) -> dict[str, Any]:
    """Several parts, each its own document: lay them all out, say their pages and anchors,
    wait for their page numbers, then write each one's PDF."""
    laid: list[tuple[Any, list[tuple[Any, Any, int, Any]]]] = []
    for unit in job["units"]:
        pending = defer_margins()
        document = lay_out(Path(unit["html"]).read_text(encoding="utf-8"))
        if document.pages and not pending:
            raise MarginsNotNumbered("WeasyPrint made the page margins without weasyprint.layout.make_margin_boxes")
        laid.append((document, pending))
    facts = []
    for document, _pending in laid:
        anchors: dict[str, int] = {}
        for index, page in enumerate(document.pages):
            for name in page.anchors:
                anchors.setdefault(name, index)
        facts.append([len(document.pages), anchors])
    tell({"laid_out_units": facts})
    numbers = hear()["numbers"]
    for (document, pending), unit, (first, total) in zip(laid, job["units"], numbers, strict=True):
        add_margins(pending, int(first), int(total))
        write(document, Path(unit["output"]))
    return {"pages": sum(len(document.pages) for document, _pending in laid)}


def render_front_part(job: dict[str, Any], render: Render) -> dict[str, Any]:
    """The cover, summary and contents: wait for where the sections landed, then lay out
    with their page numbers written in (again if the front's own length was guessed wrong)."""
    order = hear()  # {"rest": pages after the front, "remote": {anchor: page in the rest, from 0}}
    rest, remote = int(order["rest"]), {k: int(v) for k, v in order["remote"].items()}
    html = Path(job["html"]).read_text(encoding="utf-8")
    asked = number_margins(lambda context: (1, len(context.page_maker) - 1 + rest))
    guess = int(job.get("guess", 3))
    for _attempt in range(4):
        css = "".join(job["number_rule"].format(anchor=css_string("#" + name), number=css_string(str(guess + page + 1)))
                      for name, page in remote.items())
        document = render(html.replace("</style>", css + "</style>", 1), Path(job["output"]), remote)
        if len(document.pages) == guess:
            break
        guess = len(document.pages)
    check_numbered(asked, document)
    return {"pages": len(document.pages)}


def css_string(text: str) -> str:
    """``text`` as a CSS string that nothing in it can end (every other character escaped)."""
    return '"' + "".join(c if c.isascii() and c.isalnum() else f"\\{ord(c):06x}" for c in text) + '"'


def stubbed(document: Any, remote: dict[str, int]) -> Any:
    """Stand-in anchors on the last page, so WeasyPrint keeps the links to other parts."""
    last = document.pages[-1]
    for name in remote:
        last.anchors.setdefault(name, (0, 0, 0, 0))
    return document


def run(job: dict[str, Any], fetcher: Any, warnings: list[str]) -> dict[str, Any]:
    from storyweaver.export.lean_ua import BriefingHTML

    timing = {"weasyprint": 0.0}

    def lay_out(html: str) -> Any:
        start = time.perf_counter()
        document = BriefingHTML(string=html, base_url=None, url_fetcher=fetcher).render()
        timing["weasyprint"] += time.perf_counter() - start
        return document

    def write(document: Any, output: Path) -> None:
        start = time.perf_counter()
        document.write_pdf(str(output), pdf_tags=bool(job.get("tags", False)))
        timing["weasyprint"] += time.perf_counter() - start

    def render(html: str, output: Path, remote: dict[str, int] | None = None) -> Any:
        document = lay_out(html)
        if remote:
            stubbed(document, remote)
        write(document, output)
        return document

    report = render_front_part(job, render) if job["role"] == "front" else render_units(job, lay_out, write)
    return {**report, "weasyprint_seconds": timing["weasyprint"]}
