"""Warn when a redacted author also appears, unredacted, in the public recap.

Redaction is per post: a person redacted on one post can still be named by another post of
theirs that was not redacted.  The export goes on (the user decides), but says so.
"""

from __future__ import annotations

from storyweaver.core.reader import ProjectReader
from storyweaver.export.viewmodel import StorySource, StoryView
from storyweaver.i18n import _
from storyweaver.store.redacted_authors import account_key, covered


def exposed_authors(project: ProjectReader, source: StorySource, public: StoryView) -> list[str]:
    """One warning per redacted account that a public, unredacted post still shows."""
    protected = set(project.redacted_accounts())
    for stored in source.items.values():
        if stored.redacted and stored.platform is not None and stored.author is not None:
            protected.add((stored.platform.value,
                          account_key(stored.author.handle, stored.platform.value, stored.author.url)))
    warned: list[str] = []
    for shown in public.items:
        item = source.items.get(shown.id)
        if item is None or item.redacted or item.platform is None or item.author is None:
            continue
        platform, handle, url = item.platform.value, item.author.handle, item.author.url
        name = f"@{account_key(handle, platform, url)}"
        if name != "@" and covered(protected, platform, handle, url) and name not in warned:
            warned.append(name)
    return [_("Warning: {name} is redacted, but appears unredacted elsewhere in the public recap.").format(name=n)
            for n in warned]
