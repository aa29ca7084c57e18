"""Helpers for the social-post capture tests: the real fixture files, and zips and tars of them
packed the way each platform packs its archives.  A plain module (not a conftest) because tests
in several folders import it, the editor's among them."""

from __future__ import annotations

import shutil
import tarfile
import zipfile
from pathlib import Path

from storyweaver.core.model import Item
from storyweaver.store.project import Project

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "posts"
# The server named in the Mastodon archive fixture (written ``HOST`` in its files).
MASTODON_HOST = "mastodon.example"


def zip_folder(folder: Path, destination: Path, prefix: str = "") -> Path:
    """Zip a fixture folder the way X does (members named ``data/...``)."""
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return destination


def archive_folder(tmp_path: Path, host: str = MASTODON_HOST) -> Path:
    """The fixture archive with its server named (``HOST`` in the files)."""
    folder = tmp_path / "archive"
    shutil.copytree(FIXTURES / "mastodon-archive", folder)
    for name in ("outbox.json", "actor.json"):
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8").replace("HOST", host), encoding="utf-8")
    return folder


def as_tar_gz(folder: Path, destination: Path) -> Path:
    """Packed the way BackupService does: a gzipped tar, members named from the archive's root."""
    with tarfile.open(destination, "w:gz") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.add(path, path.relative_to(folder).as_posix())
    return destination


def items_by_id(project: Project) -> dict[str, Item]:
    return {item.platform_id or item.url or "": item for item in project.library.iter_all()}
