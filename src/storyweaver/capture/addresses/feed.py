"""A feed's address (``.rss``, ``.atom``, ``/feed``, a Mastodon account's ``/@user.rss``, a
Bluesky profile's ``/rss``): every entry kept.  Re-adding the address fetches it again and
adds only the entries not yet in the project (``REFETCH``)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from storyweaver.capture import feeds
from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.http import check_address

PRIORITY = 150
REFETCH = True  # a feed changes: its address is never answered from the project's memory
_PATH = re.compile(r"(\.(rss|atom|rdf)|/(feed|rss|atom)(\.xml)?|/feed/(rss2?|atom)|/@[A-Za-z0-9_]+\.rss"
                   r"|/index\.xml|/feed\.xml|/rss\.xml|/atom\.xml)/?$", re.IGNORECASE)


def handles(address: str) -> bool:
    text = address.strip()
    if not text.lower().startswith(("http://", "https://")) or any(c.isspace() for c in text):
        return False
    return _PATH.search(urlsplit(text).path) is not None


def capture(address: str, sink: CaptureSink, ctx: CaptureContext) -> None:
    ctx.check_cancelled()
    address = check_address(address.strip())
    response = ctx.require_http().get(address, headers={"Accept": "application/rss+xml, application/atom+xml, "
                                                        "application/xml;q=0.9, */*;q=0.5"})
    parsed = feeds.parse(response.content, response.url)
    raw = sink.put_blob(response.content, "application/xml")
    for item in feeds.items_of(parsed, response.url, ctx.clock(), raw):
        sink.add(item)
