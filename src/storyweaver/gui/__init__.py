"""The Qt desktop editor: main window, models, delegates, dialogs, workers, undo."""

from __future__ import annotations

import sys


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


_refuse_broken_pyside()
