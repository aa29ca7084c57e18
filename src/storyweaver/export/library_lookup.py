"""WeasyPrint's native libraries looked up in one reading of the loader's cache.

WeasyPrint tries several names for each library it loads (GObject, Pango, HarfBuzz,
fontconfig...: 22 names on Linux), and cffi asks ``ctypes.util.find_library`` about each
name that does not load as it is.  For a name the loader's cache does not hold, that
function starts three programs (``ldconfig -p``, then ``gcc`` and ``ld`` to search
again): 0.1 to 0.5 s of the renderer's start on a busy machine, on the path of every PDF
(issue 19).  Inside :func:`loader_cache_lookups`, the cache is read once and asked with the
very expression ``ctypes.util`` uses; a name it lacks is simply not found, and WeasyPrint
goes on to the next name (its list ends with names the loader opens directly).
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator

# ctypes.util's own table: the ABI tag ldconfig prints for 64-bit libraries of this machine.
_ABI = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
        "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}


def cache_finder(listing: bytes) -> Callable[[str], str | None]:
    """``find_library`` answered from ``ldconfig -p``'s output, as ctypes reads it."""
    machine = os.uname().machine + ("-32" if struct.calcsize("l") == 4 else "-64")
    abi = _ABI.get(machine, "libc6")

    def find_library(name: str) -> str | None:
        found = re.search(os.fsencode(rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({abi}"), listing)
        return os.fsdecode(found.group(1)) if found else None

    return find_library


@contextlib.contextmanager
def loader_cache_lookups() -> Iterator[None]:
    """While WeasyPrint is imported, find libraries from one ``ldconfig -p``.  Anywhere that
    search would differ (not Linux, ``LD_LIBRARY_PATH`` set, no glibc ``ldconfig``), ctypes
    keeps its own."""
    import ctypes.util

    if not sys.platform.startswith("linux") or os.environ.get("LD_LIBRARY_PATH"):
        yield
        return
    try:
        listing = subprocess.run(["/sbin/ldconfig", "-p"], stdin=subprocess.DEVNULL, capture_output=True,
                                 env={"LC_ALL": "C", "LANG": "C"}, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        yield
        return
    original = ctypes.util.find_library
    ctypes.util.find_library = cache_finder(listing)  # type: ignore[assignment]
    try:
        yield
    finally:
        ctypes.util.find_library = original
