"""``--to-story`` for sources that are stories already (a Storify export): their items go to
the end of the story in the source's own order, and the curator's texts become text blocks
(the story's narration), not cards.  Items of other sources are placed by date as before;
saved addresses (an archive's likes and bookmarks) stay in the library only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from storyweaver.core.model import Block, BlockType, Visibility, withheld_audience
from storyweaver.store.project import Project


def place(project: Project, item_ids: Iterable[int]) -> list[int]:
    """Append the items that carry a story position in that order; return the other ids."""
    wanted = list(dict.fromkeys(item_ids))
    if not wanted:
        return []
    # A Mastodon archive's likes and bookmarks are addresses the user kept, not the story's material.
    saved = {int(r[0]) for r in project.query(
        "SELECT id FROM items WHERE id IN (SELECT value FROM json_each(?)) "
        "AND json_extract(extra, '$.saved_as') IS NOT NULL", (json.dumps(wanted),))}
    wanted = [i for i in wanted if i not in saved]
    rows = project.query(
        "SELECT id, kind, text, json_extract(extra, '$.storify.story_url'), json_extract(extra, '$.storify.position'), "
        "json_extract(extra, '$.visibility'), json_type(extra, '$.publish_confirmed') = 'true' "
        "FROM items WHERE id IN (SELECT value FROM json_each(?)) "
        "AND json_extract(extra, '$.storify.position') IS NOT NULL",
        (json.dumps(wanted),),
    )
    ordered = {int(r[0]) for r in rows}
    if not rows:
        return wanted
    in_story = {r[0] for r in project.query("SELECT item_id FROM blocks WHERE item_id IS NOT NULL")}
    texts = {r[0] for r in project.query("SELECT text FROM blocks WHERE type = 'text'")}
    placed_stories = {r[3] for r in rows if r[0] in in_story}  # placed before: never twice
    with project.transaction():
        for item_id, kind, text, story, _position, audience, confirmed in sorted(
                rows, key=lambda r: (str(r[3]), int(r[4]))):
            if story in placed_stories or item_id in in_story:
                continue
            if kind == "note":
                if text and text not in texts:
                    project.story.append(Block(BlockType.TEXT, text=text))
            else:
                # A direct or followers-only post starts briefing-only (core.model.placed_visibility).
                hidden = withheld_audience(audience, confirmed == 1)
                project.story.append(Block(BlockType.ITEM, item_id=item_id,
                                           visibility=Visibility.BRIEFING if hidden else Visibility.PUBLIC))
    return [i for i in wanted if i not in ordered]
