"""Read a whole project as the command line and exports see it: items in story order, then
the rest by date, each with its place in the story."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storyweaver.core.jsonview import block_json, item_json
from storyweaver.core.model import Block, BlockType, Item
from storyweaver.store.project import Project


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


def _by_date(item: Item) -> tuple[int, str, int]:
    published = item.published.isoformat() if item.published else ""
    return (0 if item.published else 1, published, item.id or 0)


def items_in_listing_order(project: Project) -> list[dict[str, Any]]:
    blocks = project.story.blocks()
    where = placements(blocks)
    items = {item.id: item for item in project.library.iter_all()}
    story_ids = dict.fromkeys(b.item_id for b in blocks if b.item_id is not None and b.item_id in items)
    story_items = [items[i] for i in story_ids]
    rest = sorted((i for i in items.values() if i.id not in where), key=_by_date)
    result = []
    for item in story_items:
        place = where[item.id]  # type: ignore[index]
        result.append(item_json(item, in_story=True, section=place.section, visibility=place.visibility))
    result.extend(item_json(item, in_story=False, section=None) for item in rest)
    return result


def story_listing(project: Project) -> list[dict[str, Any]]:
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
        out.append(block_json(block, payload))
    return out
