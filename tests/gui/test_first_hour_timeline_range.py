"""The timeline strip's dates are the library filter's: the first and the last dated day.

Found in a first hour under Xvfb: with a web page of 2019-10-19 and Mastodon posts of November
2024, the strip (binned by month) said "2019-10-01 … 2024-11-06" while the date filter beside it said
"2019-10-19 … 2024-11-06": the left label was its first bar's first day, not the first dated item.
"""

from __future__ import annotations

from tests.gui.driving import settle


def test_the_strip_and_the_date_filter_show_the_same_range(qtbot, window, demo_path) -> None:
    assert window.actions_.open(demo_path)
    window.show()
    settle(window)
    strip = window.timeline
    strip.set_counts({"2019-10-19": 1, "2024-11-02": 2, "2024-11-06": 3}, {})
    assert strip.days[0] < "2019-10-19"  # a bar covers more than one day at this width
    labels = [text for _rect, text in strip.day_label_rects()]
    assert labels == ["2019-10-19", "2024-11-06"]
