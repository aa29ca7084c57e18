from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.post_fixtures import FIXTURES, zip_folder


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "storyweaver", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})}, check=False)


def test_add_imports_archives_and_files_and_items_lists_them(tmp_path: Path):
    project = tmp_path / "campaign.storyweaver"
    assert _run("new", str(project), "--title", "EndImpunity 2014").returncode == 0
    archive = zip_folder(FIXTURES / "x-archive", tmp_path / "archive.zip")
    done = _run("add", str(project), str(archive), str(FIXTURES / "twarc2.jsonl"), str(FIXTURES / "storify.json"))
    assert done.returncode == 0, done.stderr
    again = _run("add", str(project), str(archive))
    assert again.returncode == 0 and again.stdout.startswith("0 added, 5 already")
    listing = json.loads(_run("items", str(project), "--json").stdout)
    by_id = {i["platform_id"]: i for i in listing if i["platform_id"]}
    first = by_id["528837781607157763"]
    assert first["platform"] == "x" and first["published"] == "2014-11-02T09:15:27.123+00:00"
    assert first["media"][0]["alt"].startswith("Candles at the vigil")
    assert first["author"] == {"name": "Freedom Desk (demo)", "handle": "freedomdesk_demo",
                               "url": "https://x.com/freedomdesk_demo"}
    assert len(listing) == len({i["id"] for i in listing})


def test_a_file_with_no_good_line_fails_with_one_line_and_keeps_nothing(tmp_path: Path):
    project = tmp_path / "p.storyweaver"
    _run("new", str(project), "--title", "t")
    broken = tmp_path / "broken.jsonl"
    first = (FIXTURES / "twarc1.jsonl").read_text(encoding="utf-8").splitlines()[0]
    broken.write_text('{"data": 5, "meta": {}}\n' + first[:30], encoding="utf-8")  # a page with no posts, cut off
    done = _run("add", str(project), str(broken))
    assert done.returncode == 1
    assert "all of its 2 lines are damaged" in done.stderr and "Traceback" not in done.stderr
    assert json.loads(_run("items", str(project), "--json").stdout) == []


def test_search_prints_candidates_as_json(httpserver: HTTPServer):
    page = (FIXTURES / "http/mastodon-tag.json").read_text(encoding="utf-8").replace(
        "https://HOST", httpserver.url_for("").rstrip("/"))
    httpserver.expect_request("/api/v1/timelines/tag/EndImpunity").respond_with_data(page,
                                                                                     content_type="application/json")
    done = _run("search", "mastodon", "#EndImpunity", "--server", httpserver.url_for(""), "--limit", "2", "--json")
    assert done.returncode == 0, done.stderr
    listing = json.loads(done.stdout)
    assert [i["text"] for i in listing] == ["Third #EndImpunity", "Deuxième #EndImpunity"]
    assert {"id", "kind", "platform", "url", "text", "author", "published", "media", "hashtags", "in_story",
            "section"} <= set(listing[0])
    assert listing[0]["in_story"] is False and listing[0]["id"] is None and "raw_json" not in listing[0]["extra"]


def test_search_without_a_bluesky_login_says_so(httpserver: HTTPServer):
    httpserver.expect_request("/xrpc/app.bsky.feed.searchPosts").respond_with_data("{}", status=403)
    done = _run("search", "bluesky", "EndImpunity", "--json",
                env={"STORYWEAVER_BLUESKY_API": httpserver.url_for("").rstrip("/")})
    assert done.returncode == 1
    assert done.stderr.strip().startswith("storyweaver: Bluesky needs you to sign in")


def test_add_an_x_address_through_the_oembed_endpoint_from_the_environment(tmp_path: Path, httpserver: HTTPServer):
    answer = (FIXTURES / "http/x-oembed.json").read_text(encoding="utf-8")
    httpserver.expect_request("/oembed").respond_with_data(answer, content_type="application/json")
    project = tmp_path / "p.storyweaver"
    _run("new", str(project), "--title", "t")
    done = _run("add", str(project), "https://twitter.com/freedomdesk_demo/status/528837781607157763",
                env={"STORYWEAVER_X_OEMBED": httpserver.url_for("/oembed")})
    assert done.returncode == 0, done.stderr
    [item] = json.loads(_run("items", str(project), "--json").stdout)
    assert item["platform_id"] == "528837781607157763" and item["hashtags"] == ["EndImpunity"]
    assert item["published"] == "2014-11-02T09:15:27.123+00:00"
