from __future__ import annotations

import json
from datetime import UTC, datetime
from html import escape

from storyweaver.capture.posts.bluesky import item_from_post
from storyweaver.capture.posts.mastodon import item_from_status
from storyweaver.core.jsonview import item_json

NOW = datetime(2024, 11, 2, tzinfo=UTC)


def _x_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_hostile_strings_in_every_twarc1_field_come_back_as_the_same_text(tmp_path, project, add, vectors):
    vectors = [v for v in vectors if v]  # an empty name is no name at all
    lines = []
    for n, vector in enumerate(vectors):
        tweet_id = str(528837781607157763 + n)
        lines.append(json.dumps({
            "id_str": tweet_id, "created_at": "Sun Nov 02 09:15:27 +0000 2014", "full_text": _x_escape(vector),
            "lang": "en", "source": vector,
            "user": {"id_str": "1", "name": vector, "screen_name": vector},
            "entities": {"hashtags": [{"text": vector}], "user_mentions": [{"screen_name": vector, "id_str": "2"}],
                         "urls": [{"url": "https://t.co/zz", "expanded_url": vector, "display_url": vector}]},
            "extended_entities": {"media": [{"type": "photo", "media_url_https": vector, "ext_alt_text": vector}]},
            "quoted_status": {"id_str": "3", "full_text": _x_escape(vector), "user": {"screen_name": vector}},
        }, ensure_ascii=False))
    source = tmp_path / "hostile.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = add(source)
    assert not report.failures and len(report.added) == len(vectors)
    for item in project.library.iter_all():
        vector = vectors[int(item.platform_id or 0) - 528837781607157763]
        assert item.text == vector
        assert item.author is not None and item.author.name == vector and item.author.handle == vector
        assert item.hashtags == [vector]
        assert item.media[0].alt == vector and item.media[0].url == vector
        assert item.extra["links"][0]["expanded"] == vector
        assert item.extra["mentions"][0]["handle"] == vector
        assert item.extra["quote_of"]["text"] == vector
        json.dumps(item_json(item, in_story=False, section=None))


def test_hostile_strings_in_mastodon_and_bluesky_fields_stay_text(vectors):
    for vector in (v for v in vectors if v):
        status = {
            "id": "1", "created_at": "2024-11-02T09:15:27.000Z", "url": "https://social.example/@a/1",
            "content": f"<p>{escape(vector)}</p>", "spoiler_text": vector, "language": "en",
            "account": {"acct": "a", "display_name": vector, "url": "https://social.example/@a"},
            "media_attachments": [{"type": "image", "url": "https://social.example/m.png", "description": vector}],
            "tags": [{"name": vector}], "mentions": [],
        }
        item = item_from_status(status, method="t", captured_at=NOW, raw_sha256=None)
        assert item.extra["content_warning"] == vector
        assert item.author is not None and item.author.name == vector
        assert item.media[0].alt == vector and item.hashtags == [vector]
        if vector.strip() and vector == vector.strip() and "\n" not in vector and "\r" not in vector:
            assert item.text == vector
        assert "<script" not in item.extra["content_html"].lower()
        assert "onerror" not in item.extra["content_html"].lower() or "&lt;" in item.extra["content_html"]
        encoded = vector.encode("utf-8")
        post = {
            "uri": "at://did:plc:x/app.bsky.feed.post/1", "author": {"handle": vector, "displayName": vector},
            "record": {"text": vector, "createdAt": "2024-11-02T09:15:27Z",
                       "facets": [{"index": {"byteStart": 0, "byteEnd": len(encoded)},
                                   "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": vector}]}]},
            "embed": {"$type": "app.bsky.embed.images#view", "images": [{"fullsize": vector, "alt": vector}]},
        }
        sky = item_from_post(post, method="t", captured_at=NOW, raw_sha256=None)
        assert sky.text == vector and sky.hashtags == [vector] and sky.media[0].alt == vector


def test_hostile_strings_in_a_twarc_csv_and_an_archive_come_back_as_the_same_text(tmp_path, project, add, vectors):
    import csv
    import zipfile

    vectors = [v for v in vectors if v and "\x00" not in v]  # a spreadsheet cell cannot hold NUL
    sheet = tmp_path / "hostile.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "created_at", "text", "author.username", "author.name", "entities.hashtags"])
        for n, vector in enumerate(vectors):
            writer.writerow([str(528837781607157763 + n), "2014-11-02T09:15:27.000Z", _x_escape(vector), vector,
                             vector, json.dumps([{"tag": vector}], ensure_ascii=False)])
    archive = tmp_path / "hostile.zip"
    elements = [{"tweet": {"id_str": str(600000000000000000 + n), "full_text": _x_escape(v), "entities": {},
                           "created_at": "Sun Nov 02 09:15:27 +0000 2014"}} for n, v in enumerate(vectors)]
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + json.dumps(elements, ensure_ascii=False))
    report = add(sheet, archive)
    assert not report.failures and len(report.added) == 2 * len(vectors)
    for item in project.library.iter_all():
        base = 528837781607157763 if item.capture_method == "csv" else 600000000000000000
        vector = vectors[int(item.platform_id or 0) - base]
        assert item.text == vector
        if item.capture_method == "csv":
            assert item.author is not None and (item.author.name, item.author.handle) == (vector, vector)
            assert item.hashtags == [vector]
