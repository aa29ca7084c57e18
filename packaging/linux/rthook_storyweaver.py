"""PyInstaller run-time hook: runs in the frozen StoryWeaver before any of its code.

Points fontconfig (used by both Qt and WeasyPrint's Pango) at the fonts and the fonts.conf
shipped in the bundle, so the PDF briefing looks the same on every machine. A FONTCONFIG_FILE
the user set on purpose wins.
"""

import os
import sys
from pathlib import Path


def _use_bundled_fontconfig() -> None:
    conf = Path(getattr(sys, "_MEIPASS", "")) / "fontconfig" / "fonts.conf"
    if conf.is_file():
        os.environ.setdefault("FONTCONFIG_FILE", str(conf))


_use_bundled_fontconfig()
