"""A long briefing laid out on two processors: its sections in two processes at once.

Every section starts a page, so the pages of a run of sections do not depend on what comes
before it; only the numbers printed on them do.  The briefing is cut where the template
marks it (a mark with a fresh random name, so no story text can forge one) into:

- the front (cover, summary, contents), laid out last, since the contents print the page
  where each section begins;
- two runs of sections, the sources appendix with the last one (it carries on that
  section's running head), laid out at once.

Each run says how many pages it has and where its anchors are, then waits; the front is
laid out with those numbers written into its contents; each run then numbers its page
margins from its first page in the whole, and the three files are joined
(:mod:`pdf_merge`).  A test compares the result with a single process's: text, page
numbers, contents, bookmarks and tags.
"""

from __future__ import annotations

import json
import os
import queue
import secrets
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from storyweaver.child_process import child_environment, module_command
from storyweaver.errors import Cancelled, ExportError
from storyweaver.export.pdf_warm import stop

MIN_SECTIONS = 2
MIN_HTML = 150_000  # below this (the sample is 60 kB), starting two more processes costs more than it saves
# The default theme's contents line, with the number written in instead of target-counter().
NUMBER_RULE = '.contents a[href={anchor}]::after{{content:leader(". ") {number}}}'


def spare_processor() -> bool:
    """Whether a second processor is free now (load average at most the processors less one).

    The parts cost about a fifth more processor time than one process (three starts of
    WeasyPrint, the stylesheet read three times, the join): with a free core they finish
    sooner, on a busy machine later (BENCHMARKS.md, issue 19).
    """
    count = os.cpu_count() or 1
    if count < 2:
        return False
    try:
        return os.getloadavg()[0] <= count - 1
    except (AttributeError, OSError):  # no load average (Windows): assume the machine is the user's
        return True


def new_mark() -> str:
    return "storyweaver-part-" + secrets.token_hex(8)


@dataclass(slots=True)
class Split:
    head: str  # up to and including <body>, the stylesheet in it
    front: str
    runs: list[str]  # two runs of sections, the sources appendix ending the last
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
    # Two runs of about the same size (the size of the HTML follows the work well enough).
    total = sum(map(len, sections))
    cut, size = 1, len(sections[0])
    while cut < len(sections) - 1 and size + len(sections[cut]) / 2 < total / 2:
        size += len(sections[cut])
        cut += 1
    return Split(html[:start], front, ["".join(sections[:cut]), "".join(sections[cut:])], html[end:])


def _css_string(text: str) -> str:
    from storyweaver.export.pdf_part_child import css_string

    return css_string(text)


class _Child:
    def __init__(self, name: str, work: Path, job: dict[str, Any], messages: queue.Queue[tuple[str, Any]],
                 early: subprocess.Popen[str] | None = None) -> None:
        self.name = name
        self.work = work
        self.report_path = work / f"{name}.report.json"
        job = {**job, "report": str(self.report_path)}
        (work / f"{name}.job.json").write_text(json.dumps(job), encoding="utf-8")
        self.log = open(work / f"{name}.log", "wb")  # noqa: SIM115 - closed in stop()
        if early is not None:  # started early (pdf_warm), waiting for its job's path
            self.process = early
            self.send_line(str(work / f"{name}.job.json"))
        else:
            self.process = subprocess.Popen(
                module_command("storyweaver.export.pdf_child", str(work / f"{name}.job.json")),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, cwd=work,
                env=child_environment(network=False), text=True, encoding="utf-8",
            )
        self.listener = threading.Thread(target=self._listen, args=(self.process.stdout, messages), daemon=True)
        self.listener.start()

    def _listen(self, stream: IO[str] | None, messages: queue.Queue[tuple[str, Any]]) -> None:
        assert stream is not None
        for line in stream:
            try:
                messages.put((self.name, json.loads(line)))
            except ValueError:
                continue  # not ours (a library printing): the report file is what counts
        messages.put((self.name, None))

    def send(self, message: dict[str, Any]) -> None:
        self.send_line(json.dumps(message))

    def send_line(self, line: str) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(line + "\n")
            self.process.stdin.flush()
        except OSError:
            pass  # it died: its report says why

    def report(self) -> dict[str, Any]:
        code = self.process.wait()
        report: dict[str, Any] = (json.loads(self.report_path.read_text(encoding="utf-8"))
                                  if self.report_path.is_file() else {})
        report.setdefault("exit", code)
        return report

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.listener.join(timeout=5)  # the pipe ends with the process
        stop(self.process)
        self.log.close()


def render_in_parts(work: Path, parts: Split, title: str, base_job: dict[str, Any], output: Path, *,
                    timeout: float, cancel: threading.Event | None,
                    early: subprocess.Popen[str] | None = None) -> dict[str, Any]:
    """Lay out ``parts`` in three processes and join them into ``output``; return a report like
    a single child's (``ok`` False and the failing child's report when one failed)."""
    from storyweaver.export.pdf_merge import merge_parts

    running_title = f"html{{string-set:doc-title {_css_string(title)}}}"
    files = {
        "front": parts.head + parts.front + parts.tail,
        "run1": parts.head.replace("</style>", running_title + "</style>", 1) + parts.runs[0] + parts.tail,
        "run2": parts.head.replace("</style>", running_title + "</style>", 1) + parts.runs[1] + parts.tail,
    }
    messages: queue.Queue[tuple[str, Any]] = queue.Queue()
    children: dict[str, _Child] = {}
    start = time.perf_counter()
    try:
        for name, html in files.items():
            (work / f"{name}.html").write_text(html, encoding="utf-8")
            job = {**base_job, "role": "front" if name == "front" else "run", "html": str(work / f"{name}.html"),
                   "output": str(work / f"{name}.pdf"), "number_rule": NUMBER_RULE}
            children[name] = _Child(name, work, job, messages, early if name == "run1" else None)
        laid: dict[str, dict[str, Any]] = {}
        remote: dict[str, int] = {}
        ended: set[str] = set()
        front_pages = 0
        while len(ended) < len(children):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if time.perf_counter() - start > timeout:
                raise ExportError("export-timeout", seconds=int(timeout))
            try:
                name, message = messages.get(timeout=0.05)
            except queue.Empty:
                continue
            if message is None:
                ended.add(name)
                report = children[name].report()
                if not report.get("ok"):
                    return report
                if name == "front":
                    front_pages = int(report["pages"])
                    _number_runs(children, laid, front_pages)
            elif "laid_out" in message:
                laid[name] = message
                if len(laid) == 2:
                    n1 = int(laid["run1"]["laid_out"])
                    remote.update(laid["run1"]["anchors"])
                    remote.update({a: n1 + p for a, p in laid["run2"]["anchors"].items()})
                    remote = {a: p for a, p in remote.items() if f'href="#{a}"' in parts.front}
                    children["front"].send({"rest": n1 + int(laid["run2"]["laid_out"]), "remote": remote})
        reports = [children[name].report() for name in files]
        pages = merge_parts([work / f"{name}.pdf" for name in files], output, stubs=set(remote))
    finally:
        for child in children.values():
            child.stop()
        if early is not None and "run1" not in children:
            stop(early)
    return {
        "ok": True,
        "pages": pages,
        "weasyprint_seconds": time.perf_counter() - start,
        "peak_mib": sum(float(r.get("peak_mib", 0.0)) for r in reports),
        "cpu_seconds": sum(float(r.get("cpu_seconds", 0.0)) for r in reports),
        "refused": [a for r in reports for a in r.get("refused", [])],
        "warnings": [w for r in reports for w in r.get("warnings", [])][:50],
        "parts": [int(r.get("pages", 0)) for r in reports],
    }


def _number_runs(children: dict[str, _Child], laid: dict[str, dict[str, Any]], front_pages: int) -> None:
    n1, n2 = int(laid["run1"]["laid_out"]), int(laid["run2"]["laid_out"])
    total = front_pages + n1 + n2
    children["run1"].send({"first": front_pages + 1, "total": total})
    children["run2"].send({"first": front_pages + n1 + 1, "total": total})
