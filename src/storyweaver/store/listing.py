"""Read a project's story as the command line and exports see it: each block with its item
and the item's place in the story. (``items --json`` is ``listing_sql``; its pure-Python
oracle lives in ``tests/listing_oracle.py``.)"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storyweaver.core.jsonview import block_json, item_json
from storyweaver.core.model import Block, BlockType, kept_from_public
from storyweaver.core.reader import ProjectReader


@dataclass(slots=True)
class Placement:
    section: str | None
    visibility: str


def placements(blocks: list[Block]) -> dict[int, Placement]:
    """Where each story item sits: the heading above it and the block's visibility."""
    current: str | None = None
    found: dict[int, Placement] = {}
    for block in blocks:
        if block.type is BlockType.HEADING:
            current = block.text
        elif block.item_id is not None and block.item_id not in found:
            found[block.item_id] = Placement(current, block.visibility.value)
    return found


def story_listing(project: ProjectReader) -> list[dict[str, Any]]:
    blocks = project.story.blocks()
    where = placements(blocks)
    wanted = {b.item_id for b in blocks if b.item_id is not None}
    items = project.library.get_many(wanted) if wanted else {}
    out = []
    for block in blocks:
        item = items.get(block.item_id) if block.item_id is not None else None
        payload = None
        if item is not None:
            place = where[item.id]  # type: ignore[index]
            payload = item_json(item, in_story=True, section=place.section, visibility=block.visibility.value)
        out.append(block_json(block, payload, held_back=kept_from_public(item)))
    return out
