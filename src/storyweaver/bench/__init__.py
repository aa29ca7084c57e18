"""``storyweaver bench``: campaign-scale figures, each group in its own module.

Each module defines ``NAME`` and ``run(scale, report)``; it makes its own data (``scale``
1.0 is the full size the issues name) and calls ``report(name, value, unit, target, note)``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType


@dataclass(slots=True)
class Figure:
    group: str
    name: str
    value: float
    unit: str
    target: float | None = None
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.value <= self.target


Report = Callable[..., None]


def groups() -> list[ModuleType]:
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
    return sorted(modules, key=lambda m: getattr(m, "ORDER", 50))
