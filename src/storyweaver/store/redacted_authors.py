"""Redact a person, not a post: every post by an account, now and in later imports.

An account is a platform and a handle (compared without "@" and case).  Redacting one
marks every stored post by it redacted and remembers it, so that posts imported later are
redacted as they arrive (:func:`apply_to_new`, called by the one storing path).  Undoing
gives back exactly the per-post marks the redaction changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:  # the project imports this module
    from storyweaver.store.project import Project

# Mastodon names an account ``user@server``, but a post may carry the bare ``user`` (an account
# on the server that answered) with the server only in its profile address, and people type
# either form.  A bare ``user`` is not one person across servers, so it covers every server: in
# doubt a post is redacted, never shown.
_HOSTED = frozenset({"mastodon"})


def account_key(handle: str | None, platform: str | None = None, url: str | None = None) -> str:
    """The account as remembered: no "@" in front, lower case; for Mastodon ``user@server``
    when the server is known from the handle or the profile address ``url``."""
    key = (handle or "").strip().lstrip("@").lower()
    if key and platform in _HOSTED and "@" not in key and url:
        host = (urlsplit(url).hostname or "").lower()
        if host:
            key = f"{key}@{host}"
    return key


def _split(key: str) -> tuple[str, str]:
    local, _at, host = key.partition("@")
    return local, host


def covers(redacted: str, platform: str, handle: str | None, url: str | None = None) -> bool:
    """Whether the remembered account ``redacted`` is the author ``handle`` (profile ``url``)."""
    account = account_key(handle, platform, url)
    if not account or not redacted:
        return False
    if platform not in _HOSTED:
        return account == redacted
    (local, host), (their_local, their_host) = _split(redacted), _split(account)
    return local == their_local and (not host or not their_host or host == their_host)


def covered(accounts: Iterable[tuple[str, str]], platform: str, handle: str | None, url: str | None = None) -> bool:
    """Whether any remembered (platform, account) is this author."""
    return any(p == platform and covers(a, platform, handle, url) for p, a in accounts)


def _posts_of(conn: sqlite3.Connection, accounts: set[tuple[str, str]], where: str,
              params: tuple[object, ...]) -> list[int]:
    """Ids of the posts matching ``where`` whose author is one of ``accounts``."""
    if not accounts:
        return []
    platforms = sorted({p for p, _a in accounts})
    marks = ", ".join("?" * len(platforms))
    rows = conn.execute(f"SELECT id, platform, author_handle, author_url FROM items WHERE platform IN ({marks})"
                        f" AND author_handle IS NOT NULL AND {where}", (*platforms, *params))
    return [row[0] for row in rows if covered(accounts, row[1], row[2], row[3])]


def redact_author(project: Project, platform: str, handle: str) -> list[int]:
    """Redact every post by ``handle`` on ``platform`` and remember the account; return the
    ids of the posts this changed (give them to :func:`unredact_author` to undo)."""
    account = account_key(handle)
    if not account:
        return []
    with project.transaction() as conn:
        changed = _posts_of(conn, {(platform, account)}, "redacted = 0", ())
        conn.execute("INSERT OR IGNORE INTO redacted_authors (platform, account) VALUES (?, ?)", (platform, account))
        conn.executemany("UPDATE items SET redacted = 1 WHERE id = ?", [(i,) for i in changed])
    return changed


def unredact_author(project: Project, platform: str, handle: str, changed: list[int] | None = None) -> None:
    """Forget the account; posts in ``changed`` (or, if None, every post by it) lose their mark."""
    account = account_key(handle)
    with project.transaction() as conn:
        conn.execute("DELETE FROM redacted_authors WHERE platform = ? AND account = ?", (platform, account))
        if changed is None:
            changed = _posts_of(conn, {(platform, account)}, "redacted = 1", ())
        conn.executemany("UPDATE items SET redacted = 0 WHERE id = ?", [(i,) for i in changed])


def stop_redacting_author(project: Project, platform: str, handle: str) -> list[int]:
    """Forget the account and unmark every post by it; return the ids this changed (give them
    to :func:`restore_author_redaction` to undo)."""
    account = account_key(handle)
    with project.transaction() as conn:
        changed = _posts_of(conn, {(platform, account)}, "redacted = 1", ())
        unredact_author(project, platform, handle, changed)  # joins this transaction
    return changed


def restore_author_redaction(project: Project, platform: str, handle: str, changed: list[int]) -> None:
    """Undo :func:`stop_redacting_author`: remember the account again, mark exactly ``changed``."""
    account = account_key(handle)
    if not account:
        return
    with project.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO redacted_authors (platform, account) VALUES (?, ?)", (platform, account))
        conn.executemany("UPDATE items SET redacted = 1 WHERE id = ?", [(i,) for i in changed])


def redacted_authors(project: Project) -> set[tuple[str, str]]:
    return {(p, a) for p, a in project.query("SELECT platform, account FROM redacted_authors")}


def apply_to_new(conn: sqlite3.Connection, first_id: int) -> set[int]:
    """Redact the posts from id ``first_id`` on whose account was redacted as a person; their ids."""
    accounts = {(p, a) for p, a in conn.execute("SELECT platform, account FROM redacted_authors")}
    found = set(_posts_of(conn, accounts, "id >= ? AND redacted = 0", (first_id,)))
    conn.executemany("UPDATE items SET redacted = 1 WHERE id = ?", [(i,) for i in found])
    return found
