"""Redact a person, not a post: every post by an account, now and in later imports.

An account is a platform and a handle (compared without "@" and case).  Redacting one
marks every stored post by it redacted and remembers it, so that posts imported later are
redacted as they arrive (:func:`apply_to_new`, called by the one storing path).  Undoing
gives back exactly the per-post marks the redaction changed.
"""

from __future__ import annotations

import sqlite3
from typing import Any

_ACCOUNT = "lower(ltrim(coalesce(author_handle, ''), '@'))"


def account_key(handle: str | None) -> str:
    return (handle or "").strip().lstrip("@").lower()


def redact_author(project: Any, platform: str, handle: str) -> list[int]:
    """Redact every post by ``handle`` on ``platform`` and remember the account; return the
    ids of the posts this changed (give them to :func:`unredact_author` to undo)."""
    account = account_key(handle)
    if not account:
        return []
    with project.transaction() as conn:
        changed = [row[0] for row in conn.execute(
            f"SELECT id FROM items WHERE platform = ? AND {_ACCOUNT} = ? AND redacted = 0",
            (platform, account))]
        conn.execute("INSERT OR IGNORE INTO redacted_authors (platform, account) VALUES (?, ?)", (platform, account))
        conn.executemany("UPDATE items SET redacted = 1 WHERE id = ?", [(i,) for i in changed])
    return changed


def unredact_author(project: Any, platform: str, handle: str, changed: list[int] | None = None) -> None:
    """Forget the account; posts in ``changed`` (or, if None, every post by it) lose their mark."""
    account = account_key(handle)
    with project.transaction() as conn:
        conn.execute("DELETE FROM redacted_authors WHERE platform = ? AND account = ?", (platform, account))
        if changed is None:
            conn.execute(f"UPDATE items SET redacted = 0 WHERE platform = ? AND {_ACCOUNT} = ?",
                         (platform, account))
        else:
            conn.executemany("UPDATE items SET redacted = 0 WHERE id = ?", [(i,) for i in changed])


def stop_redacting_author(project: Any, platform: str, handle: str) -> list[int]:
    """Forget the account and unmark every post by it; return the ids this changed (give them
    to :func:`restore_author_redaction` to undo)."""
    account = account_key(handle)
    with project.transaction() as conn:
        changed = [row[0] for row in conn.execute(
            f"SELECT id FROM items WHERE platform = ? AND {_ACCOUNT} = ? AND redacted = 1", (platform, account))]
        unredact_author(project, platform, handle, changed)  # joins this transaction
    return changed


def restore_author_redaction(project: Any, platform: str, handle: str, changed: list[int]) -> None:
    """Undo :func:`stop_redacting_author`: remember the account again, mark exactly ``changed``."""
    account = account_key(handle)
    if not account:
        return
    with project.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO redacted_authors (platform, account) VALUES (?, ?)", (platform, account))
        conn.executemany("UPDATE items SET redacted = 1 WHERE id = ?", [(i,) for i in changed])


def redacted_authors(project: Any) -> set[tuple[str, str]]:
    return {(p, a) for p, a in project.query("SELECT platform, account FROM redacted_authors")}


def apply_to_new(conn: sqlite3.Connection, first_id: int) -> set[int]:
    """Redact the posts from id ``first_id`` on whose account was redacted as a person; their ids."""
    if conn.execute("SELECT 1 FROM redacted_authors LIMIT 1").fetchone() is None:
        return set()
    found = {row[0] for row in conn.execute(
        f"SELECT id FROM items WHERE id >= ? AND redacted = 0 AND EXISTS ("
        f" SELECT 1 FROM redacted_authors r WHERE r.platform = items.platform AND r.account = {_ACCOUNT})",
        (first_id,))}
    conn.executemany("UPDATE items SET redacted = 1 WHERE id = ?", [(i,) for i in found])
    return found
