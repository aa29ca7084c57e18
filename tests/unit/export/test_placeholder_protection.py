"""A redacted author's stand-in picture (initials on their colour, core/placeholder.py) never
reaches the public recap: two letters of a name at risk are still a clue (issue 15)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from storyweaver.core import placeholder
from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Platform
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def post(n: int, name: str, handle: str, *, redacted: bool) -> Item:
    return Item(kind=ItemKind.POST, captured_at=WHEN, capture_method="test", platform=Platform.MASTODON,
                platform_id=str(n), url=f"https://social.example/@{handle}/{n}", text=f"Post {n}",
                author=Author(name, f"{handle}@social.example"), published=WHEN, redacted=redacted)


def test_a_redacted_authors_initials_and_colour_stay_out_of_the_recap(tmp_path) -> None:
    path = tmp_path / "p.storyweaver"
    with Project.create(path, title="Vigil") as project:
        items = [post(1, "Zora Qhuvelle", "zq", redacted=True), post(2, "Amina Diallo", "amina", redacted=False)]
        project.library.add(items)
        for item in items:
            project.story.append(Block(BlockType.ITEM, item_id=item.id))
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=tmp_path / "r.html"))
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    initials = re.findall(r'class="avatar avatar-initial avatar-tone-(\d+)"[^>]*>([^<]*)<', html)
    assert initials == [(str(placeholder.tone("Amina Diallo", "amina@social.example")), "AD")]
    assert "ZQ" not in html and "Zora" not in html and "Qhuvelle" not in html
