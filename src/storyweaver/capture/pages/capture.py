"""From a page's bytes to a stored card: used by web addresses, saved pages and ``unfurl``."""

from __future__ import annotations

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.pages.card import (
    attach_media,
    build_card,
    canonical_confirmed,
    card_address,
    moved_elsewhere,
    raw_head,
    read_oembed,
)
from storyweaver.capture.pages.decode import decode_page
from storyweaver.capture.pages.metadata import extract
from storyweaver.capture.pages.readable import readable_copy
from storyweaver.core.model import Item


def page_card(
    data: bytes,
    sink: CaptureSink,
    ctx: CaptureContext,
    *,
    fetched_url: str | None,
    method: str,
    header_charset: str | None = None,
    address: str | None = None,
    online: bool = True,
    media: bool = True,
    status: int | None = None,
    headers: dict[str, str] | None = None,
    truncated: bool = False,
) -> Item:
    """Read a page into a card item and add it to ``sink``.

    ``address`` (given by the user) wins over what the page says of itself; ``online``
    allows fetching the oEmbed answer, and with ``media`` the lead image and the favicon.
    A fetched page's ``status`` and ``headers`` are kept with it in its readable copy.
    """
    text, _encoding = decode_page(data, header_charset)
    meta = extract(text, fetched_url or address)
    oembed = read_oembed(ctx.require_http(), meta.oembed) if online and meta.oembed else None
    confirmed = online and moved_elsewhere(meta, fetched_url) and canonical_confirmed(ctx.require_http(), meta)
    item = build_card(
        meta,
        address=address or card_address(meta, fetched_url, confirmed=confirmed),
        method=method,
        captured_at=ctx.clock(),
        head=raw_head(data),
        sink=sink,
        oembed=oembed,
    )
    if ctx.readable:
        item.readable = readable_copy(data, sink, address=fetched_url or item.url, captured_at=item.captured_at,
                                      status=status, headers=headers, truncated=truncated)
    if online and media:
        attach_media(item, meta, sink, ctx)
    sink.add(item)
    return item
