"""Address captures: one module per kind of address (X, Mastodon, Bluesky, any web page).

Each module defines ``PRIORITY`` (lower is asked first), ``handles(address) -> bool``
and ``capture(address, sink, ctx) -> None``.  ``capture`` runs on a worker thread with
an in-memory sink and must not touch the project; the generic web-page module answers
for every http(s) address, so it has the highest ``PRIORITY`` number.
An "address" may also be a pasted embed code (``<blockquote class="twitter-tweet">``).
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from storyweaver.plugins import modules_of


@cache
def discover() -> tuple[ModuleType, ...]:
    return modules_of(__name__, __path__)


def handler_for(address: str) -> ModuleType | None:
    return next((m for m in discover() if m.handles(address)), None)
