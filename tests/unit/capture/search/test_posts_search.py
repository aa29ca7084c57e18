from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from storyweaver.capture.context import CaptureContext, Endpoints
from storyweaver.capture.search import search
from storyweaver.capture.search.candidates import keep
from storyweaver.errors import CaptureError
from tests.post_fixtures import FIXTURES

HTTP = FIXTURES / "http"


def _ctx(server: HTTPServer) -> CaptureContext:
    base = server.url_for("").rstrip("/")
    return CaptureContext(endpoints=Endpoints(x_oembed=f"{base}/oembed", bluesky_api=base, bluesky_pds=base,
                                              mastodon_server=base))


def _text(name: str, server: HTTPServer) -> str:
    return (HTTP / name).read_text(encoding="utf-8").replace("https://HOST", server.url_for("").rstrip("/"))


def test_a_mastodon_hashtag_search_pages_with_max_id(httpserver: HTTPServer, project):
    seen: list[dict[str, str]] = []

    def timeline(request: Request) -> Response:
        seen.append(dict(request.args))
        max_id = request.args.get("max_id")
        pages = {None: "mastodon-tag.json", "113410000000000002": "mastodon-tag-2.json"}
        body = _text(pages[max_id], httpserver) if max_id in pages else "[]"
        return Response(body, content_type="application/json")

    httpserver.expect_request("/api/v1/timelines/tag/EndImpunity").respond_with_handler(timeline)
    items = search("mastodon", "#EndImpunity", _ctx(httpserver), limit=10)
    assert [i.text for i in items] == ["Third #EndImpunity", "Deuxième #EndImpunity", "Primero #EndImpunity"]
    assert [s.get("max_id") for s in seen] == [None, "113410000000000002", "113410000000000001"]
    assert seen[0]["limit"] == "10" and seen[1]["limit"] == "8"
    assert items[1].author is not None and items[1].author.handle == "b@remote.example"
    assert all(i.id is None for i in items) and project.library.count() == 0  # candidates, not kept
    result = keep(project, items[:2])
    assert len(result.added) == 2
    kept = project.library.get(result.added[0])
    assert kept is not None and "raw_json" not in kept.extra
    raw = project.get_blob(kept.raw_sha256 or "")
    assert raw is not None and json.loads(raw[0])["id"] == "113410000000000003"
    assert keep(project, search("mastodon", "EndImpunity", _ctx(httpserver), limit=2)).added == []


def test_a_bluesky_search_signs_in_with_an_app_password_when_asked(httpserver: HTTPServer, monkeypatch):
    monkeypatch.setenv("STORYWEAVER_BLUESKY_HANDLE", "desk.bsky.social")
    monkeypatch.setenv("STORYWEAVER_BLUESKY_APP_PASSWORD", "abcd-efgh-ijkl-mnop")
    logins: list[dict[str, str]] = []

    def session(request: Request) -> Response:
        logins.append(json.loads(request.data))
        return Response(json.dumps({"accessJwt": "token-1", "did": "did:plc:desk", "handle": "desk.bsky.social"}),
                        content_type="application/json")

    def search_posts(request: Request) -> Response:
        if request.headers.get("Authorization") != "Bearer token-1":
            return Response('{"error":"AuthMissing","message":"Authentication Required"}', status=403,
                            content_type="application/json")
        assert request.args["q"] == "#EndImpunity"
        body = _text("bluesky-search.json", httpserver) if "cursor" not in request.args else '{"posts": []}'
        return Response(body, content_type="application/json")

    httpserver.expect_request("/xrpc/com.atproto.server.createSession", method="POST").respond_with_handler(session)
    httpserver.expect_request("/xrpc/app.bsky.feed.searchPosts").respond_with_handler(search_posts)
    items = search("bluesky", "#EndImpunity", _ctx(httpserver), limit=5)
    assert logins == [{"identifier": "desk.bsky.social", "password": "abcd-efgh-ijkl-mnop"}]
    [item] = items
    assert item.hashtags == ["EndImpunity"] and item.extra["card"]["url"] == "https://freedomdesk.example/march"
    assert item.url == "https://bsky.app/profile/reporter.bsky.social/post/3ksearch00001"


def test_a_bluesky_search_without_a_login_says_one_is_needed(httpserver: HTTPServer, monkeypatch):
    monkeypatch.delenv("STORYWEAVER_BLUESKY_APP_PASSWORD", raising=False)
    monkeypatch.delenv("STORYWEAVER_BLUESKY_HANDLE", raising=False)
    httpserver.expect_request("/xrpc/app.bsky.feed.searchPosts").respond_with_data(
        '{"error":"AuthMissing"}', status=401, content_type="application/json")
    with pytest.raises(CaptureError) as caught:
        search("bluesky", "EndImpunity", _ctx(httpserver), limit=5)
    assert caught.value.code == "login-required"
    assert "Bluesky needs you to sign in" in str(caught.value)


def test_rss_and_atom_feeds_give_link_candidates_with_plain_text(httpserver: HTTPServer):
    httpserver.expect_request("/rss").respond_with_data((HTTP / "feed-rss.xml").read_bytes(),
                                                        content_type="application/rss+xml")
    httpserver.expect_request("/atom").respond_with_data((HTTP / "feed-atom.xml").read_bytes(),
                                                         content_type="application/atom+xml")
    rss = search("feed", httpserver.url_for("/rss"), CaptureContext(), limit=10)
    assert [i.title for i in rss] == ["Ten years of the International Day", "Vigil in Manila"]
    assert rss[0].description == "What changed since 2014 & what did not."
    assert rss[0].published == datetime(2024, 11, 2, 9, 15, 27, tzinfo=UTC)
    assert rss[0].author is not None and rss[0].author.name == "Ana Demo"
    assert rss[0].image_url == "https://freedomdesk.example/idei.jpg" and rss[0].hashtags == ["EndImpunity"]
    atom = search("feed", httpserver.url_for("/atom"), CaptureContext(), limit=1)
    assert atom[0].url == "https://mediawatch.example/names" and atom[0].description == "Every name is a story."
    assert atom[0].published == datetime(2024, 11, 2, 23, 30, 2, tzinfo=UTC)


def test_a_feed_with_external_entities_is_refused(httpserver: HTTPServer):
    httpserver.expect_request("/xxe").respond_with_data((HTTP / "feed-xxe.xml").read_bytes(),
                                                        content_type="application/xml")
    with pytest.raises(CaptureError) as caught:
        search("feed", httpserver.url_for("/xxe"), CaptureContext(), limit=10)
    assert caught.value.code == "broken-file"


def test_the_same_mastodon_post_seen_through_two_servers_is_one_item(httpserver: HTTPServer, project):
    from storyweaver.capture.posts.mastodon import item_from_status

    [_first, remote] = json.loads(_text("mastodon-tag.json", httpserver))
    as_seen_at_home = {**remote, "id": "55"}  # its own server numbers it differently
    one = item_from_status(remote, method="t", captured_at=datetime(2024, 11, 2, tzinfo=UTC), raw_sha256=None)
    two = item_from_status(as_seen_at_home, method="t", captured_at=datetime(2024, 11, 2, tzinfo=UTC),
                           raw_sha256=None)
    assert one.dedupe_key() == two.dedupe_key() == "mastodon:https://remote.example/users/b/statuses/55"
    assert len(project.library.add([one, two]).added) == 1


def test_a_feed_date_without_an_offset_is_taken_as_utc_and_marked_so(httpserver: HTTPServer):
    atom = (HTTP / "feed-atom.xml").read_text(encoding="utf-8").replace(
        "<published>2024-11-02T18:30:02-05:00</published>", "<published>2024-11-02T18:30:02</published>")
    httpserver.expect_request("/atom").respond_with_data(atom, content_type="application/atom+xml")
    [entry] = search("feed", httpserver.url_for("/atom"), CaptureContext(), limit=5)
    assert entry.published == datetime(2024, 11, 2, 18, 30, 2, tzinfo=UTC) and entry.published_assumed_utc
    httpserver.clear()
    httpserver.expect_request("/rss").respond_with_data((HTTP / "feed-rss.xml").read_bytes(),
                                                        content_type="application/rss+xml")
    assert not any(i.published_assumed_utc for i in search("feed", httpserver.url_for("/rss"), CaptureContext()))
