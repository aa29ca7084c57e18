from __future__ import annotations

import argparse
from pathlib import Path

from storyweaver.i18n import _
from storyweaver.store.check import check_project


def run(args: argparse.Namespace) -> int:
    problems = check_project(Path(args.file))
    for problem in problems:
        print(f"{problem.code}: {problem.detail}")
    if problems:
        print(_("{count} problem(s) found in {path}.").format(count=len(problems), path=args.file))
        return 1
    print(_("{path} is sound.").format(path=args.file))
    return 0
