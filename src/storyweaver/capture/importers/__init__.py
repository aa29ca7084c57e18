"""File importers: one module per format, found by discovery.

Each module defines ``PRIORITY`` (lower is asked first), ``can_read(path) -> bool`` (a
cheap sniff of a file or folder) and ``read(path, sink, ctx) -> None``, which raises
:class:`~storyweaver.errors.CaptureError` on a broken file.  ``read`` runs inside one
project transaction, so a file that breaks half-way changes nothing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from storyweaver.plugins import modules_of

if TYPE_CHECKING:
    from storyweaver.capture.context import CaptureContext, CaptureSink


class Importer(Protocol):
    """What each module of this folder is (a test's importer object may be one too)."""

    def can_read(self, path: Path) -> bool:
        """A cheap sniff: whether ``path`` (a file or folder) is in this format."""
        ...

    def read(self, path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
        """Put everything of ``path`` into ``sink``, or raise a CaptureError."""
        ...


@cache
def discover() -> tuple[Importer, ...]:
    return cast("tuple[Importer, ...]", modules_of(__name__, __path__))


def importer_for(path: Path) -> Importer | None:
    return next((m for m in discover() if m.can_read(path)), None)
