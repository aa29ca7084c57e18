"""Reading archive members by name, in memory, with limits: nothing is ever extracted."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import PurePosixPath

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
