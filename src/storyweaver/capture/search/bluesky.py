"""Bluesky's ``app.bsky.feed.searchPosts``, paged with ``cursor``.

The public AppView may refuse searches without a login; then an app password is used
(``com.atproto.server.createSession`` at the PDS): from the system keyring when the
``keyring`` library is installed, else ``STORYWEAVER_BLUESKY_APP_PASSWORD``.  Without
one, the error says so (code ``login-required``).
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.posts.bluesky import item_from_post
from storyweaver.capture.search.candidates import RAW_KEY, raw_json, raw_sha
from storyweaver.core.model import Item
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PAGE = 100
KEYRING_SERVICE = "StoryWeaver"
SERVICE = "Bluesky"


# App passwords given in Preferences when the system has no keyring: kept for this session
# only, in this process's memory (never in the settings file, never in a child's environment).
_SESSION_PASSWORDS: dict[str, str] = {}


def _keyring_account(handle: str) -> str:
    return f"bluesky:{handle}"


def _keyring() -> Any | None:
    """The system's secret store (Secret Service, KWallet, macOS Keychain, Windows Credential
    Manager), or None.  Backends under priority 1 are refused: they are the "none" backend and
    plain or weakly protected files (keyrings.alt), which are no better than our settings file."""
    try:
        import keyring

        backend = keyring.get_keyring()
        return backend if float(getattr(backend, "priority", 0)) >= 1 else None
    except Exception:  # noqa: BLE001 - no keyring library, or a backend that fails to load
        return None


def credentials() -> tuple[str, str] | None:
    """(handle, app password) if the user gave them: the environment, the system keyring, then
    what Preferences kept for this session."""
    handle = os.environ.get("STORYWEAVER_BLUESKY_HANDLE", "")
    if not handle:
        from storyweaver.settings import Settings

        handle = Settings.load().bluesky_handle
    if not handle:
        return None
    password = os.environ.get("STORYWEAVER_BLUESKY_APP_PASSWORD", "")
    backend = None if password else _keyring()
    if backend is not None:
        try:
            password = backend.get_password(KEYRING_SERVICE, _keyring_account(handle)) or ""
        except Exception:  # noqa: BLE001 - a locked or broken store: ask again, do not fail
            password = ""
    password = password or _SESSION_PASSWORDS.get(handle, "")
    return (handle, password) if password else None


def has_app_password(handle: str) -> bool:
    """Whether an app password is kept for ``handle`` (keyring or this session)."""
    if handle in _SESSION_PASSWORDS:
        return True
    backend = _keyring()
    try:
        return backend is not None and bool(backend.get_password(KEYRING_SERVICE, _keyring_account(handle)))
    except Exception:  # noqa: BLE001 - see credentials()
        return False


def remember_app_password(handle: str, password: str) -> bool:
    """Keep the app password in the system keyring and say True; without a usable keyring,
    keep it for this session only and say False (the caller tells the user)."""
    _SESSION_PASSWORDS.pop(handle, None)
    backend = _keyring()
    if backend is not None:
        with contextlib.suppress(Exception):  # a locked or read-only store: keep it for this session
            backend.set_password(KEYRING_SERVICE, _keyring_account(handle), password)
            return True
    _SESSION_PASSWORDS[handle] = password
    return False


def forget_app_password(handle: str) -> None:
    _SESSION_PASSWORDS.pop(handle, None)
    backend = _keyring()
    if backend is not None:
        with contextlib.suppress(Exception):  # nothing kept under that name: nothing to forget
            backend.delete_password(KEYRING_SERVICE, _keyring_account(handle))


def _login(ctx: CaptureContext) -> str:
    found = credentials()
    if found is None:
        raise CaptureError("login-required", service=SERVICE,
                           reason=_("set your handle and an app password in the settings"))
    handle, password = found
    pds = ctx.endpoints.bluesky_pds.rstrip("/")
    try:
        session = ctx.require_http().post_json(f"{pds}/xrpc/com.atproto.server.createSession",
                                               {"identifier": handle, "password": password}).json()
    except CaptureError as exc:
        if exc.code == "http-status" and exc.facts.get("status") in (400, 401, 403):
            raise CaptureError("login-required", service=SERVICE,
                               reason=_("the app password was refused")) from None
        raise
    token = session.get("accessJwt") if isinstance(session, dict) else None
    if not token:
        raise CaptureError("login-required", service=SERVICE, reason=_("the sign-in gave no session"))
    return str(token)


def search_posts(query: str, ctx: CaptureContext, limit: int) -> list[Item]:
    if not query.strip():
        raise CaptureError("bad-url", url=query)
    http = ctx.require_http()
    base = ctx.endpoints.bluesky_api.rstrip("/")
    headers: dict[str, str] = {"Accept": "application/json"}
    captured_at = ctx.clock()
    items: list[Item] = []
    cursor: str | None = None
    while len(items) < limit:
        ctx.check_cancelled()
        params = {"q": query.strip(), "limit": str(min(PAGE, limit - len(items)))}
        if cursor:
            params["cursor"] = cursor
        try:
            page: Any = http.get(f"{base}/xrpc/app.bsky.feed.searchPosts", params=params, headers=headers).json()
        except CaptureError as exc:
            if exc.code != "http-status" or exc.facts.get("status") not in (401, 403) or "Authorization" in headers:
                raise
            # The public AppView wants a signed-in user: sign in and ask the PDS, which proxies the search.
            headers["Authorization"] = f"Bearer {_login(ctx)}"
            base = ctx.endpoints.bluesky_pds.rstrip("/")
            continue
        except ValueError:
            raise CaptureError("broken-file", source=base, where="searchPosts", reason=_("not JSON")) from None
        posts = page.get("posts") if isinstance(page, dict) else None
        if not posts:
            break
        for post in posts:
            raw = raw_json(post)
            item = item_from_post(post, method="bluesky-search", captured_at=captured_at, raw_sha256=raw_sha(raw))
            item.extra[RAW_KEY] = raw
            items.append(item)
        cursor = page.get("cursor")
        ctx.progress(len(items), limit, query)
        if not cursor:
            break
    return items[:limit]
