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
from typing import Any

import pytest

from storyweaver import cli
from storyweaver.bench._export_story import picture
from storyweaver.capture.pages.original import original_record
from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform, ReadableCopy, Visibility
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

warcio = pytest.importorskip("warcio.archiveiterator")
pytest.importorskip("wacz.main")
CAPTURED = datetime(2024, 5, 3, 10, 30, tzinfo=UTC)
PAGE = b"<!doctype html><html><head><title>Rally</title></head><body>Rally report</body></html>"
ORIGINAL = PAGE.replace(b"Rally report", "Original bytes, café".encode())


def build(path: Path) -> dict[str, str]:
    with Project.create(path, title="Archive") as project:
        page = project.put_blob(PAGE, "text/html")
        photo = project.put_blob(picture(1), "image/jpeg")
        face = project.put_blob(picture(2), "image/jpeg")
        raw = project.put_blob(b'{"id": "1", "content": "post"}', "application/json")
        secret = project.put_blob(b'{"id": "2", "content": "Threatened Person speaks"}', "application/json")
        link = Item(ItemKind.LINK, CAPTURED, "unfurl", url="https://news.example.org/rally", title="Rally",
                    raw_sha256=page, media=[Media("image", photo, "A crowd", url="https://news.example.org/crowd.jpg")])
        # Kept by the capture as fetched (issue 16's record), after a redirect from its card's address.
        record = original_record(ORIGINAL, address="https://news.example.org/kept?from=rss", captured_at=CAPTURED,
                                 status=200, headers={"Content-Type": "text/html; charset=utf-8", "Server": "x",
                                                      "Content-Encoding": "gzip"})
        kept = Item(ItemKind.LINK, CAPTURED, "unfurl", url="https://news.example.org/kept", title="Kept",
                    raw_sha256=page, readable=ReadableCopy(CAPTURED, "test", original_sha256=project.put_blob(
                        record, "application/warc")))
        # Its kept page damaged (not a WARC record): archived from what the project kept, as before.
        damaged = Item(ItemKind.LINK, CAPTURED, "unfurl", url="https://news.example.org/damaged", title="Damaged",
                       raw_sha256=page, readable=ReadableCopy(CAPTURED, "test", original_sha256=project.put_blob(
                           b"\x1f\x8b not a record", "application/warc")))
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
        project.library.add([link, kept, damaged, post, redacted, briefing, hidden, outside])
        for item in (link, kept, damaged, post, redacted):
            project.story.append(Block(BlockType.ITEM, item_id=item.id))
        project.story.append(Block(BlockType.ITEM, item_id=briefing.id, visibility=Visibility.BRIEFING))
        project.story.append(Block(BlockType.HEADING, "Private", visibility=Visibility.BRIEFING))
        project.story.append(Block(BlockType.ITEM, item_id=hidden.id))
    return {"page": page, "original": hashlib.sha256(ORIGINAL).hexdigest(), "photo": photo, "raw": raw}


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
    for record in warcio.ArchiveIterator(io.BytesIO(warc), check_digests="raise"):
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
        ("response", "https://news.example.org/kept?from=rss"): (date, shas["original"], "x"),
        ("resource", "https://news.example.org/damaged"): (date, shas["page"], None),
        ("metadata", "https://mastodon.example/@a/1"): (date, shas["raw"], None),
    }
    assert [p["url"] for p in pages[1:]] == ["https://news.example.org/rally", "https://news.example.org/kept?from=rss",
                                             "https://news.example.org/damaged"]


def test_nothing_redacted_briefing_only_or_private_is_in_the_archive(archive):
    path, _shas = archive
    with zipfile.ZipFile(path) as bundle:
        everything = b"".join(gzip.decompress(data) if name.endswith(".gz") else data
                              for name in bundle.namelist() for data in [bundle.read(name)])
    for secret in (b"threatened", b"Threatened Person", b"face.jpg", b"briefing-only", b"hidden-section",
                   b"not-in-story"):
        assert secret not in everything


def _records(path: Path) -> tuple[dict[tuple[str, str], Any], list[dict[str, str]]]:
    """Each record of the archive by type and address: its WARC headers, HTTP headers and payload
    (every digest checked by warcio on the way), and the listed pages."""
    with zipfile.ZipFile(path) as bundle:
        warc = bundle.read("archive/story.warc.gz")
        pages = [json.loads(line) for line in bundle.read("pages/pages.jsonl").decode().splitlines()[1:]]
    found = {}
    for record in warcio.ArchiveIterator(io.BytesIO(warc), check_digests="raise"):
        payload = record.raw_stream.read()
        found[(record.rec_type, record.rec_headers.get_header("WARC-Target-URI"))] = (
            record.rec_headers, record.http_headers, payload)
    return found, pages


def _capture_and_export(folder: Path, source: str) -> tuple[Path, datetime]:
    project = folder / "p.storyweaver"
    assert cli.main(["new", str(project), "--title", "Replay"]) == 0
    assert cli.main(["add", str(project), source, "--to-story"]) == 0
    assert cli.main(["export", str(project), "--wacz", str(folder / "story.wacz")]) == 0
    with Project.open(project, readonly=True) as opened:
        (item,) = opened.library.get_many([row[0] for row in opened.query("SELECT id FROM items")]).values()
    return folder / "story.wacz", item.captured_at


def test_a_page_fetched_from_a_server_is_archived_with_its_status_headers_and_bytes(httpserver, tmp_path):
    served = ("<!doctype html><html><head><title>Vigil</title></head><body><p>Candles at the courthouse, "
              "Zoë read the names.</p></body></html>").encode()
    httpserver.expect_request("/vigil").respond_with_data(
        served, status=203, content_type="text/html; charset=utf-8", headers={"X-Campaign": "vigil-2024"})
    address = httpserver.url_for("/vigil")
    path, captured = _capture_and_export(tmp_path, address)
    records, pages = _records(path)
    warc_headers, http, payload = records[("response", address)]
    assert payload == served
    assert http.statusline == "203 Non-Authoritative Information" and http.protocol == "HTTP/1.1"
    assert http.get_header("X-Campaign") == "vigil-2024"
    assert http.get_header("Content-Type") == "text/html; charset=utf-8"
    assert warc_headers.get_header("WARC-Date") == captured.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert warc_headers.get_header("WARC-Payload-Digest") == f"sha256:{hashlib.sha256(served).hexdigest()}"
    assert warc_headers.get_header("Content-Type") == "application/http; msgtype=response"
    assert [p["url"] for p in pages] == [address]
    done = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(path)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and "Validation succeeded" in done.stdout, done.stdout + done.stderr


def test_a_saved_page_is_archived_as_a_resource_of_its_bytes_at_its_address(tmp_path):
    saved = tmp_path / "vigil.html"
    saved.write_bytes(b'<!doctype html><html><head><link rel="canonical" href="https://news.example.org/vigil">'
                      b"<title>Vigil</title></head><body><p>Saved from the browser.</p></body></html>")
    path, captured = _capture_and_export(tmp_path, str(saved))
    records, pages = _records(path)
    assert list(records) == [("resource", "https://news.example.org/vigil")]
    warc_headers, http, payload = records[("resource", "https://news.example.org/vigil")]
    assert payload == saved.read_bytes() and http is None
    assert warc_headers.get_header("Content-Type") == "text/html"
    assert warc_headers.get_header("WARC-Date") == captured.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert [p["url"] for p in pages] == ["https://news.example.org/vigil"]
