"""Write an export so that its name holds either the old file or the complete new one.

The bytes go to a hidden temporary file beside the target (same file system), are
flushed to disk, and only then replace the target with ``os.replace``.  A kill at any
moment leaves at most a ``.partial`` file, which the next export of the same target
removes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from storyweaver.errors import ExportError


def partial_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_partials(target: Path) -> None:
    """Remove the leftovers of earlier exports of ``target`` that were killed."""
    for leftover in target.parent.glob(f".{target.name}.*.partial"):
        pid_text = leftover.name[len(target.name) + 2:-len(".partial")]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and not _alive(int(pid_text)):
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)


def check_folder(target: Path) -> None:
    if not target.parent.is_dir():
        raise ExportError("no-folder", path=str(target))


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` atomically."""
    check_folder(target)
    sweep_partials(target)
    partial = partial_path(target)
    try:
        yield partial
        if partial.is_file():
            fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise ExportError("unwritable", path=str(target), reason=exc.strerror or str(exc)) from exc
    finally:
        if partial.is_dir():
            shutil.rmtree(partial, ignore_errors=True)
        else:
            partial.unlink(missing_ok=True)


def write_bytes(target: Path, data: bytes) -> None:
    with replacing(target) as partial:
        partial.write_bytes(data)
