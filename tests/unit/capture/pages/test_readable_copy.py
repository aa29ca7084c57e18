"""Every captured page keeps a readable copy (its main text, sanitised) and the page as
fetched with its response headers, in the project, checked by ``check`` like any blob."""

from __future__ import annotations

import gzip
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from storyweaver.capture.context import CaptureContext, MemorySink
from storyweaver.capture.dispatch import capture_sources
from storyweaver.capture.http import HttpClient
from storyweaver.capture.pages.capture import page_card
from storyweaver.capture.pages.original import read_original
from storyweaver.core.readable_html import sanitise
from storyweaver.store.check import check_project
from storyweaver.store.project import Project
from storyweaver.store.readables import readable_html

PARAGRAPH = ("Reporters gathered at the courthouse on Sunday evening to remember the journalists killed "
             "this year, reading their names aloud while candles burned on the steps. ")
# A news page as sites serve them: menus, a hostile script and handler, an image with a
# relative address, a javascript: link and an iframe inside the article, and a footer.
ARTICLE = f"""<!DOCTYPE html><html lang="en"><head><title>Vigil report | Example News</title>
<script>window.tracker = 1;</script><style>p {{ color: red }}</style></head><body>
<nav><ul><li><a href="/home">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<article><h1>Vigil for the journalists killed this year</h1>
<p onclick="alert(1)">{PARAGRAPH * 3}</p>
<p>{PARAGRAPH} Read <a href="/report.pdf">the full report</a> or
<a href="javascript:alert(2)">this trap</a>.</p>
<figure><img src="/img/candles.jpg" alt="Candles on the courthouse steps" onerror="alert(3)"></figure>
<blockquote><p>We will not forget them, said the union's secretary, quoted in full here.</p></blockquote>
<ul><li>Seventeen names were read aloud.</li><li>Families travelled from four countries.</li></ul>
<iframe src="https://tracker.example/embed"></iframe>
<p>{PARAGRAPH * 2}</p></article>
<footer>Copyright Example News footer furniture</footer></body></html>"""


def ctx(**kwargs: object) -> CaptureContext:
    return CaptureContext(http=HttpClient(timeout=5, backoff=0.01), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "pages.storyweaver", title="Pages") as created:
        yield created


def _captured(project: Project) -> tuple[int, str, bytes]:
    (item_id,) = [row[0] for row in project.query("SELECT id FROM items WHERE kind = 'link'")]
    item = project.library.get(item_id)
    assert item is not None and item.readable is not None
    markup = readable_html(project, item)
    original = project.get_blob(item.readable.original_sha256 or "")
    assert markup is not None and original is not None
    return item_id, markup, original[0]


def test_a_fetched_page_keeps_its_main_text_sanitised_and_the_page_with_its_headers(
        httpserver: HTTPServer, project: Project) -> None:
    httpserver.expect_request("/vigil").respond_with_data(
        ARTICLE, content_type="text/html; charset=utf-8", headers={"X-Served-By": "cache-7"})
    report = capture_sources(project, [httpserver.url_for("/vigil")], ctx())
    assert not report.failures
    item_id, markup, original = _captured(project)
    assert "reading their names aloud" in markup and "<blockquote>" in markup and "<li>" in markup
    for hostile in ("<script", "onclick", "onerror", "javascript:", "<iframe", "<img", "<style", "tracker"):
        assert hostile not in markup
    # The image is a reference (a link to it, named by its description); links are absolute.
    assert f'href="{httpserver.url_for("/img/candles.jpg")}"' in markup
    assert "Candles on the courthouse steps</a>" in markup
    assert f'href="{httpserver.url_for("/report.pdf")}"' in markup
    assert "footer furniture" not in markup and "World news menu" not in markup
    fields, block = read_original(original)
    assert fields["WARC-Type"] == "response" and fields["WARC-Target-URI"] == httpserver.url_for("/vigil")
    head, _, body = block.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK") and b"x-served-by: cache-7" in head.lower()
    assert body == ARTICLE.encode("utf-8")
    copy = project.library.get(item_id).readable  # type: ignore[union-attr]
    assert copy is not None and copy.extractor.startswith("trafilatura ") and copy.words > 80
    assert copy.failure is None
    assert check_project(project.path) == []


def test_check_finds_a_readable_copy_that_was_tampered_with(httpserver: HTTPServer, project: Project) -> None:
    httpserver.expect_request("/vigil").respond_with_data(ARTICLE, content_type="text/html")
    capture_sources(project, [httpserver.url_for("/vigil")], ctx())
    item_id, _markup, _original = _captured(project)
    copy = project.library.get(item_id).readable  # type: ignore[union-attr]
    assert copy is not None
    path = project.path
    project.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE blobs SET data = CAST('<p>forged</p>' AS BLOB), size = 13 WHERE sha256 = ?",
                     (copy.html_sha256,))
        conn.execute("DELETE FROM blobs WHERE sha256 = ?", (copy.original_sha256,))
    conn.close()
    problems = {(p.code, p.detail.split(":")[0].split(" ")[0]) for p in check_project(path)}
    assert ("blob-hash", copy.html_sha256) in problems
    assert ("missing-blob", copy.original_sha256) in problems


def test_a_saved_page_gets_the_same_copy_with_the_file_as_its_original(tmp_path: Path, project: Project) -> None:
    saved = tmp_path / "vigil.html"
    saved.write_text(ARTICLE, encoding="utf-8")
    report = capture_sources(project, [str(saved)], CaptureContext())
    assert not report.failures
    _item_id, markup, original = _captured(project)
    assert "reading their names aloud" in markup
    fields, block = read_original(original)
    assert fields["WARC-Type"] == "resource" and block == ARTICLE.encode("utf-8")


def test_a_5_mb_page_keeps_its_card_and_a_copy_of_its_first_part(httpserver: HTTPServer, project: Project) -> None:
    filler = "".join(f'<div class="related"><a href="/n/{i}">Related story number {i}</a></div>'
                     for i in range(80_000))
    page = ARTICLE.replace("<footer>", filler + "<footer>")
    assert len(page) > 5 * 1024 * 1024
    httpserver.expect_request("/big").respond_with_data(page, content_type="text/html")
    report = capture_sources(project, [httpserver.url_for("/big")], ctx())
    assert not report.failures and len(report.added) == 1
    _item_id, markup, original = _captured(project)
    assert "reading their names aloud" in markup
    assert len(gzip.decompress(original)) > 5 * 1024 * 1024  # the whole page is kept as fetched


def test_an_extraction_failure_keeps_the_card_and_the_page_as_fetched(
        httpserver: HTTPServer, project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura.core

    # Stands in for a crash of the third-party extractor on a hostile page (none is known
    # that reproduces on every version); everything around it is the real capture.
    def broken(*_args: object, **_kwargs: object) -> str:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura.core, "bare_extraction", broken)
    httpserver.expect_request("/vigil").respond_with_data(ARTICLE, content_type="text/html")
    report = capture_sources(project, [httpserver.url_for("/vigil")], ctx())
    assert not report.failures and len(report.added) == 1
    item = project.library.get(report.added[0])
    assert item is not None and item.title and item.readable is not None
    assert item.readable.html_sha256 is None and item.readable.failure == "RecursionError"
    assert item.readable.original_sha256 and project.has_blob(item.readable.original_sha256)


def test_a_page_without_main_text_says_so_and_keeps_its_card() -> None:
    sink = MemorySink()
    page = b"<html><head><title>Empty shell</title></head><body><script>app()</script></body></html>"
    item = page_card(page, sink, CaptureContext(), fetched_url=None, address="https://example.org/shell",
                     method="saved-page", online=False)
    assert item.title == "Empty shell" and item.readable is not None
    assert item.readable.html_sha256 is None and item.readable.failure == "no-main-text"


@pytest.mark.parametrize("hostile", [
    '<a href="javascript:alert(1)">x</a>', '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<img src="https://tracker.example/pixel.gif">', '<p style="background:url(https://t.example/)">x</p>',
    '<svg><image href="https://t.example/i"/></svg>', '<link rel="stylesheet" href="https://t.example/s.css">',
    '<object data="https://t.example/o"></object>', '<p class="x" id="y" onmouseover="alert(1)">x</p>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
])
def test_sanitising_leaves_nothing_that_loads_or_runs(hostile: str) -> None:
    clean = sanitise(hostile).lower()
    for word in ("javascript:", "data:", "<img", "style", "<svg", "<link", "<object", "onmouseover", "onerror",
                 "class=", "id=", "https://t"):
        assert word not in clean


def _only_allowed(markup: str) -> None:
    """Every element and attribute of ``markup`` is on the readable copy's allow-list."""
    import lxml.html

    from storyweaver.core.readable_html import ATTRIBUTES, TAGS, URL_SCHEMES

    if not markup.strip():
        return
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    for element in root.iterdescendants():
        if not isinstance(element.tag, str):  # a comment or processing instruction
            raise AssertionError(f"{element!r} left in {markup!r}")
        assert element.tag in TAGS, (element.tag, markup)
        for name, value in element.attrib.items():
            assert name in ATTRIBUTES.get(element.tag, set()) | ({"rel"} if element.tag == "a" else set()), markup
            if name == "href":
                assert value.split(":", 1)[0].lower() in URL_SCHEMES, markup


def test_every_hostile_vector_comes_out_of_a_copy_on_the_allow_list(vectors: list[str]) -> None:
    from storyweaver.capture.pages.readable import main_text_html

    for vector in vectors:
        _only_allowed(sanitise(vector))
    # And through the whole extraction, inside an article (a sample: the extractor is slower).
    for vector in vectors[::7]:
        page = f"<html><body><article><p>{PARAGRAPH * 2}</p><p>{vector}</p><p>{PARAGRAPH}</p></article></body></html>"
        _only_allowed(main_text_html(page.encode("utf-8", "replace"), "https://example.org/a") or "")


def test_the_page_as_fetched_reads_again_into_the_same_copy(httpserver: HTTPServer, project: Project) -> None:
    from storyweaver.capture.pages.original import page_bytes
    from storyweaver.capture.pages.readable import main_text_html

    httpserver.expect_request("/vigil").respond_with_data(ARTICLE, content_type="text/html")
    capture_sources(project, [httpserver.url_for("/vigil")], ctx())
    _item_id, markup, original = _captured(project)
    assert main_text_html(page_bytes(original), httpserver.url_for("/vigil")) == markup


def test_icon_font_characters_are_left_out_of_a_copy() -> None:
    assert sanitise("<p>\ue80b 30 Min. \uf017 normal</p>") == "<p> 30 Min.  normal</p>"
