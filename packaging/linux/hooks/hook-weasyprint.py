"""PyInstaller hook for WeasyPrint, replacing the contributed one (whose library search fails on
Debian and then warns that WeasyPrint "will likely fail").

WeasyPrint opens Pango, HarfBuzz, fontconfig and GObject with cffi ``dlopen()`` by name, so
PyInstaller's import analysis never sees them. On Linux they are taken from the dynamic loader's
cache (``ldconfig -p``); PyInstaller's binary dependency analysis then adds what they need (GLib,
FreeType, FriBidi, libthai...). The bundle's top folder is on LD_LIBRARY_PATH in the frozen app
(PyInstaller's bootloader sets it), so ``dlopen("libpango-1.0.so.0")`` finds the bundled copy.
On Windows and macOS the contributed approach (``ctypes.util.find_library``) works, with the
MSYS2 or Homebrew libraries on the search path (see packaging/README.md).
"""

import ctypes.util
import subprocess
import sys
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, logger

datas = collect_data_files("weasyprint")
binaries = []

LINUX_LIBS = ["libgobject-2.0.so.0", "libpango-1.0.so.0", "libpangoft2-1.0.so.0", "libharfbuzz.so.0",
              "libharfbuzz-subset.so.0", "libfontconfig.so.1"]
OTHER_LIBS = ["gobject-2.0-0", "pango-1.0-0", "pangoft2-1.0-0", "harfbuzz-0", "harfbuzz-subset-0",
              "fontconfig-1", "gobject-2.0", "pango-1.0", "pangoft2-1.0", "harfbuzz", "harfbuzz-subset",
              "fontconfig"]


def _ldconfig_cache():
    output = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in output.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        found.setdefault(name.split(" (")[0], path)
    return found


if sys.platform.startswith("linux"):
    cache = _ldconfig_cache()
    for soname in LINUX_LIBS:
        if soname in cache:
            binaries.append((cache[soname], "."))
        else:
            raise SystemExit(f"{soname} is not installed: apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
                             "libharfbuzz-subset0 libfontconfig1 (see packaging/README.md)")
else:
    seen = set()
    for name in OTHER_LIBS:
        path = ctypes.util.find_library(name)
        if path and Path(path).name not in seen and Path(path).is_file():
            seen.add(Path(path).name)
            binaries.append((path, "."))
    if not binaries:
        logger.warning("WeasyPrint's Pango libraries were not found: the PDF briefing will not work")
