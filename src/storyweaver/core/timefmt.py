"""Instants as StoryWeaver stores them: timezone-aware, UTC, fixed-width ISO 8601.

The fixed width (always milliseconds, always ``+00:00``) makes the stored text sort
in time order, so SQLite can order by it without parsing.
"""

from __future__ import annotations

from datetime import UTC, datetime


def to_stored(moment: datetime | None) -> str | None:
    """Store an aware instant as ``YYYY-MM-DDTHH:MM:SS.mmm+00:00``; naive instants are refused."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetime: say which timezone it is in")
    utc = moment if moment.tzinfo is UTC else moment.astimezone(UTC)
    # What ``isoformat(timespec="milliseconds")`` writes (the year padded, milliseconds cut, not
    # rounded), in half its time: it is called for every item stored.
    return _STORED % (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond // 1000)


_STORED = "%04d-%02d-%02dT%02d:%02d:%02d.%03d+00:00"


def from_stored(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text)


def now_utc() -> datetime:
    return datetime.now(UTC)
