"""The HTML recap opened in a real browser: inert, self-contained, responsive and accessible."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from storyweaver.bench._export_story import build_demo_story, build_hostile_story
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

pytestmark = pytest.mark.browser
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@dataclass
class Visit:
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def open_recap(browser, html: Path, width: int):
    context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=True)
    page = context.new_page()
    visit = Visit()
    page.on("request", lambda r: visit.requests.append(r.url))
    page.on("console", lambda m: visit.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: visit.page_errors.append(str(e)))

    def on_dialog(dialog):
        visit.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(html.as_uri(), wait_until="load")
    page.wait_for_timeout(200)  # let any late load or timer fire, if one were there
    return context, page, visit


def foreign(visit: Visit, html: Path) -> list[str]:
    return [u for u in visit.requests if u != html.as_uri() and not u.startswith("data:")]


@pytest.fixture(scope="module")
def demo_recap(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("recap")
    path = build_demo_story(folder / "demo.storyweaver")
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=folder / "recap.html"))
    return folder / "recap.html"


@pytest.mark.parametrize("width", [360, 390, 1280])
def test_the_recap_loads_nothing_runs_nothing_and_never_scrolls_sideways(browser, demo_recap, width, tmp_path):
    context, page, visit = open_recap(browser, demo_recap, width)
    try:
        assert foreign(visit, demo_recap) == []
        assert visit.console_errors == [] and visit.page_errors == [] and visit.dialogs == []
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{overflow}px of sideways scroll at {width}px"
        shot = tmp_path / f"recap-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
    finally:
        context.close()


def test_arabic_posts_read_right_to_left(browser, demo_recap):
    context, page, _visit = open_recap(browser, demo_recap, 390)
    try:
        assert page.evaluate("getComputedStyle(document.querySelector('.body[lang=ar]')).direction") == "rtl"
        assert page.evaluate("getComputedStyle(document.querySelector('.body[lang=en]')).direction") == "ltr"
    finally:
        context.close()


def axe_violations(browser, html: Path, width: int, axe_source: str) -> list[dict]:
    context, page, _visit = open_recap(browser, html, width)
    try:
        page.evaluate(axe_source)  # evaluated by the test harness; the page itself may run no script
        return page.evaluate(
            "async (tags) => { const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});"
            " return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3)"
            ".map(n => n.target.join(' ') + ' ' + n.failureSummary)})); }",
            WCAG,
        )
    finally:
        context.close()


def test_the_axe_harness_does_report_a_violation(browser, axe_source, tmp_path):
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html><head><title>t</title></head><body><main>'
                    '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>')
    assert "image-alt" in [v["id"] for v in axe_violations(browser, page, 390, axe_source)]


def test_axe_finds_no_wcag_22_a_or_aa_violation(browser, demo_recap, axe_source):
    for width in (390, 1280):
        assert axe_violations(browser, demo_recap, width, axe_source) == []


@pytest.fixture(scope="module")
def sample_recap(tmp_path_factory) -> Path:
    sample = pytest.importorskip("storyweaver.sample", reason="the bundled sample is not in this build yet")
    folder = tmp_path_factory.mktemp("sample")
    sample.build_sample(folder / "sample.storyweaver")
    with Project.open(folder / "sample.storyweaver", readonly=True) as project:
        export_story(project, ExportOptions(html=folder / "sample.html"))
    return folder / "sample.html"


def test_the_samples_recap_is_inert_and_accessible(browser, sample_recap, axe_source):
    context, page, visit = open_recap(browser, sample_recap, 390)
    try:
        assert foreign(visit, sample_recap) == [] and visit.console_errors == [] and visit.dialogs == []
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    finally:
        context.close()
    for width in (390, 1280):
        assert axe_violations(browser, sample_recap, width, axe_source) == []


def test_every_hostile_vector_stays_inert_in_the_browser(browser, vectors, tmp_path):
    path = build_hostile_story(tmp_path / "h.storyweaver", vectors)
    html = tmp_path / "h.html"
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=html))
    context, page, visit = open_recap(browser, html, 390)
    try:
        page.mouse.move(100, 100)
        page.keyboard.press("Tab")
        page.wait_for_timeout(300)
        assert visit.dialogs == []
        assert visit.page_errors == []
        assert foreign(visit, html) == []
        assert page.evaluate("document.scripts.length") == 0
        assert visit.console_errors == []
    finally:
        context.close()


def test_a_folder_recap_shows_its_images_under_its_policy(browser, tmp_path):
    path = build_demo_story(tmp_path / "demo.storyweaver")
    site = tmp_path / "site"
    site.mkdir()
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=site))
    index = site / "index.html"
    context, page, visit = open_recap(browser, index, 1280)
    try:
        assert visit.console_errors == [] and visit.page_errors == []
        assert all(u.startswith((site.as_uri(), "data:")) for u in visit.requests), visit.requests
        broken = page.evaluate("[...document.images].filter(i => !i.complete || i.naturalWidth === 0).length")
        assert broken == 0
    finally:
        context.close()


def test_a_published_full_text_is_inert_readable_and_accessible(browser, axe_source, tmp_path):
    from tests.unit.export.test_full_texts import story_with_full_texts

    path = story_with_full_texts(tmp_path)
    html = tmp_path / "full.html"
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=html))
    context, page, visit = open_recap(browser, html, 360)
    try:
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")  # the reader opens it
        page.wait_for_timeout(200)
        assert page.locator("details .readable").inner_text().count("We will not forget them") == 1
        assert foreign(visit, html) == [] and visit.console_errors == [] and visit.dialogs == []
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    finally:
        context.close()
    for width in (390, 1280):
        assert axe_violations(browser, html, width, axe_source) == []
