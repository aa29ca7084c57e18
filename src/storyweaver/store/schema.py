"""The current schema of a project file and the objects a genuine file may contain."""

from __future__ import annotations

APPLICATION_ID = 0x53575652  # "SWVR"
SCHEMA_VERSION = 5
# The oldest version a read-only open takes as it is: what came after it (kept export images)
# a reader does without, so a file need not be upgraded to be exported from the command line.
READ_AS_IS_FROM = 4

# Every statement is idempotent so that creation and the last migration share it.
CURRENT_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS blobs (
    sha256 TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    platform TEXT,
    platform_id TEXT,
    dedupe_key TEXT UNIQUE,
    url TEXT,
    title TEXT,
    text TEXT,
    description TEXT,
    author_name TEXT,
    author_handle TEXT,
    author_url TEXT,
    author_avatar TEXT,
    site_name TEXT,
    published TEXT,
    published_assumed_utc INTEGER NOT NULL DEFAULT 0,
    captured_at TEXT NOT NULL,
    capture_method TEXT NOT NULL,
    raw_sha256 TEXT,
    lang TEXT,
    hashtags TEXT NOT NULL DEFAULT '[]',
    image_url TEXT,
    favicon_sha256 TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    redacted INTEGER NOT NULL DEFAULT 0,
    note TEXT
);
CREATE INDEX IF NOT EXISTS items_published ON items (published);

CREATE TABLE IF NOT EXISTS media (
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    sha256 TEXT,
    alt TEXT,
    width INTEGER,
    height INTEGER,
    url TEXT,
    mime TEXT,
    thumb_sha256 TEXT,
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS addresses (
    address TEXT PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS blocks (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    text TEXT,
    item_id INTEGER REFERENCES items (id) ON DELETE CASCADE,
    visibility TEXT NOT NULL DEFAULT 'public',
    caption TEXT
);
CREATE INDEX IF NOT EXISTS blocks_position ON blocks (position);
CREATE INDEX IF NOT EXISTS blocks_item ON blocks (item_id);

CREATE TABLE IF NOT EXISTS redacted_authors (
    platform TEXT NOT NULL,
    account TEXT NOT NULL,
    PRIMARY KEY (platform, account)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS readables (
    item_id INTEGER PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
    captured_at TEXT NOT NULL,
    extractor TEXT NOT NULL,
    html_sha256 TEXT,
    original_sha256 TEXT,
    words INTEGER NOT NULL DEFAULT 0,
    failure TEXT,
    text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS prepared_images (
    sha256 TEXT NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
    recipe TEXT NOT NULL,
    mime TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, recipe)
);
"""

# The schema version that first had each object (objects not named here: version 1 or 2).
INTRODUCED = {("table", "redacted_authors"): 3, ("table", "readables"): 4, ("table", "prepared_images"): 5,
              ("index", "sqlite_autoindex_prepared_images_1"): 5}
