"""A Mastodon status (REST API ``/api/v1/statuses/ID`` shape) as an item."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from storyweaver.capture.posts.common import parse_iso
from storyweaver.capture.posts.html_text import html_to_text, sanitised_html
from storyweaver.core.model import Author, Item, ItemKind, Media, Platform

_MEDIA_TYPES = {"image": "image", "video": "video", "gifv": "gif", "audio": "audio"}


def author_from_account(account: dict[str, Any] | None, host: str | None) -> Author | None:
    if not account:
        return None
    acct = account.get("acct") or account.get("username") or ""
    if acct and "@" not in acct and host:
        acct = f"{acct}@{host}"  # local accounts are named without their server
    return Author(name=account.get("display_name") or account.get("username"), handle=acct or None,
                  url=account.get("url"))


def media_from_attachment(attachment: dict[str, Any]) -> Media:
    original = (attachment.get("meta") or {}).get("original") or {}
    return Media(
        type=_MEDIA_TYPES.get(attachment.get("type") or "image", "image"),
        alt=attachment.get("description") or None,
        width=original.get("width"),
        height=original.get("height"),
        url=attachment.get("url") or attachment.get("remote_url") or attachment.get("preview_url"),
    )


def _poll_quote_focus(post: dict[str, Any], extra: dict[str, Any]) -> None:
    """The Poll entity, the quoted post (Mastodon 4.4 ``quote.quoted_status``) and each
    attachment's ``meta.focus`` (https://docs.joinmastodon.org/entities/)."""
    poll = post.get("poll")
    if isinstance(poll, dict):
        extra["poll"] = {"multiple": bool(poll.get("multiple")), "closes": poll.get("expires_at"),
                         "closed": bool(poll.get("expired")), "voters": poll.get("voters_count"),
                         "options": [{"title": o.get("title"), "votes": o.get("votes_count")}
                                     for o in poll.get("options") or () if isinstance(o, dict)]}
    quote = post.get("quote")
    quoted = quote.get("quoted_status") if isinstance(quote, dict) else None
    if isinstance(quoted, dict) and (quoted.get("uri") or quoted.get("url")):
        extra["quote_of"] = {"uri": quoted.get("uri"), "url": quoted.get("url") or quoted.get("uri")}
    focus = [((a.get("meta") or {}).get("focus") or None) for a in post.get("media_attachments") or ()]
    if any(focus):
        extra["focal_points"] = [[f["x"], f["y"]] if isinstance(f, dict) and "x" in f else None for f in focus]


def item_from_status(status: dict[str, Any], *, method: str, captured_at: datetime,
                     raw_sha256: str | None) -> Item:
    """A status (a boost is kept as the boosted post, marked as a repost)."""
    boosted = status.get("reblog")
    post = boosted if isinstance(boosted, dict) else status
    address = post.get("url") or post.get("uri") or ""
    host = urlsplit(address).hostname
    content = post.get("content") or ""
    body = html_to_text(content)
    extra: dict[str, Any] = {"content_html": sanitised_html(content)} if content else {}
    if post.get("visibility") in ("public", "unlisted", "private", "direct"):
        extra["visibility"] = post["visibility"]
    _poll_quote_focus(post, extra)
    if post.get("spoiler_text"):
        extra["content_warning"] = post["spoiler_text"]
    if post.get("sensitive"):
        extra["sensitive"] = True
    if isinstance(boosted, dict):
        booster = author_from_account(status.get("account"), host)
        extra["reposted_by"] = {"handle": booster.handle if booster else None, "id": str(status.get("id"))}
    if post.get("in_reply_to_id"):
        extra["reply_to"] = {"id": str(post["in_reply_to_id"]), "account_id": post.get("in_reply_to_account_id")}
    mentions = [{"handle": m.get("acct") or "", "url": m.get("url") or ""} for m in post.get("mentions") or ()]
    if mentions:
        extra["mentions"] = mentions
    mention_urls = {m["url"] for m in mentions}
    links = [link for link in body.links if link["url"].startswith(("https://", "http://"))
             and link["url"] not in mention_urls and "/tags/" not in link["url"]]
    if links:
        extra["links"] = links
    card = post.get("card")
    if isinstance(card, dict) and card.get("url"):
        extra["card"] = {k: card.get(k) for k in ("url", "title", "description", "image", "provider_name")}
    extra["metrics"] = {"reposts": post.get("reblogs_count"), "likes": post.get("favourites_count"),
                        "replies": post.get("replies_count")}
    # The ActivityPub ``uri`` names the post everywhere; ``id`` is only the answering server's number,
    # so the same post found through two servers stays one item.
    platform_id = post.get("uri") or address or f"{host}/{post.get('id')}"
    return Item(
        kind=ItemKind.POST,
        captured_at=captured_at,
        capture_method=method,
        platform=Platform.MASTODON,
        platform_id=platform_id,
        url=address or None,
        text=body.text,
        author=author_from_account(post.get("account"), host),
        site_name=host,
        published=parse_iso(post.get("created_at")),
        raw_sha256=raw_sha256,
        lang=post.get("language") or None,
        hashtags=[t["name"] for t in post.get("tags") or () if t.get("name")],
        media=[media_from_attachment(a) for a in post.get("media_attachments") or ()],
        extra=extra,
    )
