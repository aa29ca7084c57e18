"""One Mastodon post saved as a file (the API's Status, or the ActivityPub Note), and the same
post reached by its address and from the archive staying one item with both provenances.

Shapes: mastodon/documentation ``content/en/entities/Status.md`` (tests/fixtures/posts/http/
mastodon-status.json) and ``app/serializers/activitypub/note_serializer.rb`` (the archive's notes).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pytest_httpserver import HTTPServer

from storyweaver.capture.context import CaptureContext, Endpoints
from tests.post_fixtures import FIXTURES

STATUS = FIXTURES / "http" / "mastodon-status.json"


def _archive(tmp_path: Path, base: str) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(FIXTURES / "mastodon-archive", folder)
    for name in ("outbox.json", "actor.json"):
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8").replace("https://HOST", base).replace("HOST", "x"),
                        encoding="utf-8")
    return folder


def test_a_saved_api_status_keeps_visibility_and_focus(tmp_path, project, add):
    status = json.loads(STATUS.read_text(encoding="utf-8").replace("HOST", "mastodon.example"))
    status["visibility"] = "direct"
    status["media_attachments"][0]["meta"]["focus"] = {"x": -0.42, "y": 0.69}
    status["poll"] = {"id": "34830", "expires_at": "2019-12-05T04:05:08.302Z", "expired": True, "multiple": False,
                      "votes_count": 10, "voters_count": None, "voted": True, "own_votes": [1],
                      "options": [{"title": "accept", "votes_count": 6}, {"title": "deny", "votes_count": 4}],
                      "emojis": []}  # the Poll entity's example, mastodon/documentation entities/Poll.md
    saved = tmp_path / "status.json"
    saved.write_text(json.dumps(status), encoding="utf-8")
    report = add(saved)
    assert not report.failures, report.failures
    [item] = project.library.iter_all()
    assert item.platform_id == "https://mastodon.example/users/freedomdesk/statuses/113410000000000001"
    assert item.extra["visibility"] == "direct" and [w.code for w in report.warnings] == ["direct-messages"]
    assert item.extra["focal_points"] == [[-0.42, 0.69]]
    assert item.extra["poll"]["options"] == [{"title": "accept", "votes": 6}, {"title": "deny", "votes": 4}]
    assert "<script" not in item.extra["content_html"]


def test_a_saved_activitypub_note_is_a_post_by_its_author(tmp_path, project, add):
    outbox = json.loads((FIXTURES / "mastodon-archive" / "outbox.json").read_text(encoding="utf-8")
                        .replace("HOST", "mastodon.example"))
    create = outbox["orderedItems"][0]
    note = {"@context": outbox["@context"], **create["object"]}
    saved = tmp_path / "note.json"
    saved.write_text(json.dumps(note), encoding="utf-8")
    assert not add(saved).failures
    [item] = project.library.iter_all()
    assert item.platform_id == note["id"] and item.extra["visibility"] == "public"
    assert item.author is not None and item.author.handle == "freedomdesk@mastodon.example"
    assert item.media[0].alt == "Candles at a vigil, names of journalists on cards"
    wrapped = tmp_path / "create.json"
    wrapped.write_text(json.dumps(create), encoding="utf-8")
    assert add(wrapped).added == []  # the same post in its Create: nothing new


def test_the_same_post_by_address_and_from_the_archive_is_one_item_with_both_provenances(
        tmp_path, httpserver: HTTPServer, project, add):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/api/v1/statuses/113410000000000001").respond_with_data(
        STATUS.read_text(encoding="utf-8").replace("https://HOST", base), content_type="application/json")
    ctx = CaptureContext(endpoints=Endpoints(mastodon_server=base))
    by_address = add(f"{base}/@freedomdesk/113410000000000001", ctx=ctx)
    assert len(by_address.added) == 1, by_address.failures
    from_archive = add(_archive(tmp_path, base))
    assert by_address.added[0] in from_archive.existing
    item = project.library.get(by_address.added[0])
    assert item is not None and item.capture_method == "mastodon-api"
    assert [entry["method"] for entry in item.extra["also_captured"]] == ["mastodon-archive"]
    assert item.extra["also_captured"][0]["raw_sha256"]
    add(_archive(tmp_path / "again", base))
    again = project.library.get(by_address.added[0])
    assert again is not None and len(again.extra["also_captured"]) == 1  # once per way in
