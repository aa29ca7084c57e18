from __future__ import annotations

from datetime import UTC, date, datetime

from storyweaver.export.labels import LABELS, format_day, format_instant, format_range, labels
from storyweaver.i18n import catalogue


def test_every_label_of_the_exports_has_a_french_translation():
    french = catalogue("fr")
    missing = [msgid for msgid in LABELS.values() if msgid not in french]
    assert missing == []
    assert labels("fr")["contents"] == "Sommaire" and labels("en")["contents"] == "Contents"


def test_dates_are_written_the_way_each_language_writes_them():
    assert format_day(date(2014, 11, 1), "fr") == "1er novembre 2014"
    assert format_day(date(2014, 11, 2), "en") == "2 November 2014"
    assert format_instant(datetime(2014, 11, 2, 8, 5, tzinfo=UTC), "fr", UTC) == "2 novembre 2014, 8 h 05 UTC"
    assert format_range(date(2014, 11, 2), date(2014, 11, 30), "en") == "2 – 30 November 2014"
    assert format_range(date(2014, 10, 30), date(2014, 11, 30), "fr") == "30 octobre 2014 – 30 novembre 2014"
