"""schema.org metadata from JSON-LD blocks: Article, NewsArticle, BlogPosting, VideoObject
and their kin, found at the top level, in lists, or inside ``@graph``.

References are resolved as Yoast (most WordPress sites) writes them: ``{"@id": ".../#primaryimage"}``
names a node elsewhere in the page's graph; a reference that names nothing is no value (never
the ``@id`` address itself, which is not an image or a publisher).
"""

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
    "discussionforumposting", "posting", "itempage", "aboutpage", "collectionpage", "faqpage", "recipe",
    "product", "event", "howto", "qapage", "profilepage", "medicalwebpage",
}
_RANK = {"videoobject": 0, "newsarticle": 1, "article": 1, "blogposting": 1, "reportage": 1,
         "socialmediaposting": 1, "liveblogposting": 1, "analysisnewsarticle": 1, "opinionnewsarticle": 1,
         "reviewnewsarticle": 1, "backgroundnewsarticle": 1, "discussionforumposting": 1, "report": 1,
         "scholarlyarticle": 1, "techarticle": 1, "recipe": 2, "product": 3, "event": 3, "howto": 2,
         "webpage": 5, "itempage": 5, "aboutpage": 6, "collectionpage": 6, "faqpage": 5, "qapage": 5,
         "profilepage": 6, "medicalwebpage": 5, "creativework": 4}
_MAX_NODES = 2000


def blocks_in(text: str) -> list[Any]:
    """Every JSON-LD block of a page that parses; the broken ones are skipped."""
    found = []
    for match in _BLOCK.finditer(text):
        raw = match.group(1).strip()
        if raw.startswith("<!--"):
            raw = raw[4:].rsplit("-->", 1)[0]
        if raw.startswith("//<![CDATA["):
            raw = raw[len("//<![CDATA["):].rsplit("//]]>", 1)[0]
        try:
            found.append(json.loads(raw, strict=False))  # raw newlines inside strings are common
        except (ValueError, RecursionError):
            continue
    return found


def _nodes(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(value, list):
        for entry in value[:_MAX_NODES]:
            yield from _nodes(entry, depth + 1)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _nodes(value["@graph"], depth + 1)


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


class Graph:
    """Every node of a page's JSON-LD blocks, with its ``@id`` references resolvable."""

    def __init__(self, blocks: list[Any]) -> None:
        self.nodes = [node for block in blocks for node in _nodes(block)][:_MAX_NODES]
        self.by_id: dict[str, dict[str, Any]] = {}
        for node in self.nodes:
            ident = node.get("@id")
            if isinstance(ident, str) and len(node) > 1:
                self.by_id.setdefault(ident, node)

    def resolve(self, value: Any) -> Any:
        """A reference (an object with only ``@id``/``@type``) as the node it names, or None."""
        if isinstance(value, dict) and isinstance(value.get("@id"), str) and set(value) <= {"@id", "@type"}:
            return self.by_id.get(value["@id"])
        if isinstance(value, list):
            return [self.resolve(entry) for entry in value[:20]]
        return value

    def main_nodes(self) -> list[dict[str, Any]]:
        """The nodes that describe the page's content (an article or a video), best first."""
        candidates = []
        for position, node in enumerate(self.nodes):
            kinds = _types(node) & ARTICLE_TYPES
            if kinds:
                candidates.append((min(_RANK.get(k, 2) for k in kinds), position, node))
        candidates.sort(key=lambda entry: (entry[0], entry[1]))
        return [node for _, _, node in candidates]

    def first(self, nodes: list[dict[str, Any]], *keys: str) -> Any:
        """The first value any of ``nodes`` gives for any of ``keys`` (references resolved)."""
        for node in nodes:
            for key in keys:
                value = self.resolve(node.get(key))
                if value not in (None, "", [], {}):
                    return value
        return None


def main_node(blocks: list[Any]) -> dict[str, Any] | None:
    """The node that describes the page's content, best first."""
    found = Graph(blocks).main_nodes()
    return found[0] if found else None


def is_video(node: dict[str, Any]) -> bool:
    return "videoobject" in _types(node)


def text_of(value: Any) -> str | None:
    """A plain value: a string, the first of a list, or an object's name/@value (never an ``@id``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value:
        return next((found for found in map(text_of, value[:10]) if found), None)
    if isinstance(value, dict):
        for key in ("@value", "name"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return None


def address_of(value: Any) -> str | None:
    """An address given as a string, or an object's ``url``/``@id`` (a WebPage named by its address)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        return address_of(value[0])
    if isinstance(value, dict):
        for key in ("url", "@id"):
            if isinstance(value.get(key), str) and "#" not in value[key]:
                return str(value[key])
    return None


def image_of(value: Any) -> str | None:
    """An image given as a string, an ImageObject (url / contentUrl), or a list of either."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return next((found for found in map(image_of, value[:10]) if found), None)
    if isinstance(value, dict):
        for key in ("url", "contentUrl"):
            found = image_of(value.get(key))
            if found:
                return found
    return None


_ORGANISATIONS = {"organization", "newsmediaorganization", "corporation", "ngo", "governmentorganization",
                  "educationalorganization", "localbusiness", "website"}


def names_an_organisation(value: Any) -> bool:
    """Whether an author value is only organisations (a publisher naming itself the author)."""
    entries = [e for e in (value if isinstance(value, list) else [value]) if isinstance(e, dict)]
    return bool(entries) and all(_types(e) & _ORGANISATIONS for e in entries)


def authors_of(value: Any) -> tuple[str | None, str | None]:
    """Author name(s) and the first author's address: an object, a list, or a string."""
    entries = value if isinstance(value, list) else [value]
    names: list[str] = []
    address: str | None = None
    for entry in entries[:10]:
        if isinstance(entry, str):
            if not entry.strip().lower().startswith(("http://", "https://")):
                names.append(entry)
        elif isinstance(entry, dict):
            if isinstance(entry.get("name"), str):
                names.append(entry["name"])
            if address is None and isinstance(entry.get("url"), str):
                address = entry["url"]
    unique = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    return ", ".join(unique) or None, address
