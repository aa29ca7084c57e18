"""Network faults from a local server, through the whole capture path of every address kind:
silence, trickles, an endless body, a gzip bomb, redirect loops and a redirect to ``file:``.
Every capture ends within its deadline with one clear sentence, and nothing is kept."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storyweaver.capture.context import CaptureContext, Endpoints
from storyweaver.capture.dispatch import capture_sources
from storyweaver.capture.http import HttpClient
from storyweaver.store.project import Project

pytestmark = pytest.mark.torture

DEADLINE = 2.0
BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)  # 64 MiB once inflated


class _Fault(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_GET(self) -> None:
        mode: str = self.server.mode  # type: ignore[attr-defined]
        stop: threading.Event = self.server.stop  # type: ignore[attr-defined]
        try:
            if mode == "silence":
                stop.wait(30)
            elif mode == "trickle-headers":
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                while not stop.wait(0.2):
                    self.wfile.write(b"X")
                    self.wfile.flush()
            elif mode == "trickle-body":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                while not stop.wait(0.2):
                    self.wfile.write(b" ")
                    self.wfile.flush()
            elif mode == "endless":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(b'{"content": "')
                while not stop.is_set():
                    self.wfile.write(b"a" * 65536)
            elif mode == "gzip-bomb":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(BOMB)))
                self.end_headers()
                self.wfile.write(BOMB)
            elif mode == "redirect-loop":
                self.send_response(302)
                self.send_header("Location", self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif mode == "redirect-to-file":
                self.send_response(302)
                self.send_header("Location", "file:///etc/passwd")
                self.send_header("Content-Length", "0")
                self.end_headers()
        except OSError:
            return


@pytest.fixture(params=["silence", "trickle-headers", "trickle-body", "endless", "gzip-bomb",
                        "redirect-loop", "redirect-to-file"])
def faulty(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Fault)
    server.daemon_threads = True
    server.mode = request.param  # type: ignore[attr-defined]
    server.stop = threading.Event()  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield request.param, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.stop.set()  # type: ignore[attr-defined]
        server.shutdown()
        server.server_close()


def test_every_address_kind_ends_within_its_deadline_with_a_clear_message(
    faulty: tuple[str, str], tmp_path: object
) -> None:
    mode, base = faulty
    addresses = [
        f"{base}/news/article-1",                                   # any web page
        f"{base}/@reporter/109999999999999999",                     # a Mastodon status
        "https://bsky.app/profile/reporter.example/post/3kvigil2014",  # Bluesky, through the AppView
        "https://x.com/reporter_example/status/528837781607157763",   # X, through oEmbed
    ]
    ctx = CaptureContext(
        http=HttpClient(timeout=DEADLINE, retries=0),
        endpoints=Endpoints(x_oembed=f"{base}/oembed", bluesky_api=base, bluesky_pds=base, mastodon_server=base),
        workers=4,
    )
    with Project.create(tmp_path / "p.storyweaver", title="t") as project:  # type: ignore[operator]
        start = time.monotonic()
        report = capture_sources(project, addresses, ctx)
        took = time.monotonic() - start
        assert project.library.count() == 0
    assert took < DEADLINE * 2 + 1.5, f"{mode}: captures took {took:.1f} s"
    assert sorted(source for source, _error in report.failures) == sorted(addresses), mode
    for _source, error in report.failures:
        sentence = str(error)
        assert "\n" not in sentence and "Traceback" not in sentence and len(sentence) < 400
        assert error.code in {"timeout", "too-large", "redirect-loop", "too-many-redirects", "scheme",
                              "connection", "damaged-file", "broken-file", "http-status", "bad-json",
                              "not-found"}, (mode, error.code, sentence)
    assert "passwd" not in "".join(str(e) for _s, e in report.failures if e.code != "scheme")


def test_a_refused_port_fails_fast_for_every_kind(tmp_path: object) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    ctx = CaptureContext(http=HttpClient(timeout=DEADLINE, retries=1, backoff=0.05),
                         endpoints=Endpoints(x_oembed=f"{dead}/oembed", bluesky_api=dead))
    with Project.create(tmp_path / "p.storyweaver", title="t") as project:  # type: ignore[operator]
        start = time.monotonic()
        report = capture_sources(project, [f"{dead}/page", "https://x.com/a/status/528837781607157763"], ctx)
    assert time.monotonic() - start < DEADLINE
    assert {e.code for _s, e in report.failures} == {"connection"}
