"""Merging a colleague's project at campaign scale: two 50,000-item projects (issue 18).

Measured in a fresh process each (the command's own peak memory), for a disjoint library
(every item new, its story appended as a section) and for the same library again (every
item known: provenance added, nothing duplicated).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from storyweaver.bench import Report
from storyweaver.bench._measure import run_child
from storyweaver.bench.store import campaign_posts
from storyweaver.core.model import Block, BlockType
from storyweaver.store.project import Project

NAME = "merge"
ORDER = 15
MERGE = ("import sys\nfrom pathlib import Path\nfrom storyweaver.store.project import Project\n"
         "from storyweaver.capture.merge.project import merge_project\n"
         "with Project.open(sys.argv[1]) as p:\n    merge_project(p, Path(sys.argv[2]), with_story=True)")


def _project(path: Path, count: int, tag: str) -> None:
    posts = [replace(p, platform_id=f"{p.platform_id}{tag}", url=f"{p.url}{tag}") for p in campaign_posts(count)]
    with Project.create(path, title=f"Collection {tag}") as project:
        project.library.add(posts)
        project.story.extend([Block(BlockType.ITEM, item_id=p.id) for p in posts])


def run(scale: float, report: Report) -> None:
    count = max(1000, int(50_000 * scale))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _project(root / "a.storyweaver", count, "a")
        _project(root / "b.storyweaver", count, "b")
        target = root / "t.storyweaver"
        shutil.copyfile(root / "a.storyweaver", target)
        seconds, peak, _out = run_child(MERGE, str(target), str(root / "b.storyweaver"))
        report(f"merge two {count:,}-item projects, story included (whole process)", seconds, "s", 10.0)
        report("  peak memory", peak, "MiB", 400.0)
        seconds, peak, _out = run_child(MERGE, str(target), str(root / "a.storyweaver"))
        report(f"merge {count:,} items the project already has (provenance only)", seconds, "s", 10.0)
        report("  peak memory", peak, "MiB", 400.0)
