"""An item as the store writes it: its ``items`` row (in ``ITEM_COLUMNS`` order), its media,
its readable copy, and the :class:`Item` it was made from, if any.

Most captures make :class:`Item` objects and the store makes their rows (:func:`row_of`).
An import of tens of thousands of records of one source (a Bluesky repository export)
makes the rows straight away with a :class:`RowMaker`: at 50,000 records, building the
objects and then reading them back into rows was two fifths of the import's own Python
work.  Either way the rows go through the same door (``Library.add_prepared``): the same
dedupe, provenance and redaction, the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from storyweaver.core.model import Author, Item, ItemKind, Media, Platform, ReadableCopy
from storyweaver.core.timefmt import to_stored

Row = tuple[Any, ...]
# (row, media, readable copy, the Item it stands for or None): the unit the library stores.
StoreRow = tuple[Row, list[Media], ReadableCopy | None, Item | None]
KEY = 3  # where a row holds its dedupe key, its capture method, instant and raw payload
METHOD, CAPTURED, RAW = 16, 15, 17

# Lone UTF-16 surrogates (a tweet cut in the middle of an emoji) cannot be stored as UTF-8.
SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse(value: object) -> object:
    raise TypeError(f"{type(value).__name__} is not JSON")


def _json_encoder() -> Callable[[Any], str]:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))`` with the C
    encoder made once, not per call: at 50,000 items a third less time goes to encoding."""
    import json
    from json import encoder

    c_make_encoder = getattr(encoder, "c_make_encoder", None)
    if c_make_encoder is None:  # no C accelerator: the documented path
        return json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
    make = c_make_encoder(None, _refuse, encoder.encode_basestring, None, ":", ",", True, False, True)
    return lambda value: "".join(make(value, 0))


encode = _json_encoder()
_NO_AUTHOR = Author()


class _CaptureText:
    """The text of the last capture instant stored: a whole import shares one instant.
    One tuple swapped at once, so threads never see an instant with another's text."""

    last: tuple[Any, str | None] = (None, None)


def _stored_capture(moment: Any) -> str | None:
    last = _CaptureText.last
    if last[0] is moment:
        return last[1]
    text = to_stored(moment)
    _CaptureText.last = (moment, text)
    return text


def _stored_key(key: str | None) -> str | None:
    """The dedupe key as it will be stored (and so looked up): lone surrogates replaced."""
    if key is not None and not key.isascii() and SURROGATE.search(key):
        return SURROGATE.sub("\ufffd", key)
    return key


def row_of(item: Item) -> StoreRow:
    """What the store writes of ``item``."""
    author = item.author or _NO_AUTHOR
    platform = item.platform
    row = (
        str.__str__(item.kind),
        str.__str__(platform) if platform is not None else None,
        item.platform_id,
        _stored_key(item.dedupe_key()),
        item.url,
        item.title,
        item.text,
        item.description,
        author.name,
        author.handle,
        author.url,
        author.avatar_sha256,
        item.site_name,
        to_stored(item.published),
        1 if item.published_assumed_utc else 0,
        _stored_capture(item.captured_at),
        item.capture_method,
        item.raw_sha256,
        item.lang,
        encode(item.hashtags) if item.hashtags else "[]",
        item.image_url,
        item.favicon_sha256,
        encode(item.extra) if item.extra else "{}",
        1 if item.redacted else 0,
        item.note,
    )
    return row, item.media, item.readable, item


class RowMaker:
    """Rows of many items of one source that share their platform, capture method, capture
    instant, raw payload and site (a repository export's records), without Item objects.

    ``row`` writes exactly what :func:`row_of` writes of the Item with the same fields (the
    tests compare them on real exports), ``published`` given as stored (``timefmt.to_stored``);
    every row it makes has a platform id.
    """

    def __init__(self, platform: Platform, capture_method: str, captured_at: datetime,
                 raw_sha256: str | None, site_name: str | None) -> None:
        self._platform = str.__str__(platform)
        self._shared = (site_name, _stored_capture(captured_at), capture_method, raw_sha256)

    def row(self, kind: ItemKind, platform_id: str, url: str | None, text: str | None, author: Author | None,
            published: str | None, lang: str | None, hashtags: list[str], extra: dict[str, Any],
            media: list[Media]) -> StoreRow:
        if not platform_id:
            raise ValueError("a row made without an item needs a platform id")
        author = author or _NO_AUTHOR
        site_name, captured, method, raw = self._shared
        row = (
            str.__str__(kind), self._platform, platform_id, _stored_key(f"{self._platform}:{platform_id}"), url,
            None, text, None, author.name, author.handle, author.url, author.avatar_sha256, site_name,
            published, 0, captured, method, raw, lang,
            encode(hashtags) if hashtags else "[]", None, None, encode(extra) if extra else "{}", 0, None,
        )
        return row, media, None, None
