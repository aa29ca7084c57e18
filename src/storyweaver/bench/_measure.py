"""Small helpers for benchmark modules: wall time and a child's peak memory."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


def run_child(code: str, *args: str) -> tuple[float, float, str]:
    """Run Python ``code`` in a fresh interpreter; return (seconds, peak MiB, stdout).

    Peak memory is the child's own maximum resident size, read by the child itself.
    """
    wrapper = (
        "import resource, sys\n"
        f"{code}\n"
        "print('__PEAK__', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", wrapper, *args], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "child failed")
    peak = 0.0
    lines = []
    for line in done.stdout.splitlines():
        if line.startswith("__PEAK__"):
            peak = float(line.split()[1])
        else:
            lines.append(line)
    return seconds, peak, "\n".join(lines)
