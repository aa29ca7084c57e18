"""A Bluesky repository export (``com.atproto.sync.getRepo``, Settings > Export my data).

Real data: ``tests/fixtures/posts/bluesky/atcute-repo.car`` is the repository CAR of the
test in mary-ext/atcute ``packages/utilities/car/lib/atproto-repo.test.ts`` (a profile and a
post with a mention facet), decoded from its base64.  The larger repository is written by
``storyweaver.bench._bluesky_repo`` from records in the lexicons' shapes
(bluesky-social/atproto ``lexicons/app/bsky/feed/post.json``, ``embed/images.json``,
``embed/external.json``, ``embed/record.json``, ``embed/recordWithMedia.json``,
``embed/video.json``, ``feed/repost.json``, ``actor/profile.json``, ``richtext/facet.json``).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image

from storyweaver.bench._bluesky_repo import RepoWriter, blob_ref, cid_of
from storyweaver.capture.archives.car import cid_text
from storyweaver.capture.context import CaptureContext, Endpoints
from storyweaver.core.model import ItemKind, Platform
from tests.post_fixtures import FIXTURES, items_by_id

DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"
OTHER = "at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l3qo2vuowo2b"
OTHER_CID = "bafyreihchtmrzqkyypcplxvxrtv6a6dyyqzzrkfegfduzgtu5t5a3dt7hu"


def _png(color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), color).save(out, "PNG")
    return out.getvalue()


def campaign_repo(tmp_path: Path, *, keep_blobs: bool = True) -> tuple[Path, dict[str, bytes]]:
    writer = RepoWriter(DID)
    vigil, avatar = _png((30, 30, 120)), _png((200, 40, 40))
    vigil_cid = writer.put_blob(vigil) if keep_blobs else cid_of(vigil, 0x55)
    avatar_cid = writer.put_blob(avatar) if keep_blobs else cid_of(avatar, 0x55)
    video_cid = cid_of(b"an mp4 the export does not carry", 0x55)
    text = "Ten years of #EndImpunity 🕯️ read https://freedomdesk.example/2024/idei with @mediawatch.bsky.social"
    raw = text.encode()

    def span(part: str) -> dict[str, int]:  # facets count UTF-8 bytes
        start = raw.index(part.encode())
        return {"byteStart": start, "byteEnd": start + len(part.encode())}

    records = {
        "app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile", "displayName": "Freedom Desk (demo) ✊",
                                        "description": "Demo account", "avatar": blob_ref(avatar_cid, "image/png",
                                                                                           len(avatar)),
                                        "createdAt": "2023-05-01T10:00:00.000Z"},
        "app.bsky.feed.post/3kb4xqvyzjc2a": {
            "$type": "app.bsky.feed.post", "text": text, "createdAt": "2024-11-02T09:15:27.000Z", "langs": ["en"],
            "facets": [
                {"$type": "app.bsky.richtext.facet", "index": span("#EndImpunity"),
                 "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "EndImpunity"}]},
                {"$type": "app.bsky.richtext.facet", "index": span("https://freedomdesk.example/2024/idei"),
                 "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://freedomdesk.example/2024/idei"}]},
                {"$type": "app.bsky.richtext.facet", "index": span("@mediawatch.bsky.social"),
                 "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:ia76kvnndjutgedggx2ibrem"}]},
            ],
            "embed": {"$type": "app.bsky.embed.images", "images": [
                {"alt": "Candles at a vigil, names of journalists on cards",
                 "image": blob_ref(vigil_cid, "image/png", len(vigil)), "aspectRatio": {"width": 8, "height": 6}}]},
        },
        "app.bsky.feed.post/3kb4xqvyzjc2b": {
            "$type": "app.bsky.feed.post", "text": "Réponse en français", "createdAt": "2024-11-02T10:00:00.000Z",
            "langs": ["fr"],
            "reply": {"root": {"uri": f"at://{DID}/app.bsky.feed.post/3kb4xqvyzjc2a", "cid": OTHER_CID},
                      "parent": {"uri": f"at://{DID}/app.bsky.feed.post/3kb4xqvyzjc2a", "cid": OTHER_CID}},
            "embed": {"$type": "app.bsky.embed.external", "external": {
                "uri": "https://ifex.example/idei", "title": "IDEI 2024", "description": "The day, explained"}},
        },
        "app.bsky.feed.post/3kb4xqvyzjc2c": {
            "$type": "app.bsky.feed.post", "text": "Quoting, with a video", "createdAt": "2024-11-02T11:00:00.000Z",
            "embed": {"$type": "app.bsky.embed.recordWithMedia",
                      "record": {"$type": "app.bsky.embed.record", "record": {"uri": OTHER, "cid": OTHER_CID}},
                      "media": {"$type": "app.bsky.embed.video", "alt": "The vigil, filmed",
                                "video": blob_ref(video_cid, "video/mp4", 123456),
                                "aspectRatio": {"width": 16, "height": 9}}},
        },
        "app.bsky.feed.repost/3kb4xqvyzjc2d": {"$type": "app.bsky.feed.repost", "createdAt": "2024-11-02T12:00:00.000Z",
                                               "subject": {"uri": OTHER, "cid": OTHER_CID}},
        "app.bsky.feed.like/3kb4xqvyzjc2e": {"$type": "app.bsky.feed.like", "createdAt": "2024-11-02T12:00:00.000Z",
                                             "subject": {"uri": OTHER, "cid": OTHER_CID}},
        "app.bsky.graph.follow/3kb4xqvyzjc2f": {"$type": "app.bsky.graph.follow", "subject": "did:plc:abc",
                                                "createdAt": "2024-11-02T12:00:00.000Z"},
    }
    path = tmp_path / "repo.car"
    path.write_bytes(writer.car(records))
    return path, {"vigil": vigil, "avatar": avatar}


def test_every_post_repost_and_the_profile_of_the_export(tmp_path, project, add):
    path, blobs = campaign_repo(tmp_path)
    report = add(path, ctx=CaptureContext(endpoints=Endpoints(bluesky_pds="https://pds.example")))
    assert not report.failures, report.failures
    items = items_by_id(project)
    assert len(items) == 4  # three posts and a repost; the like and the follow are no material
    first = items[f"at://{DID}/app.bsky.feed.post/3kb4xqvyzjc2a"]
    assert first.platform is Platform.BLUESKY and first.url == f"https://bsky.app/profile/{DID}/post/3kb4xqvyzjc2a"
    assert first.hashtags == ["EndImpunity"] and first.lang == "en"
    assert first.extra["links"] == [{"url": "https://freedomdesk.example/2024/idei",
                                     "text": "https://freedomdesk.example/2024/idei"}]
    assert first.extra["mentions"] == [{"did": "did:plc:ia76kvnndjutgedggx2ibrem"}]
    assert first.author is not None and first.author.name == "Freedom Desk (demo) ✊" and first.author.handle == DID
    assert project.get_blob(first.author.avatar_sha256 or "") == (blobs["avatar"], "image/png")
    [photo] = first.media
    assert photo.alt == "Candles at a vigil, names of journalists on cards" and (photo.width, photo.height) == (8, 6)
    assert project.get_blob(photo.sha256 or "") == (blobs["vigil"], "image/png")
    reply = items[f"at://{DID}/app.bsky.feed.post/3kb4xqvyzjc2b"]
    assert reply.extra["reply_to"]["uri"] == f"at://{DID}/app.bsky.feed.post/3kb4xqvyzjc2a" and reply.lang == "fr"
    assert reply.extra["card"]["url"] == "https://ifex.example/idei" and reply.extra["card"]["title"] == "IDEI 2024"
    quoting = items[f"at://{DID}/app.bsky.feed.post/3kb4xqvyzjc2c"]
    assert quoting.extra["quote_of"]["uri"] == OTHER
    [video] = quoting.media
    assert video.type == "video" and video.alt == "The vigil, filmed" and video.sha256 is None
    assert video.url == (f"https://pds.example/xrpc/com.atproto.sync.getBlob?did=did%3Aplc%3Aewvi7nxzyoun6zhxrhs64oiz"
                         f"&cid={cid_text(cid_of(b'an mp4 the export does not carry', 0x55))}")
    repost = items[f"at://{DID}/app.bsky.feed.repost/3kb4xqvyzjc2d"]
    assert repost.kind is ItemKind.LINK and repost.url == "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l3qo2vuowo2b"
    [later] = [w for w in report.warnings if w.code == "blobs-later"]
    assert str(later).endswith("1 image or video is not in the export; it will be fetched from https://pds.example "
                               "when needed.")
    assert add(path).added == []


def test_blobs_saved_beside_the_car_are_used_and_checked(tmp_path, project, add):
    folder = tmp_path / "export"
    folder.mkdir()
    _path, blobs = campaign_repo(folder, keep_blobs=False)
    (folder / "blobs").mkdir()
    (folder / "blobs" / cid_text(cid_of(blobs["vigil"], 0x55))).write_bytes(blobs["vigil"])
    (folder / "blobs" / cid_text(cid_of(blobs["avatar"], 0x55))).write_bytes(b"not the avatar")  # a lie
    report = add(folder)
    assert not report.failures, report.failures
    first = items_by_id(project)[f"at://{DID}/app.bsky.feed.post/3kb4xqvyzjc2a"]
    assert project.get_blob(first.media[0].sha256 or "") == (blobs["vigil"], "image/png")
    assert first.author is not None and first.author.avatar_sha256 is None


def test_a_real_repository_from_atproto_libraries(project, add):
    report = add(FIXTURES / "bluesky" / "atcute-repo.car")
    assert not report.failures, report.failures
    [post] = project.library.iter_all()
    assert post.platform_id == "at://did:plc:srcqou2m7uquogyd5xk4b5y5/app.bsky.feed.post/3km5ymk4hhk2z"
    assert post.text == "beep boop @mary.my.id" and post.lang == "en"
    assert post.extra["mentions"] == [{"did": "did:plc:ia76kvnndjutgedggx2ibrem"}]
    assert post.author is not None and post.author.name is None  # the profile's displayName is empty


def _hand_made_car(tmp_path: Path, blocks: list[tuple[bytes, bytes]], root: bytes) -> Path:
    """A CAR assembled by hand, so a hostile one can name blocks as it likes."""
    import libipld

    from storyweaver.bench._bluesky_repo import _varint

    header = libipld.encode_dag_cbor({"roots": [root], "version": 1})
    body = b"".join(_varint(len(cid) + len(block)) + cid + block for cid, block in blocks)
    path = tmp_path / "hostile.car"
    path.write_bytes(_varint(len(header)) + header + body)
    return path


def test_a_tree_that_points_at_itself_a_huge_block_and_a_cut_file_are_refused_whole(tmp_path, project, add):
    import libipld

    loop = cid_of(b"pretend")  # a name the block's content does not hash to
    node = libipld.encode_dag_cbor({"e": [], "l": loop})
    commit = libipld.encode_dag_cbor({"did": DID, "version": 3, "data": loop, "rev": "x", "prev": None,
                                      "sig": b"\x00" * 64})
    cycle = _hand_made_car(tmp_path, [(cid_of(commit), commit), (loop, node)], cid_of(commit))
    [(_source, error)] = add(cycle).failures
    assert error.code == "broken-file" and "does not match its content" in str(error)

    huge = libipld.encode_dag_cbor({"text": "x" * (3 * 1024 * 1024)})
    big = _hand_made_car(tmp_path, [(cid_of(commit), commit), (cid_of(huge), huge)], cid_of(commit))
    [(_source, error)] = add(big).failures
    assert "a block of 3 MiB, more than the 2 MiB allowed" in str(error)

    path, _blobs = campaign_repo(tmp_path)
    cut = tmp_path / "cut.car"
    cut.write_bytes(path.read_bytes()[:-100])
    [(_source, error)] = add(cut).failures
    assert "the file ends inside a block" in str(error)
    assert project.library.count() == 0 and not project.query("SELECT 1 FROM blobs")


def test_a_record_of_an_unknown_kind_is_counted_and_the_rest_imports(tmp_path, project, add):
    writer = RepoWriter(DID)
    path = tmp_path / "odd.car"
    path.write_bytes(writer.car({
        "app.bsky.feed.post/3kb4xqvyzjc2a": {"$type": "app.bsky.feed.post", "text": "kept",
                                             "createdAt": "2024-11-02T09:15:27.000Z"},
        "app.bsky.feed.post/3kb4xqvyzjc2b": {"$type": "com.example.secret", "text": "wrong kind here"},
        "com.example.secret/3kb4xqvyzjc2c": {"$type": "com.example.secret", "payload": "?"},
    }))
    report = add(path)
    assert [i.text for i in project.library.iter_all()] == ["kept"]
    [warning] = report.warnings
    assert warning.code == "records-unknown" and warning.facts["count"] == 2


def test_the_same_post_from_a_saved_thread_and_from_the_export_is_one_item_with_both_provenances(
        tmp_path, project, add):
    thread = (FIXTURES / "http" / "bluesky-thread.json").read_text(encoding="utf-8").replace(
        '"AVATAR"', "null").replace('"IMAGE"', '"https://cdn.example/i.jpg"').replace("https://HOST", "https://cdn")
    saved = tmp_path / "thread.json"
    saved.write_text(thread, encoding="utf-8")
    [first] = add(saved).added
    writer = RepoWriter("did:plc:demo4freedomdesk7xq2")
    path = tmp_path / "export.car"
    path.write_bytes(writer.car({"app.bsky.feed.post/3kxyzdemo2abc": {
        "$type": "app.bsky.feed.post", "text": "the same post", "createdAt": "2024-11-02T09:15:27.123Z"}}))
    report = add(path)
    assert report.added == [] and report.existing == [first]
    item = project.library.get(first)
    assert item is not None and item.capture_method == "bluesky-file"
    assert [entry["method"] for entry in item.extra["also_captured"]] == ["bluesky-repo"]


def test_blobs_left_on_the_pds_are_fetched_when_asked_and_checked_against_their_cid(tmp_path, httpserver):
    import os
    import subprocess
    import sys

    path, blobs = campaign_repo(tmp_path, keep_blobs=False)  # the vigil photo, the avatar and the video wait
    video = b"an mp4 the export does not carry"
    answers = {cid_text(cid_of(blobs["vigil"], 0x55)): (blobs["vigil"], "image/png"),
               cid_text(cid_of(video, 0x55)): (b"something else entirely", "video/mp4")}  # a lying server
    for cid, (body, mime) in answers.items():
        httpserver.expect_request("/xrpc/com.atproto.sync.getBlob", query_string={"did": DID, "cid": cid}
                                  ).respond_with_data(body, content_type=mime)
    project = tmp_path / "p.storyweaver"
    run = [sys.executable, "-m", "storyweaver"]
    env = {**os.environ, "STORYWEAVER_BLUESKY_PDS": httpserver.url_for("").rstrip("/"), "STORYWEAVER_LANG": "en"}
    subprocess.run([*run, "new", str(project), "--title", "t"], check=True, capture_output=True, env=env)
    first = subprocess.run([*run, "add", str(project), str(path)], capture_output=True, text=True, env=env)
    assert first.returncode == 0 and "2 images or videos are not in the export" in first.stderr
    assert len(httpserver.log) == 0  # an import never reaches the network by itself
    fetched = subprocess.run([*run, "add", str(project), str(path), "--fetch-blobs"], capture_output=True,
                             text=True, env=env)
    assert "not the blob named" in fetched.stderr  # the lying answer is refused, in one line
    from storyweaver.store.project import Project

    with Project.open(project) as opened:
        post = next(i for i in opened.library.iter_all() if i.platform_id.endswith("3kb4xqvyzjc2a"))
        assert opened.get_blob(post.media[0].sha256 or "") == (blobs["vigil"], "image/png")
        quoting = next(i for i in opened.library.iter_all() if i.platform_id.endswith("3kb4xqvyzjc2c"))
        assert quoting.media[0].sha256 is None  # still waiting: its bytes were not the blob named


def test_records_of_every_length_framing_read_whole(tmp_path, project, add):
    # A block's length is a varint (CAR v1): one byte below 128, two up to 16 KiB (read inline,
    # the usual post), three beyond (read by the general loop). Each post comes back whole.
    texts = {"3kb0000000001": "short", "3kb0000000002": "vigil " * 40, "3kb0000000003": "long witness " * 2000}
    writer = RepoWriter(DID)
    records = {f"app.bsky.feed.post/{rkey}": {"$type": "app.bsky.feed.post", "text": text,
                                              "createdAt": "2024-11-02T09:15:27.000Z"} for rkey, text in texts.items()}
    (tmp_path / "repo.car").write_bytes(writer.car(records))
    report = add(tmp_path / "repo.car")
    assert not report.failures, report.failures
    stored = {item.platform_id.rpartition("/")[2]: item.text for item in project.library.iter_all()}  # type: ignore[union-attr]
    assert stored == texts


def _rows_read_from(path: Path) -> list[Any]:
    from storyweaver.capture.context import MemorySink
    from storyweaver.capture.importers import bluesky_repo

    sink = MemorySink()
    bluesky_repo.read(path, sink, CaptureContext(endpoints=Endpoints(bluesky_pds="https://pds.example")))
    assert sink.items == []  # a repository's records become rows straight away, no Item objects
    return sink.rows


def test_rows_made_straight_from_records_are_the_rows_of_the_items_they_stand_for(tmp_path):
    # The repository import skips Item objects (store.item_rows.RowMaker): each of its rows,
    # read back as the Item it stands for, must give exactly the row the store makes of an Item
    # (canonical JSON, instants as stored, dedupe key), media included.
    from storyweaver.store.item_rows import row_of
    from storyweaver.store.library import _item_from_row

    path, _blobs = campaign_repo(tmp_path)
    rows = _rows_read_from(path) + _rows_read_from(FIXTURES / "bluesky" / "atcute-repo.car")
    assert len(rows) == 5
    for row, media, copy, item in rows:
        assert copy is None and item is None
        back = _item_from_row((0, *row), list(media))
        assert row_of(back)[:2] == (row, media)
    published = {row[2].rpartition("/")[2]: row[13] for row, *_rest in rows}
    assert published["3kb4xqvyzjc2a"] == "2024-11-02T09:15:27.000+00:00"


def test_a_repository_past_the_staging_limit_streams_as_one_transaction(tmp_path, project, add, monkeypatch):
    # The editor stages a small file's items before writing; past STAGED_ITEMS_LIMIT it streams
    # them into one transaction. Rows take the same way: all kept, or nothing when the file breaks.
    from storyweaver.capture import dispatch

    monkeypatch.setattr(dispatch, "STAGED_ITEMS_LIMIT", 3)
    writer = RepoWriter(DID)
    records = {f"app.bsky.feed.post/3kb{n:010d}": {"$type": "app.bsky.feed.post", "text": f"vigil {n}",
                                                   "createdAt": "2024-11-02T09:15:27.000Z"} for n in range(12)}
    path = tmp_path / "repo.car"
    path.write_bytes(writer.car(records))
    late = tmp_path / "late.car"  # the last post's bytes changed: found bad after eleven rows went in
    late.write_bytes(path.read_bytes().replace(b"vigil 11", b"vigil 99"))
    staged = CaptureContext(stage_files=True)
    [(_source, error)] = add(late, ctx=staged).failures
    assert "does not match its content" in str(error)
    assert project.library.count() == 0 and not project.query("SELECT 1 FROM blobs")
    report = add(path, ctx=staged)
    assert not report.failures and len(report.added) == 12 == project.library.count()
    assert sorted(i.text for i in project.library.iter_all()) == sorted(f"vigil {n}" for n in range(12))  # type: ignore[type-var]
    again = add(path, ctx=staged)
    assert again.added == [] and sorted(again.existing) == sorted(report.added)


def test_an_author_redacted_as_a_person_stays_redacted_in_a_repository_import(tmp_path, project, add):
    from storyweaver.store.redacted_authors import redact_author

    redact_author(project, "bluesky", DID)
    path, _blobs = campaign_repo(tmp_path)
    assert not add(path).failures
    posts = [i for i in project.library.iter_all() if i.kind is ItemKind.POST]
    assert len(posts) == 3 and all(post.redacted for post in posts)
