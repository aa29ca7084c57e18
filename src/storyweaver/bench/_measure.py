"""Small helpers for benchmark modules: wall time and a child's peak memory."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


@contextmanager
def peak_during() -> Iterator[Callable[[], float]]:
    """This process's peak resident memory (MiB) while the block runs, what it held before
    included: Linux resets the high-water mark on request (``/proc/self/clear_refs``), so the
    bench's earlier, bigger work does not count. Elsewhere it is the process's whole peak."""
    from storyweaver.child_process import own_peak_mib

    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        pass
    end: list[float] = []
    yield lambda: end[0] if end else own_peak_mib()
    end.append(own_peak_mib())


# The child's own high-water mark (see child_process.own_peak_mib).
_PRINT_PEAK = "from storyweaver.child_process import own_peak_mib\nprint('__PEAK__', own_peak_mib())\n"


def run_child(code: str, *args: str) -> tuple[float, float, str]:
    """Run Python ``code`` in a fresh interpreter; return (seconds, peak MiB, stdout).

    Peak memory is the child's own maximum resident size, read by the child itself.
    """
    wrapper = f"{code}\n{_PRINT_PEAK}"
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


_IMPORT = """
import sys, time
from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.store.project import Project
project = Project.create(sys.argv[2], title="bench")
start, cpu = time.perf_counter(), time.process_time()
report = capture_sources(project, [sys.argv[1]], CaptureContext())
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
project.close()
assert not report.failures, report.failures
from storyweaver.child_process import own_peak_mib
peak = own_peak_mib()
print(seconds, len(report.added), peak, cpu)
"""


def import_in_child(source: str, project: str) -> tuple[float, int, float, float]:
    """``storyweaver add`` of ``source`` into a new project, in a fresh interpreter:
    (wall seconds, items added, peak MiB, CPU seconds) of the import alone."""
    _total, _inherited, out = run_child(_IMPORT, source, project)
    seconds, added, peak, cpu = out.split()[-4:]
    return float(seconds), int(added), float(peak), float(cpu)


def compiled_as_installed() -> str:
    """Compile StoryWeaver's modules as an install does (pip writes each module's .pyc).

    A checkout run with PYTHONDONTWRITEBYTECODE (as our shared shells are) otherwise compiles
    every module from source in every child it times: 0.04-0.1 s more, which no user pays.
    """
    import compileall

    import storyweaver

    done = compileall.compile_dir(str(Path(storyweaver.__file__).parent), quiet=2)
    return "modules compiled beforehand, as installed" if done else "some modules compiled at start"
