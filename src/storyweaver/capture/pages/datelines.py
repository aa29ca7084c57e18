"""The date a page prints with its headline (its dateline: "21.01.2022", "6 January 2020",
"March 12, 2020"), read from the text just after the first ``<h1>``, page furniture left out.
It is what a reader sees as the article's date; on the real-pages corpus the first such date
after the headline is right on 90% of the pages that have one, more than any single metadata
source but OpenGraph."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

_MONTH_NAMES = (
    "januar februar märz april mai juni juli august september oktober november dezember",
    "january february march april may june july august september october november december",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "jan feb mär apr mai jun jul aug sept okt nov dez",
)
MONTHS: dict[str, int] = {}
for _names in _MONTH_NAMES:
    for _number, _name in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_name, _number)
_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
# 21.01.2022 / 21.1.22, 2022-01-21, 21 January 2022 / 4 de mayo de 2022, January 21, 2022
_DATE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})\.\s?(?P<m1>\d{{1,2}})\.\s?(?P<y1>(?:19|20)?\d\d)\b(?![.:]\d)"
    rf"|\b(?P<y2>{_YEAR})-(?P<m2>\d\d)-(?P<d2>\d\d)\b"
    rf"|\b(?P<d3>\d{{1,2}})(?:\.|er|º)?\s+(?:de\s+)?(?P<m3>{_MONTH})\.?\s+(?:de\s+)?(?P<y3>{_YEAR})\b"
    rf"|\b(?P<m4>{_MONTH})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>{_YEAR})\b",
    re.IGNORECASE)
# Furniture: a dateline is never in a menu, a footer, a form or a script.
_SKIPPED = {"script", "style", "noscript", "nav", "footer", "aside", "form", "select", "template", "svg"}
AFTER = 1500  # characters of text read after the headline (whose own dates are its subject's)
MOST_TEXTS_BEFORE = 20_000  # a headline is near the top of a page: a huge page is not walked to its end
_HEADLINE = object()


def _date_of(found: re.Match[str]) -> date | None:
    for n in "1234":
        year = found.group("y" + n)
        if not year:
            continue
        month_text = found.group("m" + n)
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower())
        try:
            return date(int(year) + (2000 if len(year) == 2 else 0), month or 0, int(found.group("d" + n)))
        except ValueError:
            return None
    return None


def _texts(root: Any) -> Iterator[Any]:
    """The page's text nodes in document order, furniture left out, with a mark after the first
    text of the first ``<h1>`` (its headline proper: a date in that text is its subject's, a
    date on a line of its own inside the ``<h1>`` is its dateline).  An explicit stack: a
    hostile page may nest thousands deep."""
    stack: list[Any] = [root]
    headline = "before"
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            yield node
            if headline == "in" and node.strip():
                headline = "after"
                yield _HEADLINE
            continue
        if node.tail:
            stack.append(node.tail)
        if not isinstance(node.tag, str) or node.tag in _SKIPPED:
            continue
        if node.tag == "h1" and headline == "before":
            headline = "in"
        stack.extend(reversed(node))
        if node.text:
            stack.append(node.text)


def dateline(root: Any) -> date | None:
    """The first date printed after the page's headline; None for a page without ``<h1>``
    or without a date near it.  (A date just before the headline, a kicker line, is right
    as often as wrong on the corpus: it is not read.)"""
    if root is None:
        return None
    after: list[str] = []
    kept = 0
    seen = False
    for count, text in enumerate(_texts(root)):
        if text is _HEADLINE:
            seen = True
        elif seen:
            after.append(text)
            kept += len(text)
            if kept > 2 * AFTER:
                break
        elif count > MOST_TEXTS_BEFORE:
            return None
    following = " ".join(" ".join(after).split())[:AFTER]
    return next((d for d in map(_date_of, _DATE.finditer(following)) if d), None)
