"""Compare a file's schema, object by object, with the schema this version creates.

A project file travels between colleagues, so its schema is untrusted: a trigger (whatever
its name, ``sqlite_...`` included) or a view would run on our writes, and a table whose
definition was changed would break what every command relies on.  The schemas a genuine
file can have are built here in memory, by the same code that creates and migrates files,
so a new schema version is known to the audit the moment it exists.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

from storyweaver.store.schema import CURRENT_SCHEMA, INTRODUCED, SCHEMA_VERSION

# Tables SQLite itself makes on request (ANALYZE); they hold statistics and run nothing.
_SQLITE_OWN = {"sqlite_stat1", "sqlite_stat4"}


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").replace("IF NOT EXISTS ", "").split()) if sql else ""


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(kind, name): _normal(sql) for kind, name, sql in
            conn.execute("SELECT type, name, sql FROM sqlite_master")}


@cache
def genuine_schemas(version: int = SCHEMA_VERSION) -> tuple[dict[tuple[str, str], frozenset[str]],
                                                            frozenset[tuple[str, str]]]:
    """Each object's acceptable SQL texts in a ``version`` file (made fresh, or migrated from 1)."""
    from storyweaver.store.migrations import VERSION_1_SCHEMA, migrate

    fresh = sqlite3.connect(":memory:")
    for statement in (s for s in CURRENT_SCHEMA.split(";") if s.strip()):
        fresh.execute(statement)
    migrated = sqlite3.connect(":memory:")
    for statement in (s for s in VERSION_1_SCHEMA.split(";") if s.strip()):
        migrated.execute(statement)
    migrate(migrated, 1, SCHEMA_VERSION)
    accepted: dict[tuple[str, str], set[str]] = {}
    for conn in (fresh, migrated):
        for key, sql in _objects(conn).items():
            if INTRODUCED.get(key, 1) <= version:
                accepted.setdefault(key, set()).add(sql)
        conn.close()
    required = frozenset(k for k in accepted if k[0] == "table")
    return {k: frozenset(v) for k, v in accepted.items()}, required


@cache
def _version_1(script: str) -> tuple[dict[tuple[str, str], frozenset[str]], frozenset[tuple[str, str]]]:
    conn = sqlite3.connect(":memory:")
    for statement in (s for s in script.split(";") if s.strip()):
        conn.execute(statement)
    objects = _objects(conn)
    conn.close()
    return {k: frozenset({v}) for k, v in objects.items()}, frozenset(k for k in objects if k[0] == "table")


_NAME = re.compile(r"[^\w.-]")


def schema_differences(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> list[str]:
    """One short line per schema object that differs from a genuine ``version`` file's (empty: none)."""
    if version == 1:
        from storyweaver.store.migrations import VERSION_1_SCHEMA

        accepted, required = _version_1(VERSION_1_SCHEMA)
    else:
        accepted, required = genuine_schemas(version)
    found: list[str] = []
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    present = set()
    for kind, name, sql in rows:
        if not isinstance(kind, str) or not isinstance(name, str) or not (sql is None or isinstance(sql, str)):
            found.append("a damaged schema entry")
            continue
        shown = f"{kind} {_NAME.sub('?', name)[:60]}"
        present.add((kind, name))
        if kind in ("trigger", "view"):
            found.append(shown)  # never created by StoryWeaver, whatever the name says
        elif kind == "table" and name in _SQLITE_OWN:
            continue
        elif (kind, name) not in accepted or _normal(sql) not in accepted[(kind, name)]:
            found.append(shown if (kind, name) not in accepted else f"{shown} (changed)")
    found.extend(f"table {name} (missing)" for kind, name in sorted(required - present))
    return sorted(found)
