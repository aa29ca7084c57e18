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


def make_context(settings: Settings, cancel_event: threading.Event, progress: Progress) -> CaptureContext:
    from storyweaver.capture.http import HttpClient

    return CaptureContext(
        http=HttpClient(proxy=settings.proxy or None),
        endpoints=Endpoints.from_environment(**settings.endpoint_overrides()),
        progress=progress,
        cancel_event=cancel_event,
        workers=settings.workers,
        stage_files=True,  # the user keeps editing while this writes
    )


# Parsing a file is Python work that holds the GIL: several at once on worker threads gain
# nothing (they take turns) and starve the window's own thread, whose library refresh then
# took 100-250 ms instead of ~20 ms.  Files are parsed one at a time; fetching addresses is
# waiting on the network, so those captures still run side by side.
_FILE_IMPORTS = threading.BoundedSemaphore(1)


def import_sources(project_path: Path, sources: list[str], settings: Settings,
                   cancel_event: threading.Event, progress: Progress) -> Any:
    """Capture files and addresses into the project; return the dispatch's report."""
    from storyweaver.capture.dispatch import capture_sources
    from storyweaver.store.project import Project

    ctx = make_context(settings, cancel_event, progress)
    has_files = any(Path(source).exists() for source in sources)
    project = Project.open(project_path)
    try:
        if has_files:
            with _FILE_IMPORTS:
                ctx.check_cancelled()
                return capture_sources(project, sources, ctx)
        return capture_sources(project, sources, ctx)
    finally:
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
