"""Capturing web addresses into a real project, from a real local server."""

from __future__ import annotations

import hashlib
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image
from pytest_httpserver import HTTPServer

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.capture.http import HttpClient
from storyweaver.core.model import ItemKind
from storyweaver.store.project import Project

PAGES = Path(__file__).resolve().parents[3] / "fixtures" / "pages"
IMAGES = Path(__file__).resolve().parents[3] / "fixtures" / "images"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "links.storyweaver", title="Links") as created:
        yield created


def ctx(**kwargs: object) -> CaptureContext:
    return CaptureContext(http=HttpClient(timeout=3, backoff=0.01), **kwargs)  # type: ignore[arg-type]


def jpeg(size: tuple[int, int] = (800, 450)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 60, 90)).save(out, "JPEG")
    return out.getvalue()


ARTICLE = """<!DOCTYPE html><html lang="en"><head><title>Vigil report</title>
<meta property="og:image" content="/img/lead.jpg"><link rel="icon" href="/icons/site.png">
<meta property="og:description" content="Candles for the journalists killed this year.">
</head><body><p>Body.</p></body></html>"""


def serve_article(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/article").respond_with_data(ARTICLE, content_type="text/html; charset=utf-8")
    httpserver.expect_request("/img/lead.jpg").respond_with_data(jpeg(), content_type="image/jpeg")
    httpserver.expect_request("/icons/site.png").respond_with_data((IMAGES / "badge.png").read_bytes(),
                                                                    content_type="image/png")


def test_a_page_becomes_a_card_with_its_lead_image_favicon_and_raw_head_kept(httpserver: HTTPServer,
                                                                             project: Project) -> None:
    serve_article(httpserver)
    report = capture_sources(project, [httpserver.url_for("/article")], ctx())
    assert not report.failures
    item = project.library.get(report.added[0])
    assert item is not None
    assert (item.kind, item.capture_method, item.title) == (ItemKind.LINK, "unfurl", "Vigil report")
    assert item.description == "Candles for the journalists killed this year."
    assert item.image_url == httpserver.url_for("/img/lead.jpg")
    lead = item.media[0]
    assert (lead.width, lead.height, lead.mime) == (800, 450, "image/jpeg")
    assert project.get_blob(lead.sha256) == (jpeg(), "image/jpeg")  # type: ignore[arg-type]
    assert project.get_blob(lead.thumb_sha256) is not None  # type: ignore[arg-type]
    icon = project.get_blob(item.favicon_sha256)  # type: ignore[arg-type]
    assert icon is not None and icon[1] == "image/png"
    head, mime = project.get_blob(item.raw_sha256)  # type: ignore[arg-type, misc]
    assert head == ARTICLE[: ARTICLE.index("</head>") + 7].encode()
    assert hashlib.sha256(head).hexdigest() == item.raw_sha256
    assert mime == "text/html"


def test_relative_addresses_are_made_absolute_against_the_address_after_redirects(httpserver: HTTPServer,
                                                                                project: Project) -> None:
    httpserver.expect_request("/short").respond_with_data("", status=301, headers={"Location": "/deep/path/story"})
    httpserver.expect_request("/deep/path/story").respond_with_data(
        '<html><head><title>T</title><meta property="og:image" content="pic.jpg"></head></html>',
        content_type="text/html")
    httpserver.expect_request("/deep/path/pic.jpg").respond_with_data(jpeg((300, 200)), content_type="image/jpeg")
    report = capture_sources(project, [httpserver.url_for("/short")], ctx())
    item = project.library.get(report.added[0])
    assert item is not None
    assert item.url == httpserver.url_for("/deep/path/story")
    assert item.image_url == httpserver.url_for("/deep/path/pic.jpg")
    assert item.media[0].width == 300
    assert project.library.item_for_address(httpserver.url_for("/short")) == item.id


def test_an_image_address_becomes_an_image_item(httpserver: HTTPServer, project: Project) -> None:
    data = (IMAGES / "sideways.jpg").read_bytes()
    httpserver.expect_request("/photos/vigil.jpg").respond_with_data(data, content_type="image/jpeg")
    report = capture_sources(project, [httpserver.url_for("/photos/vigil.jpg")], ctx())
    item = project.library.get(report.added[0])
    assert item is not None
    # no title in its metadata: none (its file name is no title; issue 15)
    assert (item.kind, item.capture_method, item.title) == (ItemKind.IMAGE, "image-url", None)
    assert (item.media[0].width, item.media[0].height) == (80, 120)
    assert item.published is not None and item.published.year == 2014
    assert project.get_blob(item.media[0].sha256) == (data, "image/jpeg")  # type: ignore[arg-type]


def test_an_svg_address_is_refused_with_a_clear_message(httpserver: HTTPServer, project: Project) -> None:
    httpserver.expect_request("/logo.svg").respond_with_data((IMAGES / "drawing.svg").read_bytes(),
                                                             content_type="image/svg+xml")
    report = capture_sources(project, [httpserver.url_for("/logo.svg")], ctx())
    assert [e.code for _, e in report.failures] == ["svg-refused"]
    assert project.library.count() == 0


def test_a_binary_document_becomes_a_bare_link(httpserver: HTTPServer, project: Project) -> None:
    httpserver.expect_request("/files/report 2014.pdf").respond_with_data(b"%PDF-1.4\x00\x01\x02\xff" * 100,
                                                                        content_type="application/pdf")
    report = capture_sources(project, [httpserver.url_for("/files/report%202014.pdf")], ctx())
    item = project.library.get(report.added[0])
    assert item is not None
    assert (item.kind, item.title) == (ItemKind.LINK, "report 2014.pdf")
    assert item.extra["content_type"] == "application/pdf"


def test_binary_garbage_labelled_as_html_still_gives_a_card(httpserver: HTTPServer, project: Project) -> None:
    httpserver.expect_request("/garbage").respond_with_data(bytes(range(256)) * 50, content_type="text/html")
    report = capture_sources(project, [httpserver.url_for("/garbage")], ctx())
    assert not report.failures
    item = project.library.get(report.added[0])
    assert item is not None and item.kind is ItemKind.LINK


@pytest.mark.parametrize(("status", "sentence"), [(404, "404 Not Found"), (500, "500 Internal Server Error")])
def test_an_error_page_is_one_clear_failure_and_nothing_is_kept(httpserver: HTTPServer, project: Project,
                                                                status: int, sentence: str) -> None:
    httpserver.expect_request("/missing").respond_with_data("gone", status=status)
    report = capture_sources(project, [httpserver.url_for("/missing")], ctx())
    assert [str(e) for _, e in report.failures] == [
        f"The server answered {sentence} for {httpserver.url_for('/missing')}."]
    assert project.library.count() == 0


def test_a_file_address_as_og_image_is_never_read(httpserver: HTTPServer, project: Project) -> None:
    httpserver.expect_request("/hostile").respond_with_data((PAGES / "hostile.html").read_bytes(),
                                                            content_type="text/html")
    report = capture_sources(project, [httpserver.url_for("/hostile")], ctx())
    item = project.library.get(report.added[0])
    assert item is not None
    assert item.title == "<script>alert('og')</script> breaking"
    assert item.image_url is None and item.media == []
    assert item.url == httpserver.url_for("/hostile")  # the foreign canonical is not believed
    blobs = project.query("SELECT data FROM blobs")
    assert not any(b"root:" in bytes(row[0]) for row in blobs)
    assert [r.path for r, _ in httpserver.log] == ["/hostile", "/favicon.ico"]


def test_a_broken_lead_image_skips_the_picture_but_keeps_the_card(httpserver: HTTPServer, project: Project) -> None:
    httpserver.expect_request("/page").respond_with_data(
        '<html><head><title>Card</title><meta property="og:image" content="/broken.jpg"></head></html>',
        content_type="text/html")
    httpserver.expect_request("/broken.jpg").respond_with_data((IMAGES / "truncated.jpg").read_bytes(),
                                                               content_type="image/jpeg")
    warnings: list[object] = []
    report = capture_sources(project, [httpserver.url_for("/page")], ctx(warn=warnings.append))
    item = project.library.get(report.added[0])
    assert item is not None and item.title == "Card" and item.media == []
    assert [w.code for w in warnings] == ["media-skipped"]  # type: ignore[attr-defined]


def test_an_oembed_video_becomes_a_video_item(httpserver: HTTPServer, project: Project) -> None:
    httpserver.expect_request("/watch/1").respond_with_data((PAGES / "oembed_video.html").read_bytes(),
                                                            content_type="text/html")
    httpserver.expect_request("/oembed").respond_with_json({
        "type": "video", "version": "1.0", "title": "Candlelight vigil", "author_name": "Vigil Channel",
        "author_url": "http://127.0.0.1/channel", "thumbnail_url": httpserver.url_for("/thumb.jpg"),
        "html": "<iframe src='https://evil.example/'></iframe><script>alert(1)</script>",
    })
    httpserver.expect_request("/thumb.jpg").respond_with_data(jpeg((480, 360)), content_type="image/jpeg")
    report = capture_sources(project, [httpserver.url_for("/watch/1")], ctx())
    item = project.library.get(report.added[0])
    assert item is not None
    assert item.kind is ItemKind.VIDEO
    assert item.title == "Candlelight vigil"  # the oEmbed title beats a bare <title> (issue 16)
    assert item.author is not None and item.author.name == "Vigil Channel"
    assert item.image_url == httpserver.url_for("/thumb.jpg")
    assert item.media[0].width == 480
    assert "html" not in item.extra["oembed"]


def test_a_latin1_page_declared_only_in_the_http_header(httpserver: HTTPServer, project: Project) -> None:
    body = "<html><head><title>Liberté de la presse – été</title></head></html>".encode("cp1252")
    httpserver.expect_request("/fr").respond_with_data(body, content_type="text/html; charset=ISO-8859-1")
    report = capture_sources(project, [httpserver.url_for("/fr")], ctx())
    item = project.library.get(report.added[0])
    assert item is not None and item.title == "Liberté de la presse – été"


def test_an_arabic_page_from_the_server(httpserver: HTTPServer, project: Project) -> None:
    httpserver.expect_request("/ar").respond_with_data((PAGES / "arabic-cp1256.html").read_bytes(),
                                                       content_type="text/html; charset=windows-1256")
    report = capture_sources(project, [httpserver.url_for("/ar")], ctx())
    item = project.library.get(report.added[0])
    assert item is not None
    assert item.title == "اليوم الدولي لإنهاء الإفلات من العقاب على الجرائم المرتكبة ضد الصحفيين"
    assert item.lang == "ar"


def test_capturing_an_address_again_is_answered_offline(httpserver: HTTPServer, project: Project) -> None:
    serve_article(httpserver)
    address = httpserver.url_for("/article")
    first = capture_sources(project, [address], ctx())
    requests_before = len(httpserver.log)
    second = capture_sources(project, [address], CaptureContext(http=None))
    assert second.existing == first.added and second.added == []
    assert len(httpserver.log) == requests_before
    assert project.library.count() == 1


class _Gate(BaseHTTPRequestHandler):
    """Answers pages only once several requests are waiting at the same time."""

    protocol_version = "HTTP/1.1"
    lock = threading.Lock()
    in_flight = 0
    most = 0
    enough = threading.Event()

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_GET(self) -> None:
        cls = type(self)
        with cls.lock:
            cls.in_flight += 1
            cls.most = max(cls.most, cls.in_flight)
            if cls.in_flight >= 4:
                cls.enough.set()
        cls.enough.wait(3)
        body = f"<html><head><title>Page {self.path}</title></head></html>".encode()
        if self.path == "/favicon.ico":
            self.send_response(404)
            body = b""
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        with cls.lock:
            cls.in_flight -= 1


def test_addresses_are_fetched_concurrently_with_progress_reported(project: Project) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Gate)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        addresses = [f"{base}/p{i}" for i in range(12)]
        calls: list[tuple[int, int | None, str]] = []
        report = capture_sources(project, addresses, ctx(progress=lambda d, t, m: calls.append((d, t, m)),
                                                         workers=8))
    finally:
        server.shutdown()
        server.server_close()
    assert len(report.added) == 12 and not report.failures
    assert _Gate.most >= 4  # several addresses were in flight at once
    done = [d for d, t, _ in calls if t == 12]
    assert done == sorted(done) and done[-1] == 12
    assert {m for _, _, m in calls if m} == set(addresses)
    titles = sorted(project.library.get(i).title for i in report.added)  # type: ignore[union-attr]
    assert titles == sorted(f"Page /p{i}" for i in range(12))


def test_the_items_json_of_a_captured_page(httpserver: HTTPServer, project: Project) -> None:
    from tests.listing_oracle import items_in_listing_order

    serve_article(httpserver)
    capture_sources(project, [httpserver.url_for("/article")], ctx())
    [entry] = items_in_listing_order(project)
    assert entry["kind"] == "link" and entry["title"] == "Vigil report"
    assert entry["media"][0]["width"] == 800
    json.dumps(entry)
