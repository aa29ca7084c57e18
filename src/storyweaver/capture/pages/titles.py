"""A page's title without its site's name: "Headline | Site", "Site » Blog » Headline".

The site's part is recognised by what the page says elsewhere (its headings, its site name,
its host), never guessed from the length of the parts alone."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SEPARATOR = r"(?:\s+[|\-–—»«›‹:·•~/]{1,3}\s+|\s*::\s*|\s*[|»«›‹·•]\s*)"
_SPLIT = re.compile(_SEPARATOR)


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def site_names(site_name: str | None, address: str | None) -> list[str]:
    """How a page may name its site: its declared site name, its host, the host's main label."""
    names = [site_name] if site_name else []
    host = (urlsplit(address).hostname or "") if address and "://" in address else ""
    if host:
        host = host.removeprefix("www.")
        names += [host, host.split(".")[0]]
    return [_plain(n) for n in names if n and n.strip()]


def clean_title(title: str, headings: list[str], sites: list[str]) -> str:
    """``title`` less the site's name at its start or end.  A heading of the page that the
    title begins or ends with (and that is not the site's name) is the headline itself."""
    plain = _plain(title)
    for heading in headings:
        if _plain(heading) == plain:
            return heading
    for heading in (h for h in headings if _plain(h) not in sites and len(h) >= 3):
        escaped = re.escape(" ".join(heading.split()))
        if re.match(escaped + _SEPARATOR, title, re.IGNORECASE) or re.search(_SEPARATOR + escaped + "$", title,
                                                                             re.IGNORECASE):
            return heading
    parts = [p for p in _SPLIT.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if _plain(parts[-1]) in sites:
        return title[: title.rfind(parts[-1])].rstrip(" |-–—»«›‹:·•~/")
    if _plain(parts[0]) in sites:
        return title[title.find(parts[0]) + len(parts[0]):].lstrip(" |-–—»«›‹:·•~/")
    return title
