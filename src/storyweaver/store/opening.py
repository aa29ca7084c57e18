"""Decide, before SQLite writes a single byte, whether a file may be opened.

A project file travels between colleagues, so opening it must never change it when it
is refused: the header is read with plain file I/O, the schema is inspected with
``trusted_schema=OFF``, and only then is anything written (WAL mode, migrations).
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from storyweaver.errors import ProjectError
from storyweaver.store.schema import APPLICATION_ID, SCHEMA_VERSION
from storyweaver.store.schema_audit import schema_differences

SQLITE_MAGIC = b"SQLite format 3\x00"
# What reading a damaged file can raise: SQLite's own errors, and text columns whose bytes
# are no longer UTF-8 (the sqlite3 module decodes them when a row is fetched).
DAMAGE = (sqlite3.DatabaseError, UnicodeDecodeError)


def read_header(path: Path) -> tuple[int, int]:
    """Return ``(application_id, user_version)`` from the file header, refusing non-projects."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise ProjectError("not-found", path=str(path)) from None
    except IsADirectoryError:
        raise ProjectError("not-a-project", path=str(path)) from None
    except OSError as exc:
        raise ProjectError("unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ProjectError("not-a-project", path=str(path))
    user_version, application_id = struct.unpack(">i4xi", header[60:72])
    return application_id, user_version


def check_header(path: Path) -> int:
    """Return the file's schema version, or raise if it is not a project we may open."""
    application_id, version = read_header(path)
    if application_id != APPLICATION_ID:
        raise ProjectError("not-a-project", path=str(path))
    if version > SCHEMA_VERSION:
        raise ProjectError("from-the-future", path=str(path), version=version, supported=SCHEMA_VERSION)
    if version < 1:
        raise ProjectError("not-a-project", path=str(path))
    return version


def check_schema_objects(conn: sqlite3.Connection, path: Path, version: int = SCHEMA_VERSION) -> None:
    """Refuse a file whose schema differs from a genuine file's: an added trigger or view (whatever
    its name), an unknown table or index, a changed or missing table."""
    try:
        foreign = schema_differences(conn, version)
    except DAMAGE as exc:
        raise ProjectError("corrupt", path=str(path), reason=str(exc)) from exc
    if foreign:
        raise ProjectError("foreign-objects", path=str(path), objects=", ".join(foreign))
