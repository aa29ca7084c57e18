"""Card metadata from each source alone, all together (precedence), and in hostile pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyweaver.capture.pages import decode_page, read_page
from storyweaver.capture.pages.card import card_address, raw_head
from storyweaver.capture.pages.text import normalise, parse_instant

PAGES = Path(__file__).resolve().parents[3] / "fixtures" / "pages"
# No date in the address: htmldate would read one there (see test_card_sources.py).
AT = "https://news.example.org/news/day?utm=x"


def page(name: str, url: str | None = AT, charset: str | None = None):  # type: ignore[no-untyped-def]
    return read_page((PAGES / name).read_bytes(), url, charset)


def test_json_ld_alone_gives_every_field() -> None:
    meta = page("jsonld_only.html")
    assert meta.title == "Journalists remembered on the International Day"
    assert meta.description == "Vigils in twelve cities mark the first International Day to End Impunity."
    assert meta.image == "https://news.example.org/img/vigil.jpg"  # first of a list of ImageObjects
    assert (meta.author_name, meta.author_url) == ("Ana Reyes", "https://news.example.org/people/ana")
    assert meta.site_name == "Example News"
    assert meta.published == datetime(2014, 11, 2, 7, 0, tzinfo=UTC)
    assert meta.published_assumed_utc is False
    assert meta.lang == "en-GB"
    assert meta.canonical == "https://news.example.org/2014/11/02/day"


def test_opengraph_alone() -> None:
    meta = page("opengraph_only.html")
    assert (meta.title, meta.description) == ("OpenGraph title", "OpenGraph description")
    assert meta.image == "https://cdn.example.net/og.jpg"
    assert meta.site_name == "OG Site"
    assert meta.canonical == "https://og.example.net/story"
    assert meta.author_name == "Marc Dupont"
    assert meta.published == datetime(2014, 11, 23, 10, 0, tzinfo=UTC)
    assert meta.lang == "fr-FR"


def test_twitter_card_alone() -> None:
    meta = page("twitter_only.html")
    assert (meta.title, meta.description) == ("Twitter card title", "Twitter card description")
    assert meta.image == "https://pbs.example.com/card.png"
    assert meta.author_handle == "@reporter"
    assert meta.site_name == "news.example.org"  # nothing better than the host


def test_dublin_core_alone() -> None:
    meta = page("dublin_core_only.html")
    assert (meta.title, meta.description) == ("Dublin Core title", "Dublin Core description")
    assert (meta.author_name, meta.site_name, meta.lang) == ("Archive Team", "The Archive", "es")
    assert meta.published == datetime(2014, 11, 2, tzinfo=UTC)
    assert meta.published_assumed_utc is True  # a date without an offset is taken as UTC, and says so


def test_plain_html_fallbacks() -> None:
    meta = page("plain_only.html")
    assert meta.title == "Plain & simple title"  # entity decoded, whitespace collapsed
    assert meta.description == "The first real paragraph of the page, long enough to describe it — with an entity."
    assert meta.image == "https://news.example.org/static/lead.jpg"  # the first large image, not the logo
    assert meta.favicon == "https://news.example.org/static/favicon.ico"
    assert meta.author_name == "Plain Author"
    assert meta.lang == "en"
    assert meta.published is None


def test_all_sources_together_follow_the_precedence() -> None:
    # What the page's owner chose for sharing comes first, as social platforms read it (issue 16):
    # OpenGraph, then Twitter cards, JSON-LD, microdata, Dublin Core, the document.
    meta = page("all_sources.html")
    assert meta.title == "OG title"
    assert meta.description == "OG description"
    assert meta.image == "https://example.org/og.jpg"
    assert meta.author_name == "JSON-LD Author"  # neither OpenGraph nor the Twitter card names a person
    assert meta.site_name == "OG site"
    assert meta.published == datetime(2014, 11, 3, 0, 0, tzinfo=UTC)


def test_opengraph_beats_twitter_dublin_core_and_html() -> None:
    text = (PAGES / "all_sources.html").read_text()
    start = text.index('<script type="application/ld+json">')
    without_jsonld = text[:start] + text[text.index("</script>", start) + 9:]
    meta = read_page(without_jsonld.encode(), AT)
    assert (meta.title, meta.description, meta.image) == ("OG title", "OG description", "https://example.org/og.jpg")
    assert meta.site_name == "OG site"
    assert meta.author_name == "HTML Author"


def test_json_ld_inside_a_graph_with_a_broken_block_beside_it() -> None:
    meta = page("graph.html")
    assert meta.title == "Inside the graph"
    assert meta.author_name == "First Writer, Second Writer"
    assert meta.image == "https://news.example.org/media/graph.jpg"
    assert meta.site_name == "Graph Publisher"
    assert meta.published == datetime(2014, 11, 20, 10, 0, tzinfo=UTC)
    assert meta.published_assumed_utc is True


def test_relative_addresses_follow_base_and_the_final_address() -> None:
    meta = page("relative_base.html", url="https://www.example.com/after/redirect")
    assert meta.image == "https://static.example.com/assets/img/lead.jpg"
    assert meta.favicon == "https://static.example.com/favicon.png"
    assert meta.canonical == "https://static.example.com/articles/42"
    assert meta.oembed == "https://static.example.com/assets/oembed?url=x"


def test_without_base_addresses_are_relative_to_the_final_address() -> None:
    meta = read_page(b'<html><head><meta property="og:image" content="../i.png"></head></html>',
                     "https://example.com/a/b/c")
    assert meta.image == "https://example.com/a/i.png"


def test_oembed_is_discovered() -> None:
    meta = page("oembed_video.html", url="http://127.0.0.1:1/watch/1")
    assert meta.oembed == "http://127.0.0.1:1/oembed?url=%2Fwatch%2F1&format=json"


def test_hostile_metadata_stays_text_and_non_web_addresses_are_dropped() -> None:
    meta = page("hostile.html", url="https://news.example.org/x")
    assert meta.title == "<script>alert('og')</script> breaking"
    assert meta.description == "<b>bold</b> &amp; more"  # decoded once, never twice
    assert meta.image is None  # file: and javascript: are never addresses to fetch
    assert meta.favicon is None
    assert meta.oembed is None
    assert card_address(meta, "https://news.example.org/x") == "https://news.example.org/x"  # foreign canonical


def test_a_latin1_page_reads_correctly_from_its_meta_tag() -> None:
    meta = page("latin1.html")
    assert meta.title == "Journée internationale : « la fin de l’impunité »"
    assert meta.description == "Hommage aux journalistes tués, été 2014 – à Paris"


def test_the_http_header_charset_wins_over_guessing() -> None:
    data = "<title>Été</title>".encode("cp1252")
    assert decode_page(data, "windows-1252") == ("<title>Été</title>", "windows-1252")
    french = ("<title>Été</title><p>Les journalistes tués pendant l’année ont été honorés à Paris, "
              "à Genève et à Montréal ; leurs familles réclament justice et vérité.</p>")
    text, encoding = decode_page(french.encode("cp1252"), "no-such-charset")  # detected instead
    assert text == french
    assert encoding != "utf-8"


@pytest.mark.parametrize("name", ["arabic-utf8.html", "arabic-cp1256.html"])
def test_an_arabic_page_reads_correctly_without_a_declared_charset(name: str) -> None:
    meta = page(name)
    assert meta.title == "اليوم الدولي لإنهاء الإفلات من العقاب على الجرائم المرتكبة ضد الصحفيين"
    assert meta.description == "وقفات تضامنية في عدة مدن لتكريم الصحفيين الذين قتلوا أثناء أداء عملهم"
    assert meta.lang == "ar"


def test_a_utf8_bom_wins() -> None:
    text, encoding = decode_page(b"\xef\xbb\xbf<title>\xc3\xa9</title>", "iso-8859-1")
    assert (text, encoding) == ("<title>é</title>", "utf-8")


def test_the_saved_from_comment_gives_the_address() -> None:
    meta = page("saved_chrome.html", url=None)
    assert meta.saved_from == "https://press.example.org/2014/ampatuan-five-years"
    assert meta.image == "https://press.example.org/photos/ampatuan.jpg"


@pytest.mark.parametrize(("value", "expected", "assumed"), [
    ("2014-11-02T10:00:00+01:00", datetime(2014, 11, 2, 9, 0, tzinfo=UTC), False),
    ("2014-11-02T10:00:00Z", datetime(2014, 11, 2, 10, 0, tzinfo=UTC), False),
    ("2014-11-02T10:00:00+0800", datetime(2014, 11, 2, 2, 0, tzinfo=UTC), False),
    ("2014-11-02 10:00", datetime(2014, 11, 2, 10, 0, tzinfo=UTC), True),
    ("2014-11-02", datetime(2014, 11, 2, tzinfo=UTC), True),
    ("Sun, 02 Nov 2014 10:00:00 +0100", datetime(2014, 11, 2, 9, 0, tzinfo=UTC), False),
])
def test_dates_become_aware_instants(value: str, expected: datetime, assumed: bool) -> None:
    assert parse_instant(value) == (expected, assumed)


@pytest.mark.parametrize("value", ["yesterday", "", "0000-00-00", "99999-01-01", None, 42])
def test_unreadable_dates_are_ignored(value: object) -> None:
    assert parse_instant(value) is None


def test_the_raw_head_is_the_page_up_to_the_end_of_its_head() -> None:
    data = (PAGES / "all_sources.html").read_bytes()
    head = raw_head(data)
    assert head.endswith(b"</head>")
    assert data.startswith(head)


def test_normalise_collapses_whitespace_and_drops_control_characters() -> None:
    assert normalise(" a\t\n b\x00c\u2028d ") == "a b c d"
    assert normalise("   ") is None
    assert normalise(None) is None


def test_an_utc_offset_date_keeps_its_instant() -> None:
    moment, assumed = parse_instant("2014-11-23T08:00:00-05:00")  # type: ignore[misc]
    assert moment == datetime(2014, 11, 23, 8, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert assumed is False


def test_a_json_ld_video_object_makes_a_video() -> None:
    meta = read_page(b'<html><head><script type="application/ld+json">[{"@type": "WebPage", "name": "Page"},'
                     b'{"@type": "VideoObject", "name": "Vigil video", "uploadDate": "2014-11-02",'
                     b'"thumbnailUrl": ["/thumb.jpg"]}]</script></head></html>', "https://video.example.org/v/1")
    assert meta.video is True
    assert meta.title == "Vigil video"
    assert meta.image == "https://video.example.org/thumb.jpg"
    assert meta.published == datetime(2014, 11, 2, tzinfo=UTC)


def test_an_opengraph_video_type_makes_a_video() -> None:
    meta = read_page(b'<html><head><meta property="og:type" content="video.other"><title>V</title></head></html>',
                     "https://video.example.org/v/2")
    assert meta.video is True
    assert read_page(b'<html><head><meta property="og:type" content="article"></head></html>', AT).video is False


def test_a_body_script_mentioning_head_tags_does_not_confuse_the_reader() -> None:
    meta = read_page(b'<html><head><script>document.write("<body>")</script>'
                     b'<meta property="og:title" content="After the script"></head><body><p>x</p></body></html>', AT)
    assert meta.title == "After the script"


def test_an_unclosed_paragraph_ends_where_the_next_begins() -> None:
    meta = read_page("<html><head></head><body><nav><a>Home</a></nav><p>İstanbul’da gazeteciler için nöbet tutuldu "
                     "ve adalet istendi, yıl dönümünde.<p>The second paragraph, which is not the description."
                     "</body></html>".encode(), AT)
    assert meta.description == "İstanbul’da gazeteciler için nöbet tutuldu ve adalet istendi, yıl dönümünde."


def test_a_page_of_thousands_of_unclosed_tags_is_read() -> None:
    meta = read_page(("<html><body>" + "<p>x" * 50000 + "<img src=a.png width=900 height=600" * 5000).encode(), AT)
    assert meta.description is None
    assert meta.title is None
