"""Chromium's print-to-PDF of the briefing's own HTML and images: the floor the briefing's
time is measured against (issue 19), when Debian's chromium and Playwright are installed."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import NamedTuple

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


class Floor(NamedTuple):
    seconds: float
    cpu_seconds: float  # Chromium's own processes (browser, renderers, utilities), the driver left out


def chromium_cpu_seconds() -> float:
    """Processor time of the Chromium processes descended from this one, from ``/proc``, with
    that of their children already ended (a print starts a renderer and utility processes
    that end with the page: read before, they were missed, and a print seemed to cost
    0.4 s one time and 3 s the next).

    On a shared machine wall times say more about the neighbours than about the work; the
    processor time of each side can be compared in any load (Linux only: 0 elsewhere)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in Path("/proc").iterdir() if Path("/proc/self/stat").exists() else ():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        name, fields = stat[stat.index("(") + 1:stat.rindex(")")], stat[stat.rindex(")") + 2:].split()
        parents[int(entry.name)] = int(fields[1])
        if "chrom" in name:
            cpu[int(entry.name)] = sum(int(value) for value in fields[11:15]) / ticks  # utime stime cutime cstime
    me = os.getpid()

    def ours(pid: int) -> bool:
        while pid > 1:
            pid = parents.get(pid, 0)
            if pid == me:
                return True
        return False

    return sum(seconds for pid, seconds in cpu.items() if ours(pid))


def chromium_print_seconds(work: Path, runs: int = 2) -> Floor | None:
    """Best of ``runs`` prints of ``work/briefing.html`` by a running Chromium (a new page,
    loaded from the file with its images, printed to A4), or None without Chromium; with
    the least processor time of those prints.

    The browser's start is not counted: a user's browser is already running, and the
    briefing's own time does not count starting Python either.
    """
    if not CHROMIUM.exists():
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    from storyweaver.export.briefing import SCHEME

    page_file = work / "chromium.html"
    page_file.write_text((work / "briefing.html").read_text(encoding="utf-8").replace(SCHEME, "media/"),
                         encoding="utf-8")
    best = Floor(float("inf"), 0.0)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            for _ in range(runs):
                start, cpu = time.perf_counter(), chromium_cpu_seconds()
                page = browser.new_page()
                page.goto(page_file.as_uri(), wait_until="load")
                page.pdf(path=str(work / "chromium.pdf"), format="A4", prefer_css_page_size=True)
                seconds = time.perf_counter() - start
                page.close()
                time.sleep(0.3)  # the page's processes end and are counted in their parents
                cpu = chromium_cpu_seconds() - cpu
                best = Floor(min(best.seconds, seconds), min(best.cpu_seconds, cpu) if best.cpu_seconds else cpu)
        finally:
            browser.close()
    return best
