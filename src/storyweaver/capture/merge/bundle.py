"""Read a story bundle (``export --bundle``) back into a project.

A bundle comes from outside, so nothing in it is trusted: only ``story.json`` and
``media/<64 hex>`` may be in it (no path is ever built from a name, so no "zip slip"); each
entry's size is capped and checked while it is read (a "zip bomb" stops at the cap); each
media file must hash to its name; the JSON must have the documented shape.  The bundle is
first written to a temporary project, then merged (:func:`merge_project`) in one
transaction: a refused bundle leaves the target untouched.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from storyweaver.capture.merge.project import MergeReport, merge_project
from storyweaver.core.bundle_format import BUNDLE_FORMAT, DOCUMENT, MEDIA
from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform, Visibility
from storyweaver.core.timefmt import from_stored
from storyweaver.errors import ProjectError
from storyweaver.store.project import Project

_MEDIA_NAME = re.compile(r"^media/[0-9a-f]{64}$")
MAX_ENTRIES = 500_000
MAX_ENTRY_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed: text compresses ~10x, a bomb 1000x


def is_bundle(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as bundle:
            return DOCUMENT in bundle.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def _refuse(path: Path, reason: str) -> ProjectError:
    return ProjectError("bad-bundle", path=str(path), reason=reason)


def _read(bundle: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    if info.file_size > MAX_ENTRY_BYTES or (info.compress_size and info.file_size > MAX_RATIO * info.compress_size
                                            and info.file_size > 1024 * 1024):
        raise _refuse(path, f"{info.filename} would expand to {info.file_size} bytes")
    with bundle.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise _refuse(path, f"{info.filename} is not the size its header says")
    return data


def _entries(bundle: zipfile.ZipFile, path: Path) -> tuple[zipfile.ZipInfo, list[zipfile.ZipInfo]]:
    infos = bundle.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refuse(path, f"{len(infos)} files")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise _refuse(path, "it would expand beyond 8 GiB")
    document: zipfile.ZipInfo | None = None
    media = []
    for info in infos:
        if info.filename == DOCUMENT and document is None:
            document = info
        elif _MEDIA_NAME.match(info.filename):
            media.append(info)
        else:
            raise _refuse(path, f"unexpected entry {info.filename!r}")
    if document is None:
        raise _refuse(path, f"no {DOCUMENT}")
    return document, media


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError("not text")


def _int(value: Any) -> int | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise TypeError("not a whole number")


def _instant(value: Any) -> datetime | None:
    moment = from_stored(_text(value))
    if moment is not None and moment.tzinfo is None:
        raise TypeError("a time without its offset")
    return moment


def _item(record: Any) -> Item:
    if not isinstance(record, dict):
        raise TypeError("an item is not an object")
    author = record.get("author")
    media = record.get("media") or []
    extra = record.get("extra") or {}
    hashtags = record.get("hashtags") or []
    if not isinstance(media, list) or not isinstance(extra, dict) or not isinstance(hashtags, list):
        raise TypeError("media, extra or hashtags")
    captured = _instant(record.get("captured_at"))
    if captured is None:
        raise TypeError("no capture time")
    return Item(
        kind=ItemKind(record["kind"]), captured_at=captured, capture_method=_text(record.get("capture_method")) or "",
        platform=Platform(record["platform"]) if record.get("platform") else None,
        platform_id=_text(record.get("platform_id")), url=_text(record.get("url")), title=_text(record.get("title")),
        text=_text(record.get("text")), description=_text(record.get("description")),
        author=None if author is None else Author(_text(author.get("name")), _text(author.get("handle")),
                                                  _text(author.get("url")), _text(author.get("avatar_sha256"))),
        site_name=_text(record.get("site_name")), published=_instant(record.get("published")),
        published_assumed_utc=bool(record.get("published_assumed_utc")), raw_sha256=_text(record.get("raw_sha256")),
        lang=_text(record.get("lang")), hashtags=[str(t) for t in hashtags], image_url=_text(record.get("image_url")),
        favicon_sha256=_text(record.get("favicon_sha256")),
        media=[Media(str(m["type"]), _text(m.get("sha256")), _text(m.get("alt")), _int(m.get("width")),
                     _int(m.get("height")),
                     _text(m.get("url")), _text(m.get("mime")), _text(m.get("thumb_sha256"))) for m in media],
        extra=extra, redacted=bool(record.get("redacted")), note=_text(record.get("note")), id=int(record["id"]),
    )


def _block(record: Any) -> Block:
    if not isinstance(record, dict):
        raise TypeError("a block is not an object")
    item = record.get("item")
    return Block(BlockType(record["type"]), _text(record.get("text")),
                 int(item["id"]) if isinstance(item, dict) else None,
                 Visibility(record.get("visibility") or "public"), _text(record.get("caption")))


def _project_from(bundle: zipfile.ZipFile, path: Path, into: Path) -> Path:
    document_info, media = _entries(bundle, path)
    try:
        document = json.loads(_read(bundle, document_info, path))
        if not isinstance(document, dict) or document.get("bundle", {}).get("format") != BUNDLE_FORMAT:
            raise _refuse(path, "story.json is not a StoryWeaver bundle")
        meta = document.get("meta") or {}
        mimes = document["bundle"].get("media") or {}
        items = [_item(r) for r in document.get("items") or []]
        blocks = [_block(r) for r in document.get("blocks") or []]
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _refuse(path, f"story.json: {type(exc).__name__} {exc}") from exc
    temporary = into / "bundle.storyweaver"
    with Project.create(temporary, title=str(meta.get("title") or path.stem)) as project, project.transaction():
        for key in ("created_at", "curator", "curator_organisation", "organisation"):
            if isinstance(meta.get(key), str):
                project.set_meta(key, meta[key])
        for info in media:
            data = _read(bundle, info, path)
            if hashlib.sha256(data).hexdigest() != info.filename[len(MEDIA):]:
                raise _refuse(path, f"{info.filename} does not match its hash")
            mime = mimes.get(info.filename[len(MEDIA):])
            project.put_blob(data, mime if isinstance(mime, str) else "application/octet-stream")
        project.library.add(items, keep_ids=True)
        known = {item.id for item in items}
        project.story.extend([b for b in blocks if b.item_id is None or b.item_id in known])
    return temporary


def import_bundle(target: Project, path: Path) -> MergeReport:
    """Merge the bundle at ``path`` into ``target`` (its story too); refuse it whole if anything is wrong."""
    try:
        with tempfile.TemporaryDirectory(prefix="storyweaver-bundle-") as folder, zipfile.ZipFile(path) as bundle:
            return merge_project(target, _project_from(bundle, path, Path(folder)), with_story=True)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise _refuse(path, str(exc)) from exc
