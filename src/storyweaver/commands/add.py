from __future__ import annotations

import argparse
import sys

from storyweaver.capture.context import CaptureContext, Endpoints
from storyweaver.capture.dispatch import capture_sources
from storyweaver.commands.progress import TerminalProgress
from storyweaver.i18n import _, number
from storyweaver.store.project import Project


def run(args: argparse.Namespace) -> int:
    with Project.open(args.file) as project:
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
