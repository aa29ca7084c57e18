"""Why was the window late? An opt-in aid for the bench's lateness probes.

With ``STORYWEAVER_PROBE_STACKS=FILE`` set, every lateness probe re-arms a ``faulthandler``
watchdog. When the event loop has not answered for ``after_ms``, the watchdog (a C thread
that needs no interpreter lock) writes every thread's stack to FILE. The collector's passes
longer than 5 ms are written there too, with the thread that ran them. These two showed where
the editor's last 100 ms went: garbage collections that found nothing, and a million objects
freed at once.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import threading
import time
from typing import IO, Any

VARIABLE = "STORYWEAVER_PROBE_STACKS"


class LateDiagnostics:
    def __init__(self, path: str, after_ms: int = 80) -> None:
        self._out: IO[str] = open(path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the probe
        self._after = after_ms / 1000
        self._collecting = 0.0
        gc.callbacks.append(self._collector)

    @classmethod
    def from_environment(cls) -> LateDiagnostics | None:
        path = os.environ.get(VARIABLE)
        return cls(path) if path else None

    def armed(self) -> None:
        """The event loop answered: watch again from now."""
        faulthandler.cancel_dump_traceback_later()
        self._out.write(f"=== armed at {time.perf_counter():.3f}\n")
        self._out.flush()
        faulthandler.dump_traceback_later(self._after, file=self._out)

    def stop(self) -> None:
        faulthandler.cancel_dump_traceback_later()
        if self._collector in gc.callbacks:
            gc.callbacks.remove(self._collector)
        self._out.close()

    def _collector(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._collecting = time.perf_counter()
            return
        took = (time.perf_counter() - self._collecting) * 1000
        if took > 5 and not self._out.closed:
            self._out.write(f"--- collection of generation {info.get('generation')} took {took:.0f} ms in "
                            f"{threading.current_thread().name}, {info.get('collected')} collected, "
                            f"ended at {time.perf_counter():.3f}\n")
