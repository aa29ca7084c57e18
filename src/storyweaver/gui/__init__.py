"""The Qt desktop editor: main window, models, delegates, dialogs, workers, undo."""

from __future__ import annotations

import sys


def _guard_none_refcount() -> None:
    """Work around PySide 6.12.0 on Python < 3.12: every call of a ``void`` Qt method from
    Python drops one reference to ``None`` that it never took, so after some thousands of
    calls (a few screens of painting) the interpreter aborts with "deallocating None".

    Python 3.12 made ``None`` immortal, which hides the bug; on 3.11 we give ``None`` a
    reference count so large that the lost references can never bring it to zero.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    import PySide6

    if tuple(PySide6.__version_info__[:2]) != (6, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 60:
        refcount.value += 1 << 60


_guard_none_refcount()
