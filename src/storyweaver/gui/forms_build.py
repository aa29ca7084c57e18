"""Compile the Qt Designer forms (``ui/*.ui``) into ``gui/forms/*_ui.py`` with pyside6-uic.

Run ``python -m storyweaver.gui.forms_build`` after editing a form; a test checks that
the committed modules are current.  Only stale forms are rebuilt.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent / "forms"


def uic() -> str:
    beside = Path(sys.executable).parent / "pyside6-uic"
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        raise FileNotFoundError("pyside6-uic is not installed (it comes with PySide6)")
    return found


def target_for(form: Path) -> Path:
    return FORMS / f"{form.stem}_ui.py"


def compile_form(form: Path) -> str:
    """The Python pyside6-uic makes of ``form``."""
    done = subprocess.run([uic(), "--no-autoconnection", str(form)], capture_output=True, text=True, check=True)
    return done.stdout


def build(ui_dir: Path, *, force: bool = False) -> list[Path]:
    """Rebuild every stale generated module; return those written."""
    written = []
    for form in sorted(ui_dir.glob("*.ui")):
        target = target_for(form)
        if not force and target.exists() and target.stat().st_mtime >= form.stat().st_mtime:
            continue
        code = compile_form(form)
        if not target.exists() or target.read_text(encoding="utf-8") != code:
            target.write_text(code, encoding="utf-8")
            written.append(target)
    return written


if __name__ == "__main__":
    from storyweaver.paths import ui_dir

    for path in build(ui_dir(), force="--force" in sys.argv):
        print(f"wrote {path}")
