"""Searching the open networks for a campaign: results are candidates, not library items, until kept.

``search(network, query, ctx, limit)`` is what the editor and ``storyweaver search`` call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyweaver.core.model import Item
from storyweaver.errors import CaptureError

if TYPE_CHECKING:  # the editor's search tab loads this package before its first paint
    from storyweaver.capture.context import CaptureContext

NETWORKS = ("mastodon", "bluesky", "feed")


def search(network: str, query: str, ctx: CaptureContext, limit: int = 40, *, server: str | None = None) -> list[Item]:
    """Up to ``limit`` candidate items for ``query`` (a hashtag, search words, or a feed address)."""
    limit = max(1, limit)
    if network == "mastodon":
        from storyweaver.capture.search.mastodon import search_tag

        return search_tag(query, ctx, limit, server=server)
    if network == "bluesky":
        from storyweaver.capture.search.bluesky import search_posts

        return search_posts(query, ctx, limit)
    if network == "feed":
        from storyweaver.capture.search.feeds import read_feed

        return read_feed(query, ctx, limit)
    raise CaptureError("unsupported-source", source=network)
