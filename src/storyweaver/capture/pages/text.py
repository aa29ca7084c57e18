"""Text as found in pages, made plain: entities decoded once (by the parser), whitespace
collapsed, control characters dropped.  The result is text, never markup."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalise(value: object, *, limit: int = 2000) -> str | None:
    """Whitespace-normalised plain text, or None when nothing is left."""
    if not isinstance(value, str):
        return None
    text = " ".join(_CONTROLS.sub(" ", value).split())
    if not text:
        return None
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def parse_instant(value: object, *, keep_offset: bool = False) -> tuple[datetime, bool] | None:
    """A date as found in a page, as an aware instant and whether UTC was assumed
    (the page gave no offset).  ISO 8601 and RFC 2822 forms are understood.  The instant is
    in UTC, or with ``keep_offset`` in the page's own offset (its calendar day)."""
    text = normalise(value, limit=64)
    if text is None:
        return None
    moment: datetime | None = None
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if moment is None or not 1900 <= moment.year <= 2200:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC), True
    return (moment if keep_offset else moment.astimezone(UTC)), False
