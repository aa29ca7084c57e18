"""Compile the Qt Designer forms (``ui/*.ui``) into ``gui/forms/*_ui.py`` with pyside6-uic,
and the editor's translations (``resources/translations/storyweaver_gui_*.ts``) into ``.qm``.

Run ``python -m storyweaver.gui.forms_build`` after editing a form or a translation
(``pyside6-lupdate src/storyweaver/gui/*.py ui/*.ui -ts resources/translations/storyweaver_gui_fr.ts``
collects new strings); tests check that the committed files are current.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent / "forms"


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} is not installed (it comes with PySide6)")
    return found


def uic() -> str:
    return tool("pyside6-uic")


def release_translations(translations: Path) -> list[Path]:
    """Compile every editor catalogue (.ts) into the .qm the app loads."""
    written = []
    for source in sorted(translations.glob("storyweaver_gui_*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True, capture_output=True)
        written.append(target)
    return written


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
    from storyweaver.gui.translations import translations_dir
    from storyweaver.paths import ui_dir

    for path in build(ui_dir(), force="--force" in sys.argv) + release_translations(translations_dir()):
        print(f"wrote {path}")
