"""The TimelineJS export in the real TimelineJS viewer (@knight-lab/timelinejs from npm).

The viewer, the exported folder (timeline.json + images/) and a host page are served from
127.0.0.1; every slide must render its headline and its image, with no console error and
no request anywhere else.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyweaver.bench._export_story import build_demo_story, build_hostile_story
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.sample import build_sample
from storyweaver.store.project import Project

pytestmark = pytest.mark.browser
VIEWER = Path(__file__).resolve().parent / "node" / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Timeline</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/viewer/css/timeline.css"></head>
<body><div id="timeline" style="width:1200px;height:700px"></div>
<script src="/viewer/js/timeline.js"></script>
<script>
window.timeline = new TL.Timeline("timeline", "timeline.json", {script_path: "/viewer/js/", font: null});
window.timeline.on("loaded", () => { window.timelineLoaded = true; });
</script></body></html>"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    if not (VIEWER / "js" / "timeline.js").is_file():
        pytest.skip("TimelineJS is not installed: run `npm ci --prefix tests/e2e/node`")
    root = tmp_path / "site"
    root.mkdir()
    (root / "viewer").symlink_to(VIEWER, target_is_directory=True)
    (root / "index.html").write_text(PAGE, encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _visit_every_slide(browser, address: str, document: dict, *, visit: bool = True) -> tuple[list[str], list[str]]:
    context = browser.new_context(viewport={"width": 1280, "height": 760})
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    try:
        page.goto(address, wait_until="load")
        try:
            page.wait_for_function("window.timelineLoaded === true", timeout=15_000)
        except Exception:
            raise AssertionError(f"TimelineJS did not load: {errors} {page.inner_text('body')[:500]}") from None
        slides = [document["title"], *sorted(document["events"], key=_when)]
        assert page.evaluate("document.querySelectorAll('.tl-slide').length") == len(slides)
        for number, slide in enumerate(slides if visit else []):
            page.evaluate(f"window.timeline.goTo({number})")
            page.wait_for_timeout(120)
            current = page.locator(".tl-slide").nth(number)
            headline = current.locator(".tl-headline").first
            assert headline.is_visible(), f"slide {number} ({slide.get('unique_id')}) shows no headline"
            wanted = json.dumps(slide["text"]["headline"])
            assert page.evaluate(f"new DOMParser().parseFromString({wanted}, 'text/html').body.textContent") \
                == headline.text_content()
            if "media" in slide:
                image = current.locator("img.tl-media-image").first
                image.wait_for(state="visible", timeout=5_000)
                page.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=image.element_handle(),
                                       timeout=5_000)
                assert image.get_attribute("alt") == slide["media"]["alt"]
    finally:
        context.close()
    return requests, errors


def _when(event: dict) -> tuple[int, ...]:
    date = event["start_date"]
    return tuple(date.get(k, 0) for k in ("year", "month", "day", "hour", "minute", "second"))


@pytest.mark.parametrize("story", ["demo", "sample", "hostile"])
def test_every_slide_renders_in_timelinejs_with_nothing_leaving_the_machine(browser, serve, story, tmp_path,
                                                                           request):
    root, address = serve
    path = tmp_path / "p.storyweaver"
    if story == "demo":
        build_demo_story(path)
    elif story == "sample":
        build_sample(path)
    else:
        # TimelineJS lays out every slide at once: a few hundred is its working size, not thousands.
        build_hostile_story(path, request.getfixturevalue("vectors")[:40])
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(timeline=root, lang="en"))
    document = json.loads((root / "timeline.json").read_text(encoding="utf-8"))
    requests, errors = _visit_every_slide(browser, address, document, visit=story != "hostile")
    assert errors == []
    assert [u for u in requests if not u.startswith(address)] == []
