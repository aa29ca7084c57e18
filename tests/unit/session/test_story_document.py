"""The story document, without Qt: edits change it at once, tell its listeners, and reach the file."""

from __future__ import annotations

from pathlib import Path

from storyweaver.core.model import Block, BlockType
from storyweaver.session.story_document import StoryDocument, StoryListener
from storyweaver.store.project import Project


def test_edits_tell_the_listeners_and_are_in_the_file(demo_path: Path) -> None:
    heard: list[tuple[str, int, int]] = []
    with Project.open(demo_path) as project:
        doc = StoryDocument.load(project)
        before = [b.id for b in doc.blocks]
        doc.listeners.append(StoryListener(inserted=lambda i, n: heard.append(("inserted", i, n))))
        (added,) = doc.insert(0, [Block(type=BlockType.TEXT, text="Why these posts matter.")])
        assert doc.blocks[0] is added and heard == [("inserted", 0, 1)]
        doc.move(0, len(doc) - 1)
        assert doc.blocks[-1].id == added.id
        assert doc.flush(timeout=10)
        assert [b.id for b in project.story.blocks()] == [*before, added.id]
        doc.remove(len(doc) - 1)
        assert doc.flush(timeout=10)
        assert [b.id for b in project.story.blocks()] == before


def test_the_session_imports_no_qt() -> None:
    import subprocess
    import sys

    code = ("import sys, storyweaver.session.story_document, storyweaver.session.library_index; "
            "sys.exit('PySide6' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False, timeout=60).returncode == 0
