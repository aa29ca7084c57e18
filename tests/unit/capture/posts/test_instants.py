"""Instants read from posts: atproto's ``createdAt`` (https://atproto.com/specs/lexicon#datetime,
e.g. ``2024-11-02T09:15:27.000Z`` as Bluesky's clients write it) turned into the stored text
without a parse must give exactly what the general reader gives, and refuse what it refuses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyweaver.capture.posts.common import parse_iso, stored_instant
from storyweaver.core.timefmt import to_stored

SHAPES = [
    "2024-11-02T09:15:27.000Z", "2024-11-02T09:15:27.123Z", "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z",
    "2024-02-29T12:00:00.000Z",  # a leap day
    "2023-02-29T12:00:00.000Z", "2024-13-45T09:15:27.000Z", "2024-11-02T24:00:00.000Z", "0000-01-01T00:00:00.000Z",
    "2024-W44-5T00:03:20.000Z",  # an ISO week date of the same length: Python reads it, not as the text says
    "２０２４-11-02T09:15:27.000Z", "2024-11-02 09:15:27.000Z", "2024-11-02T09:15:27Z", "2024-11-02T09:15:27.123456Z",
    "2024-11-02T09:15:27.000+02:00", "2024-11-02T09:15:27.000", "2024-11-02", "", "not a date", None, 1730538927,
]


def _outcome(read: Callable[[], object]) -> object:
    try:
        return read()
    except Exception as exc:  # a number where a date belongs refuses the file, both ways alike
        return type(exc)


@pytest.mark.parametrize("text", SHAPES)
def test_a_stored_instant_is_what_reading_then_storing_gives(text) -> None:
    assert _outcome(lambda: stored_instant(text)) == _outcome(lambda: to_stored(parse_iso(text)))
