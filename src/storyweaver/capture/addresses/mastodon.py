"""One Mastodon post by its address, ``https://HOST/@user/ID``, through ``/api/v1/statuses/ID``.

Only that path shape is claimed (a numeric id after ``/@user/``), so ordinary web pages
still go to the web-page capture.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.posts.fetch import download_avatar, download_media, keep_raw
from storyweaver.capture.posts.mastodon import item_from_status
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PRIORITY = 200
_PATH = re.compile(r"^/(?:@[A-Za-z0-9_.\-]+(?:@[A-Za-z0-9.\-]+)?|users/[A-Za-z0-9_.\-]+/statuses)/(\d{1,20})/?$")


def status_id(address: str) -> tuple[str, str] | None:
    """(``scheme://host``, status id) for a Mastodon post address, else None."""
    text = address.strip()
    if not text.lower().startswith(("https://", "http://")):
        return None
    parts = urlsplit(text)
    match = _PATH.match(parts.path)
    if not match or not parts.hostname or parts.query:
        return None
    if parts.hostname.lower() in ("x.com", "twitter.com", "www.twitter.com", "bsky.app", "mobile.twitter.com"):
        return None
    return f"{parts.scheme}://{parts.netloc}", match.group(1)


def handles(address: str) -> bool:
    return status_id(address) is not None


def capture(address: str, sink: CaptureSink, ctx: CaptureContext) -> None:
    found = status_id(address)
    if found is None:
        raise CaptureError("bad-url", url=address)
    server, ident = found
    response = ctx.require_http().get(f"{server}/api/v1/statuses/{ident}", headers={"Accept": "application/json"})
    try:
        status = response.json()
    except ValueError:
        raise CaptureError("broken-file", source=response.url, where=_("the answer"), reason=_("not JSON")) from None
    if not isinstance(status, dict) or "id" not in status or "content" not in status:
        raise CaptureError("broken-file", source=response.url, where=_("the answer"), reason=_("not a Mastodon status"))
    raw = keep_raw(sink, response.content)
    item = item_from_status(status, method="mastodon-api", captured_at=ctx.clock(), raw_sha256=raw)
    download_media(item, sink, ctx)
    account = (status.get("reblog") or status).get("account") or {}
    download_avatar(item.author, account.get("avatar_static") or account.get("avatar"), sink, ctx)
    sink.add(item)
