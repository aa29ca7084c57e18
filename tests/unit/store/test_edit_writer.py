"""The editor's writer: edits are taken at once, written in order, never lost, and a failure
drops what was made on top of it."""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from storyweaver.core.model import Block, BlockType
from storyweaver.store.edit_writer import EditWriter
from storyweaver.store.project import Project
from tests.helpers import post


class Owner:
    """The owner's thread, as the window's event loop would be: delivered calls queue up here."""

    def __init__(self) -> None:
        self.calls: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self.failures: list[str] = []
        self.idle = 0

    def deliver(self, call: Callable[[], None]) -> None:
        self.calls.put(call)

    def run_delivered(self) -> None:
        while not self.calls.empty():
            self.calls.get()()

    def writer(self, path: Path, **options: int) -> EditWriter:
        return EditWriter(path, self.deliver, on_failed=self.failures.append, on_idle=self._idle, **options)

    def _idle(self) -> None:
        self.idle += 1


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "story.storyweaver"
    Project.create(target, title="Writer").close()
    return target


def stored_texts(path: Path) -> list[str | None]:
    with Project.open(path, readonly=True) as project:
        return [b.text for b in project.story.blocks()]


def test_edits_submitted_while_an_import_holds_the_lock_return_at_once_and_land_in_order(path: Path) -> None:
    owner = Owner()
    writer = owner.writer(path)
    importer = Project.open(path)
    holding, release = threading.Event(), threading.Event()

    def long_import() -> None:
        with importer.transaction():  # one import's transaction, behind the same gate
            importer.library.add([post(n) for n in range(2000)])
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=long_import)
    thread.start()
    assert holding.wait(10)
    started = time.perf_counter()
    for n in range(50):
        writer.submit(lambda project, n=n: project.story.append(Block(BlockType.TEXT, text=f"edit {n}")))
    took = time.perf_counter() - started
    assert took < 0.5, f"submitting waited for the import ({took:.2f} s)"
    assert writer.pending == 50
    assert not writer.flush(timeout=0.3)  # nothing can be written while the import holds the file
    release.set()
    thread.join()
    assert writer.flush(timeout=20)
    assert stored_texts(path) == [f"edit {n}" for n in range(50)]
    owner.run_delivered()
    assert owner.idle >= 1 and not owner.failures
    writer.close()
    importer.close()


def test_a_failed_write_drops_those_made_on_top_of_it_until_resumed(path: Path) -> None:
    owner = Owner()
    writer = owner.writer(path, busy_timeout_ms=200)
    writer.submit(lambda project: project.story.append(Block(BlockType.TEXT, text="kept")))
    assert writer.flush(timeout=10)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the file
    done: list[object] = []
    writer.submit(lambda project: project.story.append(Block(BlockType.TEXT, text="fails")), then=done.append)
    writer.submit(lambda project: project.story.append(Block(BlockType.TEXT, text="made on top")))
    assert writer.flush(timeout=10)
    blocker.execute("ROLLBACK")
    blocker.close()
    writer.submit(lambda project: project.story.append(Block(BlockType.TEXT, text="before the owner knew")))
    assert writer.flush(timeout=10)
    assert stored_texts(path) == ["kept"]
    owner.run_delivered()
    assert len(owner.failures) == 1 and "locked" in owner.failures[0]
    assert not done  # "then" is for committed writes only
    writer.resume()
    writer.submit(lambda project: project.story.append(Block(BlockType.TEXT, text="after")), then=done.append)
    assert writer.flush(timeout=10)
    owner.run_delivered()
    assert stored_texts(path) == ["kept", "after"] and len(done) == 1
    writer.close()


def test_a_bug_in_a_write_is_a_failure_not_a_dead_writer(path: Path) -> None:
    owner = Owner()
    writer = owner.writer(path)

    def broken(project: Project) -> None:
        project.story.append(Block(BlockType.TEXT, text="half"))
        raise KeyError("no such block")

    writer.submit(broken)
    assert writer.flush(timeout=10)
    owner.run_delivered()
    assert owner.failures == ["KeyError: 'no such block'"]
    assert stored_texts(path) == []  # the transaction was rolled back whole
    writer.resume()
    writer.submit(lambda project: project.story.append(Block(BlockType.TEXT, text="still writing")))
    writer.close()  # close writes what is queued first
    assert stored_texts(path) == ["still writing"]



def _sqlite_memory_used() -> int | None:
    """SQLite's own count of the bytes it holds in this process (None if not reachable)."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("sqlite3")
    if name is None:
        return None
    library = ctypes.CDLL(name)
    library.sqlite3_memory_used.restype = ctypes.c_int64
    if library.sqlite3_libversion_number() != sqlite3.sqlite_version_info[0] * 1_000_000 + \
            sqlite3.sqlite_version_info[1] * 1_000 + sqlite3.sqlite_version_info[2]:
        return None  # Python carries its own SQLite: not the one counted here
    return int(library.sqlite3_memory_used())


def test_the_writer_gives_back_its_page_cache_once_idle(path: Path) -> None:
    # Issue 19: an import undone and redone through the writer filled the 64 MiB page cache
    # every connection kept, and held it for the rest of the session (the editor's peak).
    from storyweaver.store.edit_writer import WRITER_CACHE_KIB

    before = _sqlite_memory_used()
    if before is None:
        pytest.skip("SQLite's memory count is not reachable from here")
    owner = Owner()
    writer = owner.writer(path)
    try:
        # About 15 MiB of pages: more than the writer's cache, far less than 64 MiB.
        writer.submit(lambda project: project.library.add(
            [post(n, text=f"Post {n} " + "words " * 400) for n in range(1, 6000)]))
        assert writer.flush(60)
        deadline = time.monotonic() + 10
        while (_sqlite_memory_used() or 0) - before > 2 * 1024 * 1024 and time.monotonic() < deadline:
            time.sleep(0.05)  # the writer releases its cache right after the write is counted
        held = (_sqlite_memory_used() or 0) - before
        assert held < 2 * 1024 * 1024, f"{held / 1024 / 1024:.1f} MiB still held by SQLite"
        assert writer._project.query("PRAGMA cache_size")[0][0] == -WRITER_CACHE_KIB
    finally:
        writer.close()
