"""A story bundle comes back in whole, and a hostile one is refused whole."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from storyweaver.bench._export_story import CAPTURED
from storyweaver.capture.merge.bundle import import_bundle
from storyweaver.core.model import Item, ItemKind
from storyweaver.errors import ProjectError
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.export.bundle import item_record
from storyweaver.messages import describe
from storyweaver.store.project import Project


def contents(path: Path) -> tuple[list[dict], list[tuple], dict[str, tuple[str, bytes]]]:
    """Library, story and media of a project, in comparable form (ids and provenance left out)."""
    with Project.open(path, readonly=True) as project:
        items = {}
        for item in project.library.iter_all():
            record = item_record(item)
            record["extra"] = {k: v for k, v in record["extra"].items() if k != "provenance"}
            items[item.id] = record
        story = [(b.type.value, b.text, b.caption, b.visibility.value,
                  json.dumps({k: v for k, v in items[b.item_id].items() if k != "id"}, sort_keys=True)
                  if b.item_id else None) for b in project.story.blocks()]
        media = {sha: (mime, data) for sha, mime, data in project.query("SELECT sha256, mime, data FROM blobs")}
    library = sorted((dict(r, id=None) for r in items.values()), key=lambda r: json.dumps(r, sort_keys=True))
    return library, story, media


@pytest.fixture(scope="module")
def bundle(demo_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "demo.storyweaver-bundle"
    with Project.open(demo_project, readonly=True) as project:
        export_story(project, ExportOptions(bundle=out))
    return out


def test_a_bundle_comes_back_identical_into_an_empty_project(demo_project, bundle, tmp_path):
    empty = tmp_path / "empty.storyweaver"
    Project.create(empty, title="Empty").close()
    with Project.open(empty) as project:
        report = import_bundle(project, bundle)
    assert report.added and not report.existing
    library, story, media = contents(empty)
    want_library, want_story, want_media = contents(demo_project)
    assert library == want_library
    assert story == want_story
    assert media == want_media
    with Project.open(empty, readonly=True) as project:  # who captured what is remembered
        assert all(i.extra["provenance"][0]["project_title"] == "#EndImpunity: a month of action"
                   for i in project.library.iter_all())


def test_the_json_export_describes_the_whole_library_marking_the_rest_private(tmp_path, demo_project):
    copy = tmp_path / "copy.storyweaver"
    shutil.copyfile(demo_project, copy)
    with Project.open(copy) as project:
        project.library.add([Item(ItemKind.LINK, CAPTURED, "test", url="https://example.org/collected")])
    with Project.open(copy, readonly=True) as project:
        export_story(project, ExportOptions(json=tmp_path / "s.json"))
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert [i["url"] for i in data["library"]] == ["https://example.org/collected"]
    assert data["library"][0]["private"] is True and data["library"][0]["in_story"] is False
    assert data["blocks"] and data["format"] == "storyweaver-story"


def _rewrite(source: Path, target: Path, change) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        entries = {i.filename: old.read(i) for i in old.infolist()}
        for name, data in change(entries).items():
            new.writestr(name, data)


def _slip(entries):
    return {**entries, "../../outside.txt": b"escaped"}


def _mismatch(entries):
    name = next(n for n in entries if n.startswith("media/"))
    return {**entries, name: entries[name][:-10] + b"0123456789"}


def _bomb(entries):
    return {**entries, "media/" + hashlib.sha256(b"\0" * 64_000_000).hexdigest(): b"\0" * 64_000_000}


def _broken_json(entries):
    document = json.loads(entries["story.json"])
    document["items"][0]["kind"] = "spell"
    return {**entries, "story.json": json.dumps(document)}


def _naive_time(entries):
    document = json.loads(entries["story.json"])
    document["items"][0]["captured_at"] = "2014-11-02T08:15:00"
    document["items"][1]["media"] = [{"type": "image", "width": "wide"}]
    return {**entries, "story.json": json.dumps(document)}


@pytest.mark.parametrize(("change", "words"), [
    (_slip, "unexpected entry '../../outside.txt'"), (_mismatch, "does not match its hash"),
    (_bomb, "would expand to 64000000 bytes"), (_broken_json, "story.json: ValueError"),
    (_naive_time, "story.json: TypeError a time without its offset"),
    (None, "not a bundle StoryWeaver can trust"),
])
def test_a_hostile_bundle_is_refused_in_one_line_and_nothing_is_merged(demo_project, bundle, tmp_path, change,
                                                                       words):
    hostile = tmp_path / "hostile.storyweaver-bundle"
    if change is None:
        hostile.write_bytes(b"PK\x03\x04 this is no zip at all")
    else:
        _rewrite(bundle, hostile, change)
    target = tmp_path / "target.storyweaver"
    Project.create(target, title="Target").close()
    before = "\n".join(sqlite3.connect(target).iterdump())
    with Project.open(target) as project, pytest.raises(ProjectError) as refused:
        import_bundle(project, hostile)
    message = describe(refused.value)
    assert words in message and "\n" not in message
    assert "\n".join(sqlite3.connect(target).iterdump()) == before
    assert not (tmp_path.parent / "outside.txt").exists()
