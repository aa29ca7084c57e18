"""A progress bar on a terminal; silence when the output is a pipe or a file."""

from __future__ import annotations

import time
from typing import TextIO


class TerminalProgress:
    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self._stream = stream
        self._width = width
        self._live = stream.isatty()
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int | None, message: str) -> None:
        if not self._live:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done != total:
            return
        self._last = now
        if total:
            filled = int(self._width * done / total)
            bar = "#" * filled + "-" * (self._width - filled)
            line = f"[{bar}] {done}/{total} {message[-40:]}"
        else:
            line = f"{done} {message[-60:]}"
        self._stream.write("\r" + line.ljust(self._width + 50))
        self._stream.flush()
        self._drawn = True

    def finish(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
