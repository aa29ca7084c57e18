"""The TimelineJS export keeps the editor's words, alt text and protections.

The format is checked against the TimelineJS JSON format documentation (see
``timelinejs_format.py`` for the source); the real viewer is loaded in
``tests/e2e/test_timeline_in_chromium.py``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyweaver.bench._export_story import CAPTURED, picture
from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project
from tests.unit.export.timelinejs_format import problems

PRIVATE = ("ministry confirms", "Reporter at risk", "brave_reporter", "names of the sources",
           "desk officer", "Contacts for the minister")


def export(project_path: Path, target: Path, text: str = "slides") -> dict:
    with Project.open(project_path, readonly=True) as project:
        result = export_story(project, ExportOptions(timeline=target, timeline_text=text, lang="en"))
    path = result.timeline
    assert path is not None
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def folder_timeline(demo_project: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("timeline")
    return out, export(demo_project, out)


def test_the_timeline_matches_the_documented_format(folder_timeline, exported):
    _out, document = folder_timeline
    assert problems(document) == []
    assert problems(json.loads(exported.timeline.read_text(encoding="utf-8"))) == []


def test_the_checker_would_see_a_broken_document():
    assert problems({"events": [{"text": {"headline": "x"}}]}) == ["events[0].start_date: missing"]
    assert problems({"events": [{"start_date": {"year": 2014, "month": 13}, "media": {"alt": "a"}}]}) == [
        "events[0].start_date.month: 13 is outside 1-12", "events[0].media.url: missing"]


def test_text_blocks_are_slides_and_headings_are_groups(folder_timeline):
    _out, document = folder_timeline
    events = document["events"]
    texts = [e for e in events if e["unique_id"].startswith("text-")]
    assert len(texts) == 2  # the two public text blocks; the briefing-only ones stay out
    assert "<b>month of action</b>" in texts[0]["text"]["text"]
    assert "<script" not in texts[0]["text"]["text"] and "javascript:" not in texts[0]["text"]["text"]
    assert "<li>in the street</li>" in texts[1]["text"]["text"]
    assert texts[1]["group"] == "2 November: the International Day"
    # A text block is dated like the item that follows it, so it is shown just before it.
    order = [e["unique_id"] for e in events]
    after = order[order.index(texts[1]["unique_id"]) + 1]
    assert texts[1]["start_date"] == next(e for e in events if e["unique_id"] == after)["start_date"]
    assert {e.get("group") for e in events} >= {"2 November: the International Day",
                                               "23 November: Ampatuan, five years on", "Looking ahead to 2015"}
    assert all(e["autolink"] is False for e in events)


def test_text_blocks_can_open_the_following_slide_instead(demo_project, tmp_path):
    document = export(demo_project, tmp_path / "t.json", text="following")
    assert problems(document) == []
    assert not [e for e in document["events"] if e["unique_id"].startswith("text-")]
    withheld = next(e for e in document["events"] if "threatened" in e["text"]["text"])
    assert withheld["text"]["text"].startswith("<p>Threats continued <em>during</em> the campaign:</p>")


def test_media_keep_alt_caption_and_credit_as_files_beside_the_json(folder_timeline):
    out, document = folder_timeline
    text = json.dumps(document)
    assert "data:" not in text
    first = next(e for e in document["events"] if e["unique_id"] == "item-1")
    assert first["media"]["alt"] == "Candles spelling END IMPUNITY on a square at dusk"
    assert first["media"]["caption"] == "The day opened with this message, shared 340 times."
    assert first["media"]["credit"] == "Free Press Watch (fictional) · X (Twitter)"
    assert first["text"]["headline"] == "Free Press Watch (fictional)"
    uncaptioned = next(e for e in document["events"] if "Vigile ce soir" in e["text"]["text"])
    assert uncaptioned["media"]["alt"] == "Image attached to this item; no description was given."
    for event in document["events"]:
        if "media" in event:
            assert event["media"]["url"].startswith("images/")
            assert (out / event["media"]["url"]).is_file()
    assert sorted(p.name for p in (out / "images").iterdir()) == sorted(
        {Path(e["media"]["url"]).name for e in document["events"] if "media" in e})


def test_protected_people_and_briefing_blocks_never_appear(folder_timeline, demo_project, tmp_path):
    _out, document = folder_timeline
    for data in (document, export(demo_project, tmp_path / "t.json", text="following")):
        text = json.dumps(data, ensure_ascii=False)
        for secret in PRIVATE:
            assert secret not in text
        withheld = next(e for e in data["events"] if "threatened" in e["text"]["text"])
        assert withheld["text"]["headline"] == "Identity withheld"
        assert "status/1004" not in text  # the redacted post's own address
    withheld = next(e for e in document["events"] if "threatened" in e["text"]["text"])
    assert withheld["media"]["credit"].startswith("Identity withheld")  # and its image is the blurred file


def test_alone_the_json_uses_original_image_addresses_but_never_a_redacted_ones(tmp_path):
    path = tmp_path / "p.storyweaver"
    day = datetime(2024, 5, 3, 10, tzinfo=UTC)
    with Project.create(path, title="Addresses") as project:
        shown = project.put_blob(picture(1), "image/jpeg")
        face = project.put_blob(picture(2), "image/jpeg")

        def post(n: int, media: Media, redacted: bool = False) -> Item:
            return Item(ItemKind.POST, CAPTURED, "test", platform=Platform.MASTODON, platform_id=str(n),
                        url=f"https://mastodon.example/@a/{n}", text=f"post {n} #Tag", published=day,
                        author=Author(f"Person {n}", f"p{n}"), media=[media], redacted=redacted)

        items = [post(1, Media("image", shown, "A march", url="https://files.example/media/a.jpg")),
                 post(2, Media("image", face, "A face", url="https://files.example/media/face.jpg"), True),
                 post(3, Media("image", shown, "No extension", url="https://files.example/media/b")),
                 post(4, Media("image", shown, "Data", url="data:image/png;base64,AAAA"))]
        project.library.add(items)
        for item in items:
            project.story.append(Block(BlockType.ITEM, item_id=item.id))
    document = export(path, tmp_path / "t.json")
    assert problems(document) == []
    urls = {e["unique_id"]: e.get("media", {}).get("url") for e in document["events"]}
    assert urls == {"item-1": "https://files.example/media/a.jpg", "item-2": None, "item-3": None, "item-4": None}
    text = json.dumps(document)
    assert "face.jpg" not in text and "Person 2" not in text and "data:" not in text
    assert 'href=\\"https://mastodon.example/tags/Tag\\"' in text  # the recap's hashtag link
