"""schema.org metadata from JSON-LD blocks: Article, NewsArticle, BlogPosting, VideoObject
and their kin, found at the top level, in lists, or inside ``@graph``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_BLOCK = re.compile(
    r"""<script[^>]*type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)
ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportage", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "report",
    "socialmediaposting", "liveblogposting", "videoobject", "webpage", "creativework", "mediaobject",
}
_RANK = {"videoobject": 0, "newsarticle": 1, "article": 1, "blogposting": 1, "reportage": 1,
         "socialmediaposting": 1, "liveblogposting": 1, "webpage": 5, "creativework": 4}


def blocks_in(text: str) -> list[Any]:
    """Every JSON-LD block of a page that parses; the broken ones are skipped."""
    found = []
    for match in _BLOCK.finditer(text):
        raw = match.group(1).strip()
        if raw.startswith("<!--"):
            raw = raw[4:].rsplit("-->", 1)[0]
        try:
            found.append(json.loads(raw))
        except (ValueError, RecursionError):
            continue
    return found


def _nodes(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(value, list):
        for entry in value:
            yield from _nodes(entry, depth + 1)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _nodes(value["@graph"], depth + 1)


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def main_node(blocks: list[Any]) -> dict[str, Any] | None:
    """The node that describes the page's content (an article or a video), best first."""
    candidates = []
    for position, node in enumerate(n for block in blocks for n in _nodes(block)):
        kinds = _types(node) & ARTICLE_TYPES
        if kinds:
            candidates.append((min(_RANK.get(k, 2) for k in kinds), position, node))
    if not candidates:
        return None
    candidates.sort(key=lambda entry: (entry[0], entry[1]))
    return candidates[0][2]


def is_video(node: dict[str, Any]) -> bool:
    return "videoobject" in _types(node)


def text_of(value: Any) -> str | None:
    """A plain value: a string, the first of a list, or an object's name/url/@value."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value:
        return text_of(value[0])
    if isinstance(value, dict):
        for key in ("@value", "name", "url", "@id"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return None


def image_of(value: Any) -> str | None:
    """An image given as a string, an ImageObject (url / contentUrl), or a list of either."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return next((found for found in map(image_of, value) if found), None)
    if isinstance(value, dict):
        for key in ("url", "contentUrl", "@id"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return None


def authors_of(value: Any) -> tuple[str | None, str | None]:
    """Author name(s) and the first author's address: an object, a list, or a string."""
    entries = value if isinstance(value, list) else [value]
    names: list[str] = []
    address: str | None = None
    for entry in entries[:10]:
        if isinstance(entry, str):
            names.append(entry)
        elif isinstance(entry, dict):
            if isinstance(entry.get("name"), str):
                names.append(entry["name"])
            if address is None and isinstance(entry.get("url"), str):
                address = entry["url"]
    name = ", ".join(n.strip() for n in names if n.strip()) or None
    return name, address
