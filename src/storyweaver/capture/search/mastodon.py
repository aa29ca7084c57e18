"""A Mastodon server's public hashtag timeline, ``/api/v1/timelines/tag/TAG``, paged with ``max_id``."""

from __future__ import annotations

from urllib.parse import quote

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.posts.mastodon import item_from_status
from storyweaver.capture.search.candidates import RAW_KEY, raw_json, raw_sha
from storyweaver.core.model import Item
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PAGE = 40  # the API's largest page


def search_tag(tag: str, ctx: CaptureContext, limit: int, *, server: str | None = None) -> list[Item]:
    name = tag.strip().lstrip("#＃")
    if not name:
        raise CaptureError("bad-url", url=tag)
    base = (server or ctx.endpoints.mastodon_server).rstrip("/")
    if "://" not in base:
        base = f"https://{base}"
    address = f"{base}/api/v1/timelines/tag/{quote(name, safe='')}"
    http = ctx.require_http()
    captured_at = ctx.clock()
    items: list[Item] = []
    max_id: str | None = None
    while len(items) < limit:
        ctx.check_cancelled()
        params = {"limit": str(min(PAGE, limit - len(items)))}
        if max_id:
            params["max_id"] = max_id
        response = http.get(address, params=params, headers={"Accept": "application/json"})
        try:
            page = response.json()
        except ValueError:
            raise CaptureError("broken-file", source=response.url, where=_("the answer"),
                               reason=_("not JSON")) from None
        if not isinstance(page, list) or not page:
            break
        for status in page:
            raw = raw_json(status)
            items.append(item_from_status(status, method="mastodon-search", captured_at=captured_at,
                                          raw_sha256=raw_sha(raw)))
            items[-1].extra[RAW_KEY] = raw
        max_id = str(page[-1].get("id"))
        ctx.progress(len(items), limit, address)
    return items[:limit]
