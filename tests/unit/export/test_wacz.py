"""The web archive: replayable records, checked by warcio and wacz, and nothing protected in it."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyweaver.bench._export_story import picture
from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform, Visibility
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

warcio = pytest.importorskip("warcio.archiveiterator")
pytest.importorskip("wacz.main")
CAPTURED = datetime(2024, 5, 3, 10, 30, tzinfo=UTC)
PAGE = b"<!doctype html><html><head><title>Rally</title></head><body>Rally report</body></html>"


def build(path: Path) -> dict[str, str]:
    with Project.create(path, title="Archive") as project:
        page = project.put_blob(PAGE, "text/html")
        original = project.put_blob(PAGE.replace(b"Rally report", b"Original bytes"), "text/html")
        photo = project.put_blob(picture(1), "image/jpeg")
        face = project.put_blob(picture(2), "image/jpeg")
        raw = project.put_blob(b'{"id": "1", "content": "post"}', "application/json")
        secret = project.put_blob(b'{"id": "2", "content": "Threatened Person speaks"}', "application/json")
        link = Item(ItemKind.LINK, CAPTURED, "unfurl", url="https://news.example.org/rally", title="Rally",
                    raw_sha256=page, media=[Media("image", photo, "A crowd", url="https://news.example.org/crowd.jpg")])
        kept = Item(ItemKind.LINK, CAPTURED, "unfurl", url="https://news.example.org/kept", title="Kept",
                    raw_sha256=page, extra={"original_response": {
                        "status": 200, "headers": [["Content-Type", "text/html; charset=utf-8"], ["Server", "x"]],
                        "body_sha256": original}})
        post = Item(ItemKind.POST, CAPTURED, "mastodon-api", platform=Platform.MASTODON, platform_id="1",
                    url="https://mastodon.example/@a/1", text="post", author=Author("A", "a"), raw_sha256=raw)
        redacted = Item(ItemKind.POST, CAPTURED, "mastodon-api", platform=Platform.MASTODON, platform_id="2",
                        url="https://mastodon.example/@threatened/2", text="speaks", raw_sha256=secret,
                        author=Author("Threatened Person", "threatened"), redacted=True,
                        media=[Media("image", face, "A face", url="https://files.example/face.jpg")])
        briefing = Item(ItemKind.LINK, CAPTURED, "unfurl", url="https://intranet.example/briefing-only",
                        raw_sha256=page)
        hidden = Item(ItemKind.LINK, CAPTURED, "unfurl", url="https://intranet.example/hidden-section", raw_sha256=page)
        outside = Item(ItemKind.LINK, CAPTURED, "unfurl", url="https://intranet.example/not-in-story", raw_sha256=page)
        project.library.add([link, kept, post, redacted, briefing, hidden, outside])
        for item in (link, kept, post, redacted):
            project.story.append(Block(BlockType.ITEM, item_id=item.id))
        project.story.append(Block(BlockType.ITEM, item_id=briefing.id, visibility=Visibility.BRIEFING))
        project.story.append(Block(BlockType.HEADING, "Private", visibility=Visibility.BRIEFING))
        project.story.append(Block(BlockType.ITEM, item_id=hidden.id))
    return {"page": page, "original": original, "photo": photo, "raw": raw}


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("wacz")
    shas = build(folder / "p.storyweaver")
    with Project.open(folder / "p.storyweaver", readonly=True) as project:
        export_story(project, ExportOptions(wacz=folder / "story.wacz"))
    return folder / "story.wacz", shas


def test_wacz_validates_the_package(archive):
    path, _shas = archive
    # In its own process: the validator leaves files open, which this suite's warnings would fail.
    done = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(path)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Validation succeeded" in done.stdout


def test_warcio_reads_every_record_with_its_capture_time_and_hash(archive):
    path, shas = archive
    with zipfile.ZipFile(path) as bundle:
        warc = bundle.read("archive/story.warc.gz")
        pages = [json.loads(line) for line in bundle.read("pages/pages.jsonl").decode().splitlines()]
    records = {}
    for record in warcio.ArchiveIterator(io.BytesIO(warc), check_digests=True):
        if record.rec_type == "warcinfo":
            continue
        body = record.content_stream().read()
        records[(record.rec_type, record.rec_headers.get_header("WARC-Target-URI"))] = (
            record.rec_headers.get_header("WARC-Date"), hashlib.sha256(body).hexdigest(),
            record.http_headers.get_header("Server") if record.http_headers else None)
    date = "2024-05-03T10:30:00Z"
    assert records == {
        ("resource", "https://news.example.org/rally"): (date, shas["page"], None),
        ("resource", "https://news.example.org/crowd.jpg"): (date, shas["photo"], None),
        ("response", "https://news.example.org/kept"): (date, shas["original"], "x"),
        ("metadata", "https://mastodon.example/@a/1"): (date, shas["raw"], None),
    }
    assert [p["url"] for p in pages[1:]] == ["https://news.example.org/rally", "https://news.example.org/kept"]


def test_nothing_redacted_briefing_only_or_private_is_in_the_archive(archive):
    path, _shas = archive
    with zipfile.ZipFile(path) as bundle:
        everything = b"".join(gzip.decompress(data) if name.endswith(".gz") else data
                              for name in bundle.namelist() for data in [bundle.read(name)])
    for secret in (b"threatened", b"Threatened Person", b"face.jpg", b"briefing-only", b"hidden-section",
                   b"not-in-story"):
        assert secret not in everything
