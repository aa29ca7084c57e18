"""Address captures: one module per kind of address (X, Mastodon, Bluesky, any web page).

Each module defines ``PRIORITY`` (lower is asked first), ``handles(address) -> bool``
and ``capture(address, sink, ctx) -> None``.  ``capture`` runs on a worker thread with
an in-memory sink and must not touch the project; the generic web-page module answers
for every http(s) address, so it has the highest ``PRIORITY`` number.
An "address" may also be a pasted embed code (``<blockquote class="twitter-tweet">``).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType


@cache
def discover() -> tuple[ModuleType, ...]:
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
    return tuple(sorted(modules, key=lambda m: (getattr(m, "PRIORITY", 100), m.__name__)))


def handler_for(address: str) -> ModuleType | None:
    return next((m for m in discover() if m.handles(address)), None)
