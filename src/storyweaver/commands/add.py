from __future__ import annotations

import argparse
import sys
from pathlib import Path

from storyweaver.capture.context import CaptureContext, Endpoints
from storyweaver.capture.dispatch import capture_sources
from storyweaver.commands.progress import TerminalProgress
from storyweaver.errors import StoryWeaverError
from storyweaver.i18n import _, number
from storyweaver.store.project import Project


def _merge_projects(project: Project, args: argparse.Namespace) -> list[str]:
    """Merge the sources that are StoryWeaver projects; return the other sources."""
    from storyweaver.capture.merge.bundle import import_bundle, is_bundle
    from storyweaver.capture.merge.project import merge_project
    from storyweaver.store.opening import read_header
    from storyweaver.store.schema import APPLICATION_ID

    others = []
    for source in args.sources:
        path = Path(source)
        try:
            is_project = path.is_file() and read_header(path)[0] == APPLICATION_ID
        except StoryWeaverError:
            is_project = False
        if is_project:
            report = merge_project(project, path, with_story=args.with_story)
        elif path.is_file() and (source.endswith(".storyweaver-bundle") or is_bundle(path)):
            report = import_bundle(project, path)
        else:
            others.append(source)
            continue
        print(_("Merged {path}: {added} added, {existing} already in the project, {blobs} media files copied.")
              .format(path=source, added=number(len(report.added)), existing=number(len(report.existing)),
                      blobs=number(report.blobs)))
    return others


def run(args: argparse.Namespace) -> int:
    with Project.open(args.file) as project:
        args.sources = _merge_projects(project, args)
        if not args.sources:
            return 0
        progress = TerminalProgress(sys.stderr)
        ctx = CaptureContext(
            endpoints=Endpoints.from_environment(),
            progress=progress,
            workers=max(1, args.workers),
            keep_exif=args.keep_exif,
        )
        report = capture_sources(project, args.sources, ctx, to_story=args.to_story)
        if args.fetch_blobs and not report.cancelled:
            from storyweaver.capture.blobs_later import fetch_waiting_blobs

            report.warnings += fetch_waiting_blobs(project, ctx)
        progress.finish()
    for warning in report.warnings:
        print(f"storyweaver: {warning}", file=sys.stderr)
    for _source, error in report.failures:
        print(f"storyweaver: {error}", file=sys.stderr)
    print(
        _("{added} added, {existing} already in the project, {failed} failed.").format(
            added=number(len(report.added)), existing=number(len(set(report.existing))),
            failed=number(len(report.failures))
        )
    )
    return 1 if report.failures or report.cancelled else 0
