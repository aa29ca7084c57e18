"""Captures parsed and fetched in a child process (the editor's way) and stored here.

Real child processes, real fixture files, a real local HTTP server and real project files:
the child must give exactly what the same capture gives in this process, carry warnings
and failures across, and leave nothing half-done when it is cancelled or dies.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug import Request, Response

from storyweaver.capture import dispatch
from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import CaptureReport, LocalReader, capture_sources
from storyweaver.capture.transport.parent_side import ChildReader
from storyweaver.store.project import Project
from tests.post_fixtures import FIXTURES, zip_folder

PAGE = ('<html lang="en"><head><title>Vigil in Manila</title>'
        '<meta property="og:description" content="Candles for the journalists killed this year."></head>'
        '<body><p>Report.</p></body></html>')


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "campaign.storyweaver", title="Campaign") as opened:
        yield opened


@pytest.fixture
def editor_context() -> CaptureContext:
    return CaptureContext(stage_files=True, workers=4)


def comparable(project: Project) -> list[dict[str, Any]]:
    """Every item as data, without what differs between two captures (ids, capture time)."""
    rows = []
    for item in project.library.iter_all():
        data = dataclasses.asdict(item)
        data.pop("id")
        data.pop("captured_at")
        for entry in data["extra"].get("also_captured", ()):  # each way in keeps its own capture time
            entry.pop("captured_at")
        rows.append(data)
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str))


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def twarc2_lines(path: Path, count: int, *, broken_after: int | None = None) -> Path:
    lines = []
    for k in range(count):
        if broken_after is not None and k == broken_after:
            lines.append('{"data": [{"id": "1", "text": "cut off')
            continue
        tweet = {"id": str(800000000000000000 + k), "text": f"Post {k} #EndImpunity", "author_id": "31",
                 "created_at": "2014-11-02T09:15:27.000Z"}
        lines.append(json.dumps({"data": [tweet], "includes": {"users": [{"id": "31", "username": "ngo_example",
                                                                         "name": "NGO"}]}}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def x_archive_lines(path: Path, count: int, *, broken_after: int | None = None) -> Path:
    """An X archive whose ``tweets.js`` (one JSON document, one post a line) is damaged at
    ``broken_after``: unlike JSON Lines, such a file fails whole."""
    import zipfile

    lines = []
    for k in range(count):
        tweet = {"tweet": {"id_str": str(700000000000000000 + k), "full_text": f"Archived {k} #EndImpunity",
                           "created_at": "Sun Nov 02 09:15:27 +0000 2014", "entities": {}}}
        lines.append('{"tweet": {"id_str": "1", "full_text": "cut' if k == broken_after else json.dumps(tweet))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/tweets.js", "window.YTD.tweets.part0 = [\n" + ",\n".join(lines) + "\n]")
    return path


def test_the_child_captures_exactly_what_this_process_captures(tmp_path, editor_context) -> None:
    archive = zip_folder(FIXTURES / "x-archive", tmp_path / "twitter-2014.zip")
    sources = [str(archive), str(FIXTURES / "twarc2.jsonl"), str(FIXTURES / "storify.json"),
               str(FIXTURES / "json2csv.csv"), str(FIXTURES / "grailbird")]
    with Project.create(tmp_path / "here.storyweaver", title="Here") as here:
        local = capture_sources(here, sources, CaptureContext(stage_files=True), reader=LocalReader(editor_context))
        expected = comparable(here)
    with Project.create(tmp_path / "child.storyweaver", title="Child") as there, ChildReader(editor_context) as child:
        report = capture_sources(there, sources, editor_context, reader=child)
        assert child.pid is not None and child.pid != os.getpid()
        got = comparable(there)
    assert not report.failures and not local.failures
    assert len(report.added) == len(local.added) >= 12
    assert report.existing == local.existing
    assert got == expected
    assert gone(child.pid)


def test_warnings_and_failures_cross_over_and_a_broken_file_leaves_nothing(tmp_path, project,
                                                                          editor_context) -> None:
    import zipfile

    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as out:
        tweet = {"tweet": {"id_str": "528837781607157763", "full_text": "kept",
                           "created_at": "Sun Nov 02 09:15:27 +0000 2014", "entities": {}}}
        out.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + json.dumps([tweet]))
        out.writestr("../../escaped.txt", "never written")
    broken = x_archive_lines(tmp_path / "broken.zip", 20, broken_after=12)
    good = twarc2_lines(tmp_path / "good.jsonl", 5)
    unknown = tmp_path / "notes.xyz"
    unknown.write_text("not a format we know", encoding="utf-8")
    with ChildReader(editor_context) as child:
        report = capture_sources(project, [str(evil), str(broken), str(unknown), str(good)], editor_context,
                                 reader=child)
    codes = {Path(source).name: error.code for source, error in report.failures}
    assert codes == {"broken.zip": "broken-file", "notes.xyz": "unsupported-source"}
    assert [w.facts["member"] for w in report.warnings if w.code == "member-refused"] == ["../../escaped.txt"]
    texts = sorted(item.text or "" for item in project.library.iter_all())
    assert texts == sorted(["kept"] + [f"Post {k} #EndImpunity" for k in range(5)])
    assert "line 14" in str(dict(report.failures)[str(broken)])


def test_a_large_file_streams_from_the_child_and_a_late_error_rolls_it_all_back(tmp_path, project, editor_context,
                                                                               monkeypatch) -> None:
    # Files above the staging limit are written while the child still reads them (one long
    # transaction); 1,200 good posts arrive in several messages before the broken line.
    monkeypatch.setattr(dispatch, "STAGED_IMPORT_LIMIT", 0)
    late_break = x_archive_lines(tmp_path / "late-break.zip", 1300, broken_after=1200)
    whole = twarc2_lines(tmp_path / "whole.jsonl", 900)
    with ChildReader(editor_context) as child:
        report = capture_sources(project, [str(late_break), str(whole)], editor_context, reader=child)
    assert [code for _, code in ((s, e.code) for s, e in report.failures)] == ["broken-file"]
    assert project.library.count() == 900
    assert len(report.added) == 900


class Stall:
    """A page that answers only when the test lets it (or after 20 s)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.asked = threading.Event()

    def __call__(self, request: Request) -> Response:
        self.asked.set()
        self.release.wait(20)
        return Response(PAGE, content_type="text/html")


@pytest.fixture
def stall(httpserver) -> Iterator[Stall]:
    handler = Stall()
    httpserver.expect_request("/stalled").respond_with_handler(handler)
    yield handler
    handler.release.set()


def test_cancel_kills_the_child_at_once_and_keeps_what_was_finished(tmp_path, project, editor_context, httpserver,
                                                                   stall) -> None:
    good = twarc2_lines(tmp_path / "good.jsonl", 5)
    threading.Thread(target=lambda: stall.asked.wait(10) and editor_context.cancel_event.set(), daemon=True).start()
    child = ChildReader(editor_context)
    start = time.monotonic()
    try:
        report = capture_sources(project, [str(good), httpserver.url_for("/stalled")], editor_context, reader=child)
    finally:
        child.close()
    assert report.cancelled
    assert time.monotonic() - start < 5
    assert stall.asked.is_set()
    assert project.library.count() == 5  # the file finished before the cancel; the page never came
    assert child.pid is not None and gone(child.pid)


def test_a_child_that_dies_is_one_clear_failure_and_the_next_capture_starts_afresh(tmp_path, project,
                                                                                   editor_context, httpserver,
                                                                                   stall) -> None:
    httpserver.expect_request("/report").respond_with_data(PAGE, content_type="text/html")

    def kill_when_asked() -> None:
        if stall.asked.wait(10) and child.pid is not None:
            os.kill(child.pid, signal.SIGKILL)
            stall.release.set()  # the local server answers one request at a time

    with ChildReader(editor_context) as child:
        threading.Thread(target=kill_when_asked, daemon=True).start()
        first = capture_sources(project, [httpserver.url_for("/stalled")], editor_context, reader=child)
        killed = child.pid
        second = capture_sources(project, [httpserver.url_for("/report"), str(twarc2_lines(tmp_path / "a.jsonl", 3))],
                                 editor_context, reader=child)
    [(source, error)] = first.failures
    assert source.endswith("/stalled") and error.code == "capture-stopped"
    assert "stopped before the end" in str(error)
    assert not first.added and not first.cancelled
    assert not second.failures and len(second.added) == 4
    assert killed is not None and child.pid != killed
    titles = {item.title for item in project.library.iter_all() if item.title}
    assert titles == {"Vigil in Manila"}


def test_an_address_already_captured_never_reaches_the_child(tmp_path, project, editor_context, httpserver) -> None:
    httpserver.expect_request("/report").respond_with_data(PAGE, content_type="text/html")
    address = httpserver.url_for("/report")
    with ChildReader(editor_context) as child:
        first = capture_sources(project, [address], editor_context, reader=child)
    with ChildReader(editor_context) as offline:
        again = capture_sources(project, [address], editor_context, reader=offline)
    assert len(first.added) == 1
    assert again.existing == first.added and not again.added
    assert offline.pid is None  # answered from the project, no child started
    assert [request.path for request, _ in httpserver.log].count("/report") == 1


def test_report_of_a_child_capture_is_a_plain_report(project, editor_context) -> None:
    with ChildReader(editor_context) as child:
        report = capture_sources(project, [], editor_context, reader=child)
    assert report == CaptureReport()
    assert child.pid is None


def test_a_file_past_the_staging_limit_streams_into_one_transaction_and_a_late_error_keeps_nothing(
        tmp_path, project, editor_context, monkeypatch) -> None:
    # A small zip can hold 50,000 posts: past STAGED_ITEMS_LIMIT items the editor's import stops
    # holding them and writes as it reads, still as one transaction.
    monkeypatch.setattr(dispatch, "STAGED_ITEMS_LIMIT", 300)
    late_break = x_archive_lines(tmp_path / "late-break.zip", 1300, broken_after=1200)
    whole = twarc2_lines(tmp_path / "whole.jsonl", 900)
    small = twarc2_lines(tmp_path / "small.jsonl", 200)
    with ChildReader(editor_context) as child:
        report = capture_sources(project, [str(late_break), str(whole), str(small)], editor_context, reader=child)
    assert [(Path(source).name, error.code) for source, error in report.failures] == [("late-break.zip",
                                                                                       "broken-file")]
    # the 900 streamed, and the 200 of the small file (staged) were already among them
    assert project.library.count() == 900 == len(report.added)
    assert len(report.existing) == 200


def test_the_editor_s_child_reads_the_open_networks_exports_as_this_process_does(tmp_path, editor_context) -> None:
    """Import and drag-and-drop in the editor parse in a child process: the Mastodon archive,
    the Bluesky export, a feed and a 2011 Storify story give there exactly what they give here."""
    from tests.post_fixtures import archive_folder, as_tar_gz

    sources = [str(as_tar_gz(archive_folder(tmp_path), tmp_path / "archive.tar.gz")),
               str(FIXTURES / "bluesky" / "atcute-repo.car"), str(FIXTURES / "http" / "feed-rss.xml"),
               str(FIXTURES / "storify-2011.json")]
    with Project.create(tmp_path / "here.storyweaver", title="Here") as here:
        here_context = CaptureContext(stage_files=True, workers=4)
        local = capture_sources(here, sources, here_context, reader=LocalReader(here_context))
        expected = comparable(here)
    with Project.create(tmp_path / "child.storyweaver", title="Child") as there, ChildReader(editor_context) as child:
        report = capture_sources(there, sources, editor_context, reader=child)
        got = comparable(there)
    assert not report.failures and not local.failures
    assert len(report.added) == len(local.added) >= 25
    assert {"direct-messages", "media-missing"} <= {w.code for w in report.warnings}
    assert sorted(w.code for w in report.warnings) == sorted(w.code for w in local.warnings)
    assert got == expected


def test_a_page_captured_in_the_child_keeps_its_readable_copy(tmp_path, project, editor_context, httpserver) -> None:
    words = "Reporters gathered at the courthouse to remember the journalists killed this year. " * 6
    page = f"<html lang='en'><head><title>Vigil</title></head><body><article><p>{words}</p></article></body></html>"
    httpserver.expect_request("/vigil").respond_with_data(page, content_type="text/html")
    with ChildReader(editor_context) as child:
        report = capture_sources(project, [httpserver.url_for("/vigil")], editor_context, reader=child)
    assert not report.failures and len(report.added) == 1
    item = project.library.get(report.added[0])
    assert item is not None and item.readable is not None and item.readable.html_sha256 is not None
    assert project.has_blob(item.readable.html_sha256) and project.has_blob(item.readable.original_sha256 or "")
    (text,) = project.query("SELECT text FROM readables WHERE item_id = ?", (item.id,))[0]
    assert "journalists killed this year" in text
