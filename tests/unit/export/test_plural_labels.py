"""The exports write "1 like", "2 likes", "1 partage", "0 partage" (issue 15, bug 11)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Platform
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["1 reply", "1 repost", "2 likes"]),
    ("fr", ["1 réponse", "0 partage", "2 j’aime"]),
])
def test_metrics_agree_with_their_number(tmp_path, lang, expected) -> None:
    path = tmp_path / "p.storyweaver"
    reposts = 1 if lang == "en" else 0
    with Project.create(path, title="Vigil") as project:
        item = Item(kind=ItemKind.POST, captured_at=WHEN, capture_method="test", platform=Platform.MASTODON,
                    platform_id="1", url="https://social.example/@a/1", text="Vigil tonight",
                    author=Author("Amina", "amina@social.example"), published=WHEN,
                    extra={"metrics": {"replies": 1, "reposts": reposts, "likes": 2}})
        project.library.add([item])
        project.story.append(Block(BlockType.ITEM, item_id=item.id))
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=tmp_path / "r.html", lang=lang))
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    spans = re.findall(r'<span class="metric metric-.*?</span>[^<]*</span>', html)
    words = [" ".join(re.sub("<[^>]+>", " ", span).split()) for span in spans]
    assert words == expected
