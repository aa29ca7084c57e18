"""The recap as a fragment inside a stock page whose global styles conflict with it.

Computed styles are compared element by element: inside the fragment, in the hostile host
page and in a blank page (nothing of the host reaches in); in the host page, with and
without the fragment (nothing of the fragment reaches out).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweaver.bench._export_story import build_demo_story
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

pytestmark = pytest.mark.browser
# What a WordPress or Drupal theme does to every page: element-wide rules, a 10px root,
# classes the recap also uses.
HOST_CSS = """
html { font-size: 10px; }
body { font-family: "Comic Sans MS", cursive; color: rgb(255, 0, 0); background: rgb(0, 0, 0); margin: 30px; }
* { box-sizing: content-box; }
p { margin: 40px; font-size: 30px; color: rgb(0, 128, 0); line-height: 3; }
img { border: 12px solid rgb(0, 0, 255); padding: 5px; }
h1, h2, h3 { text-transform: uppercase; letter-spacing: 5px; }
a { color: rgb(255, 0, 255); }
div { padding: 7px; }
ol, ul { list-style: square; margin: 33px; }
.card, .title, .page, .body, .section-title, .masthead { background: rgb(255, 255, 0); border: 9px dashed red; }
article header { display: none; }
"""
HOST_BODY = """<header><h1 class="site">Network news</h1><p class="site">Our site's own words.</p></header>
<div class="card site-card">The site's own card</div><ul class="site"><li>one</li></ul>
<main>{fragment}</main><footer><p class="site">Footer</p><a class="site" href="#">Link</a></footer>"""
# Not horizontal margins: "margin: 0 auto" resolves to the width the host leaves, which is layout.
PROPERTIES = ["color", "background-color", "font-family", "font-size", "font-weight", "line-height",
              "margin-top", "margin-bottom", "padding-top", "padding-left", "border-top-width", "border-top-style",
              "box-sizing", "display", "text-transform", "letter-spacing", "list-style-type", "position"]
STYLES = """(args) => {
  const [selector, properties] = args;
  return Array.from(document.querySelectorAll(selector)).map((el) => {
    const style = getComputedStyle(el);
    return el.tagName + "." + el.className + " " + properties.map((p) => p + "=" + style.getPropertyValue(p)).join(";");
  });
}"""


def page(css: str, body: str) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>'
            f'<link rel="icon" href="data:,"><style>{css}</style></head><body>{body}</body></html>')


@pytest.fixture(scope="module")
def fragment(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("fragment")
    path = build_demo_story(folder / "demo.storyweaver")
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=folder / "fragment.html", fragment=True, lang="en"))
    return (folder / "fragment.html").read_text(encoding="utf-8")


def styles(browser, html: str, tmp_path: Path, selector: str) -> tuple[list[str], list[str]]:
    path = tmp_path / f"page{abs(hash(html))}.html"
    path.write_text(html, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    try:
        tab = context.new_page()
        tab.on("request", lambda r: requests.append(r.url))
        tab.goto(path.as_uri(), wait_until="load")
        return tab.evaluate(STYLES, [selector, PROPERTIES]), [
            u for u in requests if u != path.as_uri() and not u.startswith("data:")]
    finally:
        context.close()


def test_the_fragment_is_a_single_scoped_container(fragment):
    assert fragment.startswith('<div id="storyweaver-recap"') and fragment.rstrip().endswith("</div>")
    assert "<html" not in fragment and "<body" not in fragment and "<head>" not in fragment
    assert fragment.count("<style>") == 1 and "<script" not in fragment


def test_host_styles_do_not_reach_into_the_fragment(browser, fragment, tmp_path):
    inside = "#storyweaver-recap, #storyweaver-recap *"
    alone, _ = styles(browser, page("", fragment), tmp_path, inside)
    hosted, requests = styles(browser, page(HOST_CSS, HOST_BODY.format(fragment=fragment)), tmp_path, inside)
    assert len(alone) > 100
    differences = [
        (a.split(" ")[0], [(x, y) for x, y in zip(a.split(";"), h.split(";"), strict=True) if x != y])
        for a, h in zip(alone, hosted, strict=True) if a != h]
    assert differences == []
    assert requests == []


def test_the_fragment_does_not_reach_out_into_the_host(browser, fragment, tmp_path):
    host = ("body, body > header, body > header *, .site-card, ul.site, ul.site li, body > footer, "
            "body > footer *, body > main")
    without, _ = styles(browser, page(HOST_CSS, HOST_BODY.format(fragment="")), tmp_path, host)
    with_it, _ = styles(browser, page(HOST_CSS, HOST_BODY.format(fragment=fragment)), tmp_path, host)
    assert without == with_it
    assert any("color=rgb(255, 0, 0)" in s for s in with_it)  # the host's own styles do apply to it
