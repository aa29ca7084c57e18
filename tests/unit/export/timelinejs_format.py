"""The TimelineJS 3 JSON format, as its documentation describes it, as a checker for tests.

Source: "TimelineJS JSON data format", https://timeline.knightlab.com/docs/json-format.html
(``website/docs/json-format.njk`` in github.com/NUKnightLab/TimelineJS3).  Each table below
is one of that page's tables: the property names, whether they are required, and the kind
of value the notes ask for.  Any other property is reported as unknown.
"""

from __future__ import annotations

from typing import Any

# The top-level object: events (required), title, eras, scale.
TIMELINE = {"events": (True, list), "title": (False, dict), "eras": (False, list), "scale": (False, str)}
# Slide objects: start_date is required except for the title slide.
SLIDE = {"start_date": (True, dict), "end_date": (False, dict), "text": (False, dict), "media": (False, dict),
         "group": (False, str), "display_date": (False, str), "background": (False, dict),
         "autolink": (False, bool), "unique_id": (False, str)}
DATE = {"year": (True, int), "month": (False, int), "day": (False, int), "hour": (False, int),
        "minute": (False, int), "second": (False, int), "millisecond": (False, int),
        "display_date": (False, str), "format": (False, str)}
TEXT = {"headline": (False, str), "text": (False, str)}
MEDIA = {"url": (True, str), "caption": (False, str), "credit": (False, str), "thumbnail": (False, str),
         "alt": (False, str), "title": (False, str), "link": (False, str), "link_target": (False, str)}
RANGES = {"month": (1, 12), "hour": (0, 23), "minute": (0, 59), "second": (0, 59)}


def _fields(value: Any, table: dict[str, tuple[bool, type]], where: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where}: not an object"]
    problems = [f"{where}.{name}: unknown property" for name in value if name not in table]
    for name, (required, kind) in table.items():
        if name not in value:
            if required:
                problems.append(f"{where}.{name}: missing")
        elif not isinstance(value[name], kind) or (kind is int and isinstance(value[name], bool)):
            problems.append(f"{where}.{name}: not a {kind.__name__}")
    return problems


def _date(value: Any, where: str) -> list[str]:
    problems = _fields(value, DATE, where)
    if not problems:
        for name, (low, high) in RANGES.items():
            if name in value and not low <= value[name] <= high:
                problems.append(f"{where}.{name}: {value[name]} is outside {low}-{high}")
    return problems


def _slide(value: Any, where: str, *, title: bool = False) -> list[str]:
    table = dict(SLIDE, start_date=(False, dict)) if title else SLIDE
    problems = _fields(value, table, where)
    if problems:
        return problems
    for name in ("start_date", "end_date"):
        if name in value:
            problems += _date(value[name], f"{where}.{name}")
    if "text" in value:
        problems += _fields(value["text"], TEXT, f"{where}.text")
    if "media" in value:
        problems += _fields(value["media"], MEDIA, f"{where}.media")
    return problems


def problems(document: Any) -> list[str]:
    """Everything in ``document`` that the TimelineJS JSON format documentation does not allow."""
    found = _fields(document, TIMELINE, "timeline")
    if found:
        return found
    if "title" in document:
        found += _slide(document["title"], "title", title=True)
    for number, event in enumerate(document["events"]):
        found += _slide(event, f"events[{number}]")
    ids = [e.get("unique_id") for e in document["events"] if isinstance(e, dict) and "unique_id" in e]
    if len(ids) != len(set(ids)):
        found.append("events: unique_id values repeat")
    return found
