"""The public HTML recap: one self-contained file, or a folder with its images beside it."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from storyweaver.core.textdir import direction
from storyweaver.errors import ExportError
from storyweaver.export import atomic
from storyweaver.export.fragment import as_fragment
from storyweaver.export.imagebank import ImageBank
from storyweaver.export.images import Prepared
from storyweaver.export.labels import format_day, format_range
from storyweaver.export.templating import environment, stylesheet
from storyweaver.export.viewmodel import PUBLIC, StoryView

ASSETS = "assets"
_OURS = re.compile(r"^[0-9a-f]{24}\.(jpg|png|webp)$")  # only our own images are ever removed


def csp(css: str, *, folder: bool) -> str:
    """A policy that lets the page show its own style and images, and nothing else run or load."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    images = "'self' data:" if folder else "data:"
    return (
        f"default-src 'none'; img-src {images}; style-src 'sha256-{digest}'; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def render_recap(view: StoryView, labels: dict[str, str], theme: str | None, *, folder: bool = False) -> str:
    """The recap's HTML for a public view whose images already have their ``src``."""
    if view.audience != PUBLIC:
        raise ExportError("export-failed", reason="the recap renders the public view only")
    hidden = view.briefing_blocks()
    if hidden:
        # The view leaves briefing-only blocks out; this refusal is the last line of defence.
        raise ExportError("briefing-in-recap", count=hidden)
    css = stylesheet(theme, "recap.css")
    template = environment(theme).get_template("recap.html.j2")
    return template.render(
        story=view,
        L=labels,
        css=css,
        csp=csp(str(css), folder=folder),
        dir=direction(view.lang, None),
        date_range=format_range(view.first_day, view.last_day, view.lang),
        generated=format_day(view.generated.date(), view.lang),
    )


def write_recap(view: StoryView, labels: dict[str, str], theme: str | None, bank: ImageBank,
                target: Path, *, fragment: bool = False) -> list[Path]:
    """Write the recap to ``target``: a file, or, if ``target`` is a folder, index.html and assets/;
    with ``fragment``, as a piece of a page (:mod:`storyweaver.export.fragment`)."""
    as_folder = target.is_dir()
    if not as_folder:
        # Rendered while the images are still being prepared; their bytes are filled in after.
        bank.assign_placeholders()
        page = render_recap(view, labels, theme)
        html = bank.fill_data_uris(as_fragment(page) if fragment else page)
        atomic.write_bytes(target, html.encode("utf-8"))
        return [target]
    return _write_folder(view, labels, theme, bank, target, fragment)


def _write_folder(view: StoryView, labels: dict[str, str], theme: str | None, bank: ImageBank,
                  folder: Path, fragment: bool) -> list[Path]:
    assets = folder / ASSETS
    try:
        assets.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError("unwritable", path=str(folder), reason=exc.strerror or str(exc)) from exc
    written: dict[str, Prepared] = {}

    def place(key: str, prepared: Prepared) -> str:
        name = f"{hashlib.sha256(prepared.data).hexdigest()[:24]}.{prepared.extension}"
        written[name] = prepared
        return f"{ASSETS}/{name}"

    bank.assign_sources(place)
    html = render_recap(view, labels, theme, folder=True)
    if fragment:
        html = as_fragment(html)
    # Images first (content-named, so rewriting one is harmless), the page last and atomically.
    for name, prepared in written.items():
        if not (assets / name).is_file():
            atomic.write_bytes(assets / name, prepared.data)
    index = folder / "index.html"
    atomic.write_bytes(index, html.encode("utf-8"))
    for stale in assets.iterdir():
        if stale.is_file() and stale.name not in written and _OURS.match(stale.name):
            stale.unlink(missing_ok=True)
    return [index, *(assets / name for name in written)]
