"""One part of a briefing laid out in its own process (see ``pdf_parts``), talking to the
parent in JSON lines: stdin brings page numbers, stdout tells what was laid out.

WeasyPrint lays out every page first and makes the page margins (running heads, "3 / 76")
afterwards, from each page's counter values.  That step is where a part learns its place in
the whole: the first time it runs, the part says how many pages it has and where its anchors
are, waits for its first page number and the total, and numbers its margins with them.
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


def laid_out(context: Any) -> tuple[int, dict[str, int]]:
    """(pages, {anchor: page index}) of a finished layout; WeasyPrint's page maker keeps one
    entry per page plus one for the page after the last, and each entry the anchors first
    found on its page."""
    makers = context.page_maker[:-1]
    anchors = {name: index for index, entry in enumerate(makers) for name in entry[-1]["anchors"]}
    return len(makers), anchors


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


def render_section_part(job: dict[str, Any], render: Render) -> dict[str, Any]:
    """Sections: say the layout, wait for the numbers, finish."""
    known: list[tuple[int, int]] = []

    def numbers(context: Any) -> tuple[int, int]:
        if not known:
            pages, anchors = laid_out(context)
            tell({"laid_out": pages, "anchors": anchors})
            answer = hear()
            known.append((int(answer["first"]), int(answer["total"])))
        return known[0]

    asked = number_margins(numbers)
    html = Path(job["html"]).read_text(encoding="utf-8")
    document = render(html, Path(job["output"]))
    check_numbered(asked, document)
    return {"pages": len(document.pages)}


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

    def render(html: str, output: Path, remote: dict[str, int] | None = None) -> Any:
        start = time.perf_counter()
        document = BriefingHTML(string=html, base_url=None, url_fetcher=fetcher).render()
        if remote:
            stubbed(document, remote)
        document.write_pdf(str(output), pdf_tags=bool(job.get("tags", False)))
        timing["weasyprint"] += time.perf_counter() - start
        return document

    role = job["role"]
    report = render_front_part(job, render) if role == "front" else render_section_part(job, render)
    return {**report, "weasyprint_seconds": timing["weasyprint"]}
