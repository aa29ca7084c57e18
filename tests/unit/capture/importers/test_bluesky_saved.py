"""Bluesky API answers saved as files (lexicons/app/bsky/feed/getPostThread.json, searchPosts.json,
getAuthorFeed.json and defs.json in bluesky-social/atproto); the thread and search fixtures are
the ones the address capture tests use (tests/fixtures/posts/http/)."""

from __future__ import annotations

import json

from tests.post_fixtures import FIXTURES

HTTP = FIXTURES / "http"


def _saved(tmp_path, name: str, value) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(value) if not isinstance(value, str) else value, encoding="utf-8")
    return str(path)


def test_a_saved_thread_search_and_author_feed_import_and_repeat_nothing(tmp_path, project, add):
    thread = (HTTP / "bluesky-thread.json").read_text(encoding="utf-8").replace('"AVATAR"', "null").replace(
        '"IMAGE"', '"https://cdn.example/i.jpg"').replace("https://HOST", "https://cdn.example")
    search = (HTTP / "bluesky-search.json").read_text(encoding="utf-8").replace("https://HOST", "https://cdn.example")
    first = add(_saved(tmp_path, "thread.json", thread))
    assert not first.failures, first.failures
    thread_value = json.loads(thread)
    assert thread_value["thread"]["post"]["uri"] in {i.platform_id for i in project.library.iter_all()}
    searched = add(_saved(tmp_path, "search.json", search))
    assert not searched.failures and len(searched.added) == 1
    posts = [thread_value["thread"]["post"], json.loads(search)["posts"][0]]
    feed = {"cursor": "x", "feed": [
        {"post": posts[0]},
        {"post": posts[1], "reason": {"$type": "app.bsky.feed.defs#reasonRepost", "indexedAt": "2024-11-03T00:00:00Z",
                                      "by": {"did": "did:plc:demo4freedomdesk7xq2",
                                             "handle": "freedomdesk.bsky.social", "displayName": "Freedom Desk"}}},
    ]}
    again = add(_saved(tmp_path, "feed.json", feed))
    assert again.added == [] and len(set(again.existing)) == 2  # the same posts: nothing new
    count = project.library.count()
    assert add(_saved(tmp_path, "thread2.json", thread)).added == [] and project.library.count() == count


def test_a_thread_nested_without_end_fails_in_one_line_and_a_deep_one_imports(tmp_path, project, add):
    [post] = json.loads((HTTP / "bluesky-search.json").read_text(encoding="utf-8"))["posts"]
    reply = json.dumps({**post, "uri": post["uri"] + "b"})

    def nested(depth: int) -> str:
        opening = '{"$type": "app.bsky.feed.defs#threadViewPost", "post": %s, "replies": ['
        return ('{"thread": ' + opening % json.dumps(post) + (opening % reply) * depth + "]}" * (depth + 1) + "}")

    hostile = tmp_path / "hostile.json"
    hostile.write_text(nested(100_000), encoding="utf-8")
    [(_source, error)] = add(hostile).failures
    assert error.code in ("damaged-file", "broken-file") and project.library.count() == 0
    deep = tmp_path / "deep.json"
    deep.write_text(nested(400), encoding="utf-8")
    report = add(deep)
    assert not report.failures and len(report.added) == 2
