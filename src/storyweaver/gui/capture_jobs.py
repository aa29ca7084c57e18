"""Background capture work for the editor: imports, unfurls and searches.

Each job opens its OWN connection to the project file (SQLite WAL lets the window keep
reading while an import writes for seconds) and never touches widgets.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from storyweaver.capture.context import CaptureContext, Endpoints
from storyweaver.gui.tasks import Progress
from storyweaver.settings import Settings


def make_context(settings: Settings, cancel_event: threading.Event, progress: Progress, *,
                 network: bool = True) -> CaptureContext:
    """A capture context from the user's settings; without ``network``, no HTTP client (a
    capture in a child fetches there, and a client costs the window ~10 ms to make)."""
    from storyweaver.capture.http import HttpClient

    return CaptureContext(
        http=HttpClient(proxy=settings.proxy or None, allow_local=settings.allow_local_addresses) if network else None,
        endpoints=Endpoints.from_environment(**settings.endpoint_overrides()),
        progress=progress,
        cancel_event=cancel_event,
        workers=settings.workers,
        stage_files=True,  # the user keeps editing while this writes
    )


# Parsing and fetching run in a child process (see capture.in_child): on the editor's own
# worker threads the parsers' Python work took the interpreter lock from the window, whose
# event loop was then late by 300 ms and more.  The GUI tests that route captures to test
# plug-ins patched into this process turn it off.
CAPTURE_IN_CHILD = True
ACTIVE_CAPTURES = 3
_ACTIVE = threading.BoundedSemaphore(ACTIVE_CAPTURES)
_children: Any = None  # a ChildPool, made on first use: children that may serve the next capture


def _child_pool() -> Any:
    global _children
    if _children is None:
        import atexit

        from storyweaver.capture.in_child import ChildPool

        _children = ChildPool(keep=2)
        atexit.register(_children.close)
    return _children


def stop_idle_children() -> None:
    """Stop the capture children kept for later (the window is closing)."""
    if _children is not None:
        _children.close()


def import_sources(project_path: Path, sources: list[str], settings: Settings,
                   cancel_event: threading.Event, progress: Progress) -> Any:
    """Capture files and addresses into the project; return the dispatch's report."""
    ctx = make_context(settings, cancel_event, progress, network=not CAPTURE_IN_CHILD)
    while not _ACTIVE.acquire(timeout=0.05):
        ctx.check_cancelled()
    try:
        return _import(project_path, sources, settings, ctx)
    finally:
        _ACTIVE.release()


def _import(project_path: Path, sources: list[str], settings: Settings, ctx: CaptureContext) -> Any:
    from storyweaver.capture.dispatch import Reader, capture_sources
    from storyweaver.capture.in_child import ChildReader
    from storyweaver.store.project import Project

    child = ChildReader(ctx, proxy=settings.proxy, pool=_child_pool()) if CAPTURE_IN_CHILD else None
    reader: Reader | None = child
    project = Project.open(project_path)
    try:
        return capture_sources(project, sources, ctx, reader=reader)
    finally:
        if child is not None:
            child.close()
        project.close()
        if ctx.http is not None:
            ctx.http.close()


def search_available() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("storyweaver.capture.search") is not None
    except (ImportError, ValueError):
        return False


def run_search(network: str, query: str, limit: int, settings: Settings, cancel_event: threading.Event,
               progress: Progress) -> Any:
    """Ask an open network for posts: candidates in memory, not kept until the user says so."""
    from storyweaver.capture import search

    ctx = make_context(settings, cancel_event, progress)
    try:
        return search.search(network, query, ctx, limit)  # type: ignore[attr-defined]
    finally:
        if ctx.http is not None:
            ctx.http.close()
