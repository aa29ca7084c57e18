"""Every user-visible string of the core, the command line and the exports has a French translation."""

from __future__ import annotations

import ast
from pathlib import Path

import polib

SRC = Path(__file__).resolve().parents[2] / "src" / "storyweaver"
CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "storyweaver.fr.po"
MARKERS = {"_", "gettext", "ngettext"}


def marked_strings() -> dict[str, str]:
    """msgid -> where it is used, for every literal passed to _() or gettext() outside the GUI."""
    found: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        if "gui" in path.relative_to(SRC).parts:
            continue  # Qt strings live in the .ts catalogue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in MARKERS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(SRC)}:{node.lineno}")
    return found


def test_every_marked_string_has_a_french_translation() -> None:
    catalogue = {e.msgid: e.msgstr or all(e.msgstr_plural.values()) for e in polib.pofile(str(CATALOGUE))
                 if not e.obsolete}
    missing = {msgid: where for msgid, where in marked_strings().items() if not catalogue.get(msgid)}
    assert not missing, "untranslated:\n" + "\n".join(f"{w}: {m!r}" for m, w in sorted(missing.items()))


def test_translations_keep_their_placeholders() -> None:
    import re

    placeholder = re.compile(r"\{[a-z_]*\}")
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.msgstr:
            assert sorted(placeholder.findall(entry.msgid)) == sorted(placeholder.findall(entry.msgstr)), entry.msgid
