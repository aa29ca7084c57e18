"""``storyweaver export FILE --html --pdf --json --timeline``: write the story's outputs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from storyweaver.commands.progress import TerminalProgress
from storyweaver.errors import ExportError
from storyweaver.i18n import _
from storyweaver.messages import withheld_private
from storyweaver.store.keep_prepared import keep_in_file
from storyweaver.store.prepared_images import PreparedRow
from storyweaver.store.project import Project


def chosen_items(value: str | None) -> frozenset[int] | None:
    """``--full-text``'s item ids (None: every linked page)."""
    if value is None or value == "all":
        return None
    try:
        return frozenset(int(part) for part in value.split(",") if part.strip())
    except ValueError:
        raise ExportError("bad-item-ids", value=value) from None


def run(args: argparse.Namespace) -> int:
    from storyweaver.export.api import ExportOptions, export_story

    def as_path(value: str | None) -> Path | None:
        return Path(value) if value is not None else None

    options = ExportOptions(
        html=as_path(args.html),
        pdf=as_path(args.pdf),
        json=as_path(args.json_out),
        bundle=as_path(args.bundle),
        fragment=args.fragment,
        wacz=as_path(args.wacz),
        timeline=as_path(args.timeline),
        timeline_text=args.timeline_text,
        theme=args.theme,
        lang=args.lang,
        keep_exif=args.keep_exif,
        paper=args.paper,
        full_text=args.full_text is not None,
        full_text_items=chosen_items(args.full_text),
        reuse_pdf_parts=not args.no_reuse,
    )
    for value in (args.html, args.timeline):
        if value and value.endswith(("/", "\\")):
            # "--html out/" asks for a folder (index.html + assets/; timeline.json + images/).
            folder = Path(value)
            if not folder.parent.is_dir():
                raise ExportError("no-folder", path=str(folder))
            folder.mkdir(exist_ok=True)
    progress = TerminalProgress(sys.stderr)
    prepared: list[PreparedRow] = []
    with Project.open(args.file, readonly=True) as project:
        try:
            result = export_story(project, options, progress=progress, keep_prepared=prepared.extend)
        finally:
            progress.finish()
    keep_in_file(Path(args.file), prepared)  # the next export takes these images as they are
    for warning in result.warnings:
        print(f"storyweaver: {warning}", file=sys.stderr)
    for path in (result.html, result.pdf, result.json, options.bundle, options.wacz, result.timeline):
        if path is not None:
            print(_("Wrote {path}").format(path=path))
    if result.withheld_private:
        print(withheld_private(result.withheld_private), file=sys.stderr)
    return 0
