"""The Qt desktop editor: main window, models, delegates, dialogs, workers, undo."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType


def _refuse_broken_pyside() -> None:
    """PySide 6.12.0 on Python < 3.12 drops a reference to ``None`` on every call of a
    ``void`` Qt method, so after a few screens of painting the interpreter aborts
    ("deallocating None").  pyproject excludes that release; say so clearly if it is here."""
    import PySide6

    if sys.version_info < (3, 12) and tuple(PySide6.__version_info__[:3]) == (6, 12, 0):
        raise ImportError(
            "PySide6 6.12.0 crashes on Python 3.11 (lost references to None); "
            "install another version: pip install 'PySide6-Essentials!=6.12.0'"
        )


def _quicker_feature_check() -> None:
    """Once imported, PySide6 asks of every module named in an ``import`` after it whether its
    source mentions "PySide6" (for ``from __feature__ import``, which StoryWeaver never uses),
    and reads each source through ``inspect.getsource``: tokenised, split into lines, joined.
    About 150 modules are named before the editor's first paint: 15-25 ms of its 0.3 s cold
    start.  The same question answered from the file's bytes costs a third of that (and
    Python's own library, outside its site-packages, is not read at all).  Modules
    without a plain ``.py`` file (built-in, compiled, zipped) still go to PySide's own check;
    a PySide without this hook (another version) is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return
    python_library = str(Path(os.__file__).parent) + os.sep  # half the modules: none names PySide6

    def mentions_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            if path.startswith(python_library) and "-packages" not in path:
                return False
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    mentions_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[union-attr]


_refuse_broken_pyside()
_quicker_feature_check()
