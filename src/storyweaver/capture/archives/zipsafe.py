"""Reading archive members by name, in memory, with limits: nothing is ever extracted."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from storyweaver.errors import CaptureError, StoryWeaverError
from storyweaver.i18n import _

DATA_LIMIT = 1024 * 1024 * 1024  # a tweets.js of a very busy account stays well below this
MEDIA_LIMIT = 64 * 1024 * 1024
# Real JSON and media compress at most ~20:1; a bomb expands thousands of times.
MAX_RATIO = 100
RATIO_FLOOR = 8 * 1024 * 1024  # small members may compress as they like


def safe_name(name: str) -> bool:
    """A member name we may look at: relative, no ``..``, no drive or backslash tricks."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name.split("/")[0]:
        return False
    return ".." not in PurePosixPath(name).parts


def refusal(info: zipfile.ZipInfo, limit: int) -> str | None:
    """Why a member must not be read (too big, or expands suspiciously), or None."""
    if info.file_size > limit:
        return _("{size} MiB uncompressed, more than the {limit} MiB allowed").format(
            size=info.file_size // (1024 * 1024), limit=limit // (1024 * 1024))
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return _("it expands {ratio} times its compressed size").format(
            ratio=info.file_size // max(info.compress_size, 1))
    return None


def read_member(
    archive: zipfile.ZipFile,
    name: str,
    source: str,
    warn: Callable[[StoryWeaverError], None],
    limit: int,
) -> bytes | None:
    """The bytes of one member, or None (with a warning) when it is refused."""
    info = archive.getinfo(name)
    reason = refusal(info, limit)
    if reason is not None:
        warn(CaptureError("member-refused", source=source, member=name, reason=reason))
        return None
    try:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError) as exc:
        raise CaptureError("broken-file", source=source, where=name, reason=str(exc) or type(exc).__name__) from None
    if len(data) > limit:  # the directory lied about the size
        warn(CaptureError("member-refused", source=source, member=name, reason=_("larger than it says")))
        return None
    return data


def member_as_gzip(path: Path, info: zipfile.ZipInfo) -> bytes | None:
    """The member's own deflate stream wrapped as a gzip file, without compressing anything again.

    A zip member and a gzip file hold the same deflate data, CRC-32 and size, so the raw
    payload of an archive is kept at its compressed size (a 85 MB ``tweets.js`` is about
    7 MB) and still opens with any gzip tool.  None when the member is not plainly deflated.
    """
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
        return None
    try:
        with path.open("rb") as stream:
            stream.seek(info.header_offset)
            header = stream.read(30)
            if len(header) != 30 or header[:4] != b"PK\x03\x04":
                return None
            name_length, extra_length = struct.unpack("<HH", header[26:30])
            stream.seek(info.header_offset + 30 + name_length + extra_length)
            body = stream.read(info.compress_size)
    except OSError:
        return None
    if len(body) != info.compress_size:
        return None
    gzip_header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # deflate, no name, no time, unknown OS
    return gzip_header + body + struct.pack("<II", info.CRC & 0xFFFFFFFF, info.file_size & 0xFFFFFFFF)


class ZipMembers:
    """An archive's members, read from the zip in memory."""

    def __init__(self, archive: zipfile.ZipFile, path: Path) -> None:
        self._zip = archive
        self._path = path

    def names(self) -> list[str]:
        return self._zip.namelist()

    def read(self, name: str, warn: Callable[[StoryWeaverError], None], limit: int) -> bytes | None:
        return read_member(self._zip, name, str(self._path), warn, limit)

    def packed(self, name: str) -> bytes | None:
        return member_as_gzip(self._path, self._zip.getinfo(name))


class FolderMembers:
    """The same layout after the user unzipped it; links are not followed out of the folder."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def names(self) -> list[str]:
        import os

        found = []
        for directory, _folders, files in os.walk(self._folder, followlinks=False):
            for file_name in files:
                full = Path(directory, file_name)
                if not full.is_symlink():
                    found.append(full.relative_to(self._folder).as_posix())
        return found

    def read(self, name: str, warn: Callable[[StoryWeaverError], None], limit: int) -> bytes | None:
        target = self._folder / name
        try:
            size = target.stat().st_size
            if size > limit:
                warn(CaptureError("member-refused", source=str(self._folder), member=name,
                                  reason=_("{size} MiB uncompressed, more than the {limit} MiB allowed").format(
                                      size=size // (1024 * 1024), limit=limit // (1024 * 1024))))
                return None
            return target.read_bytes()
        except OSError as exc:
            raise CaptureError("broken-file", source=str(target), where="?", reason=exc.strerror or str(exc)) from None

    def packed(self, name: str) -> bytes | None:
        return None
