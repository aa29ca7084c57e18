"""Chromium's print-to-PDF of the briefing's own HTML and images: the floor the briefing's
time is measured against (issue 19), when Debian's chromium and Playwright are installed."""

from __future__ import annotations

import time
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def chromium_print_seconds(work: Path, runs: int = 2) -> float | None:
    """Best of ``runs`` prints of ``work/briefing.html`` by a running Chromium (a new page,
    loaded from the file with its images, printed to A4), or None without Chromium.

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
    best = float("inf")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            for _ in range(runs):
                start = time.perf_counter()
                page = browser.new_page()
                page.goto(page_file.as_uri(), wait_until="load")
                page.pdf(path=str(work / "chromium.pdf"), format="A4", prefer_css_page_size=True)
                page.close()
                best = min(best, time.perf_counter() - start)
        finally:
            browser.close()
    return best
