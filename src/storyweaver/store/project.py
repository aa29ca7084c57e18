"""Open, create and write a project file safely.

One SQLite connection, WAL journal, ``synchronous=FULL``, and one transaction per edit:
a crash or a kill at any moment loses no committed edit and never leaves the file corrupt.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from storyweaver.core.timefmt import now_utc, to_stored
from storyweaver.errors import ProjectError
from storyweaver.store.library import Library
from storyweaver.store.migrations import migrate
from storyweaver.store.opening import DAMAGE, check_header, check_schema_objects
from storyweaver.store.redacted_authors import redacted_authors
from storyweaver.store.schema import APPLICATION_ID, CURRENT_SCHEMA, SCHEMA_VERSION
from storyweaver.store.story import Story
from storyweaver.store.write_gate import gate_for

SUFFIX = ".storyweaver"
_WRITTEN_IN_PLACE = 1024 * 1024  # bytes from which put_blob writes a file in place (see there)


def can_write(path: Path) -> bool:
    """Whether the file and its folder (SQLite's journal) can really be written.

    ``os.access`` says yes to root for any file; trying is the only answer that holds
    (a read-only mount, an immutable file, a locked-down folder).  Nothing is changed.
    """
    try:
        os.close(os.open(path, os.O_RDWR))
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".probe", dir=path.parent)
        os.close(fd)
        Path(probe).unlink()
    except OSError:
        return False
    return True


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    mode = "ro" if readonly else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    # Files travel between colleagues: never let their schema run functions on our behalf.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    # 64 MiB of page cache: a 50,000-post import stays in memory until its one commit.
    conn.execute("PRAGMA cache_size = -65536")
    # A background import holds the write lock for seconds; another connection's edit
    # waits for it instead of failing at once with "database is locked".
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


class Project:
    """A story project: the library of captured items, the story, and their media."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self._conn = conn
        self._lock = threading.RLock()
        self._depth = 0
        self._gate = gate_for(path)
        # The editor marks its own connection: its edits go before waiting background writers.
        self.interactive = False
        self.library = Library(self)
        self.story = Story(self)

    # -- life cycle -------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, title: str) -> Project:
        """Create an empty project; an existing file is never overwritten."""
        target = Path(path)
        if target.exists():
            raise ProjectError("exists", path=str(target))
        if not target.parent.is_dir():
            raise ProjectError("no-folder", path=str(target))
        # Build it under a temporary name and rename it into place, so a kill never
        # leaves a half-made project under the name the user chose.
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            conn = sqlite3.connect(partial, isolation_level=None)
            try:
                conn.execute("PRAGMA trusted_schema = OFF")
                # 16 KiB pages (SQLite's default is 4 KiB): a project holds its pictures and raw
                # archives, and a 50,000-post import made 80,000 write calls in 4 KiB pages
                # (each WAL frame is two, then the checkpoint) against 31,000: 0.1-0.15 s of
                # system time less.  Set before anything is written; older files keep theirs.
                conn.execute("PRAGMA page_size = 16384")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("BEGIN")
                for statement in (s for s in CURRENT_SCHEMA.split(";") if s.strip()):
                    conn.execute(statement)
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("title", title), ("created_at", to_stored(now_utc()) or "")],
                )
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            finally:
                conn.close()
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise ProjectError("unwritable", path=str(target), reason=exc.strerror or str(exc)) from exc
        return cls.open(target)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False) -> Project:
        """Open a project, migrating an older file; refuse (unchanged) what we cannot trust."""
        target = Path(path)
        version = check_header(target)
        if not readonly and not can_write(target):
            raise ProjectError("read-only-file", path=str(target))
        try:
            conn = _connect(target, readonly=readonly)
        except DAMAGE as exc:
            raise ProjectError("corrupt", path=str(target), reason=str(exc)) from exc
        try:
            check_schema_objects(conn, target, version)
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
            if version < SCHEMA_VERSION:
                if readonly:
                    raise ProjectError("needs-migration", path=str(target), version=version)
                conn.execute("BEGIN IMMEDIATE")
                try:
                    migrate(conn, version, SCHEMA_VERSION)
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
        except DAMAGE as exc:
            conn.close()
            raise ProjectError("corrupt", path=str(target), reason=str(exc)) from exc
        except BaseException:
            conn.close()
            raise
        return cls(target, conn, readonly=readonly)

    def close(self) -> None:
        """Close the project, leaving one self-contained file (no -wal/-shm beside it)."""
        with self._lock:
            if not self.readonly:
                try:
                    # Back to a rollback journal once closed, so the file can be mailed or
                    # read (read-only) without SQLite creating WAL side files next to it.
                    self._conn.execute("PRAGMA journal_mode = DELETE")
                except sqlite3.Error:
                    pass  # another connection still has it open; WAL stays, nothing is lost
            self._conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transactions -----------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic edit; nested calls join the outer transaction."""
        if self.readonly:
            raise ProjectError("read-only", path=str(self.path))
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            with self._gate.held(interactive=self.interactive):
                yield from self._outermost()

    def _outermost(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise ProjectError("unwritable", path=str(self.path), reason=str(exc)) from exc
        self._depth = 1
        try:
            yield self._conn
        except DAMAGE as exc:
            self._rollback()
            raise ProjectError("unwritable", path=str(self.path), reason=str(exc)) from exc
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise ProjectError("unwritable", path=str(self.path), reason=str(exc)) from exc
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):  # a damaged file may refuse even this
            self._conn.execute("ROLLBACK")

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        """Read rows (no write): the one door for read queries outside the store."""
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except DAMAGE as exc:
                raise ProjectError("corrupt", path=str(self.path), reason=str(exc)) from exc

    def query_batches(self, sql: str, params: Any = (), size: int = 2000) -> Iterator[list[Any]]:
        """Read rows (no write) a batch at a time: a reader that keeps something smaller
        per row need not hold every raw row at once (50,000 rows of text were 50 MiB)."""
        with self._lock:
            try:
                cursor = self._conn.execute(sql, params)
            except DAMAGE as exc:
                raise ProjectError("corrupt", path=str(self.path), reason=str(exc)) from exc
        try:
            while True:
                with self._lock:
                    try:
                        batch = cursor.fetchmany(size)
                    except DAMAGE as exc:
                        raise ProjectError("corrupt", path=str(self.path), reason=str(exc)) from exc
                if not batch:
                    return
                yield batch
        finally:
            cursor.close()

    # -- metadata ---------------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    @property
    def title(self) -> str:
        return self.meta("title") or self.path.stem

    # -- media, stored once by content ---------------------------------------------------

    def put_blob(self, data: bytes, mime: str) -> str:
        """Keep bytes in the project, once, and return their SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        with self.transaction() as conn:
            if len(data) < _WRITTEN_IN_PLACE:
                conn.execute(
                    "INSERT OR IGNORE INTO blobs (sha256, mime, size, data) VALUES (?, ?, ?, ?)",
                    (digest, mime, len(data), data),
                )
                return digest
            # A big file (a 22 MB repository export) is written into its row's own space: bound
            # as a parameter, its bytes were copied twice more on the way (0.015-0.03 s at 22 MB).
            cursor = conn.execute(
                "INSERT OR IGNORE INTO blobs (sha256, mime, size, data) VALUES (?, ?, ?, zeroblob(?))",
                (digest, mime, len(data), len(data)),
            )
            if cursor.rowcount == 1:  # a new row (no rowid would fail, and so roll back, not keep zeros)
                with conn.blobopen("blobs", "data", cursor.lastrowid or 0) as blob:
                    blob.write(data)
        return digest

    def get_blob(self, sha256: str) -> tuple[bytes, str] | None:
        rows = self.query("SELECT data, mime FROM blobs WHERE sha256 = ?", (sha256,))
        if not rows or not isinstance(rows[0][0], bytes):  # a damaged record may read as text or a number
            return None
        return rows[0][0], rows[0][1]

    def blob_types(self) -> dict[str, str]:
        """Every stored file's type, by SHA-256."""
        return {row[0]: row[1] for row in self.query("SELECT sha256, mime FROM blobs ORDER BY sha256")}

    def redacted_accounts(self) -> set[tuple[str, str]]:
        """The (platform, account) of every person redacted as a person."""
        return redacted_authors(self)

    def has_blob(self, sha256: str) -> bool:
        return bool(self.query("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)))

    def save_copy(self, destination: str | os.PathLike[str]) -> None:
        """Write a consistent copy of the project (SQLite's online backup), atomically."""
        target = Path(destination)
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            copy = sqlite3.connect(partial)
            try:
                with self._lock:
                    self._conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            raise ProjectError("unwritable", path=str(target), reason=str(exc)) from exc
