"""The briefing's "By platform" panel: a photograph from the user's own disk is not "Web"
(issue 15, bug 13), read from the real PDF."""

from __future__ import annotations

from datetime import UTC, datetime

import pypdf

from storyweaver.bench._export_story import picture
from storyweaver.core.model import Block, BlockType, Item, ItemKind, Media
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_local_images_count_as_the_users_own_files(tmp_path) -> None:
    path = tmp_path / "p.storyweaver"
    with Project.create(path, title="Vigil") as project:
        items = []
        for n in range(2):  # two photographs imported from a folder: no address
            sha = project.put_blob(picture(n, (320, 200)), "image/jpeg")
            items.append(Item(kind=ItemKind.IMAGE, captured_at=WHEN, capture_method="file", published=WHEN,
                              raw_sha256=sha, media=[Media(type="image", sha256=sha, width=320, height=200,
                                                           mime="image/jpeg", alt="A candle")]))
        items.append(Item(kind=ItemKind.LINK, captured_at=WHEN, capture_method="page", published=WHEN,
                          url="https://news.example/report", title="Report"))
        project.library.add(items)
        for item in items:
            project.story.append(Block(BlockType.ITEM, item_id=item.id))
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(pdf=tmp_path / "b.pdf"))
    text = " ".join(" ".join((page.extract_text() or "") for page in pypdf.PdfReader(tmp_path / "b.pdf").pages).split())
    panel = text[text.upper().index("BY PLATFORM"):][:200]  # an uppercase heading
    assert "Your own files 2" in panel and "Web 1" in panel, panel
