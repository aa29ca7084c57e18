"""What every capture receives: the network client, the endpoints, a sink for results,
progress reporting and cancellation.  Nothing here is global; tests build their own.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from storyweaver.core.model import Item
from storyweaver.core.timefmt import now_utc
from storyweaver.errors import Cancelled, StoryWeaverError

if TYPE_CHECKING:
    from storyweaver.capture.http import HttpClient
    from storyweaver.store.item_rows import StoreRow

# done, total (None when unknown), what is being worked on
ProgressCallback = Callable[[int, int | None, str], None]


def _no_progress(done: int, total: int | None, message: str) -> None:
    return None


@dataclass(slots=True)
class Endpoints:
    """Every remote service is configurable, so tests (and self-hosted mirrors) can stand in."""

    x_oembed: str = "https://publish.twitter.com/oembed"
    bluesky_api: str = "https://public.api.bsky.app"
    bluesky_pds: str = "https://bsky.social"  # for logged-in search
    mastodon_server: str = "https://mastodon.social"

    @classmethod
    def from_environment(cls, **overrides: str) -> Endpoints:
        endpoints = cls(**overrides)
        endpoints.x_oembed = os.environ.get("STORYWEAVER_X_OEMBED", endpoints.x_oembed)
        endpoints.bluesky_api = os.environ.get("STORYWEAVER_BLUESKY_API", endpoints.bluesky_api)
        endpoints.bluesky_pds = os.environ.get("STORYWEAVER_BLUESKY_PDS", endpoints.bluesky_pds)
        endpoints.mastodon_server = os.environ.get("STORYWEAVER_MASTODON_SERVER", endpoints.mastodon_server)
        return endpoints


class CaptureSink(Protocol):
    """Where a capture puts what it found: media bytes first, then the items that use them."""

    def put_blob(self, data: bytes, mime: str) -> str: ...

    def add(self, item: Item) -> None: ...

    def add_row(self, row: StoreRow) -> None:
        """An item made as the store writes it (``store.item_rows.RowMaker``), stored as ``add`` would."""
        ...


@dataclass
class MemorySink:
    """Collects a capture's results in memory (network captures run on worker threads and
    must not write the project; the caller stores the results on its own thread)."""

    blobs: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)
    rows: list[StoreRow] = field(default_factory=list)  # stored after the items

    def put_blob(self, data: bytes, mime: str) -> str:
        digest = hashlib.sha256(data).hexdigest()
        self.blobs.setdefault(digest, (data, mime))
        return digest

    def add(self, item: Item) -> None:
        self.items.append(item)

    def add_row(self, row: StoreRow) -> None:
        self.rows.append(row)


@dataclass
class CaptureContext:
    http: HttpClient | None = None  # None: offline, any capture that needs the network fails
    endpoints: Endpoints = field(default_factory=Endpoints.from_environment)
    progress: ProgressCallback = _no_progress
    cancel_event: threading.Event = field(default_factory=threading.Event)
    keep_exif: bool = False
    workers: int = 16  # at most politeness.PER_HOST of them on one host
    # Parse small files before taking the write lock (see dispatch): the editor wants short
    # lock holds while the user edits; the command line streams, which is faster alone.
    stage_files: bool = False
    clock: Callable[[], datetime] = now_utc
    # Keep a readable copy of each captured page (its main text and the page as fetched);
    # off only to measure what the copy costs (the bench).
    readable: bool = True
    # Problems that skip part of a source but not all of it (a refused archive member).
    warn: Callable[[StoryWeaverError], None] = field(default=lambda error: None)

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()

    def require_http(self) -> HttpClient:
        if self.http is None:
            with _HTTP_LOCK:  # worker threads ask at once: make one client, not eight
                if self.http is None:
                    from storyweaver.capture.http import HttpClient

                    self.http = HttpClient()
        return self.http


_HTTP_LOCK = threading.Lock()
