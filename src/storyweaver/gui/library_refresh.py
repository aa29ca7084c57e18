"""The library view follows the library: one notification for every change, one place that refreshes.

Every way items enter or leave the library (imports, captures, search "Keep", the undo and
redo of those) ends in :meth:`LibraryRefresh.report` with a :class:`LibraryChange`, once the
file holds the change; the ``changed`` signal carries it to whoever listens, and this module
brings the library panel's index up to date:

- rows a background capture stored are read on a worker (its own read-only connection) after
  the last shown id and swapped in; captures that finish meanwhile are shown by one more
  extension, at most twice a second, not one each (every extension re-filters the library);
- after the user's own change (keep, undo, redo) a small library is simply read again;
- rows an undo took out (or a redo put back, or a capture replaced) are left out of (or read
  into) the shown index on a worker, never by reading 50,000 rows again.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from storyweaver.collector import collector_paused
from storyweaver.session.library_index import LibraryIndex
from storyweaver.store.library import LibraryChange

if TYPE_CHECKING:
    from storyweaver.gui.library_panel import LibraryPanel
    from storyweaver.gui.main_window import MainWindow

FIRST_SCREEN = 400  # newest items shown while a big library is being indexed
EXTEND_PAUSE_MS = 500


class LibraryRefresh(QObject):
    changed = Signal(object)  # a LibraryChange the file now holds
    shown = Signal()  # another index is on screen: counts and the timeline follow it

    def __init__(self, panel: LibraryPanel, window: MainWindow) -> None:
        super().__init__(panel)
        self.panel = panel
        self.window = window
        self.background_index_above = 20_000  # libraries bigger than this are indexed on a worker
        self._extending = self._extend_again = False
        self.changed.connect(self._follow)

    @property
    def partial(self) -> bool:
        """Only the newest items are indexed yet."""
        return self.panel.partial

    def report(self, change: LibraryChange) -> None:
        """The one door out: every change to the library, once written, is announced here."""
        if change:
            self.changed.emit(change)

    def _follow(self, change: LibraryChange) -> None:
        if self.window.project is None:
            return
        base = self.panel.model.index_data
        if change.whole:
            self.reload()
        elif change.background and not change.removed and not change.replaced:
            self.extend_soon()  # captures: gathered, read on a worker
        elif self.panel.partial or len(base.rows) <= self.background_index_above:
            self.reload()  # a small library: read again at once
        elif all(item_id > base.last_id for item_id in change.added) and not change.removed \
                and not change.replaced:
            self.extend_soon()
        else:
            self._remake(change)

    # -- reading the whole library --------------------------------------------------------------------

    def reload(self) -> None:
        """Index the library again. A big one shows its newest items at once and the rest
        a moment later, indexed on a worker with its own read-only connection."""
        window = self.window
        project = window.project
        if project is None:
            return
        if project.library.count() <= self.background_index_above:
            self._show(LibraryIndex.load(project))
            return
        self._show(LibraryIndex.load(project, newest=FIRST_SCREEN), partial=True)
        path, sort = project.path, self.panel.model.sort

        def load_all(_cancel: object, _progress: object) -> LibraryIndex:
            with collector_paused():
                index = LibraryIndex.read(path)
                index.prepare(sort)  # the sort and the day counts made here, not on the window's thread
                return index

        def loaded(index: LibraryIndex) -> None:
            if window.project is project:  # not closed or replaced meanwhile
                self._show(index)

        # A failure stays on the job's own row in the jobs dock.
        window.runner.submit(self.tr("Reading the library"), load_all, on_done=loaded)

    def _show(self, index: LibraryIndex, *, partial: bool = False) -> None:
        doc = self.window.doc
        index.mark_in_story(doc.item_ids() if doc else (), True)
        self.panel.partial = partial
        self.panel.set_index(index)
        if not partial:
            # 50,000 index rows live as long as the project is open: keep them out of the
            # collector's full passes, which would otherwise stall every thread for a second.
            # (No collection first: with 135,000 rows that alone held the window 100 ms.)
            gc.freeze()
        self.shown.emit()

    # -- new rows ---------------------------------------------------------------------------------------------

    def extend_soon(self) -> None:
        """Show newly stored items: indexed on a worker (its own read-only connection)."""
        window = self.window
        if window.project is None:
            return
        if self._extending:
            self._extend_again = True
            return
        path, project = window.project.path, window.project
        base = self.panel.model.index_data
        after = base.last_id

        def load(_cancel: object, _progress: object) -> LibraryIndex:
            with collector_paused():  # 50,000 new rows: no full collection walking them meanwhile
                return base.extended(LibraryIndex.read(path, after=after))

        def loaded(grown: LibraryIndex) -> None:
            if window.project is project:  # not closed or replaced meanwhile
                if self.panel.model.index_data is base:
                    self._adopt(grown)
                elif self.panel.model.index_data.merge(grown):  # read again meanwhile: take what it lacks
                    self.panel.apply()
                    self.shown.emit()
            self._over()

        def failed(message: str) -> None:
            window.progress.show_failures_line(message)
            self._over()

        self._extending = True
        window.runner.submit(self.tr("Reading the library"), load, on_done=loaded, on_error=failed, quiet=True)

    def _over(self) -> None:
        self._extending = False
        if not self._extend_again:
            return
        self._extend_again = False
        runner = self.window.runner
        if not any(not job.quiet for job in runner.running):
            self.extend_soon()  # submitted before this job counts as over: never idle between
            return
        # Captures still running: show their items at most twice a second; each extension
        # re-filters the whole library on this thread (tens of ms at campaign scale).
        release = runner.reserve()

        def later() -> None:
            release()
            self.extend_soon()

        QTimer.singleShot(EXTEND_PAUSE_MS, self, later)

    def extend_now(self) -> None:
        """Show items just stored, on this thread (new ids only: no full reload). The bench's
        measure of a reload; the window itself always extends on a worker."""
        if self.window.project is None:
            return
        self.panel.model.index_data.extend(self.window.project)
        self.panel.apply()
        self.shown.emit()

    # -- rows taken out, put back or replaced -------------------------------------------------------------

    def _remake(self, change: LibraryChange) -> None:
        """A big library is not read again: its index is remade on a worker from the shown one
        (rows left out, or read back by id) and swapped in, like new captures."""
        window = self.window
        project = window.project
        if project is None:
            return
        base = self.panel.model.index_data
        path, sort = project.path, self.panel.model.sort
        gone = [*change.removed, *change.replaced]
        back = [*change.added, *change.replaced]

        def remake(_cancel: object, _progress: object) -> LibraryIndex:
            with collector_paused():
                index = base.without(gone) if gone else base
                if back:
                    index = index.extended(LibraryIndex.read(path, ids=back))
                index.prepare(sort)
                return index

        def remade(index: LibraryIndex) -> None:
            if window.project is not project:
                return
            if self.panel.model.index_data is not base:
                self.reload()  # changed meanwhile: read it again
                return
            self._adopt(index)

        window.runner.submit(self.tr("Reading the library"), remake, on_done=remade,
                             on_error=window.progress.show_failures_line, quiet=True)

    def _adopt(self, index: LibraryIndex) -> None:
        """Show an index a worker made from the shown one: here it is only swapped in."""
        self.panel.adopt(index)
        gc.freeze()  # rows that live as long as the project: out of the collector's passes
        self.shown.emit()
