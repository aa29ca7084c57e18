"""Themes: Jinja2 templates and stylesheets under ``resources/themes/NAME/``.

Autoescape is on for every template and undefined names are errors, so a typo in a
theme fails loudly instead of silently printing nothing.  A theme may provide only some
files; the others come from the ``default`` theme.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from storyweaver.core.placeholder import TONES
from storyweaver.errors import ExportError
from storyweaver.export.labels import counted_word
from storyweaver.paths import resources_dir

DEFAULT_THEME = "default"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")


def themes_dir() -> Path:
    return resources_dir() / "themes"


def available_themes() -> list[str]:
    """The names of the installed themes."""
    root = themes_dir()
    return sorted(p.name for p in root.iterdir() if p.is_dir() and _NAME.match(p.name)) if root.is_dir() else []


def theme_folders(theme: str | None) -> list[Path]:
    name = theme or DEFAULT_THEME
    if not _NAME.match(name) or name not in available_themes():
        raise ExportError("unknown-theme", theme=name, available=", ".join(available_themes()))
    folders = [themes_dir() / name]
    if name != DEFAULT_THEME:
        folders.append(themes_dir() / DEFAULT_THEME)
    return folders



def _pluralise(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def _thousands(value: int, lang: str = "en") -> str:
    text = f"{value:,}"
    return text.replace(",", "\u202f") if lang == "fr" else text


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass  # a cache that cannot be written only costs time


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs (compiling them costs more than rendering a story)."""
    from storyweaver.paths import cache_dir

    folder = cache_dir() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only home: compile every time
    return _QuietBytecodeCache(str(folder))


@cache
def environment(theme: str | None) -> jinja2.Environment:
    """The Jinja2 environment of a theme (cached: templates compile once per process)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(p) for p in theme_folders(theme)]),
        bytecode_cache=_bytecode_cache(),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["thousands"] = _thousands
    env.globals["pluralise"] = _pluralise
    env.globals["counted_word"] = counted_word
    return env


_TONES_MARK = "/* @avatar-tones: one rule per colour of core/placeholder.py TONES, written by the export */"


def _tone_rules() -> str:
    # The authors' colours have one source, shared with the editor: a theme asks for them by the mark.
    return "\n".join(f".avatar-tone-{n} {{ background: {colour}; }}" for n, colour in enumerate(TONES))


def stylesheet(theme: str | None, name: str) -> Markup:
    """A theme's CSS file, trusted (it ships with the app) and inlined as is."""
    for folder in theme_folders(theme):
        path = folder / name
        if path.is_file():
            css = path.read_text(encoding="utf-8")
            if "</" in css:
                raise ExportError("export-failed", reason=f"{name} must not contain '</'")
            return Markup(css.replace(_TONES_MARK, _tone_rules()))  # noqa: S704 - the installed theme, not user data
    raise ExportError("export-failed", reason=f"theme stylesheet {name} is missing")
