"""``storyweaver redact-author FILE PLATFORM HANDLE [--undo]``: redact a person, not one post."""

from __future__ import annotations

import argparse

from storyweaver.core.model import Platform
from storyweaver.i18n import _
from storyweaver.store.project import Project
from storyweaver.store.redacted_authors import account_key, redact_author, unredact_author


def run(args: argparse.Namespace) -> int:
    platform = Platform(args.platform).value
    with Project.open(args.file) as project:
        if args.undo:
            unredact_author(project, platform, args.handle)
            print(_("@{account} is no longer redacted as a person.").format(account=account_key(args.handle)))
            return 0
        changed = redact_author(project, platform, args.handle)
    print(_("@{account} is redacted as a person, in later imports too (posts newly redacted: {count}).").format(
        account=account_key(args.handle), count=len(changed)))
    return 0
