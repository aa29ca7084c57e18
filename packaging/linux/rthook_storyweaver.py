"""PyInstaller run-time hook: runs in the frozen StoryWeaver before any of its code.

1. Points fontconfig (used by both Qt and WeasyPrint's Pango) at the fonts and fonts.conf shipped
   in the bundle, so the PDF briefing looks the same on every machine. A FONTCONFIG_FILE the user
   set on purpose wins.
2. Gives programs StoryWeaver starts (a browser opening a recap, xdg-open) the user's own
   LD_LIBRARY_PATH. PyInstaller's bootloader points it at the bundle so that this process loads
   the bundled libraries (WeasyPrint opens Pango by name); the loader reads it only when a
   program starts, so restoring it afterwards changes nothing here, but a browser must not pick
   up our copies of GLib or fontconfig. A StoryWeaver child process (the PDF renderer, started
   as ``storyweaver -m ...``) therefore starts without the bundle on its path; it starts itself
   again with it, once.
"""

import os
import sys
from pathlib import Path


def _use_bundled_fontconfig() -> None:
    conf = Path(getattr(sys, "_MEIPASS", "")) / "fontconfig" / "fonts.conf"
    if conf.is_file():
        os.environ.setdefault("FONTCONFIG_FILE", str(conf))


def _library_path_for_this_process_only() -> None:
    bundle = getattr(sys, "_MEIPASS", None)
    if not sys.platform.startswith("linux") or not bundle:
        return
    current = os.environ.get("LD_LIBRARY_PATH", "")
    if bundle not in current.split(os.pathsep):
        if os.environ.get("_STORYWEAVER_RESTARTED") != "1":
            env = dict(os.environ, _STORYWEAVER_RESTARTED="1")
            env["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, (bundle, current)))
            env.pop("LD_LIBRARY_PATH_ORIG", None)
            if current:
                env["LD_LIBRARY_PATH_ORIG"] = current
            os.execve(sys.executable, sys.argv, env)  # noqa: S606 - the app starting itself again
        return  # restarted and still not on the path: carry on with what the system has
    os.environ.pop("_STORYWEAVER_RESTARTED", None)
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


_use_bundled_fontconfig()
_library_path_for_this_process_only()
