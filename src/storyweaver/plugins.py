"""Find the modules of a plug-in package (importers, address captures, benchmark groups).

A new format or a new benchmark is one new module in its folder; nothing else to edit.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from types import ModuleType


def modules_of(package: str, path: Iterable[str], *, order: str = "PRIORITY") -> tuple[ModuleType, ...]:
    """Every public module of ``package``, sorted by its ``order`` attribute (default 100), then name."""
    modules = [
        importlib.import_module(f"{package}.{info.name}")
        for info in pkgutil.iter_modules(list(path))
        if not info.name.startswith("_")
    ]
    return tuple(sorted(modules, key=lambda m: (getattr(m, order, 100), m.__name__)))
