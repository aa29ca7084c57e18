"""schema.org microdata (``itemscope``/``itemprop``, HTML Living Standard §5.2): the properties
of the page's article item, or of the page itself where no article item is declared."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# An element's value by its tag (HTML Living Standard, "the property value").
_ADDRESS_ATTRIBUTE = {"a": "href", "area": "href", "link": "href", "img": "src", "audio": "src", "embed": "src",
                      "iframe": "src", "source": "src", "track": "src", "video": "src", "object": "data"}
_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportage", "report", "scholarlyarticle",
                  "techarticle", "socialmediaposting", "liveblogposting", "videoobject", "recipe", "webpage",
                  "discussionforumposting", "product", "event")
_MOST_ELEMENTS = 5000


def _walk(scope: Any, budget: list[int]) -> Iterator[Any]:
    """The elements with ``itemprop`` that belong to ``scope`` (not to an item nested in it)."""
    for child in scope:
        budget[0] -= 1
        if budget[0] < 0:
            return
        if not isinstance(child.tag, str):
            continue
        if child.get("itemprop") is not None:
            yield child
        if child.get("itemscope") is None:
            yield from _walk(child, budget)


def _type_of(element: Any) -> str:
    kind = (element.get("itemtype") or "").strip().split()
    return kind[0].rstrip("/").rsplit("/", 1)[-1].lower() if kind else ""


def value_of(element: Any) -> str | None:
    """An element's property value: ``content``, the address attribute, ``datetime`` or its text."""
    if element.get("content") is not None:
        return str(element.get("content"))
    attribute = _ADDRESS_ATTRIBUTE.get(element.tag)
    if attribute:
        found = element.get(attribute)
        return str(found) if found is not None else None
    if element.tag == "time" and element.get("datetime"):
        return str(element.get("datetime"))
    if element.tag in ("data", "meter") and element.get("value"):
        return str(element.get("value"))
    return str(element.text_content())


def _item(scope: Any, depth: int = 0) -> dict[str, Any]:
    """An item's properties: names (lower-cased) to lists of values, nested items as dicts."""
    props: dict[str, list[Any]] = {}
    for element in _walk(scope, [_MOST_ELEMENTS]):
        value: Any = _item(element, depth + 1) if element.get("itemscope") is not None and depth < 3 \
            else value_of(element)
        if element.get("itemscope") is not None and isinstance(value, dict):
            value["@text"] = " ".join(str(element.text_content()).split())[:300]
        for name in str(element.get("itemprop")).split():
            props.setdefault(name.lower(), []).append(value)
    return props


def read(root: Any) -> dict[str, Any]:
    """The page's main item (the first article-like ``itemscope``), or the page's loose
    ``itemprop`` values when it declares none."""
    if root is None:
        return {}
    scopes = root.xpath("//*[@itemscope][@itemtype]")
    ranked = sorted((_ARTICLE_TYPES.index(_type_of(s)), n, s) for n, s in enumerate(scopes[:200])
                    if _type_of(s) in _ARTICLE_TYPES)
    if ranked:
        found = _item(ranked[0][2])
        found["@type"] = [_type_of(ranked[0][2])]
        return found
    loose: dict[str, Any] = {}
    for element in root.xpath("//*[@itemprop]")[:300]:
        value = value_of(element)
        for name in str(element.get("itemprop")).split():
            loose.setdefault(name.lower(), []).append(value)
    return loose


def text(value: Any) -> str | None:
    """A property as plain text: a nested item's ``name`` (or its text), a value as found."""
    if isinstance(value, list):
        return next((found for found in map(text, value[:10]) if found), None)
    if isinstance(value, dict):
        return text(value.get("name")) or (value.get("@text") if isinstance(value.get("@text"), str) else None)
    return value if isinstance(value, str) and value.strip() else None


def address(value: Any) -> str | None:
    """A property as an address: a nested item's ``url`` (an ImageObject's, say), or a value."""
    if isinstance(value, list):
        return next((found for found in map(address, value[:10]) if found), None)
    if isinstance(value, dict):
        return address(value.get("url")) or address(value.get("contenturl"))
    return value if isinstance(value, str) and value.strip() else None
