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
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection while any thread is inside (imports run side by side)."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()


def release_gradually(pieces: list[Any]) -> None:
    """Empty ``pieces`` (batches of an import's items) one at a time.

    Freed at once, a 50,000-post archive's items are a million objects dropped in one
    reference-counting cascade: 100 ms and more holding the interpreter lock, and the window
    waited that long. Between two pieces the lock can change hands.
    """
    while pieces:
        pieces.pop()
