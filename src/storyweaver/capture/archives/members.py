"""Walk the members of an account archive (``.zip``, ``.tar.gz``, or the folder it was
unpacked into) once, in memory, with limits; nothing is ever extracted to disk.

Mastodon writes its archive as a gzipped tar (``BackupService#build_archive!``), people
re-zip it or unpack it; all three are read the same way.  A member with an unsafe name
(``..``, absolute, drive letters), a link or device entry, one larger than its limit or
one that expands suspiciously is skipped with a warning; a container that is damaged
fails the whole file.
"""

from __future__ import annotations

import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from storyweaver.capture.archives import zipsafe
from storyweaver.capture.context import CaptureContext
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

TAR_SUFFIXES = (".tar.gz", ".tgz", ".tar")
# A gzip bomb inflates a small file into terabytes of tar: stop reading past this many bytes
# per byte of the file on disk (real archives of JSON and media stay far below it).
TAR_TOTAL_RATIO = 200
TAR_TOTAL_FLOOR = 256 * 1024 * 1024

# (member name, read(limit) -> bytes or None when refused)
Member = tuple[str, Callable[[int], bytes | None]]


def is_tar(path: Path) -> bool:
    try:
        return path.is_file() and path.name.lower().endswith(TAR_SUFFIXES) and tarfile.is_tarfile(path)
    except (OSError, tarfile.TarError, EOFError, zlib.error):
        return False


def names_in(path: Path) -> list[str]:
    """The member names, cheaply (for sniffing): a zip's directory, a tar's first headers, a folder."""
    try:
        if path.is_dir():
            return [p.name for p in path.iterdir()]
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return archive.namelist()
        if is_tar(path):
            found = []
            with tarfile.open(path, "r:*") as archive:
                for number, info in enumerate(archive):
                    found.append(info.name)
                    if number > 20_000:
                        break
            return found
    except (OSError, tarfile.TarError, zipfile.BadZipFile, EOFError, ValueError, zlib.error):
        return []
    return []


def walk(path: Path, ctx: CaptureContext) -> Iterator[Member]:
    """Each safe member in the container's own order (a tar can only be read forwards)."""
    if path.is_dir():
        folder = zipsafe.FolderMembers(path)
        for name in sorted(folder.names()):
            yield name, partial(folder.read, name, ctx.warn)
        return
    if zipfile.is_zipfile(path):
        yield from _zip_members(path, ctx)
        return
    yield from _tar_members(path, ctx)


def _zip_members(path: Path, ctx: CaptureContext) -> Iterator[Member]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise CaptureError("broken-file", source=str(path), where=_("the zip directory"), reason=str(exc)) from None
    with archive:
        members = zipsafe.ZipMembers(archive, path)
        for name in archive.namelist():
            if name.endswith("/"):
                continue
            if not zipsafe.safe_name(name):
                ctx.warn(CaptureError("member-refused", source=str(path), member=name, reason=_("unsafe name")))
                continue
            yield name, partial(members.read, name, ctx.warn)


def _tar_members(path: Path, ctx: CaptureContext) -> Iterator[Member]:
    budget = max(TAR_TOTAL_FLOOR, TAR_TOTAL_RATIO * path.stat().st_size)
    read_so_far = 0
    try:
        with tarfile.open(path, "r:*") as archive:
            for info in archive:
                name = info.name
                if info.isdir():
                    continue
                reason = _tar_refusal(info)
                if reason is not None:
                    ctx.warn(CaptureError("member-refused", source=str(path), member=name, reason=reason))
                    continue
                read_so_far += info.size
                if read_so_far > budget:  # the headers of a bomb are honest about its sizes
                    raise CaptureError("broken-file", source=str(path), where=name,
                                       reason=_("it expands {ratio} times its compressed size").format(
                                           ratio=read_so_far // max(path.stat().st_size, 1)))

                def read(limit: int, info: tarfile.TarInfo = info) -> bytes | None:
                    if info.size > limit:
                        ctx.warn(CaptureError("member-refused", source=str(path), member=info.name,
                                              reason=_("{size} MiB uncompressed, more than the {limit} MiB allowed")
                                              .format(size=info.size // (1024 * 1024), limit=limit // (1024 * 1024))))
                        return None
                    stream = archive.extractfile(info)
                    return stream.read(limit + 1) if stream is not None else None

                yield name, read
    except (tarfile.TarError, EOFError, OSError, ValueError, zlib.error) as exc:
        raise CaptureError("broken-file", source=str(path), where=_("the tar stream"),
                           reason=str(exc) or type(exc).__name__) from None


def _tar_refusal(info: tarfile.TarInfo) -> str | None:
    if not zipsafe.safe_name(info.name.removeprefix("./")):
        return _("unsafe name")
    if not info.isfile():  # links could point anywhere; devices and fifos are never media
        return _("not a plain file")
    return None


def plain_name(name: str) -> str:
    return name.removeprefix("./")
