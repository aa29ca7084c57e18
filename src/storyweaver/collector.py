"""Hold Python's cyclic garbage collector off while an import's items are in memory.

A 50,000-post archive is held whole until its one transaction: a million objects that the
collector walks again and again as they pile up, finding nothing (imports make no cycles).
In the editor each of those full passes stopped every thread, the window's too, for 80 to
170 ms; on the command line they cost half a second per archive. Reference counting still
frees everything at once; the collector runs again as soon as the last import is over.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_lock = threading.Lock()
_holders = 0
_was_enabled = False


def _hold() -> None:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1


def _let_go() -> None:
    global _holders
    with _lock:
        _holders -= 1
        if _holders == 0 and _was_enabled:
            gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection while any thread is inside (imports run side by side)."""
    _hold()
    try:
        yield
    finally:
        _let_go()


def paused_for_start() -> Callable[[], None]:
    """Hold the collector off while the editor starts; call what this returns once it has
    painted (more calls do nothing).

    The start makes its modules, classes, Qt wrappers and window: objects that live as long
    as the editor, in which the collector found nothing to free on each of its ~75 passes
    (13 ms of a 0.3 s start). Once painted they are frozen out of its passes for good
    (``gc.freeze``: the later passes, while the user works, are shorter too) and it runs again.
    """
    _hold()
    released = False

    def release() -> None:
        nonlocal released
        if not released:
            released = True
            gc.freeze()
            _let_go()

    return release


def release_gradually(pieces: list[Any]) -> None:
    """Empty ``pieces`` (batches of an import's items) one at a time.

    Freed at once, a 50,000-post archive's items are a million objects dropped in one
    reference-counting cascade: 100 ms and more holding the interpreter lock, and the window
    waited that long. Between two pieces the lock can change hands.
    """
    while pieces:
        pieces.pop()
