from __future__ import annotations

import gzip
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from storyweaver.core.model import Platform
from tests.post_fixtures import FIXTURES, items_by_id, zip_folder


def _archive(tmp_path: Path, prefix: str = "") -> Path:
    return zip_folder(FIXTURES / "x-archive", tmp_path / "twitter-2024-11-01.zip", prefix)


def test_an_x_archive_imports_every_part_with_author_text_and_media(tmp_path, project, add):
    report = add(_archive(tmp_path))
    assert not report.failures and not report.warnings
    items = items_by_id(project)
    assert set(items) == {"528837781607157763", "528910197662420995", "536428941963956227",
                          "528977338172444675", "529936156062650371"}
    first = items["528837781607157763"]
    assert first.platform is Platform.X
    assert first.author is not None and first.author.handle == "freedomdesk_demo"
    assert first.author.name == "Freedom Desk (demo)"
    assert first.url == "https://x.com/freedomdesk_demo/status/528837781607157763"
    # entities decoded, t.co replaced by the address it stands for, media link gone, newline and emoji kept
    assert first.text == ("Today is the first #EndImpunity day 🕯️ Justice & memory, together:\n"
                          "https://freedomdesk.example/2014/11/idei @mediawatch_demo")
    assert first.extra["links"][0]["url"] == "https://t.co/Qx7ZpA1bcd"
    assert first.extra["media_links"] == ["https://t.co/PhOtO1xyzA"]
    assert first.extra["mentions"][0]["handle"] == "mediawatch_demo"
    assert first.hashtags == ["EndImpunity"]
    assert first.published == datetime(2014, 11, 2, 9, 15, 27, 123000, tzinfo=UTC)
    [media] = first.media
    assert media.alt == "Candles at the vigil for journalists, 2 November 2014"
    stored = project.get_blob(media.sha256 or "")
    media_bytes = (FIXTURES / "x-archive/data/tweets_media/528837781607157763-B1VigilCandles.jpg").read_bytes()
    assert stored == (media_bytes, "image/jpeg")
    raw = project.get_blob(first.raw_sha256 or "")  # the member's own deflate stream, as a gzip file
    assert raw is not None and raw[1] == "application/gzip"
    assert gzip.decompress(raw[0]) == (FIXTURES / "x-archive/data/tweets.js").read_bytes()
    assert first.extra["raw"] == "data/tweets.js#0"


def test_replies_retweets_long_posts_and_right_to_left_text_are_kept(tmp_path, project, add):
    add(_archive(tmp_path))
    items = items_by_id(project)
    reply = items["528910197662420995"]
    assert reply.extra["reply_to"] == {"id": "528900000000000001", "handle": "mediawatch_demo"}
    assert reply.text == "@mediawatch_demo #حرية_الصحافة لا إفلات من العقاب <3"
    assert reply.hashtags == ["حرية_الصحافة"] and reply.lang == "ar"
    retweet = items["536428941963956227"]
    assert retweet.extra["repost_of"]["handle"] == "ampatuanwatch_demo"
    long_post = items["528977338172444675"]
    assert long_post.text.endswith("named in a court of law. #EndImpunity")
    assert "EndImpunity" in long_post.hashtags
    assert items["529936156062650371"].lang == "fr"


def test_reimporting_an_archive_adds_nothing(tmp_path, project, add):
    archive = _archive(tmp_path)
    first = add(archive)
    again = add(archive)
    assert len(first.added) == 5
    assert again.added == [] and sorted(again.existing) == sorted(first.added)
    assert project.library.count() == 5


def test_an_archive_in_a_top_folder_is_found(tmp_path, project, add):
    report = add(_archive(tmp_path, prefix="twitter-2024-11-01-abc/"))
    assert len(report.added) == 5


def test_the_2012_to_2018_grailbird_layout_imports_with_its_offsets(tmp_path, project, add):
    archive = zip_folder(FIXTURES / "grailbird", tmp_path / "tweets.zip")
    report = add(archive)
    assert not report.failures
    items = items_by_id(project)
    vigil = items["536761127531450371"]
    assert vigil.text == "Vigil tonight at 7pm & online #EndImpunity http://freedomdesk.example/vigil"
    assert vigil.author is not None and vigil.author.handle == "freedomdesk_demo"
    retweet = items["528910197662420996"]
    assert retweet.extra["repost_of"] == {"id": "528900000000000001", "handle": "mediawatch_demo"}
    assert retweet.text == "RT @mediawatch_demo: Names, not numbers."


def test_a_truncated_tweets_js_changes_nothing_and_says_where(tmp_path, project, add):
    text = (FIXTURES / "x-archive/data/tweets.js").read_text(encoding="utf-8")
    cut = text[: text.index('"full_text" : "@mediawatch_demo')]
    archive = tmp_path / "cut.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("data/tweets.js", cut)
    report = add(archive)
    assert report.added == []
    [(_source, error)] = report.failures
    assert error.code == "broken-file"
    assert "data/tweets.js" in error.facts["source"]
    assert error.facts["where"].startswith("line ")
    assert int(error.facts["where"].split()[1].rstrip(",")) > 100
    assert project.library.count() == 0
    assert not project.query("SELECT 1 FROM blobs")


def test_a_broken_element_names_its_line(tmp_path, project, add):
    archive = tmp_path / "bad.zip"
    with zipfile.ZipFile(archive, "w") as out:
        body = 'window.YTD.tweets.part0 = [\n {"tweet": {"id_str": "1"}},\n {"tweet": {oops}}\n]'
        out.writestr("data/tweets.js", body)
    report = add(archive)
    [(_source, error)] = report.failures
    assert error.facts["where"] == "line 3, column 13"
    assert project.library.count() == 0


def test_an_unzipped_archive_folder_imports_the_same_and_ignores_links_out(tmp_path, project, add):
    import shutil

    folder = tmp_path / "twitter-archive"
    shutil.copytree(FIXTURES / "x-archive", folder)
    secret = tmp_path / "secret.js"
    secret.write_text('window.YTD.tweets.part9 = [{"tweet": {"id_str": "1", "full_text": "secret"}}]')
    (folder / "data" / "tweets-part9.js").symlink_to(secret)
    report = add(folder)
    assert not report.failures
    texts = {i.text for i in project.library.iter_all()}
    assert len(texts) == 5 and "secret" not in texts
    assert add(folder).added == []
