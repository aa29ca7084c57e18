"""File importers: one module per format, found by discovery.

Each module defines ``PRIORITY`` (lower is asked first), ``can_read(path) -> bool`` (a
cheap sniff of a file or folder) and ``read(path, sink, ctx) -> None``, which raises
:class:`~storyweaver.errors.CaptureError` on a broken file.  ``read`` runs inside one
project transaction, so a file that breaks half-way changes nothing.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path
from types import ModuleType


@cache
def discover() -> tuple[ModuleType, ...]:
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
    return tuple(sorted(modules, key=lambda m: (getattr(m, "PRIORITY", 100), m.__name__)))


def importer_for(path: Path) -> ModuleType | None:
    return next((m for m in discover() if m.can_read(path)), None)
