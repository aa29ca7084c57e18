"""Long posts of X archives (``note-tweet.js``): the whole text of posts cut at 280 characters.

The archive does not say which post a note belongs to, so a note is matched by its
creation instant (within two seconds) and by the beginning of its text.
"""

from __future__ import annotations

from typing import Any

from storyweaver.capture.posts.common import parse_iso
from storyweaver.core.model import Item

_PREFIX = 24


def _key(text: str) -> str:
    return " ".join(text.split())[:_PREFIX]


class NoteIndex:
    def __init__(self) -> None:
        self._by_second: dict[int, list[dict[str, Any]]] = {}

    def __bool__(self) -> bool:
        return bool(self._by_second)

    def add(self, note: dict[str, Any]) -> None:
        moment = parse_iso(note.get("createdAt"))
        core = note.get("core") or {}
        if moment is None or not core.get("text"):
            return
        self._by_second.setdefault(int(moment.timestamp()), []).append(note)

    def apply(self, item: Item) -> None:
        """Give the item its note's whole text, when the archive has one for it."""
        if item.published is None or not item.text:
            return
        second = int(item.published.timestamp())
        start = _key(item.text)
        for candidate in (second, second - 1, second + 1, second - 2, second + 2):
            for note in self._by_second.get(candidate, ()):
                core = note["core"]
                if _key(core["text"]) == start:
                    item.text = core["text"]
                    item.extra["note_tweet_id"] = str(note.get("noteTweetId") or "")
                    tags = [h.get("text") for h in core.get("hashtags") or () if isinstance(h, dict)]
                    item.hashtags = list(dict.fromkeys([*item.hashtags, *(t for t in tags if t)]))
                    return
