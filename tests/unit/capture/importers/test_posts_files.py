from __future__ import annotations

import shutil
from datetime import UTC, datetime

from storyweaver.core.model import ItemKind, Platform
from tests.post_fixtures import FIXTURES, items_by_id


def test_a_twarc2_file_joins_authors_media_and_referenced_posts(project, add):
    report = add(FIXTURES / "twarc2.jsonl")
    assert not report.failures and len(report.added) == 4
    items = items_by_id(project)
    first = items["528837781607157763"]
    assert first.author is not None and first.author.handle == "freedomdesk_demo"
    assert first.text == ("Today is the first #EndImpunity day 🕯️ Justice & memory "
                          "https://freedomdesk.example/2014/11/idei")
    assert first.media[0].alt == "Candles at the vigil for journalists" and first.media[0].width == 1200
    assert first.extra["metrics"]["likes"] == 41
    retweet = items["536428941963956227"]
    assert retweet.extra["repost_of"] == {"id": "536400000000000001", "handle": "ampatuanwatch_demo"}
    assert retweet.text.endswith("No one convicted.")
    assert retweet.author is not None and retweet.author.name == "Reporter نور (demo)"
    reply = items["528910197662420995"]
    assert reply.extra["reply_to"] == {"id": "528900000000000001", "handle": "mediawatch_demo"}
    assert reply.extra["quote_of"]["text"] == "Names, not numbers."
    assert reply.text == "@mediawatch_demo Agreed > we quote it here"
    long_post = items["529936156062650371"]
    assert long_post.text.endswith("chaque rédaction menacée.")
    line = project.get_blob(first.raw_sha256 or "")
    assert line is not None and line[0] == (FIXTURES / "twarc2.jsonl").read_bytes().splitlines()[0]


def test_a_twarc1_file_reads_extended_text_retweets_and_quotes(project, add):
    report = add(FIXTURES / "twarc1.jsonl")
    assert len(report.added) == 3
    items = items_by_id(project)
    retweet = items["536428941963956227"]
    assert retweet.text == ("RT @ampatuanwatch_demo: Five years on: #Ampatuan, 58 killed, 32 of them journalists "
                            "and media workers. No one convicted yet & families still wait. #EndImpunity")
    assert retweet.hashtags == ["Ampatuan", "EndImpunity"]
    quote = items["528910197662420995"]
    assert quote.text == "Worth reading → https://twitter.com/mediawatch_demo/status/528900000000000002"
    assert quote.media[0].alt == "A wall of names"
    assert quote.extra["quote_of"]["handle"] == "mediawatch_demo"
    assert quote.extra["reply_to"]["handle"] == "mediawatch_demo"


def test_an_invalid_json_line_is_named_and_the_good_ones_are_kept(tmp_path, project, add):
    lines = (FIXTURES / "twarc1.jsonl").read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([lines[0], lines[1], lines[2][:-40]]) + "\n", encoding="utf-8")
    report = add(broken)
    assert not report.failures and len(report.added) == 2
    [warning] = report.warnings
    assert warning.code == "lines-skipped" and warning.facts["lines"] == [3] and str(broken) in str(warning)


def test_twarc_json2csv_rows_import(project, add):
    report = add(FIXTURES / "json2csv.csv")
    assert not report.failures and len(report.added) == 3
    items = items_by_id(project)
    first = items["528837781607157763"]
    assert first.text == "Today is the first #EndImpunity day 🕯️ Justice & memory https://freedomdesk.example/2014/11/idei"
    assert first.media[0].url == "https://pbs.twimg.com/media/B1VigilCandles.jpg"
    assert items["536428941963956227"].extra["repost_of"]["id"] == "536400000000000001"
    assert items["528910197662420995"].text == "@mediawatch_demo line one\nline two"


def test_twarc_csv_dotted_columns_import(project, add):
    report = add(FIXTURES / "twarc-csv.csv")
    assert not report.failures and len(report.added) == 2
    first = items_by_id(project)["528837781607157763"]
    assert first.author is not None and first.author.handle == "freedomdesk_demo"
    assert first.hashtags == ["EndImpunity"] and first.media[0].alt == "Candles at the vigil"
    assert first.text.endswith("memory https://freedomdesk.example/2014/11/idei")


def test_a_tags_sheet_takes_mangled_ids_from_the_status_address(project, add):
    report = add(FIXTURES / "tags.csv")
    assert not report.failures
    items = items_by_id(project)
    assert set(items) == {"528837781607157763", "536428941963956227"}
    assert items["536428941963956227"].extra["reply_to"]["id"] == "528837781607157763"
    assert items["528837781607157763"].text.endswith("https://freedomdesk.example/2014/11/idei")


def test_another_csv_names_the_columns_that_were_expected(project, add):
    report = add(FIXTURES / "unknown.csv")
    [(_source, error)] = report.failures
    assert error.code == "unknown-csv"
    assert "status_url" in str(error) and "author.username" in str(error)


def test_a_storify_export_keeps_quotes_images_links_videos_and_texts(tmp_path, project, add):
    report = add(FIXTURES / "storify.json")
    assert not report.failures and len(report.added) == 6
    by_kind: dict[ItemKind, list] = {}
    for item in project.library.iter_all():
        by_kind.setdefault(item.kind, []).append(item)
    tweet = next(i for i in by_kind[ItemKind.POST] if i.platform is Platform.X)
    assert tweet.platform_id == "528837781607157763" and "Justice & memory" in (tweet.text or "")
    assert tweet.author is not None and tweet.author.handle == "freedomdesk_demo"
    [note] = by_kind[ItemKind.NOTE]
    assert note.text == "On 2 November the network held vigils in 20 cities.\n\nHere is the day, in posts & pictures."
    assert by_kind[ItemKind.IMAGE][0].media[0].alt == "Vigil in Manila, 2 November 2014"
    assert by_kind[ItemKind.LINK][0].title == "The first International Day to End Impunity"
    assert by_kind[ItemKind.VIDEO][0].url == "https://www.youtube.com/watch?v=demoVideo01"
    assert tweet.extra["storify"]["story"] == "#EndImpunity: the first International Day"
    copy = tmp_path / "again.json"
    shutil.copy(FIXTURES / "storify.json", copy)
    assert add(copy).added == []


def test_a_tweet_from_twarc_and_from_an_archive_is_one_item(tmp_path, project, add):
    from tests.post_fixtures import zip_folder

    add(FIXTURES / "twarc2.jsonl")
    report = add(zip_folder(FIXTURES / "x-archive", tmp_path / "a.zip"))
    assert "528837781607157763" in {project.library.get(i).platform_id for i in report.existing}  # type: ignore[union-attr]


def test_instants_with_offsets_are_stored_in_utc(project, add, tmp_path):
    from tests.post_fixtures import zip_folder

    add(zip_folder(FIXTURES / "grailbird", tmp_path / "g.zip"))
    retweet = items_by_id(project)["528910197662420996"]
    # the id's own instant wins; the old archive's "+0100" date agrees with it to the second
    assert retweet.published is not None and retweet.published.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    from storyweaver.capture.posts.common import parse_x_date

    assert parse_x_date("2014-11-02 15:03:12 +0100") == datetime(2014, 11, 2, 14, 3, 12, tzinfo=UTC)
    assert parse_x_date("Sun Nov 02 09:15:27 -0530 2014") == datetime(2014, 11, 2, 14, 45, 27, tzinfo=UTC)
