"""``export --bundle OUT.storyweaver-bundle``: the whole project in a zip that ``add`` reads back.

The zip holds ``story.json`` (the ``export --json`` document, whose ``items`` list every
library item in full) and ``media/<sha256>``, every file the project keeps, named by its
content hash.  Like the project file it is the curators' own copy: briefing-only blocks,
redacted authors and notes are in it, so it is for colleagues, never for publication.
:mod:`storyweaver.capture.merge.bundle` reads it back.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from storyweaver.core.bundle_format import BUNDLE_FORMAT, DOCUMENT, MEDIA
from storyweaver.core.model import Item
from storyweaver.core.reader import ProjectReader
from storyweaver.core.timefmt import to_stored
from storyweaver.export import atomic
from storyweaver.export.jsonout import story_document


def item_record(item: Item) -> dict[str, Any]:
    """Every field of an item, as JSON (the bundle's lossless form)."""
    author = item.author
    return {
        "id": item.id, "kind": item.kind.value, "platform": item.platform.value if item.platform else None,
        "platform_id": item.platform_id, "url": item.url, "title": item.title, "text": item.text,
        "description": item.description,
        "author": None if author is None else {"name": author.name, "handle": author.handle, "url": author.url,
                                               "avatar_sha256": author.avatar_sha256},
        "site_name": item.site_name, "published": to_stored(item.published),
        "published_assumed_utc": item.published_assumed_utc, "captured_at": to_stored(item.captured_at),
        "capture_method": item.capture_method, "raw_sha256": item.raw_sha256, "lang": item.lang,
        "hashtags": list(item.hashtags), "image_url": item.image_url, "favicon_sha256": item.favicon_sha256,
        "media": [{"type": m.type, "sha256": m.sha256, "alt": m.alt, "width": m.width, "height": m.height,
                   "url": m.url, "mime": m.mime, "thumb_sha256": m.thumb_sha256} for m in item.media],
        "extra": item.extra, "redacted": item.redacted, "note": item.note,
    }


def write_bundle(project: ProjectReader, target: Path) -> None:
    document = story_document(project)
    document["bundle"] = {"format": BUNDLE_FORMAT, "version": 1}
    document["items"] = [item_record(item) for item in project.library.iter_all()]
    for key in ("curator", "curator_organisation"):
        if project.meta(key) is not None:
            document["meta"][key] = project.meta(key)
    files = project.blob_types()
    document["bundle"]["media"] = files
    shas = list(files)

    with atomic.replacing(target) as partial, \
            zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(DOCUMENT, json.dumps(document, ensure_ascii=False, indent=1))
        for sha in shas:
            found = project.get_blob(sha)
            if found is not None:
                # Images are compressed already: stored as they are.
                bundle.writestr(zipfile.ZipInfo(MEDIA + sha, (2000, 1, 1, 0, 0, 0)), found[0],
                                compress_type=zipfile.ZIP_STORED)
