"""When a page was published: the date its metadata declares, else what htmldate finds in
the document (its address, its visible dates), as the article's original publication."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from storyweaver.capture.pages.text import parse_instant


def published_date(declared: list[str | None], root: Any, address: str | None, text: str = ""
                   ) -> tuple[datetime | None, bool, str | None]:
    """The instant (UTC), whether UTC was assumed, and the calendar day as the page gives it.
    A big page's ``root`` loses its furniture (menus, footers, scripts): read it last.

    htmldate reads the page's metadata too, and then its address and visible dates; where
    it names another day than the first declared date, its day is taken: on the shared
    corpus of real pages that is right more often (86.6% against 85.9%)."""
    moment, assumed = None, False
    for candidate in declared:
        parsed = parse_instant(candidate, keep_offset=True)
        if parsed is not None:
            moment, assumed = parsed
            break
    found = _htmldate(_bounded(root, text), address, len(text))
    if moment is not None and (found is None or found == moment.date()):
        return moment.astimezone(UTC), assumed, moment.date().isoformat()
    if found is None:
        return None, False, None
    return datetime(found.year, found.month, found.day, tzinfo=UTC), True, found.isoformat()


# Page furniture where an article's date never is; htmldate searches the whole serialised
# page, so on a big page (menus, related links) it is cut away first: 191 ms become 9 ms on
# the bench's 300 KB page, and on the real-pages corpus the dates are as right (86.6%).
_FURNITURE = ("//script[not(@type='application/ld+json')]|//style|//nav|//aside|//footer|//form|//noscript"
              "|//svg|//iframe|//select")
BIG_PAGE = 200_000  # characters of markup
# htmldate's time grows with the page: beyond these (a pathological page of a hundred thousand
# elements, or several megabytes) it reads only the top of the page (its head and the start of
# its body, where an article's date is), and not at all if even that is too many elements.
HUGE_PAGE = 1_000_000
MOST_ELEMENTS = 30_000
TOP_OF_PAGE = 300_000


def _count_to(root: Any, most: int) -> int:
    return sum(1 for _ in zip(root.iter(), range(most + 1), strict=False))


def _bounded(root: Any, text: str) -> Any:
    if root is None or not text:
        return root
    if len(text) <= HUGE_PAGE and _count_to(root, MOST_ELEMENTS) <= MOST_ELEMENTS:
        return root
    from storyweaver.capture.pages.document import parse

    top = parse(text[:TOP_OF_PAGE])
    return top if top is not None and _count_to(top, MOST_ELEMENTS) <= MOST_ELEMENTS else None


def _htmldate(root: Any, address: str | None, size: int) -> Any:
    if root is None:
        return None
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    if size > BIG_PAGE:  # in place: the date is the last thing read from the tree
        for element in root.xpath(_FURNITURE):
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
    try:
        found = find_date(root, url=address if address and "://" in address else None, original_date=True,
                          extensive_search=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError, AttributeError):
        return None
    if not found:
        return None
    try:
        return datetime.strptime(found, "%Y-%m-%d").date()
    except ValueError:
        return None
