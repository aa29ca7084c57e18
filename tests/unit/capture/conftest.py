"""Real local servers for the capture tests: pytest-httpserver for ordinary answers, and a
small stdlib server for the misbehaving ones (never answers, trickles, endless body); and
``add``, which captures sources into the test's project the way ``storyweaver add`` does."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import CaptureReport, capture_sources
from storyweaver.store.project import Project


class _Misbehaving(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    stop: threading.Event

    def log_message(self, format: str, *args: object) -> None:
        return None

    def _wait(self, seconds: float) -> bool:
        """Sleep unless the server is being torn down; True when it is."""
        return self.server.stop.wait(seconds)  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        try:
            if path == "/trickle-headers":
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                self.wfile.flush()
                while not self._wait(0.3):
                    self.wfile.write(b"X")  # an endless header name, one byte at a time
                    self.wfile.flush()
            elif path == "/trickle-body":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                while not self._wait(0.3):
                    self.wfile.write(b"<")
                    self.wfile.flush()
            elif path == "/endless":
                # 200 MiB announced nowhere: no Content-Length, the body ends when the connection does.
                self.send_response(200)
                self.send_header("Content-Type", self.headers.get("X-Type", "text/html"))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(b"<html><head><title>Endless</title></head><body>")
                block = b"<p>" + b"endless " * 8000 + b"</p>\n"
                sent = 0
                while sent < 200 * 1024 * 1024 and not self.server.stop.is_set():  # type: ignore[attr-defined]
                    self.wfile.write(block)
                    sent += len(block)
            elif path == "/endless-image":
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Connection", "close")
                self.end_headers()
                block = b"\0" * 65536
                while not self.server.stop.is_set():  # type: ignore[attr-defined]
                    self.wfile.write(block)
            else:
                self.send_error(404)
        except OSError:
            return  # the client hung up, as it should


@pytest.fixture
def misbehaving() -> Iterator[str]:
    """Base address of a server that trickles, or never stops sending."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Misbehaving)
    server.daemon_threads = True
    server.stop = threading.Event()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.stop.set()  # type: ignore[attr-defined]
        server.shutdown()
        server.server_close()


@pytest.fixture
def silent_address() -> Iterator[str]:
    """An address whose server accepts connections and never answers."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
                held.append(conn)  # keep it open, say nothing
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/page"
    finally:
        stop.set()
        thread.join(2)
        for conn in held:
            conn.close()
        listener.close()


def elapsed(start: float) -> float:
    return time.monotonic() - start


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    """pytest-httpserver on 127.0.0.1 (not "localhost"): addresses are exactly what users paste."""
    return ("127.0.0.1", 0)


@pytest.fixture
def add(project: Project) -> Callable[..., CaptureReport]:
    def run(*sources: str | Path, ctx: CaptureContext | None = None) -> CaptureReport:
        return capture_sources(project, [str(s) for s in sources], ctx or CaptureContext())

    return run
