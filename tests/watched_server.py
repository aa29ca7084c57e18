"""A local server that records every request and answers none: whatever a test renders (the
editor's reader, an export, the PDF renderer) must never reach it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar


class Watched(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_GET(self) -> None:
        Watched.requests.append(self.path)
        self.send_error(404)


@contextmanager
def watching() -> Iterator[str]:
    """The server's address while it runs; ``Watched.requests`` lists what reached it."""
    Watched.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Watched)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
