"""Laid-out parts of briefings kept between exports, so that re-exporting a story after a
small edit lays out only the sections that changed (issue 19).

Where: the user's own cache folder (``paths.cache_dir()/briefing-parts``), not the project
file.  The project may be opened read-only (``storyweaver export`` never writes to it), the
editor may be writing to it at the same moment, and laid-out pages would make it grow with
every export; a cache can also be thrown away at any time.  A briefing holds private
material (briefing-only blocks, people at risk), so the folder is the user's alone (0700,
files 0600) and ``storyweaver clear-cache`` empties it.

What a part is keyed on: a SHA-256 of everything its pages are drawn from (its whole HTML
document, stylesheet and running title included; the bytes and type of each image it
shows; whether the PDF is tagged; the versions of StoryWeaver (and its renderer's source), of
this cache's format, of WeasyPrint, pydyf and Pillow; the installed fonts as fontconfig lists
them).  Its pages are only reused for the same key, so a part is never reused for HTML that
differs by one byte: a post redacted, a block taken out or made briefing-only, and the parts
that showed them have other keys and are laid out again.  The page
numbers printed in a part's margins ("12 / 76") are a second key: a part whose first page
or the briefing's total moved is laid out again (its layout facts, pages and anchors, are
still known, so the other parts need not wait for it).

Every file is written under a temporary name and renamed into place (two exports at once
never see half a file), and a PDF is read back only if its SHA-256 is the one recorded:
anything else is a damaged entry, deleted and laid out again.  Past ``LIMIT_BYTES`` the
least recently used entries are deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from storyweaver import __version__, paths

FORMAT = "storyweaver-briefing-part/1"  # change when a part's pages would be drawn differently
LIMIT_BYTES = 256 * 1024 * 1024
FOLDER = "briefing-parts"
_MEDIA = re.compile(r"storyweaver-media:([A-Za-z0-9._-]+)")
_NAME = re.compile(r"^[0-9a-f]{64}(\.[a-z0-9-]+)?$")


class DamagedEntry(Exception):
    """A kept part could not be read back as written (truncated, changed, unreadable)."""


def default_folder() -> Path:
    return paths.cache_dir() / FOLDER


def private_folder(folder: Path) -> Path:
    """``folder``, made if needed, readable by its owner only; raises OSError if it cannot be."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        raise OSError(f"{folder} is not a folder of this user's")  # a link or someone else's: not ours to use
    if stat.S_IMODE(info.st_mode) != 0o700:
        folder.chmod(0o700)
    return folder


def clear(folder: Path | None = None) -> int:
    """Delete every kept part; return how many files went."""
    folder = folder or default_folder()
    if not folder.is_dir():
        return 0
    count = sum(1 for entry in folder.iterdir() if entry.is_file())
    shutil.rmtree(folder)
    return count


def fonts_fingerprint() -> str:
    """The installed fonts as fontconfig's caches record them (names and times of its cache
    files): a font installed, removed or updated changes it, and with it every key."""
    found: list[str] = []
    for folder in (Path("/var/cache/fontconfig"), Path.home() / ".cache" / "fontconfig",
                   Path(os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache"))) / "fontconfig"):
        with contextlib.suppress(OSError):
            found.extend(f"{entry.name}:{entry.stat().st_mtime_ns}" for entry in sorted(folder.iterdir()))
    return hashlib.sha256("\n".join(found).encode()).hexdigest()


def renderer_fingerprint() -> str:
    """Our own code that draws a part's pages (the renderer process, its media fetcher):
    a development copy changes it without changing the version number."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in ("pdf_child.py", "pdf_part_child.py", "fetcher.py", "lean_ua.py"):
        with contextlib.suppress(OSError):
            digest.update((here / name).read_bytes())
    return digest.hexdigest()


class PartCache:
    """One folder of kept parts; every method is safe against another export using it."""

    def __init__(self, folder: Path, *, drawn_by: str, tags: bool, limit_bytes: int = LIMIT_BYTES) -> None:
        self.folder = private_folder(folder)
        self.limit_bytes = limit_bytes
        self._salt = "\n".join((FORMAT, __version__, renderer_fingerprint(), drawn_by, fonts_fingerprint(),
                                f"tags={tags}"))
        self.damaged = 0  # entries found damaged during this export

    def key(self, html: str, media: Path, mimes: dict[str, str], extra: str = "") -> str:
        """The key of a part: its HTML, each image it shows (bytes and type), and ``extra``."""
        digest = hashlib.sha256(self._salt.encode())
        digest.update(b"\0" + extra.encode() + b"\0" + html.encode())
        for name in sorted(set(_MEDIA.findall(html))):
            path = media / name
            data = path.read_bytes() if path.is_file() else b""
            digest.update(f"\0{name}\0{mimes.get(name, '')}\0".encode() + hashlib.sha256(data).digest())
        return digest.hexdigest()

    def read_facts(self, name: str) -> dict[str, Any] | None:
        path = self._path(name + ".json")
        try:
            facts: object = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            self._damaged([path])
            return None
        if not isinstance(facts, dict):
            self._damaged([path])
            return None
        _touch(path)
        return facts

    def write_facts(self, name: str, facts: dict[str, Any]) -> None:
        self._write(name + ".json", json.dumps(facts).encode())

    def read_pdf(self, name: str, into: Path) -> dict[str, Any] | None:
        """Copy the kept PDF ``name`` to ``into`` if it is intact; return its facts (None if
        there is none, or it was damaged and has been deleted)."""
        facts = self.read_facts(name)
        if facts is None:
            return None
        path = self._path(name + ".pdf")
        try:
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != facts.get("sha256"):
                raise DamagedEntry(name)
        except FileNotFoundError:
            return None
        except (OSError, DamagedEntry):
            self._damaged([path, self._path(name + ".json")])
            return None
        into.write_bytes(data)
        _touch(path)
        return facts

    def write_pdf(self, name: str, source: Path, facts: dict[str, Any]) -> None:
        data = source.read_bytes()
        self._write(name + ".pdf", data)  # the PDF first: its facts make it findable
        self.write_facts(name, {**facts, "sha256": hashlib.sha256(data).hexdigest()})

    def forget(self, name: str) -> None:
        """Delete an entry found inconsistent (counted as damaged)."""
        self._damaged([self._path(name + ".json"), self._path(name + ".pdf")])

    def prune(self) -> None:
        """Delete the least recently used files until the folder is under three quarters of its limit."""
        entries = []
        for entry in self.folder.iterdir():
            with contextlib.suppress(OSError):
                info = entry.stat()
                entries.append((info.st_mtime, info.st_size, entry))
        total = sum(size for _time, size, _entry in entries)
        if total <= self.limit_bytes:
            return
        for _time, size, entry in sorted(entries, key=lambda e: e[0]):
            if total <= self.limit_bytes * 3 // 4:
                break
            with contextlib.suppress(OSError):
                entry.unlink()
                total -= size

    def _path(self, name: str) -> Path:
        if not _NAME.match(name.rsplit(".", 1)[0]):
            raise ValueError(f"not a part's name: {name!r}")
        return self.folder / name

    def _write(self, name: str, data: bytes) -> None:
        target = self._path(name)
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".writing-")  # created 0600
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
            raise

    def _damaged(self, paths_: Iterable[Path]) -> None:
        self.damaged += 1
        for path in paths_:
            with contextlib.suppress(OSError):
                path.unlink()


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(path)  # pruning deletes the least recently used first
