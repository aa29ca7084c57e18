"""Small pieces every post format needs: instants, X's entity escaping, addresses."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from storyweaver.core.timefmt import to_stored

TWITTER_EPOCH_MS = 1288834974657
# Ids below this were given out before snowflakes (November 2010): no instant inside.
FIRST_SNOWFLAKE = 29_700_859_247
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                       "Nov", "Dec"), start=1)}
_NO_LANGUAGE = frozenset({"und", "qme", "qht", "qam", "zxx", "qct", "qst", ""})
_X_HANDLE = re.compile(r"[A-Za-z0-9_]{1,50}")  # a hostile file's "../x" must not become a path


def snowflake_instant(tweet_id: str | int) -> datetime | None:
    """The posting instant hidden in an X id: milliseconds since the Twitter epoch, above bit 22."""
    try:
        value = int(tweet_id)
    except (TypeError, ValueError):
        return None
    if value < FIRST_SNOWFLAKE:
        return None
    millis = (value >> 22) + TWITTER_EPOCH_MS
    return datetime.fromtimestamp(millis / 1000, UTC)  # a double holds milliseconds exactly enough


def parse_x_date(text: str | None) -> datetime | None:
    """X's dates: ``Wed Oct 10 20:19:24 +0000 2018`` (v1.1), ``2014-11-02 14:03:12 +0000``
    (old archives) and ISO 8601 (v2); parsed by hand because strptime is slow at 50,000 posts."""
    if not text:
        return None
    parts = text.split()
    try:
        if len(parts) == 6 and parts[1] in _MONTHS:
            hour, minute, second = parts[3].split(":")
            moment = datetime(int(parts[5]), _MONTHS[parts[1]], int(parts[2]), int(hour), int(minute),
                              int(second), tzinfo=_offset(parts[4]))
            return moment.astimezone(UTC)
        if len(parts) == 3 and "-" in parts[0]:
            return datetime.fromisoformat(f"{parts[0]}T{parts[1]}").replace(tzinfo=_offset(parts[2])).astimezone(UTC)
        return parse_iso(text)
    except (ValueError, KeyError):
        return None


def parse_iso(text: str | None) -> datetime | None:
    """ISO 8601 with ``Z`` or an offset; a date without one is taken as UTC."""
    if not text:
        return None
    try:  # the usual shape first, read whole in C: Python 3.11 reads a final "Z" itself
        fast = datetime.fromisoformat(text)  # a value of another type (hostile JSON) falls through
    except (TypeError, ValueError):
        fast = None
    if fast is not None and fast.tzinfo is UTC:
        return fast
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# atproto's own instants (what Bluesky's clients write in ``createdAt``): milliseconds and "Z".
_ATPROTO_INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", re.ASCII)


def stored_instant(text: str | None) -> str | None:
    """``to_stored(parse_iso(text))``: an instant in the shape atproto's clients write is the
    stored text already but for its ending (no parse, no formatting: 50,000 of them in an export)."""
    if isinstance(text, str) and _ATPROTO_INSTANT.fullmatch(text):
        try:
            datetime.fromisoformat(text)  # a real date and time, not 2024-13-45
        except ValueError:
            return None
        return f"{text[:23]}+00:00"
    return to_stored(parse_iso(text))


def _offset(text: str) -> timezone:
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-").replace(":", "")
    if text == "+0000" or not digits.strip("0"):
        return UTC
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def decode_x_entities(text: str) -> str:
    """Undo exactly X's escaping of ``&``, ``<`` and ``>`` (nothing else is touched)."""
    if "&" not in text:
        return text
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _x_handle(handle: object) -> str | None:
    return handle if isinstance(handle, str) and _X_HANDLE.fullmatch(handle) else None


def x_status_url(handle: str | None, tweet_id: str) -> str:
    """The post's address; ``tweet_id`` must be a checked id (``x_post.x_id``)."""
    return f"https://x.com/{_x_handle(handle) or 'i/web'}/status/{tweet_id}"


def x_profile_url(handle: str | None) -> str | None:
    who = _x_handle(handle)
    return f"https://x.com/{who}" if who else None


def language(code: str | None) -> str | None:
    """A post's language, or None for X's pseudo-codes (undetermined, media only, ...)."""
    if not code or code in _NO_LANGUAGE:
        return None
    return code


def expand_links(text: str, links: list[dict[str, str]], media_links: list[str]) -> str:
    """Show each t.co address as the address it stands for; the media link goes (the media are shown)."""
    for link in links:
        short, expanded = link.get("url"), link.get("expanded")
        if short and expanded and short in text:
            text = text.replace(short, expanded)
    for short in media_links:
        if short and short in text:
            text = text.replace(short, "").rstrip()
    return text
