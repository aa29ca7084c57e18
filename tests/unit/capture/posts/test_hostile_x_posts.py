"""Hostile twarc posts on the real command line: ids that are not numbers, impossible dates.

The posts are the real twarc fixtures (tests/fixtures/posts/twarc1.jsonl: twarc 1's v1.1
statuses, https://twarc-project.readthedocs.io/en/latest/twarc1_en_us/; twarc2.jsonl: twarc 2's
v2 response pages, https://twarc-project.readthedocs.io/en/latest/twarc2_en_us/) with only the
id, date or handle changed the way a crafted file would.  A malformed id must never become part
of an address (``https://x.com/…/status/../../etc/passwd``) nor merge distinct posts into one
item; each such post is refused on its own and the summary says how many and why.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from storyweaver.errors import CaptureError
from storyweaver.i18n import use_language
from tests.post_fixtures import FIXTURES, zip_folder

RUN = [sys.executable, "-m", "storyweaver"]
ENV = {**os.environ, "STORYWEAVER_LANG": "en"}


def _v1() -> dict[str, Any]:
    return json.loads((FIXTURES / "twarc1.jsonl").read_text(encoding="utf-8").splitlines()[0])


def _v2_page() -> dict[str, Any]:
    return json.loads((FIXTURES / "twarc2.jsonl").read_text(encoding="utf-8").splitlines()[0])


def _add_file(source: Path) -> tuple[subprocess.CompletedProcess[str], list[dict[str, Any]]]:
    """``storyweaver add`` of ``source`` into a new project, then ``items --json`` of the project."""
    project = source.parent / "p.storyweaver"
    subprocess.run([*RUN, "new", str(project), "--title", "t"], check=True, capture_output=True, env=ENV)
    done = subprocess.run([*RUN, "add", str(project), str(source)], capture_output=True, text=True, env=ENV,
                          check=False)
    listed = subprocess.run([*RUN, "items", str(project), "--json"], capture_output=True, text=True, env=ENV,
                            check=True)
    items = json.loads(listed.stdout)
    return done, items if isinstance(items, list) else items["items"]


def _add(tmp_path: Path, lines: list[dict[str, Any]]) -> tuple[subprocess.CompletedProcess[str], list[dict[str, Any]]]:
    source = tmp_path / "posts.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return _add_file(source)


def _addresses(value: Any) -> str:
    """Every address the items hold (a hostile handle may stay as text: it is inert there)."""
    if isinstance(value, dict):
        return " ".join(_addresses(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_addresses(v) for v in value)
    return value if isinstance(value, str) and value.startswith(("http:", "https:")) else ""


def test_v1_posts_with_ids_that_are_not_numbers_are_refused_one_by_one(tmp_path):
    good = _v1()
    hostile = [dict(good, id_str=bad, id=bad, full_text=f"distinct post {n}")
               for n, bad in enumerate(["../../etc/passwd", None, ""])]
    done, items = _add(tmp_path, [*hostile, good])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 added")
    assert "posts.jsonl: 3 posts were skipped: their ids are not numbers." in done.stderr
    assert [item["platform_id"] for item in items] == [good["id_str"]]
    assert "etc/passwd" not in _addresses(items) and "/status/.." not in _addresses(items)


def test_v2_posts_with_ids_that_are_not_numbers_are_never_merged_into_one_item(tmp_path):
    """Three distinct posts whose ids are null, "None" and "" became two items (null and "None"
    gave the same key "x:None"); in a page, the post beside them is kept."""
    page = _v2_page()
    good = page["data"][0]
    page["data"] = [dict(good, id=bad, text=f"distinct post {n}") for n, bad in enumerate([None, "None", ""])]
    page["data"].append(good)
    flat = dict(good, id="../../etc/passwd", text="a flattened twarc2 post")
    done, items = _add(tmp_path, [page, flat])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 added")
    assert "posts.jsonl: 4 posts were skipped: their ids are not numbers." in done.stderr
    assert [item["platform_id"] for item in items] == [good["id"]]
    assert "etc/passwd" not in _addresses(items)


def test_an_impossible_date_never_silently_empties_a_post_date(tmp_path):
    """A post whose id holds no instant (ids before November 2010) and whose date is impossible
    is refused and counted; one whose id holds the instant keeps it, to the millisecond."""
    v1 = dict(_v1(), id_str="12345678", id=12345678, created_at="Sun Nov 45 99:15:27 +0000 2014")
    page = _v2_page()
    dated_by_id = dict(page["data"][0], id="528837781607157764", created_at="2014-13-45T99:99:99Z")
    page["data"] = [dict(dated_by_id, id="99"), dated_by_id]
    done, items = _add(tmp_path, [v1, page])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 added")
    assert "posts.jsonl: 2 posts were skipped: their dates are impossible." in done.stderr
    [kept] = items
    assert kept["platform_id"] == "528837781607157764" and kept["published"].startswith("2014-11-02T09:15:27")


def test_hostile_handles_and_referenced_ids_never_become_paths_in_addresses(tmp_path):
    v1 = _v1()
    v1["user"] = dict(v1.get("user") or {}, screen_name="../../evil")
    v1["quoted_status_id_str"] = "../../etc/passwd"
    page = _v2_page()
    post = dict(page["data"][0], id="528837781607157765",
                referenced_tweets=[{"type": "quoted", "id": "../../etc/passwd"}])
    page["data"] = [post]
    done, items = _add(tmp_path, [v1, page])
    assert done.returncode == 0, done.stderr
    assert len(items) == 2
    addresses = _addresses(items)
    assert "x.com/i/web/status/" in addresses  # the post keeps an address, without the handle
    assert "etc/passwd" not in addresses and ".." not in addresses and "evil" not in addresses


def test_the_skipped_posts_sentence_has_real_plural_forms_in_french():
    one = CaptureError("posts-refused", source="s.jsonl", reason="id", count=1)
    many = CaptureError("posts-refused", source="s.jsonl", reason="date", count=2401)
    assert str(one) == "s.jsonl: 1 post was skipped: its id is not a number."
    assert str(many) == "s.jsonl: 2,401 posts were skipped: their dates are impossible."
    try:
        use_language("fr")
        assert str(one) == "s.jsonl : 1 publication a été ignorée : son identifiant n’est pas un nombre."
        assert str(many) == "s.jsonl : 2\u202f401 publications ont été ignorées : leurs dates sont impossibles."
    finally:
        use_language(None)


def test_a_twarc_csv_row_with_a_path_for_an_id_is_refused_alone(tmp_path):
    """twarc-csv rows (tests/fixtures/posts/twarc-csv.csv, https://github.com/DocNow/twarc-csv):
    the bad row is skipped and counted, the other kept (it used to be stored at
    ``https://x.com/…/status/../../etc/passwd``)."""
    with (FIXTURES / "twarc-csv.csv").open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        rows, columns = list(reader), list(reader.fieldnames or ())
    rows[0]["id"] = "../../etc/passwd"
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    source = tmp_path / "posts.csv"
    source.write_text(text.getvalue(), encoding="utf-8")
    done, items = _add_file(source)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{len(rows) - 1} added") and len(items) == len(rows) - 1
    assert "posts.csv: 1 post was skipped: its id is not a number." in done.stderr
    assert "etc/passwd" not in _addresses(items)


def test_an_x_archive_post_with_a_path_for_an_id_is_refused_alone(tmp_path):
    """The X archive fixture (tests/fixtures/posts/x-archive, the layout X's "download an archive"
    writes) with one post's id turned into a path: that post is skipped and counted, the archive
    is kept (it used to store the post at ``https://x.com/…/status/../../etc/passwd``)."""
    folder = tmp_path / "archive"
    shutil.copytree(FIXTURES / "x-archive", folder)
    tweets = folder / "data" / "tweets.js"
    original = tweets.read_text(encoding="utf-8")
    tweets.write_text(original.replace('"528837781607157763"', '"../../etc/passwd"'), encoding="utf-8")
    (tmp_path / "sound").mkdir()
    _sound, every_item = _add_file(zip_folder(FIXTURES / "x-archive", tmp_path / "sound" / "twitter.zip"))
    done, items = _add_file(zip_folder(folder, tmp_path / "twitter.zip"))
    assert done.returncode == 0, done.stderr
    assert "twitter.zip: 1 post was skipped: its id is not a number." in done.stderr
    assert len(items) == len(every_item) - 1
    assert "etc/passwd" not in _addresses(items)


def test_storify_post_addresses_never_carry_a_path_for_a_handle(tmp_path):
    """Storify exports (tests/fixtures/posts/storify.json and storify-2011.json, the shapes of
    Storify's JSON API) name each quoted post by its twitter.com permalink; a crafted one with
    ``..`` for the handle must not become ``https://x.com/../status/…``."""
    for name, permalink in (("storify.json", "http://twitter.com/freedomdesk_demo/status/"),
                            ("storify-2011.json", "http://twitter.com/ravenme/status/")):
        source = tmp_path / name.replace(".json", "") / name
        source.parent.mkdir()
        hostile = permalink.replace("/freedomdesk_demo/", "/../").replace("/ravenme/", "/../")
        source.write_text((FIXTURES / name).read_text(encoding="utf-8").replace(permalink, hostile),
                          encoding="utf-8")
        done, items = _add_file(source)
        assert done.returncode == 0, done.stderr
        addresses = _addresses(items)
        assert "x.com/i/web/status/" in addresses and "/../" not in addresses and "x.com/.." not in addresses
