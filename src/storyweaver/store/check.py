"""Verify a project file: its schema, SQLite's own integrity check, every row's values, every media hash
(readable copies of pages and the pages as fetched included: they are blobs like any other).

``check`` must find whatever would make another command refuse the file, so that "sound"
means every command can use it.  Each problem is one line without SQL.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from storyweaver.errors import ProjectError
from storyweaver.store.content_audit import content_problems
from storyweaver.store.opening import DAMAGE, check_header
from storyweaver.store.schema_audit import schema_differences


@dataclass(frozen=True, slots=True)
class Problem:
    code: str  # schema | integrity | foreign-key | text | value | json | blob-hash | blob-size | missing-blob
    detail: str


def check_project(path: Path) -> list[Problem]:
    """Return what is wrong with the file (empty when it is sound); never writes to it."""
    version = check_header(path)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise ProjectError("corrupt", path=str(path), reason=str(exc)) from exc
    problems: list[Problem] = []
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        try:
            schema = schema_differences(conn, version)
        except DAMAGE:
            schema = ["the schema cannot be read"]
        problems.extend(Problem("schema", f"not made by StoryWeaver: {line}") for line in schema)
        for (line,) in conn.execute("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(Problem("integrity", line))
        if schema:
            return problems  # the checks below rely on the genuine tables
        problems.extend(Problem(code, detail) for code, detail in content_problems(conn))
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(Problem("foreign-key", f"{table} row {rowid} points to a missing {parent}"))
        for sha, size, data in conn.execute("SELECT sha256, size, data FROM blobs"):
            if not isinstance(data, bytes):  # a damaged record can read as NULL, a number or text
                problems.append(Problem("blob-hash", f"{sha}: content cannot be read"))
                continue
            if len(data) != size:
                problems.append(Problem("blob-size", f"{sha}: {len(data)} bytes, recorded {size}"))
            if hashlib.sha256(data).hexdigest() != sha:
                problems.append(Problem("blob-hash", f"{sha}: content does not match its hash"))
        # A file older than readable copies (not migrated: check never writes) has no such table.
        copies = " UNION SELECT html_sha256 FROM readables UNION SELECT original_sha256 FROM readables" if \
            conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'readables'").fetchone() else ""
        referenced = conn.execute(
            "SELECT sha FROM ("
            " SELECT sha256 AS sha FROM media UNION SELECT thumb_sha256 FROM media"
            " UNION SELECT raw_sha256 FROM items UNION SELECT author_avatar FROM items"
            f" UNION SELECT favicon_sha256 FROM items{copies})"
            " WHERE sha IS NOT NULL AND sha NOT IN (SELECT sha256 FROM blobs)"
        ).fetchall()
        problems.extend(Problem("missing-blob", f"{sha} is referenced but not stored") for (sha,) in referenced)
    except DAMAGE as exc:
        problems.append(Problem("integrity", _without_sql(str(exc))))
    finally:
        conn.close()
    return problems


def _without_sql(reason: str) -> str:
    # SQLite's messages can quote a statement or a column; the user needs only the kind of damage.
    return reason.split(":")[0].strip() or "the file cannot be read"
