"""Any http(s) address: a web page becomes a link card (or a video), an image address an
image item.  Asked last (``PRIORITY`` 1000) so the social networks' own handlers win."""

from __future__ import annotations

from urllib.parse import urlsplit

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.http import HTML_TYPES, check_address
from storyweaver.capture.images import image_item, sniff
from storyweaver.capture.pages.capture import page_card
from storyweaver.capture.pages.card import build_card
from storyweaver.capture.pages.metadata import PageMeta
from storyweaver.core.model import Item

PRIORITY = 1000


def handles(address: str) -> bool:
    text = address.strip()
    return text.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in text)


def capture(address: str, sink: CaptureSink, ctx: CaptureContext) -> None:
    """Fetch ``address`` and keep what it is: an image, a page's card, or a bare link."""
    fetch(address, sink, ctx, media=True)


def fetch(address: str, sink: CaptureSink, ctx: CaptureContext, *, media: bool) -> None:
    """Like :func:`capture`; without ``media`` a page's lead image and favicon are not
    downloaded (``unfurl`` describes a page, it keeps nothing)."""
    ctx.check_cancelled()
    address = check_address(address)
    response = ctx.require_http().get(address, html_prefix=True)
    kind = response.content_type
    sniffed = sniff(response.content)
    if kind.startswith("image/") or (sniffed is not None and kind not in HTML_TYPES):
        # Titled by its own metadata, if any: its file name ("IMG_0042.jpg") is no public title.
        item = image_item(response.content, address, sink, method="image-url", captured_at=ctx.clock(),
                          url=address)
        sink.add(item)
        return
    if kind in HTML_TYPES or kind == "" or response.content.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
        page_card(response.content, sink, ctx, fetched_url=response.url, method="unfurl",
                  header_charset=response.charset, media=media, status=response.status,
                  headers=response.headers, truncated=response.truncated)
        return
    sink.add(_bare_link(address, response.url, kind, ctx))


def _bare_link(address: str, final_url: str, kind: str, ctx: CaptureContext) -> Item:
    """A document that is not a page (a PDF, a binary file): a card with its address only."""
    from storyweaver.capture.context import MemorySink

    meta = PageMeta(final_url=final_url)
    meta.site_name = urlsplit(final_url).hostname
    item = build_card(meta, address=address, method="unfurl", captured_at=ctx.clock(), head=b"",
                      sink=MemorySink())
    item.raw_sha256 = None  # nothing of the document was kept
    item.extra["content_type"] = kind
    return item
