"""One X post by its address (``x.com``/``twitter.com`` ``.../status/ID``) through the public oEmbed
endpoint, or from a pasted embed code (``<blockquote class="twitter-tweet">``), offline.

Text, author and links are read from the blockquote; its ``<script>`` is dropped and
no markup is kept.  The instant comes from the id (a snowflake), to the millisecond.
"""

from __future__ import annotations

import re
from typing import Any

from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.posts.common import x_profile_url
from storyweaver.capture.posts.fetch import keep_raw
from storyweaver.capture.posts.html_text import element_text
from storyweaver.capture.posts.x_post import x_post
from storyweaver.core.model import Author, Item
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PRIORITY = 200
_STATUS = re.compile(
    r"^https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/(?:([A-Za-z0-9_]{1,50})|i/web|i)/status(?:es)?/(\d{1,20})(?:[/?#].*)?$",
    re.IGNORECASE,
)
_STATUS_IN_HTML = re.compile(r"(?:x|twitter)\.com/([A-Za-z0-9_]{1,50})/status(?:es)?/(\d{1,20})", re.IGNORECASE)
_BY_LINE = re.compile(r"^\s*(?:—|&mdash;|-)?\s*(.*?)\s*\(@([A-Za-z0-9_]{1,50})\)\s*$", re.DOTALL)


def _is_embed(address: str) -> bool:
    text = address.lstrip()[:2000].lower()
    return text.startswith("<blockquote") and "twitter-tweet" in text


def handles(address: str) -> bool:
    return _is_embed(address) or _STATUS.match(address.strip()) is not None


def capture(address: str, sink: CaptureSink, ctx: CaptureContext) -> None:
    if _is_embed(address):
        raw = keep_raw(sink, address.encode("utf-8"), "text/html")
        sink.add(item_from_embed(address, method="x-embed", captured_at=ctx.clock(), raw_sha256=raw))
        return
    match = _STATUS.match(address.strip())
    if match is None:
        raise CaptureError("bad-url", url=address)
    handle, tweet_id = match.groups()
    canonical = f"https://twitter.com/{handle or 'i'}/status/{tweet_id}"
    response = ctx.require_http().get(ctx.endpoints.x_oembed, params={"url": canonical, "omit_script": "1",
                                                                      "dnt": "true"})
    try:
        answer = response.json()
    except ValueError:
        raise CaptureError("broken-file", source=response.url, where=_("the answer"), reason=_("not JSON")) from None
    if not isinstance(answer, dict) or not isinstance(answer.get("html"), str):
        raise CaptureError("broken-file", source=response.url, where=_("the answer"), reason=_("no embed html"))
    raw = keep_raw(sink, response.content)
    item = item_from_embed(answer["html"], method="x-oembed", captured_at=ctx.clock(), raw_sha256=raw,
                           tweet_id=tweet_id, oembed=answer)
    sink.add(item)


def item_from_embed(markup: str, *, method: str, captured_at: Any, raw_sha256: str | None,
                    tweet_id: str | None = None, oembed: dict[str, Any] | None = None) -> Item:
    """Read an X embed blockquote: the ``<p>`` is the text; the by-line names the author;
    the last link is the post's own address (and its id)."""
    import warnings

    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(markup, "html.parser")
    for dropped in soup.find_all(["script", "style", "iframe"]):
        dropped.decompose()
    quote = soup.find("blockquote")
    if quote is None:
        raise CaptureError("broken-file", source="embed", where="blockquote", reason=_("no blockquote"))
    paragraph = quote.find("p")
    body = element_text(paragraph) if paragraph is not None else element_text(quote)
    anchors = quote.find_all("a", href=True)
    status_link = next((a for a in reversed(anchors) if _STATUS_IN_HTML.search(str(a["href"]))), None)
    handle = None
    if status_link is not None:
        found = _STATUS_IN_HTML.search(str(status_link["href"]))
        if found:
            handle = found.group(1)
            tweet_id = tweet_id or found.group(2)
    if not tweet_id:
        raise CaptureError("broken-file", source="embed", where="blockquote", reason=_("no link to the post"))
    # The by-line: "&mdash; Name (@handle) <a>date</a>", text after the paragraph.
    by_text = "".join(str(s) for s in quote.find_all(string=True, recursive=False))
    by_line = _BY_LINE.match(by_text)
    name = by_line.group(1) if by_line else None
    handle = (by_line.group(2) if by_line else None) or handle
    if oembed:
        name = oembed.get("author_name") or name
        author_url = oembed.get("author_url")
        handle = handle or (str(author_url).rstrip("/").rsplit("/", 1)[-1] if author_url else None)
    links = [link for link in body.links if "/hashtag/" not in link["url"] and not link["text"].startswith("@")]
    hashtags = [link["text"].lstrip("#＃") for link in body.links if "/hashtag/" in link["url"]]
    mentions = [{"handle": link["text"].lstrip("@")} for link in body.links if link["text"].startswith("@")]
    extra: dict[str, Any] = {}
    if paragraph is not None and paragraph.get("dir"):
        extra["dir"] = str(paragraph.get("dir"))
    if oembed:
        extra["oembed"] = {k: oembed.get(k) for k in ("provider_name", "author_url", "cache_age") if oembed.get(k)}
    lang = str(paragraph.get("lang")) if paragraph is not None and paragraph.get("lang") else None
    author = Author(name=name or handle, handle=handle, url=x_profile_url(handle))
    return x_post(tweet_id, method=method, captured_at=captured_at, raw_sha256=raw_sha256, text=body.text,
                  author=author, published=None, lang=lang, hashtags=hashtags, extra=extra, links=links,
                  mentions=mentions)
