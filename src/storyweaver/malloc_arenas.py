"""Fewer malloc arenas for the editor's process.

glibc gives threads that allocate at the same time arenas of their own, up to eight per
processor.  Memory freed in one arena serves only that arena, so the editor (the window,
the edit writer, capture, index and export workers) kept several arenas' worth of freed
import and undo data resident: after a 50,000-post archive was imported, undone and redone
its peak was 605 MiB, and 434 MiB with two arenas (``storyweaver bench --only gui``, same
day).  Python's own small objects do not use these arenas; SQLite's and Qt's allocations,
and Python's larger ones, do.
"""

from __future__ import annotations

import sys

M_ARENA_MAX = -8  # glibc's malloc.h


def limit_arenas(count: int) -> bool:
    """Ask glibc for at most ``count`` arenas (before the threads start); False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        return bool(ctypes.CDLL(None).mallopt(M_ARENA_MAX, count))
    except (OSError, AttributeError):  # another C library (musl has no mallopt)
        return False
