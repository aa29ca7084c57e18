"""The bundled sample story: the #EndImpunity action month of November 2014.

Its words and pictures are data under ``resources/sample/`` (``story.json`` and
``images/``); this module turns them into a real project through the store's own API,
exactly as captured items would be stored, so the sample exercises the same paths as
the user's own stories.  Every account, organisation and address in it is invented.
"""

from __future__ import annotations

import io
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform, Visibility
from storyweaver.errors import ProjectError, StoryWeaverError
from storyweaver.paths import resources_dir
from storyweaver.store.project import SUFFIX, Project

CAPTURE_METHOD = "sample"
THUMB_SIZE = 320


def sample_dir() -> Path:
    return resources_dir() / "sample"


def sample_file_name() -> str:
    """The sample project's file name, ``endimpunity-2014.storyweaver``."""
    return str(load_sample_data()["file_name"]) + SUFFIX


def load_sample_data() -> dict[str, Any]:
    """The sample's ``story.json``; a missing or broken one is a broken installation."""
    path = sample_dir() / "story.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoryWeaverError("sample-missing", reason=f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise StoryWeaverError("sample-missing", reason=f"{path}: not a JSON object")
    return data


def build_sample(path: Path) -> None:
    """Create the sample project at ``path`` (which must not exist yet).

    Everything after the file's creation is written in one transaction; if anything
    fails, the half-made file is removed, so ``path`` is either the whole sample or absent.
    """
    data = load_sample_data()
    project = Project.create(path, title=data["title"])
    try:
        with project.transaction():
            _fill(project, data)
    except BaseException:
        project.close()
        Path(path).unlink(missing_ok=True)
        raise
    project.close()


def replace_sample(target: Path) -> None:
    """Write the sample at ``target``, replacing a file already there, atomically.

    The new file is built beside ``target`` under a temporary name and renamed over it,
    so ``target`` is always either the old file or the whole new sample, never half of one.
    """
    partial = target.with_name(f".{target.name}.{os.getpid()}.building")
    partial.unlink(missing_ok=True)
    try:
        build_sample(partial)
        # A journal left beside the old file would be replayed into the new one: drop it.
        for side in ("-wal", "-shm", "-journal"):
            Path(f"{target}{side}").unlink(missing_ok=True)
        os.replace(partial, target)
    except OSError as exc:
        raise ProjectError("unwritable", path=str(target), reason=exc.strerror or str(exc)) from exc
    finally:
        partial.unlink(missing_ok=True)


# -- filling the project --------------------------------------------------------------


class _Images:
    """Each picture stored once, with its size, type and thumbnail worked out once."""

    def __init__(self, project: Project, folder: Path) -> None:
        self._project = project
        self._folder = folder
        self._done: dict[str, Media] = {}

    def media(self, name: str, alt: str | None, url: str | None = None) -> Media:
        known = self._done.get(name)
        if known is None:
            known = self._done[name] = self._store(name)
        return Media(known.type, known.sha256, alt, known.width, known.height, url, known.mime, known.thumb_sha256)

    def blob(self, name: str) -> str:
        return self.media(name, None).sha256 or ""

    def _store(self, name: str) -> Media:
        from PIL import Image

        path = self._folder / name
        try:
            data = path.read_bytes()
            with Image.open(io.BytesIO(data)) as image:
                mime = Image.MIME[image.format or ""]
                width, height = image.size
                thumb = _thumbnail(image) if max(width, height) > THUMB_SIZE else None
        except (OSError, KeyError) as exc:
            raise StoryWeaverError("sample-missing", reason=f"{path}: {exc}") from exc
        sha = self._project.put_blob(data, mime)
        thumb_sha = self._project.put_blob(*thumb) if thumb else sha
        return Media("image", sha, None, width, height, None, mime, thumb_sha)


def _thumbnail(image: Any) -> tuple[bytes, str]:
    """A ~320 px preview; it carries no EXIF (Pillow writes none unless asked)."""
    image.draft("RGB", (THUMB_SIZE, THUMB_SIZE))  # JPEG decodes at a reduced scale: much faster
    small = image.copy()
    small.thumbnail((THUMB_SIZE, THUMB_SIZE))
    out = io.BytesIO()
    if small.mode in ("RGBA", "LA", "P"):
        small.save(out, "PNG", optimize=True)
        return out.getvalue(), "image/png"
    small.convert("RGB").save(out, "JPEG", quality=80)
    return out.getvalue(), "image/jpeg"


def _instant(text: str | None) -> datetime | None:
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise StoryWeaverError("sample-missing", reason=f"instant without a timezone: {text}")
    return moment


def _fill(project: Project, data: dict[str, Any]) -> None:
    images = _Images(project, sample_dir() / "images")
    authors: dict[str, Author] = {}
    for key, spec in data.get("authors", {}).items():
        avatar = images.blob(spec["avatar"]) if spec.get("avatar") else None
        authors[key] = Author(spec.get("name"), spec.get("handle"), spec.get("url"), avatar)
    default_captured = _instant(data["captured_at"])
    items: dict[str, Item] = {}
    for spec in data["items"]:
        items[spec["key"]] = _item(project, spec, authors, images, default_captured)
    project.library.add(items.values())
    for spec in data["blocks"]:
        item_key = spec.get("item")
        project.story.append(
            Block(
                BlockType(spec["type"]),
                text=spec.get("text"),
                item_id=items[item_key].id if item_key else None,
                visibility=Visibility(spec.get("visibility", "public")),
                caption=spec.get("caption"),
            )
        )
    project.set_meta("subtitle", data.get("subtitle"))
    project.set_meta("organisation", data.get("organisation"))
    project.set_meta("lang", data.get("lang"))
    if data.get("logo"):
        project.set_meta("logo_sha256", images.blob(data["logo"]))


def _item(
    project: Project,
    spec: dict[str, Any],
    authors: dict[str, Author],
    images: _Images,
    default_captured: datetime | None,
) -> Item:
    author_spec = spec.get("author")
    if isinstance(author_spec, str):
        author: Author | None = authors[author_spec]
    elif isinstance(author_spec, dict):
        author = Author(author_spec.get("name"), author_spec.get("handle"), author_spec.get("url"))
    else:
        author = None
    # The item's own JSON is its "raw payload", kept like any captured source's.
    raw = json.dumps(spec, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    raw_sha = project.put_blob(raw, "application/json")
    captured = _instant(spec.get("captured_at")) or default_captured
    if captured is None:
        raise StoryWeaverError("sample-missing", reason=f"{spec['key']} has no capture instant")
    return Item(
        kind=ItemKind(spec["kind"]),
        captured_at=captured,
        capture_method=CAPTURE_METHOD,
        platform=Platform(spec["platform"]) if spec.get("platform") else None,
        platform_id=spec.get("platform_id"),
        url=spec.get("url"),
        title=spec.get("title"),
        text=spec.get("text"),
        description=spec.get("description"),
        author=author,
        site_name=spec.get("site_name"),
        published=_instant(spec.get("published")),
        raw_sha256=raw_sha,
        lang=spec.get("lang"),
        hashtags=list(spec.get("hashtags", [])),
        image_url=spec.get("image_url"),
        media=[images.media(m["file"], m.get("alt"), m.get("url")) for m in spec.get("media", [])],
        extra=dict(spec.get("extra", {})),
        redacted=bool(spec.get("redacted", False)),
        note=spec.get("note"),
    )
