"""A web page as a link card: the item, its lead image and favicon kept as blobs, and the
raw HTML head kept as the capture record."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.http import HttpClient, check_address
from storyweaver.capture.pages.metadata import PageMeta
from storyweaver.capture.pages.text import normalise
from storyweaver.core.model import Author, Item, ItemKind, Media
from storyweaver.errors import CaptureError

_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
_BODY_START = re.compile(rb"<body[\s>]", re.IGNORECASE)
HEAD_LIMIT = 1024 * 1024
FAVICON_LIMIT = 512 * 1024


def raw_head(data: bytes) -> bytes:
    """The page's raw bytes up to the end of its ``<head>`` (what the card was read from)."""
    end = _HEAD_END.search(data, 0, HEAD_LIMIT)
    if end is None:
        end = _BODY_START.search(data, 0, HEAD_LIMIT)
        return data[: end.start()] if end else data[:65536]
    return data[: end.end()]


_VARIANTS = ("www.", "m.", "mobile.", "amp.")


def _host(address: str | None) -> str:
    host = (urlsplit(address).hostname or "") if address else ""
    for prefix in _VARIANTS:  # the mobile and AMP copies of a site are the site
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix):]
    return host


def card_address(meta: PageMeta, fetched: str | None, *, confirmed: bool = False) -> str | None:
    """The page's own address: its canonical one when it names the same site (a page cannot
    claim to be another site's article), or when the other site ``confirmed`` it (see
    :func:`canonical_confirmed`); else where it was read from (kept as provenance too)."""
    if meta.canonical and (fetched is None or confirmed or _host(meta.canonical) == _host(fetched)):
        return meta.canonical
    return fetched or meta.address


def moved_elsewhere(meta: PageMeta, fetched: str | None) -> bool:
    """Whether the page declares its canonical address on another site."""
    return bool(meta.canonical and fetched and _host(meta.canonical) != _host(fetched))


def canonical_confirmed(http: HttpClient, meta: PageMeta) -> bool:
    """A canonical address on another host is taken only when that host serves the same
    article (same title) and names itself canonical: a site that moved, a newsletter on its
    own domain, a syndicated copy.  A hostile page can claim any address, but cannot make
    the other site answer with its title."""
    from storyweaver.capture.pages import read_page

    try:
        response = http.get(check_address(meta.canonical or ""), html_prefix=True)
    except CaptureError:
        return False
    there = read_page(response.content, response.url, response.charset)
    same_title = bool(there.title and meta.title and there.title.casefold() == meta.title.casefold())
    return same_title and _host(there.canonical or response.url) == _host(meta.canonical)


def read_oembed(http: HttpClient, endpoint: str) -> dict[str, Any] | None:
    """The page's oEmbed answer (only its plain fields; its ``html`` is never kept)."""
    try:
        answer = http.get(check_address(endpoint), max_bytes=256 * 1024).json()
    except (CaptureError, ValueError):
        return None
    if not isinstance(answer, dict):
        return None
    return {key: answer[key] for key in ("type", "title", "author_name", "author_url", "thumbnail_url",
                                          "provider_name", "width", "height")
            if isinstance(answer.get(key), (str, int, float)) and not isinstance(answer.get(key), bool)}


def build_card(meta: PageMeta, *, address: str | None, method: str, captured_at: datetime, head: bytes,
               sink: CaptureSink, oembed: dict[str, Any] | None = None) -> Item:
    """The link (or video) item for a page; media are added by the caller."""
    oembed = oembed or {}
    author_name = meta.author_name or normalise(oembed.get("author_name"), limit=300)
    author_url = meta.author_url or _http(oembed.get("author_url"))
    author = None
    if author_name or author_url or meta.author_handle:
        author = Author(name=normalise(author_name, limit=300), handle=meta.author_handle, url=author_url)
    video = meta.video or str(oembed.get("type", "")).lower() == "video"
    extra: dict[str, Any] = {}
    if meta.final_url and meta.final_url != address:
        extra["final_url"] = meta.final_url
    if oembed:
        extra["oembed"] = oembed
    if meta.favicon:
        extra["favicon_url"] = meta.favicon
    if meta.logo:
        extra["logo_url"] = meta.logo
    if meta.published_day:
        extra["published_day"] = meta.published_day  # the page's own calendar day (``published`` is UTC)
    oembed_title = normalise(oembed.get("title"), limit=2000)
    title = (oembed_title if meta.title_from_document else None) or meta.title or oembed_title
    return Item(
        kind=ItemKind.VIDEO if video else ItemKind.LINK,
        captured_at=captured_at,
        capture_method=method,
        url=address,
        title=title or _title_from(address),
        description=meta.description,
        author=author,
        site_name=meta.site_name or normalise(oembed.get("provider_name"), limit=300),
        published=meta.published,
        published_assumed_utc=meta.published_assumed_utc if meta.published else False,
        raw_sha256=sink.put_blob(head, "text/html"),
        lang=meta.lang,
        image_url=meta.image or _http(oembed.get("thumbnail_url")),
        extra=extra,
    )


def _http(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return check_address(value)
    except CaptureError:
        return None


def _title_from(address: str | None) -> str | None:
    if not address:
        return None
    parts = urlsplit(address)
    name = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    return normalise(name) or parts.hostname


def attach_media(item: Item, meta: PageMeta, sink: CaptureSink, ctx: CaptureContext) -> None:
    """Download the lead image and the favicon into ``sink``, both at once (http(s) only; a
    failure skips that picture with a warning, the card itself is kept)."""
    import threading

    icon_address = meta.favicon or _default_favicon(meta.final_url)
    icon_thread = None
    if icon_address:
        icon_thread = threading.Thread(target=_attach_favicon, args=(item, icon_address, sink, ctx),
                                       name="capture-favicon", daemon=True)
        icon_thread.start()
    try:
        if item.image_url:
            _attach_lead_image(item, sink, ctx)
    finally:
        if icon_thread is not None:
            icon_thread.join()


def _attach_lead_image(item: Item, sink: CaptureSink, ctx: CaptureContext) -> None:
    from storyweaver.capture.images import read_image

    address = item.image_url or ""
    try:
        response = ctx.require_http().get(check_address(address), media=True)
        info = read_image(response.content, address)
    except CaptureError as exc:
        ctx.warn(CaptureError("media-skipped", source=address, reason=str(exc)))
        return
    sha = sink.put_blob(response.content, info.mime)
    thumb = sink.put_blob(info.thumbnail, info.thumbnail_mime)
    item.media.append(Media(type="image", sha256=sha, width=info.width, height=info.height,
                            url=address, mime=info.mime, thumb_sha256=thumb))


def _attach_favicon(item: Item, address: str, sink: CaptureSink, ctx: CaptureContext) -> None:
    from storyweaver.capture.images import favicon_png

    try:
        data = ctx.require_http().get(check_address(address), media=True, max_bytes=FAVICON_LIMIT).content
    except CaptureError:
        return  # most sites have a favicon; one that has none is not worth a warning
    icon = favicon_png(data)
    if icon is not None:
        item.favicon_sha256 = sink.put_blob(icon, "image/png")


def _default_favicon(address: str | None) -> str | None:
    if not address:
        return None
    parts = urlsplit(address)
    return f"{parts.scheme}://{parts.netloc}/favicon.ico"
