"""The items listing in plain Python: story order first, then the rest by date. The oracle the
SQL listing (``store/listing_sql.py``, what ``items --json`` prints) is checked against."""

from __future__ import annotations

from typing import Any

from storyweaver.core.jsonview import item_json
from storyweaver.core.model import Item
from storyweaver.store.listing import placements
from storyweaver.store.project import Project


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
