"""A long briefing laid out on two processors: its sections in two processes at once.

Every section starts a page, so the pages of a run of sections do not depend on what comes
before it; only the numbers printed on them do.  The briefing is cut where the template
marks it (a mark with a fresh random name, so no story text can forge one) into:

- the front (cover, summary, contents), laid out last, since the contents print the page
  where each section begins;
- each section, and the appendices (full texts, sources) as one more part, each its own
  document, shared between two processes that lay them out at once.

Each process says how many pages each of its parts has and where its anchors are, then
waits; the front is laid out with those numbers written into its contents; each part then
numbers its page margins from its first page in the whole, and the files are joined
(:mod:`pdf_merge`).  A test compares the result with a single process's: text, page
numbers, contents, bookmarks and tags.

Parts are kept between exports (:mod:`part_cache`): a part whose HTML, images and page
numbers are those of a kept one is not laid out again, and one whose layout is known but
whose page numbers moved is laid out again while the rest goes on.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import secrets
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyweaver.errors import Cancelled, ExportError
from storyweaver.export.part_cache import PartCache
from storyweaver.export.pdf_part_process import PartProcess
from storyweaver.export.pdf_warm import stop

MIN_SECTIONS = 2
MIN_HTML = 150_000  # below this (the sample is 60 kB), starting two more processes costs more than it saves
# The default theme's contents line, with the number written in instead of target-counter().
NUMBER_RULE = '.contents a[href={anchor}]::after{{content:leader(". ") {number}}}'


STAT = Path("/proc/stat")
IDLE_WINDOW = 0.1  # seconds the processors are watched for: 10 ticks each at Linux's 100 Hz


def spare_processor() -> bool:
    """Whether a second processor is free now.

    The parts cost about a fifth more processor time than one process (WeasyPrint started in
    each, the stylesheet read by each, the join): with a free core they finish sooner, on a
    busy machine later (BENCHMARKS.md, issue 19).  Where Linux says how busy its processors
    are, they are watched for a tenth of a second: the one-minute load average counts the
    export's own work of the last seconds (preparing the images, or the import the user just
    ran) and so kept an idle two-core machine to one process.  Elsewhere the load average it is.
    """
    count = os.cpu_count() or 1
    if count < 2:
        return False
    idle = idle_processors(IDLE_WINDOW)
    if idle is not None:
        # The renderer started ahead may be importing WeasyPrint meanwhile: half a core left
        # idle beside it means the other core is the machine's to give.
        return idle >= 0.5
    try:
        return os.getloadavg()[0] <= count - 1
    except (AttributeError, OSError):  # no load average (Windows): assume the machine is the user's
        return True


def idle_processors(window: float) -> float | None:
    """How many processors stood idle over ``window`` seconds, from /proc/stat; None elsewhere."""
    try:
        before = STAT.read_text(encoding="ascii")
        time.sleep(window)
        after = STAT.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    return idle_between(before, after, os.cpu_count() or 1)


def idle_between(before: str, after: str, count: int) -> float | None:
    """Idle processors between two readings of /proc/stat (its first line sums every processor:
    user nice system idle iowait irq softirq steal ...; idle and iowait are time nobody ran)."""
    try:
        old, new = ([int(v) for v in text.split("\n", 1)[0].split()[1:9]] for text in (before, after))
    except ValueError:
        return None
    spent = [b - a for a, b in zip(old, new, strict=False)]
    total = sum(spent)
    if len(spent) < 5 or total <= 0:
        return None
    return count * (spent[3] + spent[4]) / total


def new_mark() -> str:
    return "storyweaver-part-" + secrets.token_hex(8)


@dataclass(slots=True)
class Split:
    head: str  # up to and including <body>, the stylesheet in it
    front: str
    sections: list[str]  # each section, then the appendices
    tail: str


def split(html: str, mark: str) -> Split | None:
    """The briefing cut at its marks, or None if it is too small to be worth it."""
    start, end = html.find("<body>"), html.rfind("</body>")
    if start < 0 or end < 0 or len(html) < MIN_HTML:
        return None
    start += len("<body>")
    chunks = html[start:end].split(f"<!--{mark}-->")
    front, sections = chunks[0], chunks[1:]
    if len(sections) < MIN_SECTIONS:
        return None
    return Split(html[:start], front, sections, html[end:])


def _css_string(text: str) -> str:
    from storyweaver.export.pdf_part_child import css_string

    return css_string(text)



@dataclass(slots=True)
class _Part:
    """One section (or the appendices) of the briefing: its document, and what is known of it."""

    html: str
    path: Path  # where its PDF is, once laid out or taken from the cache
    key: str = ""  # in the cache ("" without one)
    pages: int = -1  # -1 until known (laid out, or the cache's facts)
    anchors: dict[str, int] = field(default_factory=dict)
    process: str = ""  # the process laying it out, if any
    first: int = 0  # its first page in the whole, and the whole's pages, once known
    total: int = 0
    done: bool = False  # its PDF is at ``path``

    def numbered(self) -> str:
        return f"{self.key}.n{self.first}-{self.total}"


class _Assembly:
    """The parts of one briefing, the processes laying them out, and the cache."""

    def __init__(self, work: Path, parts: Split, title: str, job: dict[str, Any], cache: PartCache | None,
                 early: subprocess.Popen[str] | None) -> None:
        running_title = f"html{{string-set:doc-title {_css_string(title)}}}"
        head = parts.head.replace("</style>", running_title + "</style>", 1)
        self.work, self.job, self.cache, self.early = work, job, cache, early
        self.parts = [_Part(head + html + parts.tail, work / f"part{n}.pdf") for n, html in enumerate(parts.sections)]
        self.front_html, self.front_links = parts.head + parts.front + parts.tail, parts.front
        self.front_key, self.front_pages, self.front_kept = "", -1, False
        self.remote: dict[str, int] = {}
        self.told: set[str] = set()  # processes given their parts' page numbers
        self.messages: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.processes: dict[str, PartProcess] = {}
        self.waiting: set[str] = set()  # processes whose end is still to come
        self.laid_out = 0  # parts laid out by this export (the others were kept)
        media, mimes = Path(job["media"]), job["mimes"]
        for part in self.parts:
            if cache is not None:
                part.key = cache.key(part.html, media, mimes)
                facts = cache.read_facts(part.key)
                if facts is not None and _is_layout(facts):
                    part.pages = int(facts["pages"])
                    part.anchors = {str(k): int(v) for k, v in facts["anchors"].items()}
                elif facts is not None:
                    cache.forget(part.key)

    def start(self, name: str, role: str, html: str | list[_Part]) -> None:
        job = {**self.job, "role": role, "number_rule": NUMBER_RULE, "output": str(self.work / f"{name}.pdf")}
        if isinstance(html, str):
            (self.work / f"{name}.html").write_text(html, encoding="utf-8")
            job["html"] = str(self.work / f"{name}.html")
        else:
            units = []
            for part in html:
                index = self.parts.index(part)
                (self.work / f"part{index}.html").write_text(part.html, encoding="utf-8")
                units.append({"html": str(self.work / f"part{index}.html"), "output": str(part.path)})
                part.process = name
            job["units"] = units
        early, self.early = self.early, None
        self.processes[name] = PartProcess(name, self.work, job, self.messages, early)
        self.waiting.add(name)

    def start_sections(self, prefix: str, parts: list[_Part], workers: int) -> None:
        groups: list[list[_Part]] = [[] for _ in range(min(workers, len(parts)))]
        for part in sorted(parts, key=lambda p: -len(p.html)):  # the largest first, to the lightest process
            min(groups, key=lambda g: sum(len(p.html) for p in g)).append(part)
        for n, group in enumerate(groups):
            group.sort(key=self.parts.index)
            self.start(f"{prefix}{n}", "units", group)
            self.laid_out += len(group)

    def front_seen(self) -> bool:
        """Whether a front of this HTML was kept before: then it is likely kept for these
        page numbers too (an edit seldom moves them), and its process is not started early."""
        return self.cache is not None and self.cache.read_facts(self.front_seen_key()) is not None

    def front_seen_key(self) -> str:
        assert self.cache is not None
        return self.cache.key(self.front_html, Path(self.job["media"]), self.job["mimes"], "seen")

    def stop(self, name: str) -> None:
        self.waiting.discard(name)
        self.processes[name].stop()

    def close(self) -> None:
        for process in self.processes.values():
            process.stop()
        if self.early is not None:
            stop(self.early)


def _is_layout(facts: dict[str, Any]) -> bool:
    """Whether kept facts are a part's layout (anything else is treated as not kept)."""
    pages, anchors = facts.get("pages"), facts.get("anchors")
    return (isinstance(pages, int) and pages > 0 and isinstance(anchors, dict)
            and all(isinstance(page, int) and 0 <= page < pages for page in anchors.values()))


def render_in_parts(work: Path, parts: Split, title: str, base_job: dict[str, Any], output: Path, *,
                    timeout: float, cancel: threading.Event | None,
                    early: subprocess.Popen[str] | None = None, cache: PartCache | None = None,
                    workers: int = 2) -> dict[str, Any]:
    """Lay out ``parts`` (the kept ones taken from ``cache``) and join them into ``output``;
    return a report like a single child's (``ok`` False and the failing child's report when
    one failed)."""
    from storyweaver.export.pdf_merge import merge_parts

    assembly = _Assembly(work, parts, title, base_job, cache, early)
    start = time.perf_counter()
    reports: list[dict[str, Any]] = []
    try:
        fresh = [part for part in assembly.parts if part.pages < 0]
        if fresh:
            assembly.start_sections("sections", fresh, workers)
            if not assembly.front_seen():  # it imports WeasyPrint meanwhile (a kept front would make it useless)
                assembly.start("front", "front", assembly.front_html)
        _front_when_laid_out(assembly)
        while assembly.waiting or assembly.front_pages < 0 or not all(part.done for part in assembly.parts):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if time.perf_counter() - start > timeout:
                raise ExportError("export-timeout", seconds=int(timeout))
            try:
                name, message = assembly.messages.get(timeout=0.05)
            except queue.Empty:
                continue
            if name not in assembly.waiting:
                continue  # a front the cache made useless, stopped
            if message is None:
                assembly.waiting.discard(name)
                report = assembly.processes[name].report()
                if not report.get("ok"):
                    return report
                reports.append(report)
                if name == "front":
                    assembly.front_pages = int(report["pages"])
                    _number_parts(assembly)
                else:
                    for part in assembly.parts:
                        part.done = part.done or part.process == name
            elif "laid_out_units" in message:
                mine = [part for part in assembly.parts if part.process == name]
                for part, (pages, anchors) in zip(mine, message["laid_out_units"], strict=True):
                    if part.pages >= 0 and part.pages != int(pages):  # laid out again for its numbers
                        return {"ok": False, "error": "layout", "reason": "a kept part's layout changed"}
                    part.pages, part.anchors = int(pages), {str(k): int(v) for k, v in anchors.items()}
                _front_when_laid_out(assembly)
                if assembly.front_pages >= 0:
                    _send_numbers(assembly, name)
        pages = merge_parts([work / "front.pdf", *[part.path for part in assembly.parts]], output,
                            stubs=set(assembly.remote))
        _keep(assembly)
    finally:
        assembly.close()
    return {
        "ok": True,
        "pages": pages,
        "weasyprint_seconds": time.perf_counter() - start,
        "peak_mib": sum(float(r.get("peak_mib", 0.0)) for r in reports),
        "cpu_seconds": sum(float(r.get("cpu_seconds", 0.0)) for r in reports),
        "refused": [a for r in reports for a in r.get("refused", [])],
        "warnings": [w for r in reports for w in r.get("warnings", [])][:50],
        "parts": [assembly.front_pages, *[part.pages for part in assembly.parts]],
        "laid_out_parts": assembly.laid_out,
        "front_laid_out": not assembly.front_kept,
        "damaged_parts": cache.damaged if cache is not None else 0,
    }


def _front_when_laid_out(assembly: _Assembly) -> None:
    """Once every section's pages are known: the front from the cache, or its process told
    where the sections landed (started now if it was not)."""
    if assembly.front_key or any(part.pages < 0 for part in assembly.parts):
        return
    rest, offset, remote = sum(part.pages for part in assembly.parts), 0, {}
    for part in assembly.parts:
        remote.update({a: offset + p for a, p in part.anchors.items() if f'href="#{a}"' in assembly.front_links})
        offset += part.pages
    assembly.remote = remote
    cache = assembly.cache
    if cache is not None:
        extra = json.dumps([rest, sorted(remote.items())])
        assembly.front_key = cache.key(assembly.front_html, Path(assembly.job["media"]), assembly.job["mimes"], extra)
        facts = cache.read_pdf(assembly.front_key + ".front", assembly.work / "front.pdf")
        if facts is not None and isinstance(facts.get("pages"), int):
            if "front" in assembly.processes:
                assembly.stop("front")
            assembly.front_kept = True
            assembly.front_pages = int(facts["pages"])
            _number_parts(assembly)
            return
    assembly.front_key = assembly.front_key or "-"
    if "front" not in assembly.processes:
        assembly.start("front", "front", assembly.front_html)
    assembly.processes["front"].send({"rest": rest, "remote": remote})


def _number_parts(assembly: _Assembly) -> None:
    """Every part's first page and the total, now that the front's length is known; the
    kept parts printed with other numbers are laid out again."""
    total = assembly.front_pages + sum(part.pages for part in assembly.parts)
    first = assembly.front_pages + 1
    again = []
    for part in assembly.parts:
        part.first, part.total = first, total
        first += part.pages
        if part.process:
            continue
        cache = assembly.cache
        kept = cache.read_pdf(part.numbered(), part.path) if cache is not None else None
        if kept is not None and kept.get("pages") == part.pages:
            part.done = True
        else:
            if cache is not None and kept is not None:
                cache.forget(part.numbered())  # not the pages its layout says: laid out again
            again.append(part)
    if again:
        assembly.start_sections("again", again, 2)
    for name in {part.process for part in assembly.parts if part.process}:
        _send_numbers(assembly, name)


def _send_numbers(assembly: _Assembly, name: str) -> None:
    """A process's page numbers, once they and its parts' lengths are known (its parts laid
    out again for their numbers have known lengths: they hear at once, and check them)."""
    mine = [part for part in assembly.parts if part.process == name]
    if name not in assembly.told and all(part.total and part.pages >= 0 for part in mine):
        assembly.told.add(name)
        assembly.processes[name].send({"numbers": [[part.first, part.total] for part in mine]})


def _keep(assembly: _Assembly) -> None:
    """The parts laid out by this export, and its front, into the cache (if it can take
    them: a full disk, or a cache cleared meanwhile, costs the next export time, not this one)."""
    with contextlib.suppress(OSError):
        _keep_in(assembly)


def _keep_in(assembly: _Assembly) -> None:
    cache = assembly.cache
    if cache is None:
        return
    for part in assembly.parts:
        if part.process:
            cache.write_facts(part.key, {"pages": part.pages, "anchors": part.anchors})
            cache.write_pdf(part.numbered(), part.path, {"pages": part.pages})
    if not assembly.front_kept and assembly.front_key not in ("", "-"):
        cache.write_pdf(assembly.front_key + ".front", assembly.work / "front.pdf", {"pages": assembly.front_pages})
        cache.write_facts(assembly.front_seen_key(), {})
    cache.prune()
