"""The only door WeasyPrint has to the outside: the project's own prepared media.

``storyweaver-media:KEY`` is answered from the folder of images prepared for this
briefing; every other address (file, http, https, data, ftp, relative paths) is refused
and remembered, so a test or the user can see what a document tried to reach.
Imported only in the PDF child process (it imports WeasyPrint).
"""

from __future__ import annotations

import re
from pathlib import Path

from weasyprint.urls import URLFetcher, URLFetcherResponse

SCHEME = "storyweaver-media:"
_KEY = re.compile(r"^[0-9a-f]{16,64}(-[a-z]+)*$")
ALLOWED_MIME = {"image/jpeg", "image/png", "image/webp", "image/gif"}


class RefusedAddress(ValueError):
    """WeasyPrint asked for something outside the project's media."""


class MediaFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint ships no type hints
    """Serve ``storyweaver-media:KEY`` from ``folder``; refuse everything else."""

    def __init__(self, folder: Path, mimes: dict[str, str]) -> None:
        super().__init__(timeout=1, allowed_protocols=("storyweaver-media",), allow_redirects=False,
                         fail_on_errors=False)
        self._folder = folder
        self._mimes = mimes
        self.refused: list[str] = []
        self.served = 0

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        if not url.startswith(SCHEME):
            self.refused.append(url[:300])
            raise RefusedAddress(f"StoryWeaver refuses to load {url[:120]!r}")
        key = url[len(SCHEME):]
        mime = self._mimes.get(key)
        if not _KEY.match(key) or mime not in ALLOWED_MIME:
            self.refused.append(url[:300])
            raise RefusedAddress(f"no such media: {key[:80]!r}")
        self.served += 1
        body = (self._folder / key).read_bytes()
        return URLFetcherResponse(url, body, {"Content-Type": mime})
