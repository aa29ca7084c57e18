"""The card's date and description as a reader of the page sees them (issue 16's real-page
failure classes, one shape each): a UTC instant on the publisher's own calendar day, the date
printed under the headline when the page confirms it, a description that says something of
the page rather than the site's slogan, a byline or a template's time stamp.

Shapes: ogp.me (``article:published_time``, ``article:modified_time``, ``og:description``,
``og:site_name``); schema.org ``NewsArticle`` (``datePublished``, ``dateModified``) in JSON-LD;
the HTML standard's ``<meta name=description>``."""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime

from storyweaver.capture.pages import read_page
from storyweaver.capture.pages.datelines import dateline
from storyweaver.capture.pages.descriptions import cleaned
from storyweaver.capture.pages.document import parse
from storyweaver.capture.pages.local_day import address_day, local_day

LONG = "The vigil gathered families of the journalists killed this year in front of the court. " * 2


def page(head: str, body: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head><meta charset=utf-8>{head}</head><body>{body}</body></html>".encode()


def og(name: str, value: str) -> str:
    return f'<meta property="{name}" content="{value}">'


# --- dates -----------------------------------------------------------------------------------

def test_a_utc_instant_is_shown_on_the_day_of_the_publisher_s_country() -> None:
    meta = read_page(page(og("article:published_time", "2021-11-04T23:00Z")), "https://news.example.de/wahl")
    assert meta.published == datetime(2021, 11, 4, 23, 0, tzinfo=UTC)  # the instant is kept as it was
    assert meta.published_day == "2021-11-05"  # midnight in Berlin


def test_a_utc_instant_takes_the_day_its_address_names() -> None:
    address = "https://press.example.com/2020/02/24/statement-on-the-verdict/"
    meta = read_page(page(og("article:published_time", "2020-02-25T02:25:54+00:00")), address)
    assert meta.published_day == "2020-02-24"  # 21:25 in New York, where the path was written
    later = read_page(page(og("article:published_time", "2020-02-27T13:00:00Z")), address)
    assert later.published_day == "2020-02-27"  # no real offset reaches the 24th: the instant's day


def test_an_instant_with_its_own_offset_or_none_keeps_its_day() -> None:
    assert local_day(datetime.fromisoformat("2022-05-05T21:00:00-05:00"), False, "https://x.example.de/") == \
        date(2022, 5, 5)
    assert local_day(datetime(2022, 5, 10, 23, 35, tzinfo=UTC), True, "https://x.example.de/") == date(2022, 5, 10)
    assert address_day("https://example.org/2017/7/12/montauk") == date(2017, 7, 12)
    assert address_day("https://example.org/2017/13/45/not-a-day") is None


def test_the_date_printed_under_the_headline_wins_when_the_page_declares_it_modified() -> None:
    head = og("article:published_time", "2019-10-15T09:00:00-04:00") + og("article:modified_time",
                                                                         "2020-03-12T10:00:00-04:00")
    body = f"<h1>How to care for your skin</h1><p>Updated March 12, 2020</p><p>{LONG}</p>"
    meta = read_page(page(head, body), "https://magazine.example.com/skin")
    assert meta.published_day == "2020-03-12"  # what the reader sees; the page confirms it
    alone = read_page(page(og("article:published_time", "2019-10-15T09:00:00-04:00"), body),
                      "https://magazine.example.com/skin")
    assert alone.published_day == "2019-10-15"  # a printed date the page does not confirm loses


def test_without_declared_dates_the_dateline_after_the_headline_is_read() -> None:
    body = ("<nav><h1>Site</h1></nav><h1>Ergebnisse: Regionalmeisterschaft, 19.5.2007</h1>"
            "<nav>Archiv 01.01.2001</nav><p class=meta>von Marc | 20. Mai 2007 | Ergebnisse</p>"
            f"<p>{LONG}</p><footer>© 31.12.2023</footer>")
    root = parse(page("<title>x</title>", body).decode())
    assert dateline(root) == date(2007, 5, 20)  # not the headline's own date, not the menu's
    meta = read_page(page("<title>x</title>", body), "https://blog.example.de/ergebnisse/")
    assert meta.published_day == "2007-05-20"
    assert meta.published == datetime(2007, 5, 20, tzinfo=UTC)
    assert meta.published_assumed_utc is True


def test_the_dateline_reads_the_common_ways_of_writing_a_day() -> None:
    for written, day in [("21.01.2022", date(2022, 1, 21)), ("6 January 2020", date(2020, 1, 6)),
                         ("March 12, 2020", date(2020, 3, 12)), ("4 de mayo de 2022", date(2022, 5, 4)),
                         ("1er février 2021", date(2021, 2, 1)), ("2023-11-06", date(2023, 11, 6)),
                         ("26.01.22, 14:30", date(2022, 1, 26))]:
        assert dateline(parse(f"<h1>T</h1><p>Publié le {written}</p>")) == day, written
    assert dateline(parse("<h1>T</h1><p>32.13.2022 and 31.02.2021</p>")) is None  # no such days
    assert dateline(parse("<p>21.01.2022</p>")) is None  # no headline, no dateline


def test_a_deep_or_huge_page_is_read_for_its_dateline_in_bounded_time() -> None:
    deep = "<div>" * 20000 + "<h1>T</h1><p>21.01.2022</p>" + "</div>" * 20000
    wide = "<p>x</p>" * 200_000  # no headline at all
    start = time.perf_counter()
    assert dateline(parse(deep)) in (None, date(2022, 1, 21))
    assert dateline(parse(wide)) is None
    assert time.perf_counter() - start < 5


# --- descriptions ----------------------------------------------------------------------------

def test_the_site_s_slogan_gives_way_to_the_page_s_own_description() -> None:
    head = (og("og:site_name", "Example Portal") + og("og:description", "example-portal.de - das unabhängige Portal")
            + '<meta name="description" content="Vigils in twelve cities for the journalists killed this year.">')
    meta = read_page(page(head), "https://www.example-portal.de/vigils")
    assert meta.description == "Vigils in twelve cities for the journalists killed this year."


def test_the_site_s_name_or_a_byline_gives_way_to_the_first_paragraph() -> None:
    for said in ("Example Portal", "Written by Staff Report", "Par Didier Roy (Les blogs, 21 juin 2018)"):
        meta = read_page(page(og("og:site_name", "Example Portal") + og("og:description", said),
                              f"<h1>Vigils</h1><p>{LONG}</p>"), "https://www.example-portal.de/vigils")
        assert meta.description == LONG.strip(), said
    sentence = "Von Anfang an war klar, dass die Mahnwache friedlich bleibt."  # "Von …" in a sentence
    assert read_page(page(og("og:description", sentence)), "https://x.example.de/").description == sentence


def test_what_says_nothing_is_kept_when_the_page_has_nothing_else() -> None:
    meta = read_page(page(og("og:site_name", "Example Portal") + og("og:description", "Example Portal")),
                     "https://www.example-portal.de/")
    assert meta.description == "Example Portal"


def test_a_pull_quote_loses_to_a_description_but_not_to_the_first_paragraph() -> None:
    quote = "“I’m going to take some time to figure out what’s next.”"
    summary = "The press secretary leaves after three years, saying she will take some time."
    both = read_page(page(og("og:description", quote) + f'<meta name="description" content="{summary}">'),
                     "https://news.example.com/a")
    assert both.description == summary
    alone = read_page(page(og("og:description", quote), f"<p>{LONG}</p>"), "https://news.example.com/a")
    assert alone.description == quote


def test_a_template_s_time_stamp_and_stray_quotation_mark_are_not_the_description() -> None:
    assert cleaned("06.11.2023, 11.41 Uhr : In Nord wurde am Freitag die neue Anlage eröffnet.") == \
        "In Nord wurde am Freitag die neue Anlage eröffnet."
    assert cleaned("31. Oktober 2023. Dragqueens sind Kunstfiguren aus Make-Up und Glitter.") == \
        "Dragqueens sind Kunstfiguren aus Make-Up und Glitter."
    assert cleaned('"\nThis classic cake boasts all the fruity goodness."') == \
        "This classic cake boasts all the fruity goodness.\""
    kept = '" onfocus=alert(1) autofocus'  # a quotation mark on the same line is the text's own
    assert cleaned(kept) == kept
    assert cleaned("21.01.2022") == "21.01.2022"  # nothing but a date stays what it is


def test_a_paragraph_s_escaped_markup_gives_way_to_the_text_itself() -> None:
    head = og("og:description", "&lt;p&gt;Vom Industrieunternehmen bis zum Hightech-Betrieb: Firmen stellen sich vor.")
    meta = read_page(page(head, f"<p>{LONG}</p>"), "https://jobs.example.ch/event")
    assert meta.description == LONG.strip()
    bold = read_page(page(og("og:description", "&lt;b&gt;bold&lt;/b&gt; &amp;amp; more"), f"<p>{LONG}</p>"),
                     "https://jobs.example.ch/event")
    assert bold.description == "<b>bold</b> &amp; more"  # other markup is text like any other


def test_a_line_of_furniture_is_no_first_paragraph() -> None:
    body = f"<p>✔ unabhängig ✔ überparteilich ❤ kostenfrei</p><p>Am 31.10.2023 kam es zu einem {LONG}</p>"
    meta = read_page(page("<title>x</title>", body), "https://presse.example.de/a")
    assert meta.description is not None and meta.description.startswith("Am 31.10.2023 kam es")


def test_a_paragraph_is_read_as_laid_out() -> None:
    body = "<p>Wie von <a href='/x'>example.de</a> berichtet, meldete die Polizei<br>am Montag einen Unfall.</p>"
    meta = read_page(page("<title>x</title>", body), "https://example.de/a")
    assert meta.description == "Wie von example.de berichtet, meldete die Polizei am Montag einen Unfall."
    # (short and naming the site's own host, like a slogan: still the page's only description)


def test_json_ld_modification_confirms_the_dateline_too() -> None:
    graph = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Wurmkiste",
             "datePublished": "2021-02-22T08:00:00+01:00", "dateModified": "2022-01-24T08:00:00+01:00"}
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    meta = read_page(page(head, f"<h1>Wurmkiste</h1><p>Aktualisiert am 24.01.2022</p><p>{LONG}</p>"),
                     "https://www.example.de/wurmkiste")
    assert meta.published_day == "2022-01-24"


def test_a_utc_instant_restated_with_the_page_s_own_offset_takes_that_day() -> None:
    head = og("article:published_time", "2022-05-04T03:37:37+00:00")
    body = f'<h1>Fashion show</h1><p><time datetime="2022-05-03T23:37:37-04:00">3 May</time></p><p>{LONG}</p>'
    meta = read_page(page(head, body), "https://island.example.com/fashion-show")
    assert meta.published_day == "2022-05-03"
    assert meta.published == datetime(2022, 5, 4, 3, 37, 37, tzinfo=UTC)


def test_a_printed_date_that_a_template_confirms_wins_over_the_declared_one() -> None:
    head = og("article:published_time", "2022-01-15T10:00:00+01:00")
    body = f'<h1>Schneesport</h1><p><time datetime="2022-01-25">25.01.2022</time></p><p>{LONG}</p>'
    assert read_page(page(head, body), "https://www.example.ch/schneesport").published_day == "2022-01-25"


def test_htmldate_and_a_template_agreeing_outvote_a_date_mentioned_in_the_text() -> None:
    head = '<meta name="date" content="2022-02-02">'
    body = f"<h1>Zuschauer</h1><p>Laut der am 28.01.2022 in Kraft getretenen Verordnung {LONG}</p>"
    assert read_page(page(head, body), "https://www.example.org/news/zuschauer").published_day == "2022-02-02"
    alone = f"<h1>Zuschauer</h1><p>Laut der am 28.01.2022 in Kraft getretenen Verordnung {LONG}</p>"
    assert read_page(page("<title>x</title>", alone), "https://www.example.org/x").published_day == "2022-01-28"


def test_a_modification_before_the_publication_is_no_update() -> None:
    head = og("article:published_time", "2022-12-30T07:00:40+01:00")
    body = (f'<h1>Fünf HR-Trends</h1><p><time datetime="2022-12-29T15:36:19+01:00" itemprop="dateModified">'
            f'29. Dezember 2022</time> <time datetime="2022-12-30T07:00:40+01:00">30. Dezember 2022</time></p>'
            f"<p>{LONG}</p>")
    assert read_page(page(head, body), "https://www.example.de/hr-trends").published_day == "2022-12-30"
    later = body.replace("2022-12-29T15:36:19", "2023-01-04T15:36:19").replace("29. Dezember 2022", "4. Januar 2023")
    assert read_page(page(head, later), "https://www.example.de/hr-trends").published_day == "2023-01-04"


def test_a_template_s_date_one_day_off_the_printed_one_does_not_outvote_it() -> None:
    head = '<meta name="date" content="2020-04-30">'  # the next morning's print edition
    body = f"<h1>Mietenstreik</h1><p>29.04.2020, 18:12 Uhr</p><p>{LONG}</p>"
    assert read_page(page(head, body), "https://www.example.de/artikel/mietenstreik").published_day == "2020-04-29"
    weeks = head.replace("2020-04-30", "2020-03-30")  # further away, with htmldate agreeing: the template
    assert read_page(page(weeks, body), "https://www.example.de/artikel/mietenstreik").published_day == "2020-03-30"


def test_without_a_printed_date_the_first_template_s_date_comes_before_htmldate() -> None:
    head = '<meta name="date" content="2022-01-21T15:38:44+01:00"><meta name="DCTERMS.date" content="2022-01-21">'
    body = ('<article itemscope itemtype="https://schema.org/NewsArticle"><h3 itemprop="headline">Schnee</h3>'
            f'<time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time><p>{LONG}</p></article>')
    # schema.org microdata's datePublished before Dublin Core and <meta name=date> (which htmldate reads)
    assert read_page(page(head, body), "https://www.example.com/aktuelles/schnee").published_day == "2022-01-27"
