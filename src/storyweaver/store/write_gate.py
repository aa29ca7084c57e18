"""Order the write transactions that one process makes on one project file.

The editor and its background imports each have their own SQLite connection.  Left to
SQLite's busy handler (which polls with growing sleeps), an edit typed during a run of
imports can lose the race to the write lock again and again: an edit once waited 834 ms.
Writers in this process therefore queue at one gate per file, and the editor's own
connection (``interactive``) goes before any background writer that is still waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WriteGate:
    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._held = False
        self._interactive_waiting = 0

    @property
    def busy(self) -> bool:
        """Whether a writer holds the gate or waits for it (a hint: it may change at once)."""
        with self._condition:
            return self._held or self._interactive_waiting > 0

    @contextmanager
    def held(self, *, interactive: bool) -> Iterator[None]:
        with self._condition:
            if interactive:
                self._interactive_waiting += 1
            try:
                while self._held or (not interactive and self._interactive_waiting):
                    self._condition.wait()
            finally:
                if interactive:
                    self._interactive_waiting -= 1
            self._held = True
        try:
            yield
        finally:
            with self._condition:
                self._held = False
                self._condition.notify_all()


_gates: dict[str, WriteGate] = {}
_gates_lock = threading.Lock()


def gate_for(path: Path) -> WriteGate:
    key = str(path.resolve())
    with _gates_lock:
        return _gates.setdefault(key, WriteGate())
