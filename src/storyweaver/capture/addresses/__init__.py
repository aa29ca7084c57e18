"""Address captures: one module per kind of address (X, Mastodon, Bluesky, any web page).

Each module defines ``PRIORITY`` (lower is asked first), ``handles(address) -> bool``
and ``capture(address, sink, ctx) -> None``.  ``capture`` runs on a worker thread with
an in-memory sink and must not touch the project; the generic web-page module answers
for every http(s) address, so it has the highest ``PRIORITY`` number.
An "address" may also be a pasted embed code (``<blockquote class="twitter-tweet">``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol, cast

from storyweaver.plugins import modules_of

if TYPE_CHECKING:
    from storyweaver.capture.context import CaptureContext, CaptureSink


class AddressHandler(Protocol):
    """What each module of this folder is (a test's handler object may be one too)."""

    def handles(self, address: str) -> bool:
        """Whether this handler captures ``address`` (cheap: no network)."""
        ...

    def capture(self, address: str, sink: CaptureSink, ctx: CaptureContext) -> None:
        """Put what is at ``address`` into ``sink``, or raise a CaptureError."""
        ...


@cache
def discover() -> tuple[AddressHandler, ...]:
    return cast("tuple[AddressHandler, ...]", modules_of(__name__, __path__))


def handler_for(address: str) -> AddressHandler | None:
    return next((m for m in discover() if m.handles(address)), None)
