"""``items --json`` is built by SQLite for speed; it must say exactly what the Python model says."""

from __future__ import annotations

import json
from pathlib import Path

from storyweaver.core.model import Block, BlockType, Visibility
from storyweaver.store.listing_sql import items_json_text
from storyweaver.store.project import Project
from tests.listing_oracle import items_in_listing_order
from tests.unit.store.test_project_file import every_kind


def test_sql_listing_matches_the_python_serializer_for_every_kind(tmp_path: Path, vectors: list[str]) -> None:
    with Project.create(tmp_path / "p.storyweaver", title="t") as project:
        items = every_kind(project)
        hostile = vectors[::25]
        for n, text in enumerate(hostile):
            extra = every_kind(project)[4]
            extra.text, extra.title = text, text
            extra.extra = {"n": n, "label": text}
            items.append(extra)
        ids = project.library.add(items).added
        project.story.append(Block(BlockType.ITEM, item_id=ids[1]))
        project.story.append(Block(BlockType.HEADING, text="Section « un » ✊"))
        project.story.append(Block(BlockType.ITEM, item_id=ids[0], visibility=Visibility.BRIEFING))
        project.story.append(Block(BlockType.ITEM, item_id=ids[1]))  # the same item twice: first place wins
        from_sql = json.loads(items_json_text(project))
        from_python = json.loads(json.dumps(items_in_listing_order(project)))
    assert from_sql == from_python
    assert [i["id"] for i in from_sql[:2]] == [ids[1], ids[0]]
    assert from_sql[1]["section"] == "Section « un » ✊" and from_sql[1]["visibility"] == "briefing"
    assert from_sql[0]["section"] is None and from_sql[0]["in_story"] is True


def test_sections_are_found_for_items_across_many_headings(tmp_path: Path) -> None:
    from tests.helpers import post

    with Project.create(tmp_path / "p.storyweaver", title="t") as project:
        ids = project.library.add([post(n) for n in range(60)]).added
        project.story.append(Block(BlockType.ITEM, item_id=ids[0]))  # before any heading
        for day in range(5):
            project.story.append(Block(BlockType.HEADING, text=f"Day {day + 1}"))
            project.story.append(Block(BlockType.TEXT, text="words"))
            for n in range(1 + day * 10, 11 + day * 10):
                project.story.append(Block(BlockType.ITEM, item_id=ids[n]))
        project.story.append(Block(BlockType.HEADING, text="Empty section at the end"))
        from_sql = json.loads(items_json_text(project))
        from_python = json.loads(json.dumps(items_in_listing_order(project)))
    assert from_sql == from_python
    sections = [i["section"] for i in from_sql if i["in_story"]]
    assert sections[0] is None
    assert sections[1:] == [f"Day {d + 1}" for d in range(5) for _n in range(10)]
