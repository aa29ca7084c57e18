"""Many workers, polite to each server: a per-host limit and Retry-After shared by every worker.

Real servers on loopback addresses (127.0.0.1, 127.0.0.2, ... are all this machine), each
counting how many requests it holds at once. Retry-After forms: RFC 9110, section 10.2.3.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storyweaver.capture.context import CaptureContext, MemorySink
from storyweaver.capture.dispatch import LocalReader
from storyweaver.capture.http import HttpClient, _retry_after
from storyweaver.capture.politeness import PER_HOST
from storyweaver.errors import CaptureError

DELAY = 0.2


class _Counting(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def __init__(self, host: str, answer: Callable[[int], tuple[int, dict[str, str]]]) -> None:
        super().__init__((host, 0), _Handler)
        self.answer = answer
        self.lock = threading.Lock()
        self.open_now = 0
        self.most = 0
        self.arrivals: list[float] = []


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Counting

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_GET(self) -> None:
        server = self.server
        with server.lock:
            server.arrivals.append(time.monotonic())
            number = len(server.arrivals)
            server.open_now += 1
            server.most = max(server.most, server.open_now)
        try:
            time.sleep(DELAY)
        finally:
            with server.lock:
                server.open_now -= 1
        status, headers = server.answer(number)
        body = b"<html><head><title>Page</title></head><body><p>Text.</p></body></html>"
        self.send_response(status)
        for name, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def servers(count: int, answer: Callable[[int], tuple[int, dict[str, str]]] = lambda n: (200, {})
            ) -> Iterator[list[_Counting]]:
    with ExitStack() as stack:
        made = []
        for n in range(1, count + 1):
            server = _Counting(f"127.0.0.{n}", answer)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            stack.callback(server.server_close)
            stack.callback(server.shutdown)
            made.append(server)
        yield made


def url(server: _Counting, path: str) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}{path}"


class _Page:
    @staticmethod
    def capture(address: str, sink: MemorySink, ctx: CaptureContext) -> None:
        http = ctx.require_http()
        http.get(address)
        sink.items.append(address)  # type: ignore[arg-type]  # only counted


def fetch_all(addresses: list[str], workers: int = 16) -> tuple[float, list[object]]:
    ctx = CaptureContext(http=HttpClient(timeout=10, backoff=0.01), workers=workers)
    start = time.monotonic()
    results = [result for _address, result in LocalReader(ctx).fetched([(a, _Page) for a in addresses])]
    return time.monotonic() - start, results


def test_one_site_never_gets_more_than_the_per_host_limit_whatever_the_workers() -> None:
    with servers(1) as (only,):
        seconds, results = fetch_all([url(only, f"/p{i}") for i in range(3 * PER_HOST)])
    assert all(isinstance(r, MemorySink) for r in results)
    assert only.most == PER_HOST
    assert seconds >= 3 * DELAY * 0.95  # three rounds: the limit held


def test_many_sites_are_fetched_at_once_each_within_its_limit() -> None:
    with servers(4) as made:
        addresses = [url(made[i % 4], f"/p{i}") for i in range(16)]  # grouped by host in the input order
        seconds, results = fetch_all(sorted(addresses))
    assert all(isinstance(r, MemorySink) for r in results)
    assert [server.most for server in made] == [min(PER_HOST, 4)] * 4  # each site's four pages at once
    # 16 pages at once across 4 sites, one round, not four: every site's first request arrived
    # while the others' were still held (each server holds a request DELAY seconds). Said by the
    # servers' own clocks rather than the wall time, which a loaded machine stretches.
    firsts = [min(server.arrivals) for server in made]
    assert max(firsts) - min(firsts) < DELAY, (seconds, firsts)


def test_retry_after_holds_every_worker_off_that_site() -> None:
    def answer(number: int) -> tuple[int, dict[str, str]]:
        return (429, {"Retry-After": "1"}) if number == 1 else (200, {})

    with servers(1, answer) as (only,):
        client = HttpClient(timeout=10, backoff=0.01)
        first = threading.Thread(target=client.get, args=(url(only, "/first"),))
        first.start()
        time.sleep(DELAY + 0.1)  # the 429 has arrived
        client.get(url(only, "/second"))
        first.join()
    told = only.arrivals[0] + DELAY
    assert len(only.arrivals) == 3
    assert all(arrival >= told + 0.95 for arrival in only.arrivals[1:])  # nobody asked before the time named


def test_a_retry_after_beyond_the_deadline_fails_at_once_for_every_request_to_that_site() -> None:
    with servers(2, lambda number: (503, {"Retry-After": "120"})) as (busy, other):
        client = HttpClient(timeout=3, backoff=0.01)
        start = time.monotonic()
        with pytest.raises(CaptureError) as first:
            client.get(url(busy, "/a"))
        with pytest.raises(CaptureError) as second:
            client.get(url(busy, "/b"))
        assert time.monotonic() - start < 2 * DELAY + 0.5
        assert "503 Service Unavailable" in str(first.value)
        assert second.value.facts["url"] == url(busy, "/b")
        assert len(busy.arrivals) == 1  # the second was not sent
        with pytest.raises(CaptureError):
            client.get(url(other, "/c"))  # another site is asked as usual
        assert len(other.arrivals) == 1


def test_retry_after_as_an_http_date() -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    seconds = _retry_after(later)
    assert seconds is not None and 28 < seconds <= 30
    assert _retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # already past
    assert _retry_after("120") == 120.0
    assert _retry_after("soon") is None
