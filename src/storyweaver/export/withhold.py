"""What a redacted item must not say in public: the strings that identify its author.

A redacted post keeps its words in the public recap, but nothing that points at the person:
their name, handle (with or without the server), profile or post address, their server's
host, account or post ids, or an @mention of themselves.  :func:`identifiers` gathers those
strings from the item; :func:`scrub` replaces each of them (and any web address that carries
one, or points at their server) in a text with a neutral mark.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from storyweaver.core.model import Item

MARK = "[…]"
# Hosts shared by everyone on a platform: they say nothing about one person.
SHARED_HOSTS = {"x.com", "twitter.com", "mobile.twitter.com", "www.twitter.com", "bsky.app", "bsky.social",
                "staging.bsky.app", "t.co", "pbs.twimg.com", "video.twimg.com", "cdn.bsky.app"}
# Path words of profile and post addresses that name nobody.
_GENERIC = {"profile", "post", "status", "statuses", "users", "user", "web", "i", "notes", "tags", "hashtag",
            "app.bsky.feed.post", "at:", "@", "p", "photo", "video", "media"}
_DID = re.compile(r"did:[a-z0-9]+:[A-Za-z0-9._:%-]+")
_URL = re.compile(r"(?:https?|at)://[^\s<>\"'`]+", re.IGNORECASE)
_BARE_HOST = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
SHORTEST = 3  # shorter strings would blank ordinary words; a name that short identifies no one


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def _path_words(url: str | None) -> list[str]:
    if not url:
        return []
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return []
    return [unquote(w) for w in path.split("/") if w and w.lower() not in _GENERIC]


def identifiers(item: Item) -> set[str]:
    """Every string of ``item`` that names or locates its author (lower-cased for matching)."""
    author = item.author
    found: set[str] = set()
    hosts = {_host(item.url), _host(author.url if author else None)}
    for text in (author.name, author.handle) if author is not None else ():
        if text and text.strip():
            found.add(text.strip())
    if author is not None and author.handle:
        handle = author.handle.strip().lstrip("@")
        found.update({handle, "@" + handle})
        local, _, server = handle.partition("@")
        found.update({local, "@" + local})
        if server:
            hosts.add(server.lower())
    for address in (item.url, author.url if author else None):
        if address:
            found.add(address.strip())
            found.update(_path_words(address))
    for source in (item.url or "", item.platform_id or "", author.url if author and author.url else ""):
        found.update(_DID.findall(source))
    if item.platform_id:
        found.add(item.platform_id)
    found.update(h for h in hosts if h and h not in SHARED_HOSTS and _BARE_HOST.match(h))
    return {s.lower() for s in found if len(s.strip()) >= SHORTEST}


def scrub(text: str | None, secret: set[str]) -> str:
    """``text`` with every address that carries a secret, and every secret itself, replaced."""
    if not text or not secret:
        return text or ""

    def address(match: re.Match[str]) -> str:
        url = match.group(0)
        lowered = unquote(url).lower()
        if _host(url) in secret or any(s in lowered for s in secret):
            return MARK
        return url

    text = _URL.sub(address, text)
    pattern = re.compile("|".join(re.escape(s) for s in sorted(secret, key=len, reverse=True)), re.IGNORECASE)
    return pattern.sub(MARK, text)
