"""``storyweaver add``: route each source to its importer or address capture and store the results.

Files import one transaction each (a broken file changes nothing); addresses are
fetched concurrently and stored one by one on the calling thread (SQLite writes stay
serialised).  An address already captured is answered offline.

Where the parsing and fetching happen is a :class:`Reader`'s business: in this process
(the command line) or in a child process (the editor, see ``capture.transport.parent_side``); the
storing, and so every guarantee about the project file, is the same for both.
"""

from __future__ import annotations

import csv
import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from storyweaver.capture import addresses, importers
from storyweaver.capture.context import CaptureContext, CaptureSink, MemorySink
from storyweaver.capture.politeness import interleaved
from storyweaver.collector import collector_paused, release_gradually
from storyweaver.core.model import Item
from storyweaver.errors import Cancelled, CaptureError, StoryWeaverError
from storyweaver.i18n import _
from storyweaver.store.item_rows import StoreRow
from storyweaver.store.library import AddResult
from storyweaver.store.project import Project

BATCH = 2000
STAGED_IMPORT_LIMIT = 32 * 1024 * 1024  # files up to this size are parsed before the write lock is taken
# ... unless they hold more items than this: a zipped archive of a few MiB can hold 50,000 posts
# (650 MiB in memory); beyond it, the import writes as it reads.
STAGED_ITEMS_LIMIT = 5_000

# How damaged input surfaces from the parsers we use (json, csv, zipfile, zlib, Pillow,
# struct): a file that raises one of these is "broken", said in one sentence, and kept out.
DAMAGED_INPUT: tuple[type[BaseException], ...] = (
    ValueError, KeyError, TypeError, IndexError, AttributeError, UnicodeError, OSError, EOFError,
    RecursionError, zlib.error, zipfile.BadZipFile, zipfile.LargeZipFile, csv.Error, struct.error,
)

# An address to fetch with the handler that knows its site.
Fetch = tuple[str, addresses.AddressHandler]


@dataclass
class CaptureReport:
    added: list[int] = field(default_factory=list)
    existing: list[int] = field(default_factory=list)
    failures: list[tuple[str, StoryWeaverError]] = field(default_factory=list)
    warnings: list[StoryWeaverError] = field(default_factory=list)
    cancelled: bool = False

    def absorb(self, result: AddResult) -> None:
        self.added.extend(result.added)
        self.existing.extend(result.existing)


class Reader(Protocol):
    """Parses files and fetches addresses; the results are stored by :func:`capture_sources`."""

    def read_file(self, path: Path, sink: CaptureSink) -> None:
        """Put everything of one file into ``sink``, or raise (nothing of it is kept)."""

    def fetched(self, to_fetch: list[Fetch]) -> Iterator[tuple[str, MemorySink | StoryWeaverError]]:
        """Each address with what was captured there or why it failed, as they finish."""


class LocalReader:
    """Parses and fetches in this process: files in turn, addresses on a thread pool.

    ``unexpected`` turns an address's unforeseen exception (a bug) into that address's failure;
    without it the exception goes up, as the command line wants.
    """

    def __init__(self, ctx: CaptureContext,
                 unexpected: Callable[[str, Exception], StoryWeaverError] | None = None) -> None:
        self.ctx = ctx
        self._unexpected = unexpected

    def read_file(self, path: Path, sink: CaptureSink) -> None:
        importer = importers.importer_for(path)
        if importer is None:
            raise CaptureError("unsupported-source", source=str(path))
        try:
            importer.read(path, sink, self.ctx)
        except StoryWeaverError:
            raise
        except DAMAGED_INPUT as exc:
            # A format we recognised but could not follow: say where, keep nothing.
            raise damaged(str(path), exc) from exc

    def fetched(self, to_fetch: list[Fetch]) -> Iterator[tuple[str, MemorySink | StoryWeaverError]]:
        workers = max(1, min(self.ctx.workers, len(to_fetch)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="capture") as pool:
            futures: dict[Future[MemorySink], str] = {
                pool.submit(fetch_one, handler, source, self.ctx): source
                for source, handler in interleaved(to_fetch)
            }
            try:
                for future in as_completed(futures):
                    try:
                        yield futures[future], future.result()
                    except Cancelled:
                        raise
                    except StoryWeaverError as exc:
                        yield futures[future], exc
                    except Exception as exc:
                        if self._unexpected is None:
                            raise
                        yield futures[future], self._unexpected(futures[future], exc)
            finally:
                for future in futures:
                    future.cancel()


class ProjectSink:
    """Writes straight into the project, inside the caller's transaction, in batches."""

    def __init__(self, project: Project, report: CaptureReport) -> None:
        self._project = project
        self._report = report
        self._pending: list[Item | StoreRow] = []  # items made rows at the flush, as given
        self.first_id: int | None = None

    def put_blob(self, data: bytes, mime: str) -> str:
        return self._project.put_blob(data, mime)

    def add(self, item: Item) -> None:
        self.hold(item)

    def add_row(self, row: StoreRow) -> None:
        self.hold(row)

    def hold(self, thing: Item | StoreRow) -> None:
        self._pending.append(thing)
        if len(self._pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            result = self._project.library.add_prepared(self._project.library.prepare(self._pending))
            if self.first_id is None:
                self.first_id = next(iter(result.added or result.existing), None)
            self._report.absorb(result)
            self._pending = []


class StagingSink:
    """Holds a file's items, to write them in one short transaction once it is read; past
    ``limit`` items it opens the transaction (on ``stack``) instead, writes what it holds and
    streams the rest into it, so memory stays bounded whatever the archive's size. Either way
    the file is one transaction: all of it or nothing."""

    def __init__(self, project: Project, report: CaptureReport, stack: ExitStack, limit: int) -> None:
        self._project = project
        self._report = report
        self._stack = stack
        self._limit = limit
        self._staged = MemorySink()
        self._stream: ProjectSink | None = None

    def put_blob(self, data: bytes, mime: str) -> str:
        if self._stream is not None:
            return self._stream.put_blob(data, mime)
        return self._staged.put_blob(data, mime)

    def add(self, item: Item) -> None:
        self._hold(item)

    def add_row(self, row: StoreRow) -> None:
        self._hold(row)

    def _hold(self, thing: Item | StoreRow) -> None:
        if self._stream is not None:
            self._stream.hold(thing)
            return
        if isinstance(thing, Item):
            self._staged.add(thing)
        else:
            self._staged.add_row(thing)
        if len(self._staged.items) + len(self._staged.rows) >= self._limit:
            self._start_streaming()

    def _start_streaming(self) -> None:
        self._stack.enter_context(self._project.transaction())
        self._stream = ProjectSink(self._project, self._report)
        staged, self._staged = self._staged, MemorySink()
        _put_blobs(self._project, staged)
        held: list[Item | StoreRow] = [*staged.items, *staged.rows]
        for thing in held:
            self._stream.hold(thing)

    def finish(self) -> None:
        """Write what is held (committed here, or when ``stack`` closes if streaming)."""
        if self._stream is not None:
            self._stream.flush()
        else:
            self._report.absorb(_write_staged(self._project, self._staged))


def _put_blobs(project: Project, sink: MemorySink) -> None:
    for data, mime in sink.blobs.values():
        project.put_blob(data, mime)


def _write_staged(project: Project, sink: MemorySink,
                  also: Callable[[AddResult], None] = lambda result: None) -> AddResult:
    """What ``sink`` holds, in one short transaction (with ``also``, given the result): the rows
    are made before the write lock is taken, and the items let go a batch at a time afterwards
    (storyweaver.collector)."""
    prepared = project.library.prepare([*sink.items, *sink.rows])
    sink.items.clear()  # the batches hold them now
    sink.rows.clear()
    with project.transaction():
        _put_blobs(project, sink)
        result = project.library.add_prepared(prepared)
        also(result)
    release_gradually(prepared.batches)
    return result


def is_address(source: str) -> bool:
    text = source.lstrip()
    return text.startswith("<") or "://" in text.split()[0] if text else False


def damaged(source: str, exc: BaseException) -> CaptureError:
    if isinstance(exc, RecursionError):  # Python's own words name its decoder, not the file
        return CaptureError("damaged-file", source=source, reason=_("nested too deeply"))
    return CaptureError("damaged-file", source=source, reason=str(exc) or type(exc).__name__)


def sort_sources(sources: list[str], report: CaptureReport) -> tuple[list[Path], list[str]]:
    """Files and addresses, in the user's order; anything else is a failure in the report."""
    files: list[Path] = []
    pending_addresses: list[str] = []
    for source in sources:
        if is_address(source) and not Path(source).exists():
            pending_addresses.append(source)
        elif Path(source).exists():
            files.append(Path(source))
        else:
            report.failures.append((source, CaptureError("no-such-source", source=source)))
    return files, pending_addresses


def addresses_to_fetch(project: Project, sources: list[str], report: CaptureReport) -> list[Fetch]:
    """Addresses not yet in the project that some handler knows; the others go in the report."""
    to_fetch: list[Fetch] = []
    for source in sources:
        handler = addresses.handler_for(source)
        # A feed changes: it is fetched again, and only its new entries are added.
        known = None if getattr(handler, "REFETCH", False) else project.library.item_for_address(source.strip())
        if known is not None:
            report.existing.append(known)
            continue
        if handler is None:
            report.failures.append((source, CaptureError("unsupported-source", source=source)))
            continue
        to_fetch.append((source, handler))
    return to_fetch


def capture_sources(
    project: Project, sources: list[str], ctx: CaptureContext, *, to_story: bool = False,
    reader: Reader | None = None,
) -> CaptureReport:
    report = CaptureReport()
    files, pending_addresses = sort_sources(sources, report)
    total = len(files) + len(pending_addresses)
    done = 0
    reader = reader or LocalReader(ctx)
    # Warnings (a skipped picture, a refused archive member) reach the report from files and
    # from addresses alike, and still reach the caller's own ``warn``.
    caller_warn = ctx.warn

    def warn(error: StoryWeaverError) -> None:
        report.warnings.append(error)
        caller_warn(error)

    ctx.warn = warn
    try:
        for path in files:
            ctx.progress(done, total, str(path))
            with collector_paused():  # a whole archive is in memory at once (storyweaver.collector)
                _import_file(project, path, ctx, report, reader)
            done += 1
        to_fetch = addresses_to_fetch(project, pending_addresses, report)
        done += len(pending_addresses) - len(to_fetch)
        if to_fetch:
            for source, outcome in reader.fetched(to_fetch):
                done += 1
                ctx.progress(done, total, source)
                if isinstance(outcome, StoryWeaverError):
                    report.failures.append((source, outcome))
                else:
                    _store(project, source, outcome, report)
    except Cancelled:
        report.cancelled = True
    finally:
        ctx.warn = caller_warn
    if to_story and (report.added or report.existing):
        from storyweaver.capture import story_order

        project.story.place_by_date(story_order.place(project, report.added + report.existing))
    ctx.progress(total, total, "")
    return report


def _import_file(project: Project, path: Path, ctx: CaptureContext, report: CaptureReport, reader: Reader) -> None:
    partial = CaptureReport()
    warnings_before = len(report.warnings)
    try:
        if ctx.stage_files and _fits_in_memory(path):
            # Parse first, outside any transaction, then write in one short one: the
            # project's write lock is held for the writing only, so the editor's own edits
            # wait for no parser. A file of many thousand items streams past the first ones.
            with ExitStack() as transaction:
                staged = StagingSink(project, partial, transaction, STAGED_ITEMS_LIMIT)
                reader.read_file(path, staged)
                ctx.check_cancelled()
                staged.finish()
        else:
            # A large archive streams into one long transaction, so memory stays bounded.
            sink = ProjectSink(project, partial)
            with project.transaction():
                reader.read_file(path, sink)
                sink.flush()
    except Cancelled:
        raise
    except StoryWeaverError as exc:
        del report.warnings[warnings_before:]  # nothing of this file was kept
        report.failures.append((str(path), exc))
        return
    report.added.extend(partial.added)
    report.existing.extend(partial.existing)


def _fits_in_memory(path: Path) -> bool:
    """Small files are parsed in memory before they are written (see _import_file)."""
    try:
        return path.is_file() and path.stat().st_size <= STAGED_IMPORT_LIMIT
    except OSError:
        return False


def fetch_one(handler: object, source: str, ctx: CaptureContext) -> MemorySink:
    ctx.check_cancelled()
    sink = MemorySink()
    try:
        handler.capture(source, sink, ctx)  # type: ignore[attr-defined]
    except StoryWeaverError:
        raise
    except DAMAGED_INPUT as exc:
        raise damaged(source, exc) from exc
    return sink


def _store(project: Project, source: str, sink: MemorySink, report: CaptureReport) -> None:
    def remember(result: AddResult) -> None:
        first = next(iter(result.added or result.existing), None)
        if first is not None and not source.lstrip().startswith("<"):
            project.library.remember_address(source.strip(), first)

    report.absorb(_write_staged(project, sink, remember))


def default_workers() -> int:
    return int(os.environ.get("STORYWEAVER_WORKERS", "16"))
