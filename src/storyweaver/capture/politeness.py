"""Politeness toward each web server, whatever the number of workers.

At most ``PER_HOST`` requests to one host are open at once: more workers fetch more
sites at the same time, never hammer one.  A host that answered 429 or 503 with a
``Retry-After`` is asked nothing more, by any worker, before the time it named; a request
whose own deadline falls before that time fails at once with the server's answer.

Waiting for a free slot is our own choice, so it does not count against a request's
deadline; waiting for a ``Retry-After`` does (the server asked for it).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar
from urllib.parse import urlsplit

from storyweaver.errors import CaptureError

PER_HOST = 4  # what a browser opens to one HTTP/1.1 server is 6; a bot asks for less


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


class HostGate:
    """Per-host slots and hold-offs, shared by every thread of one client."""

    def __init__(self, per_host: int = PER_HOST) -> None:
        self.per_host = max(1, per_host)
        self._changed = threading.Condition()
        self._busy: dict[str, int] = defaultdict(int)
        self._held: dict[str, tuple[float, CaptureError]] = {}

    def hold_off(self, host: str, seconds: float, answer: CaptureError) -> None:
        """The host asked (``Retry-After``) to be left alone for ``seconds``."""
        with self._changed:
            until = time.monotonic() + seconds
            if until > self._held.get(host, (0.0, answer))[0]:
                self._held[host] = (until, answer)
            self._changed.notify_all()

    @contextmanager
    def slot(self, url: str, deadline: float) -> Iterator[float]:
        """Hold one of the slots of ``url``'s host; yields the seconds spent waiting for a free one."""
        host = host_of(url)
        waited = 0.0
        with self._changed:
            while True:
                now = time.monotonic()
                held_until, answer = self._held.get(host, (0.0, None))
                if held_until > now:
                    if held_until >= deadline + waited and answer is not None:
                        raise CaptureError(answer.code, **{**answer.facts, "url": url})
                    self._changed.wait(held_until - now)
                    continue
                if self._busy[host] < self.per_host:
                    break
                self._changed.wait()
                waited += time.monotonic() - now
            self._busy[host] += 1
        try:
            yield waited
        finally:
            with self._changed:
                self._busy[host] -= 1
                self._changed.notify_all()


Work = TypeVar("Work")


def interleaved(addresses: list[tuple[str, Work]]) -> list[tuple[str, Work]]:
    """The same work, one host after another in turn, so no worker waits on a busy host
    while another host has nothing to do."""
    by_host: dict[str, list[tuple[str, Work]]] = defaultdict(list)
    for entry in addresses:
        by_host[host_of(entry[0])].append(entry)
    queues = list(by_host.values())
    order: list[tuple[str, Work]] = []
    for rank in range(max((len(q) for q in queues), default=0)):
        order.extend(q[rank] for q in queues if rank < len(q))
    return order
