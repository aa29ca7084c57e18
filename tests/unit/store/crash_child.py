"""Child process for the crash-safety test: edits a project forever, acknowledging each commit.

After ``ack N`` is printed, edit N is committed; the parent kills this process at random
moments and checks that every acknowledged edit survived.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform
from storyweaver.store.project import Project


def main(path: str, start: int) -> None:
    project = Project.open(path)
    n = start
    while True:
        kind = n % 4
        if kind == 0:
            sha = project.put_blob(f"photo {n}".encode() * 200, "image/jpeg")
            project.library.add([Item(
                kind=ItemKind.POST, captured_at=datetime(2014, 11, 30, tzinfo=UTC), capture_method="crash",
                platform=Platform.X, platform_id=str(n), text=f"edit {n}", author=Author("A", "a"),
                published=datetime(2014, 11, 1, tzinfo=UTC) + timedelta(minutes=n),
                media=[Media("image", sha, f"alt {n}", 10, 10)],
            )])
        elif kind == 1:
            project.story.insert(n % 7, Block(BlockType.TEXT, text=f"edit {n}"))
        elif kind == 2:
            blocks = project.story.blocks()
            project.story.move(blocks[0].id, len(blocks) - 1)  # type: ignore[arg-type]
            project.set_meta(f"edit {n}", "moved")
        else:
            with project.transaction():  # a compound edit: both or neither
                project.story.append(Block(BlockType.HEADING, text=f"edit {n}"))
                project.set_meta(f"edit {n}", "heading")
        print(f"ack {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
