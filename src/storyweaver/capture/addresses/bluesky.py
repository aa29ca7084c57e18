"""One Bluesky post by its address, ``https://bsky.app/profile/HANDLE/post/RKEY``, through the AppView:
``com.atproto.identity.resolveHandle`` then ``app.bsky.feed.getPostThread``."""

from __future__ import annotations

import re

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.posts.bluesky import item_from_post
from storyweaver.capture.posts.fetch import download_avatar, download_media, keep_raw
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PRIORITY = 200
_ADDRESS = re.compile(r"^https://(?:www\.)?bsky\.app/profile/([^/?#\s]+)/post/([A-Za-z0-9]+)/?(?:[?#].*)?$")


def handles(address: str) -> bool:
    return _ADDRESS.match(address.strip()) is not None


def capture(address: str, sink: CaptureSink, ctx: CaptureContext) -> None:
    match = _ADDRESS.match(address.strip())
    if match is None:
        raise CaptureError("bad-url", url=address)
    actor, rkey = match.groups()
    api = ctx.endpoints.bluesky_api.rstrip("/")
    http = ctx.require_http()
    did = actor
    if not actor.startswith("did:"):
        resolved = http.get(f"{api}/xrpc/com.atproto.identity.resolveHandle", params={"handle": actor}).json()
        did = resolved.get("did") if isinstance(resolved, dict) else None
        if not did:
            raise CaptureError("broken-file", source=address, where="resolveHandle", reason=_("no DID for the handle"))
    uri = f"at://{did}/app.bsky.feed.post/{rkey}"
    response = http.get(f"{api}/xrpc/app.bsky.feed.getPostThread", params={"uri": uri, "depth": "0",
                                                                            "parentHeight": "0"})
    try:
        thread = (response.json() or {}).get("thread") or {}
    except (ValueError, AttributeError):
        raise CaptureError("broken-file", source=response.url, where=_("the answer"), reason=_("not JSON")) from None
    post = thread.get("post")
    if not isinstance(post, dict) or not post.get("uri"):
        reason = _("the post was deleted or is not visible") if "notFound" in str(thread.get("$type")) else _("no post")
        raise CaptureError("broken-file", source=address, where="getPostThread", reason=reason)
    raw = keep_raw(sink, response.content)
    item = item_from_post(post, method="bluesky-api", captured_at=ctx.clock(), raw_sha256=raw)
    download_media(item, sink, ctx)
    download_avatar(item.author, (post.get("author") or {}).get("avatar"), sink, ctx)
    sink.add(item)
