"""Reading web pages for link cards: decoding, metadata extraction, and the card itself."""

from __future__ import annotations

from storyweaver.capture.pages.decode import decode_page
from storyweaver.capture.pages.metadata import PageMeta, extract

__all__ = ["PageMeta", "decode_page", "extract", "read_page"]


def read_page(data: bytes, final_url: str | None, header_charset: str | None = None) -> PageMeta:
    """A page's card metadata from its raw bytes."""
    text, _encoding = decode_page(data, header_charset)
    return extract(text, final_url)
