"""Merging a colleague's project: union of libraries, both provenances, protections kept."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyweaver.bench._export_story import CAPTURED, build_demo_story, picture
from storyweaver.capture.merge.project import CURATOR, CURATOR_ORGANISATION, merge_project
from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform, Visibility
from storyweaver.errors import ProjectError
from storyweaver.messages import describe
from storyweaver.store.project import Project


def dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def colleague(path: Path) -> Path:
    """A colleague's project: one post the demo also has (redacted here), one of its own (briefing-only)."""
    with Project.create(path, title="Colleague's collection") as project:
        project.set_meta(CURATOR, "Amina")
        project.set_meta(CURATOR_ORGANISATION, "Partner Network")
        photo = project.put_blob(picture(42), "image/jpeg")
        shared = Item(ItemKind.POST, datetime(2014, 11, 5, tzinfo=UTC), "test", platform=Platform.X,
                      platform_id="1001", url="https://x.com/fpw_example/status/1001", text="same post",
                      author=Author("Free Press Watch (fictional)", "fpw_example"), redacted=True,
                      published=datetime(2014, 11, 2, 8, 15, tzinfo=UTC))
        own = Item(ItemKind.POST, CAPTURED, "test", platform=Platform.MASTODON, platform_id="77",
                   url="https://mastodon.example/@b/77", text="a colleague's find", author=Author("B", "b"),
                   published=datetime(2014, 11, 6, tzinfo=UTC), media=[Media("image", photo, "A banner")])
        project.library.add([shared, own])
        project.story.append(Block(BlockType.TEXT, "<p>From the partner desk.</p>"))
        project.story.append(Block(BlockType.ITEM, item_id=shared.id, visibility=Visibility.BRIEFING))
        project.story.append(Block(BlockType.ITEM, item_id=own.id))
    return path


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    return build_demo_story(tmp_path / "mine.storyweaver"), colleague(tmp_path / "theirs.storyweaver")


def test_a_merge_unites_libraries_keeps_both_provenances_and_the_stricter_marks(pair):
    mine, theirs = pair
    with Project.open(mine) as project:
        project.set_meta(CURATOR, "Jo")
        before = project.library.count()
        report = merge_project(project, theirs, with_story=True)
        assert len(report.added) == 1 and len(report.existing) == 1 and report.blobs >= 1
        assert project.library.count() == before + 1
        shared = project.library.get(report.existing[0])
        assert shared is not None and shared.redacted  # redacted in either: redacted here
        who = {(p["curator"], p["organisation"]) for p in shared.extra["provenance"]}
        assert who == {("Jo", "Example Free Expression Network"), ("Amina", "Partner Network")}
        found = project.library.get(report.added[0])
        assert found is not None and found.media[0].sha256 and project.has_blob(found.media[0].sha256)
        assert found.extra["provenance"][0]["curator"] == "Amina"
        blocks = project.story.blocks()
        assert all(b.visibility is Visibility.BRIEFING for b in blocks if b.item_id == shared.id)
        assert blocks[-4].type is BlockType.HEADING and blocks[-4].text == "Colleague's collection"
        assert [b.item_id for b in blocks[-2:]] == [shared.id, found.id]
        assert blocks[-2].visibility is Visibility.BRIEFING


def test_merging_the_same_file_twice_changes_nothing(pair):
    mine, theirs = pair
    with Project.open(mine) as project:
        merge_project(project, theirs, with_story=True)
    first = dump(mine)
    with Project.open(mine) as project:
        report = merge_project(project, theirs, with_story=True)
    assert report.added == [] and report.story_blocks == 0
    assert dump(mine) == first


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER spy AFTER INSERT ON items BEGIN SELECT 1; END")
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096):
        data[offset + 100:offset + 400] = os.urandom(300)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("spoil", "words"), [(_newer, "newer StoryWeaver"), (_foreign, "never creates"),
                                               (_damaged, "damaged")])
def test_a_newer_foreign_or_damaged_project_is_refused_and_the_target_untouched(pair, spoil, words):
    mine, theirs = pair
    spoil(theirs)
    before = dump(mine)
    with Project.open(mine) as project, pytest.raises(ProjectError) as refused:
        merge_project(project, theirs, with_story=True)
    assert words in describe(refused.value)
    assert dump(mine) == before


def test_the_add_command_merges_a_project_in_one_line(pair):
    mine, theirs = pair
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    done = subprocess.run([sys.executable, "-m", "storyweaver", "add", str(mine), str(theirs), "--with-story"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "Merged" in done.stdout and "1 added, 1 already in the project" in done.stdout
    with Project.open(mine, readonly=True) as project:
        assert any(b.text == "Colleague's collection" for b in project.story.blocks())


def test_the_curator_is_editable_and_recorded_by_the_next_merge(pair):
    mine, theirs = pair
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    run = [sys.executable, "-m", "storyweaver", "curator", str(theirs)]
    done = subprocess.run([*run, "--name", "Amina B.", "--organisation", "Partner\nNetwork  "], capture_output=True,
                          text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert subprocess.run(run, capture_output=True, text=True, env=env).stdout.strip() == \
        "Curator: Amina B.; organisation: Partner Network"
    with Project.open(mine) as project:
        report = merge_project(project, theirs)
        added = project.library.get(report.added[0])
    assert added is not None
    assert (added.extra["provenance"][0]["curator"], added.extra["provenance"][0]["organisation"]) == \
        ("Amina B.", "Partner Network")


def test_an_item_hidden_in_either_story_stays_hidden_everywhere(tmp_path):
    """Briefing-only by block or by its section's heading, in this story or in the other."""
    day = datetime(2024, 1, 1, tzinfo=UTC)

    def post(n: int) -> Item:
        return Item(ItemKind.POST, CAPTURED, "test", platform=Platform.X, platform_id=str(n),
                    url=f"https://x.com/a/status/{n}", text=f"post {n}", published=day)

    mine, theirs = tmp_path / "mine.storyweaver", tmp_path / "theirs.storyweaver"
    with Project.create(mine, title="Mine") as project:
        items = [post(1), post(2), post(3)]
        project.library.add(items)
        project.story.append(Block(BlockType.ITEM, item_id=items[0].id, visibility=Visibility.BRIEFING))
        project.story.append(Block(BlockType.ITEM, item_id=items[1].id))
        project.story.append(Block(BlockType.ITEM, item_id=items[2].id))
    with Project.create(theirs, title="Theirs") as project:
        items = [post(1), post(2), post(3)]
        project.library.add(items)
        project.story.append(Block(BlockType.ITEM, item_id=items[0].id))  # public there, hidden here
        project.story.append(Block(BlockType.HEADING, "Private", visibility=Visibility.BRIEFING))
        project.story.append(Block(BlockType.ITEM, item_id=items[1].id))  # hidden there by its heading
        project.story.append(Block(BlockType.HEADING, "Open"))
        project.story.append(Block(BlockType.ITEM, item_id=items[2].id))
    with Project.open(mine) as project:
        report = merge_project(project, theirs, with_story=True)
        assert report.briefing == 1
        shown = [(b.item_id, b.visibility) for b in project.story.blocks() if b.item_id is not None]
    assert shown == [(1, Visibility.BRIEFING), (2, Visibility.BRIEFING), (3, Visibility.PUBLIC),
                     (1, Visibility.BRIEFING), (2, Visibility.BRIEFING), (3, Visibility.PUBLIC)]
