"""Bring an older project file up to the current schema, in one transaction.

Version 1 (the first public format) had no visibility on blocks, no redaction on
items and no captured-address table.  Version 2 had no list of redacted authors (an
author redacted as a person, whose every post, later imports included, is redacted).
Version 3 had no readable copies of pages (the ``readables`` table).  Version 4 kept no
export images once prepared (the ``prepared_images`` table).  New tables are made
by the current schema's idempotent statements.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from storyweaver.store.schema import CURRENT_SCHEMA

# Kept verbatim so tests can build a genuine version-1 file by hand.
VERSION_1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, mime TEXT NOT NULL, size INTEGER NOT NULL,
                    data BLOB NOT NULL);
CREATE TABLE items (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, platform TEXT, platform_id TEXT,
    dedupe_key TEXT UNIQUE, url TEXT, title TEXT, text TEXT, description TEXT,
    author_name TEXT, author_handle TEXT, author_url TEXT, author_avatar TEXT,
    site_name TEXT, published TEXT, published_assumed_utc INTEGER NOT NULL DEFAULT 0,
    captured_at TEXT NOT NULL, capture_method TEXT NOT NULL, raw_sha256 TEXT, lang TEXT,
    hashtags TEXT NOT NULL DEFAULT '[]', image_url TEXT, favicon_sha256 TEXT,
    extra TEXT NOT NULL DEFAULT '{}', note TEXT);
CREATE INDEX items_published ON items (published);
CREATE TABLE media (
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL, type TEXT NOT NULL, sha256 TEXT, alt TEXT, width INTEGER,
    height INTEGER, url TEXT, mime TEXT, thumb_sha256 TEXT,
    PRIMARY KEY (item_id, position)) WITHOUT ROWID;
CREATE TABLE blocks (
    id INTEGER PRIMARY KEY, position INTEGER NOT NULL, type TEXT NOT NULL, text TEXT,
    item_id INTEGER REFERENCES items (id) ON DELETE CASCADE, caption TEXT);
CREATE INDEX blocks_position ON blocks (position);
CREATE INDEX blocks_item ON blocks (item_id);
"""


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE blocks ADD COLUMN visibility TEXT NOT NULL DEFAULT 'public'")
    conn.execute("ALTER TABLE items ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0")


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    # The new table is created by _ensure_current_objects; existing redactions stay per post.
    del conn


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _ensure_current_objects(conn: sqlite3.Connection) -> None:
    # executescript() would COMMIT the open transaction; run the statements one by one.
    for statement in _statements(CURRENT_SCHEMA):
        conn.execute(statement)


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    del conn  # a new table only (readable copies): _ensure_current_objects makes it


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    del conn  # a new table only (prepared export images): _ensure_current_objects makes it


# MIGRATIONS[v] turns a version-v file into version v+1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4,
                                                                4: _v4_to_v5}


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Run every step from ``from_version`` to ``to_version`` inside the caller's transaction."""
    for version in range(from_version, to_version):
        MIGRATIONS[version](conn)
    _ensure_current_objects(conn)
    conn.execute(f"PRAGMA user_version = {int(to_version)}")
