"""Background capture work for the editor: imports, unfurls and searches.

Each job opens its OWN connection to the project file (SQLite WAL lets the window keep
reading while an import writes for seconds) and never touches widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyweaver.gui.tasks import Progress
from storyweaver.settings import Settings

if TYPE_CHECKING:
    from storyweaver.capture.context import CaptureContext
    from storyweaver.capture.transport.parent_side import ChildReader

IMPORT_CACHE_KIB = 16 * 1024  # the page cache of an import's connection (see _import)

# Who parses files and fetches addresses for an import: a capture child's reader, or None
# for this process (``capture.dispatch`` then reads here, with the context's own HTTP client).
ReaderFactory = Callable[["CaptureContext", Settings], "ChildReader | None"]


def make_context(settings: Settings, cancel_event: threading.Event, progress: Progress, *,
                 network: bool = True) -> CaptureContext:
    """A capture context from the user's settings; without ``network``, no HTTP client (a
    capture in a child fetches there, and a client costs the window ~10 ms to make)."""
    # Imported here, not before the window first paints (no capture runs before that).
    from storyweaver.capture.context import CaptureContext, Endpoints
    from storyweaver.capture.http import HttpClient

    return CaptureContext(
        http=HttpClient(proxy=settings.proxy or None, allow_local=settings.allow_local_addresses) if network else None,
        endpoints=Endpoints.from_environment(**settings.endpoint_overrides()),
        progress=progress,
        cancel_event=cancel_event,
        workers=settings.workers,
        stage_files=True,  # the user keeps editing while this writes
    )


ACTIVE_CAPTURES = 3
_ACTIVE = threading.BoundedSemaphore(ACTIVE_CAPTURES)
_children: Any = None  # a ChildPool, made on first use: children that may serve the next capture


def _child_pool() -> Any:
    global _children
    if _children is None:
        import atexit

        from storyweaver.capture.transport.parent_side import ChildPool

        _children = ChildPool(keep=2)
        atexit.register(_children.close)
    return _children


def stop_idle_children() -> None:
    """Stop the capture children kept for later (the window is closing)."""
    if _children is not None:
        _children.close()


def child_reader(ctx: CaptureContext, settings: Settings) -> ChildReader:
    """The editor's reader: parsing and fetching run in a capture child (capture.transport).
    On the editor's own worker threads the parsers' Python work took the interpreter lock
    from the window, whose event loop was then late by 300 ms and more."""
    from storyweaver.capture.transport.parent_side import ChildReader

    return ChildReader(ctx, proxy=settings.proxy, pool=_child_pool())


def reader_here(_ctx: CaptureContext, _settings: Settings) -> None:
    """Parse and fetch in this process (tests whose plug-ins exist in this process only)."""
    return


def import_sources(project_path: Path, sources: list[str], settings: Settings,
                   cancel_event: threading.Event, progress: Progress, *,
                   reader: ReaderFactory = child_reader) -> Any:
    """Capture files and addresses into the project; return the dispatch's report."""
    # No HTTP client until it is known this process fetches: a child fetches there, and a
    # client costs the window ~10 ms to make.
    ctx = make_context(settings, cancel_event, progress, network=False)
    while not _ACTIVE.acquire(timeout=0.05):
        ctx.check_cancelled()
    try:
        return _import(project_path, sources, settings, ctx, reader)
    finally:
        _ACTIVE.release()


def _import(project_path: Path, sources: list[str], settings: Settings, ctx: CaptureContext,
            make_reader: ReaderFactory) -> Any:
    from storyweaver.capture.dispatch import capture_sources
    from storyweaver.capture.http import HttpClient
    from storyweaver.store.project import Project

    reader = make_reader(ctx, settings)
    if reader is None:
        ctx.http = HttpClient(proxy=settings.proxy or None)
    project = Project.open(project_path)
    # The editor's own peak memory: a 50,000-post archive filled the 64 MiB cache the command
    # line keeps, next to the rows the library pane reads meanwhile. 16 MiB imports it as fast
    # (the pages spill to the write-ahead log before the commit).
    project.query(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        return capture_sources(project, sources, ctx, reader=reader)
    finally:
        if reader is not None:
            reader.close()
        project.close()
        if ctx.http is not None:
            ctx.http.close()


def run_search(network: str, query: str, limit: int, settings: Settings, cancel_event: threading.Event,
               progress: Progress) -> Any:
    """Ask an open network for posts: candidates in memory, not kept until the user says so."""
    from storyweaver.capture import search

    ctx = make_context(settings, cancel_event, progress)
    try:
        return search.search(network, query, ctx, limit)
    finally:
        if ctx.http is not None:
            ctx.http.close()
