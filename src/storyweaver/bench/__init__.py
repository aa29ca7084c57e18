"""``storyweaver bench``: campaign-scale figures, each group in its own module.

Each module defines ``NAME`` and ``run(scale, report)``; it makes its own data (``scale``
1.0 is the full size the issues name) and calls ``report(name, value, unit, target, note)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from storyweaver.plugins import modules_of


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
    return list(modules_of(__name__, __path__, order="ORDER"))
