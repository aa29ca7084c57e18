"""File importers: one module per format, found by discovery.

Each module defines ``PRIORITY`` (lower is asked first), ``can_read(path) -> bool`` (a
cheap sniff of a file or folder) and ``read(path, sink, ctx) -> None``, which raises
:class:`~storyweaver.errors.CaptureError` on a broken file.  ``read`` runs inside one
project transaction, so a file that breaks half-way changes nothing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import ModuleType

from storyweaver.plugins import modules_of


@cache
def discover() -> tuple[ModuleType, ...]:
    return modules_of(__name__, __path__)


def importer_for(path: Path) -> ModuleType | None:
    return next((m for m in discover() if m.can_read(path)), None)
