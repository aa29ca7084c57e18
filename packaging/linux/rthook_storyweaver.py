"""PyInstaller run-time hook: runs in the frozen StoryWeaver before any of its code.

1. Points fontconfig (used by both Qt and WeasyPrint's Pango) at the fonts and fonts.conf shipped
   in the bundle, so the PDF briefing looks the same on every machine. A FONTCONFIG_FILE the user
   set on purpose wins.
2. Gives programs StoryWeaver starts (a browser opening a recap, xdg-open) the user's own
   LD_LIBRARY_PATH. PyInstaller's bootloader points it at the bundle so that this process loads
   the bundled libraries; the loader read it when the process started, so restoring it changes
   nothing here, but a browser must not pick up our copies of GLib or fontconfig. StoryWeaver's
   own child processes (the PDF renderer) start through the bootloader and get the bundle again.
"""

import os
import sys
from pathlib import Path


def _use_bundled_fontconfig() -> None:
    conf = Path(getattr(sys, "_MEIPASS", "")) / "fontconfig" / "fonts.conf"
    if conf.is_file():
        os.environ.setdefault("FONTCONFIG_FILE", str(conf))


def _restore_library_path_for_children() -> None:
    if not sys.platform.startswith("linux"):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original


_use_bundled_fontconfig()
_restore_library_path_for_children()
