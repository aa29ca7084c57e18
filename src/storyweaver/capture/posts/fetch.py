"""What single-post captures share: the raw answer kept as a blob, media and avatars downloaded."""

from __future__ import annotations

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.core.model import Author, Item
from storyweaver.errors import CaptureError

_MEDIA_MIMES = ("image/", "video/", "audio/")


def keep_raw(sink: CaptureSink, content: bytes, mime: str = "application/json") -> str:
    """Keep the platform's answer, byte for byte; its SHA-256 is the item's raw payload."""
    return sink.put_blob(content, mime)


def download_media(item: Item, sink: CaptureSink, ctx: CaptureContext) -> None:
    """Keep each media's bytes in the project; a media that cannot be fetched keeps its address."""
    http = ctx.require_http()
    for media in item.media:
        if media.sha256 or not media.url:
            continue
        ctx.check_cancelled()
        try:
            response = http.get(media.url, media=True)
        except CaptureError as exc:
            ctx.warn(exc)
            continue
        mime = response.content_type or "application/octet-stream"
        if not mime.startswith(_MEDIA_MIMES) or "svg" in mime:
            ctx.warn(CaptureError("not-an-image", source=media.url, reason=mime))
            continue
        media.sha256 = sink.put_blob(response.content, mime)
        media.mime = mime


def download_avatar(author: Author | None, address: str | None, sink: CaptureSink, ctx: CaptureContext) -> None:
    if author is None or not address:
        return
    try:
        response = ctx.require_http().get(address, media=True)
    except CaptureError as exc:
        ctx.warn(exc)
        return
    if response.content_type.startswith("image/") and "svg" not in response.content_type:
        author.avatar_sha256 = sink.put_blob(response.content, response.content_type)
