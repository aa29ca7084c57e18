"""Links and images at campaign scale: unfurling pages from a slow server, reading a news
page's metadata, and importing a folder of phone photos."""

from __future__ import annotations

import contextlib
import random
import statistics
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from storyweaver.bench._measure import peak_during, run_child, stopwatch

if TYPE_CHECKING:
    from storyweaver.capture.context import CaptureContext, CaptureSink

NAME = "links"
ORDER = 40
DELAY = 0.2


def news_page(number: int = 0, size: int = 300 * 1024, *, metadata: bool = True) -> str:
    """A page shaped like a real news article: a long head (meta, CSS, scripts, JSON-LD), a
    navigation menu, the article, related links and a footer."""
    rng = random.Random(number)
    words = ["impunity", "journalists", "press", "freedom", "vigil", "justice", "court", "verdict", "campaign",
             "network", "reporters", "killed", "threat", "investigation", "solidarity"]

    def sentence(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

    head = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f"<title>{sentence(8)} | Example News</title>",
        *(f'<meta name="x-tracking-{i}" content="{rng.random()}">' for i in range(40)),
        f'<meta property="og:title" content="{sentence(9)}">',
        f'<meta property="og:description" content="{sentence(25)}">',
        f'<meta property="og:image" content="/images/{number}/lead.jpg">',
        '<meta property="og:site_name" content="Example News">',
        '<meta property="article:published_time" content="2014-11-02T08:00:00+01:00">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="icon" href="/favicon.png"><link rel="canonical" href="/news/{number}">',
        "<style>" + "".join(f".c{i}{{margin:{i}px;color:#{i:06x}}}" for i in range(1500)) + "</style>",
        "<script>" + "var tracker=1;" * 4000 + "</script>",
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"{sentence(9)}","datePublished":"2014-11-02T08:00:00+01:00",'
        '"author":[{"@type":"Person","name":"Ana Reyes"}],"image":["/images/lead.jpg"]}</script>',
        "</head><body>",
    ]
    body = ["<nav><ul>", *(f'<li><a href="/section/{i}">{sentence(2)}</a></li>' for i in range(250)), "</ul></nav>",
            "<article>", *(f"<p>{sentence(40)}</p>" for _ in range(30)), "</article><aside>"]
    if not metadata:  # an old page: only <title>, everything else from the body
        head = [line for line in head if not line.startswith(("<meta property", "<meta name", "<script type"))]
    page = "".join(head + body)
    filler = []
    while len(page) + sum(map(len, filler)) < size - 100:
        filler.append(f'<div class="related c{rng.randrange(1500)}"><a href="/news/{rng.randrange(10**6)}">'
                      f"{sentence(12)}</a><img src=\"/t/{rng.randrange(10**6)}.jpg\" width=120 height=80></div>")
    return page + "".join(filler) + "</aside><footer>Example News</footer></body></html>"


class _SlowPages(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    page = news_page(0, 40 * 1024).encode()
    open_now: ClassVar[dict[str, int]] = {}  # requests in flight per host, and the most seen at once
    most: ClassVar[dict[str, int]] = {}
    lock = threading.Lock()

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_GET(self) -> None:
        host = self.server.server_address[0]
        with self.lock:
            self.open_now[host] = self.open_now.get(host, 0) + 1
            self.most[host] = max(self.most.get(host, 0), self.open_now[host])
        try:
            time.sleep(DELAY)
        finally:
            with self.lock:
                self.open_now[host] -= 1
        if self.path.startswith("/news/"):
            number = self.path.split("/")[2].split("?")[0]
            body, kind = self.page.replace(b'href="/news/0"', f'href="/news/{number}"'.encode()), "text/html"
        elif self.path.endswith(".jpg"):
            body, kind = _SMALL_JPEG, "image/jpeg"
        else:
            body, kind = b"", "text/plain"
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _small_jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (640, 360), (40, 80, 120)).save(out, "JPEG")
    return out.getvalue()


_SMALL_JPEG = b""


@contextmanager
def slow_server(host: str = "127.0.0.1") -> Iterator[str]:
    global _SMALL_JPEG
    _SMALL_JPEG = _SMALL_JPEG or _small_jpeg()
    server = ThreadingHTTPServer((host, 0), _SlowPages)
    server.daemon_threads = True
    server.request_queue_size = 64
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _Unfurl:
    """The ``unfurl`` command's work (the page only) as a capture handler, so the bench goes
    through the capture's own worker pool and its per-host limit."""

    @staticmethod
    def capture(address: str, sink: CaptureSink, ctx: CaptureContext) -> None:
        from storyweaver.capture.addresses import web

        web.fetch(address, sink, ctx, media=False)


def _unfurl_all(addresses: list[str]) -> tuple[float, int, int]:
    """Unfurl through the capture's pool; (seconds, pages found, most requests at once on one host)."""
    from storyweaver.capture.context import CaptureContext, MemorySink
    from storyweaver.capture.dispatch import LocalReader, default_workers
    from storyweaver.capture.http import HttpClient

    # As ``unfurl`` does: nothing is kept, so no readable copy is made.
    ctx = CaptureContext(http=HttpClient(timeout=20), workers=default_workers(), readable=False)
    _Unfurl.capture(addresses[0].rsplit("/", 1)[0] + "/warm-up", MemorySink(), ctx)  # imports, first connection
    _SlowPages.most.clear()
    with stopwatch() as elapsed:
        found = sum(len(sink.items) for _address, sink in LocalReader(ctx).fetched(
            [(address, _Unfurl) for address in addresses]) if not isinstance(sink, Exception))
    return elapsed(), found, max(_SlowPages.most.values(), default=0)


def bench_unfurl(count: int, report: Callable[..., None]) -> None:
    from storyweaver.capture.dispatch import default_workers
    from storyweaver.capture.politeness import PER_HOST

    global _SMALL_JPEG
    _SMALL_JPEG = _small_jpeg()
    workers = default_workers()
    hosts = [f"127.0.0.{n}" for n in range(1, 11)]  # the whole of 127.0.0.0/8 is this machine
    with contextlib.ExitStack() as stack:
        bases = [stack.enter_context(slow_server(host)) for host in hosts]
        addresses = [f"{bases[i % len(bases)]}/news/{i}" for i in range(count)]
        with peak_during() as peak:
            seconds, found, most = _unfurl_all(addresses)
        assert found == count
        report(f"unfurl {count} pages @200ms from {len(hosts)} sites, {workers} workers", seconds, "s",
               2.0 if count >= 100 else None, f"at most {most} at once per site (limit {PER_HOST})")
        report("  peak memory (the bench's process)", peak(), "MiB", None)
        seconds, found, most = _unfurl_all([f"{bases[0]}/news/{i}" for i in range(count)])
        assert found == count
        report(f"  the same {count} pages all from one site", seconds, "s", None,
               f"politeness bound {count * DELAY / PER_HOST:.1f} s; at most {most} at once")

        from storyweaver.capture.context import CaptureContext
        from storyweaver.capture.dispatch import capture_sources
        from storyweaver.capture.http import HttpClient
        from storyweaver.store.project import Project

        # The same capture without and with the readable copy (main text + the page as
        # fetched), alternated twice in the same run and the best of each kept, so that what
        # the copy costs is measured rather than the machine's other load.
        seconds: dict[bool, float] = {}
        for run, readable in enumerate((False, True, False, True)):
            with tempfile.TemporaryDirectory() as folder, \
                    Project.create(Path(folder) / "bench.storyweaver", title="bench") as project:
                ctx = CaptureContext(http=HttpClient(timeout=20), readable=readable)
                with stopwatch() as elapsed:
                    pages = [f"{bases[i % len(bases)]}/news/{i}?add{run}" for i in range(count)]
                    result = capture_sources(project, pages, ctx)
                assert len(result.added) == count, result.failures[:1]
                copies = project.query("SELECT count(*) FROM readables WHERE html_sha256 IS NOT NULL")[0][0]
                assert copies == (count if readable else 0)
                seconds[readable] = min(seconds.get(readable, float("inf")), elapsed())
        report(f"add {count} pages @200ms with lead image + favicon, no readable copy", seconds[False], "s", None,
               f"3 requests per page, {len(hosts)} sites (as before issue 16); best of 2")
        report("  same, with the readable copy of each page", seconds[True], "s", None, "best of 2")
        report("  what the readable copy adds to a capture", 100.0 * (seconds[True] / seconds[False] - 1), "%",
               20.0)


def bench_parse(report: Callable[..., None]) -> None:
    from storyweaver.capture.pages import read_page

    data = news_page(7).encode()
    meta = read_page(data, "https://news.example.org/news/7", "utf-8")
    assert meta.title and meta.image and meta.published
    times = []
    for _ in range(15):
        start = time.perf_counter()
        read_page(data, "https://news.example.org/news/7", "utf-8")
        times.append(time.perf_counter() - start)
    report(f"read metadata of a {len(data) // 1024} KB news page (median)", statistics.median(times) * 1000,
           "ms", 30.0)
    from datetime import UTC, datetime

    from storyweaver.capture.context import MemorySink
    from storyweaver.capture.pages.readable import readable_copy

    article = news_page(7, 40 * 1024).encode()
    times = []
    for _ in range(15):
        start = time.perf_counter()
        readable_copy(article, MemorySink(), address="https://news.example.org/news/7", captured_at=datetime.now(UTC),
                      status=200, headers={"content-type": "text/html"})
        times.append(time.perf_counter() - start)
    report(f"  readable copy of a {len(article) // 1024} KB news page (median)", statistics.median(times) * 1000, "ms",
           None, "main text + sanitising + the page as a gzipped WARC record")
    bare = news_page(8, metadata=False).encode()
    assert read_page(bare, "https://news.example.org/news/8", "utf-8").description
    times = []
    for _ in range(15):
        start = time.perf_counter()
        read_page(bare, "https://news.example.org/news/8", "utf-8")
        times.append(time.perf_counter() - start)
    report(f"  same, {len(bare) // 1024} KB page without metadata (body read)", statistics.median(times) * 1000,
           "ms", 30.0)


def _noise_jpeg(seed: int, target: int) -> bytes:
    """A JPEG of random noise (it does not compress) of about ``target`` bytes."""
    import io

    from PIL import Image

    side = int((target / 0.93) ** 0.5)
    width, height = int(side * 1.33), int(side / 1.33)
    pixels = random.Random(seed).randbytes(width * height * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), pixels).save(out, "JPEG", quality=90)
    return out.getvalue()


def _with_exif_date(jpeg: bytes, moment: str) -> bytes:
    """The same photo with its own EXIF taken-at (a distinct file, no re-encoding)."""
    from PIL import Image

    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = moment
    payload = exif.tobytes()
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


IMPORT_CHILD = """
import sys, time
from pathlib import Path
from typing import ClassVar
from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.store.project import Project
with Project.create(Path(sys.argv[2]), title="photos") as project:
    start = time.perf_counter()
    report = capture_sources(project, [sys.argv[1]], CaptureContext())
    print("SECONDS", time.perf_counter() - start, len(report.added), len(report.failures))
"""


def bench_photos(count: int, report: Callable[..., None]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        photos = Path(folder) / "vigil"
        photos.mkdir()
        bases = [_noise_jpeg(seed, 3 * 1024 * 1024) for seed in range(min(10, count))]
        total = 0
        for i in range(count):
            data = _with_exif_date(bases[i % len(bases)], f"2014:11:02 {i // 60 % 24:02d}:{i % 60:02d}:00")
            (photos / f"IMG_{i:04d}.jpg").write_bytes(data)
            total += len(data)
        _seconds, peak, out = run_child(IMPORT_CHILD, str(photos), str(Path(folder) / "photos.storyweaver"))
        line = next(line for line in out.splitlines() if line.startswith("SECONDS"))
        seconds, added = float(line.split()[1]), int(line.split()[2])
        assert added == count, out
        report(f"import a folder of {count} photos ({total / count / 1e6:.1f} MB each)", seconds, "s",
               60.0 * count / 500, f"thumbnails made; peak {peak:.0f} MiB")
        report("  peak memory of that import", peak, "MiB", None)


def run(scale: float, report: Callable[..., None]) -> None:
    bench_parse(report)
    bench_unfurl(max(8, round(100 * scale)), report)
    bench_photos(max(5, round(500 * scale)), report)
