"""The bundled #EndImpunity sample: a sound, complete, deterministic, fictional story."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image

from storyweaver import sample
from storyweaver.commands import sample as sample_command
from storyweaver.core.model import BlockType, ItemKind, Visibility
from storyweaver.errors import StoryWeaverError
from storyweaver.sample import build_sample, load_sample_data, replace_sample, sample_dir
from storyweaver.store.check import check_project
from storyweaver.store.project import Project
from tests.listing_oracle import items_in_listing_order


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "endimpunity-2014.storyweaver"
    build_sample(path)
    return path


@pytest.fixture
def project(built: Path):
    with Project.open(built, readonly=True) as opened:
        yield opened


def test_the_sample_builds_a_sound_project(built: Path) -> None:
    assert check_project(built) == []
    assert not Path(f"{built}-wal").exists()


def test_the_sample_tells_a_story_in_sections_with_items_of_every_kind(project: Project) -> None:
    blocks = project.story.blocks()
    headings = [b.text for b in blocks if b.type is BlockType.HEADING]
    texts = [b for b in blocks if b.type is BlockType.TEXT]
    item_ids = [b.item_id for b in blocks if b.type is BlockType.ITEM]
    assert len(headings) >= 3
    assert "23 November: Ampatuan, five years on" in headings
    assert len(texts) >= 5
    assert len(item_ids) >= 20
    assert len(set(item_ids)) == len(item_ids)
    kinds = {project.library.get(i).kind for i in item_ids}  # type: ignore[union-attr]
    assert kinds == set(ItemKind)
    assert blocks[0].type is BlockType.HEADING
    sections = project.story.sections()
    assert all(sections[b.id] is not None for b in blocks)  # type: ignore[index]


def test_the_sample_has_a_redacted_post_briefing_blocks_and_a_missing_alt_text(project: Project) -> None:
    items = list(project.library.iter_all())
    redacted = [i for i in items if i.redacted]
    assert len(redacted) == 1
    assert redacted[0].kind is ItemKind.POST
    assert redacted[0].note
    blocks = project.story.blocks()
    briefing = [b for b in blocks if b.visibility is Visibility.BRIEFING]
    assert any(b.type is BlockType.TEXT for b in briefing)
    in_story = {b.item_id for b in blocks}
    missing_alt = [i for i in items if i.id in in_story and any(m.alt is None for m in i.media)]
    assert len(missing_alt) == 1
    assert missing_alt[0].kind is ItemKind.POST


def test_the_library_holds_items_the_story_does_not_show(project: Project) -> None:
    in_story = {b.item_id for b in project.story.blocks() if b.item_id is not None}
    outside = [i for i in project.library.iter_all() if i.id not in in_story]
    assert len(outside) >= 3
    listing = items_in_listing_order(project)
    assert [entry["in_story"] for entry in listing] == [True] * len(in_story) + [False] * len(outside)


def test_every_media_blob_is_stored_whole_with_its_thumbnail(project: Project) -> None:
    checked = 0
    for item in project.library.iter_all():
        for media in item.media:
            assert media.sha256 and media.thumb_sha256 and media.mime and media.type == "image"
            stored = project.get_blob(media.sha256)
            assert stored is not None
            data, mime = stored
            assert hashlib.sha256(data).hexdigest() == media.sha256
            assert mime == media.mime
            with Image.open(io.BytesIO(data)) as image:
                assert image.size == (media.width, media.height)
            thumb = project.get_blob(media.thumb_sha256)
            assert thumb is not None
            with Image.open(io.BytesIO(thumb[0])) as image:
                assert max(image.size) <= 320
            checked += 1
        if item.author and item.author.avatar_sha256:
            assert project.has_blob(item.author.avatar_sha256)
    assert checked >= 10
    logo = project.meta("logo_sha256")
    assert logo and project.has_blob(logo)


def test_each_item_keeps_its_source_json_as_its_raw_payload(project: Project) -> None:
    sources = {spec["key"]: spec for spec in load_sample_data()["items"]}
    for item in project.library.iter_all():
        assert item.capture_method == "sample"
        raw = project.get_blob(item.raw_sha256)  # type: ignore[arg-type]
        assert raw is not None and raw[1] == "application/json"
        payload = json.loads(raw[0])
        assert sources[payload["key"]] == payload
        assert payload.get("text") == item.text


def test_the_vigil_photo_keeps_its_exif_but_its_thumbnail_does_not(project: Project) -> None:
    photo = next(i for i in project.library.iter_all() if i.title == "Vigil, evening of 2 November")
    original, _mime = project.get_blob(photo.media[0].sha256)  # type: ignore[arg-type,misc]
    with Image.open(io.BytesIO(original)) as image:
        exif = image.getexif()
        assert exif.get_ifd(0x8769)[0x9003] == "2014:11:02 18:42:10"  # DateTimeOriginal
        assert exif.get_ifd(0x8825)[1] == "N"  # a GPS position
    thumb, _mime = project.get_blob(photo.media[0].thumb_sha256)  # type: ignore[arg-type,misc]
    with Image.open(io.BytesIO(thumb)) as image:
        assert not image.getexif()


def test_instants_are_stored_in_utc_and_fall_in_the_campaign(project: Project) -> None:
    captured = datetime.fromisoformat(load_sample_data()["captured_at"])
    for item in project.library.iter_all():
        assert item.published is not None
        assert item.published.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
        assert datetime(2014, 10, 25, tzinfo=UTC) <= item.published <= datetime(2014, 12, 1, tzinfo=UTC)
        assert item.captured_at == captured >= item.published


def test_the_sample_speaks_english_french_and_arabic(project: Project) -> None:
    items = list(project.library.iter_all())
    assert {"en", "fr", "ar"} <= {i.lang for i in items}
    arabic = next(i for i in items if i.lang == "ar")
    assert re.search("[\u0600-\u06ff]", arabic.text or "")
    assert any(re.search("[\U0001f300-\U0001faff]", i.text or "") for i in items)


def test_every_address_and_account_in_the_sample_is_fictional() -> None:
    text = (sample_dir() / "story.json").read_text(encoding="utf-8")
    addresses = re.findall(r"https?://[^\s\"<>]+", text)
    assert len(addresses) > 30
    for address in addresses:
        host = urlsplit(address).hostname or ""
        assert re.search(r"(^|\.)example\.(org|net|com)$", host) or host.endswith(".invalid"), address
    for author in load_sample_data()["authors"].values():
        assert author["handle"].endswith("_example")


def test_text_blocks_use_only_bold_italic_and_links() -> None:
    for block in load_sample_data()["blocks"]:
        if block["type"] == "text":
            tags = set(re.findall(r"</?([a-zA-Z0-9]+)", block["text"]))
            assert tags <= {"b", "i", "a"}, block["text"]


def test_building_the_sample_twice_gives_the_same_story(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.storyweaver"
    build_sample(again)
    with Project.open(built, readonly=True) as one, Project.open(again, readonly=True) as two:
        assert items_in_listing_order(one) == items_in_listing_order(two)
        assert one.query("SELECT sha256 FROM blobs ORDER BY 1") == two.query("SELECT sha256 FROM blobs ORDER BY 1")


def test_a_broken_sample_leaves_the_existing_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken-sample"
    shutil.copytree(sample_dir(), broken)
    (broken / "images" / "report-cover.jpg").unlink()
    monkeypatch.setattr(sample, "sample_dir", lambda: broken)
    target = tmp_path / "endimpunity-2014.storyweaver"
    target.write_bytes(b"the user's previous sample")
    with pytest.raises(StoryWeaverError) as caught:
        replace_sample(target)
    assert caught.value.code == "sample-missing"
    assert "report-cover.jpg" in str(caught.value)
    assert target.read_bytes() == b"the user's previous sample"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken-sample", "endimpunity-2014.storyweaver"]


def test_the_sample_command_replaces_an_existing_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "endimpunity-2014.storyweaver"
    Project.create(target, title="An old copy").close()
    Path(f"{target}-wal").write_bytes(b"a stale journal that must not be replayed")
    assert sample_command.run(argparse.Namespace(dir=str(tmp_path))) == 0
    assert "Replaced the sample project at" in capsys.readouterr().out
    assert check_project(target) == []
    with Project.open(target, readonly=True) as project:
        assert project.title == load_sample_data()["title"]
    assert not Path(f"{target}-wal").exists()
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())


def test_storyweaver_sample_writes_a_project_whose_listings_agree(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "folder"

    def storyweaver(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "storyweaver", *args], capture_output=True, text=True, encoding="utf-8", timeout=120
        )

    done = storyweaver("sample", str(folder))
    assert done.returncode == 0, done.stderr
    project = folder / "endimpunity-2014.storyweaver"
    assert str(project) in done.stdout
    assert done.stderr == ""
    items = json.loads(storyweaver("items", str(project), "--json").stdout)
    story = json.loads(storyweaver("story", str(project), "--json").stdout)
    story_items = [block["item"] for block in story if block["type"] == "item"]
    assert [i["id"] for i in items if i["in_story"]] == [i["id"] for i in story_items]
    assert len(items) > len(story_items) >= 20
    by_id = {i["id"]: i for i in items}
    for entry in story_items:
        assert by_id[entry["id"]]["text"] == entry["text"]
        assert by_id[entry["id"]]["section"] == entry["section"]
    assert {block["type"] for block in story} == {"heading", "text", "item"}
    assert "briefing" in {block["visibility"] for block in story}
