"""What StoryWeaver's own child processes share: how they are started and how they limit
themselves (the PDF renderer in ``export.pdf_child``, captures in ``capture.transport.child_side``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROXY_VARIABLES = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy")


def module_command(module: str, *args: str) -> list[str]:
    """``python -m MODULE ARGS`` for this interpreter (the frozen bundle answers ``-m`` too)."""
    return [sys.executable, "-m", module, *args]


def child_environment(*, network: bool) -> dict[str, str]:
    """This process's environment for a child that imports this very package.

    A child without ``network`` loses the proxy variables: it has no business on the network.
    """
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (package_root, env.get("PYTHONPATH"))))
    if not network:
        for var in PROXY_VARIABLES:
            env.pop(var, None)
    return env


def die_with_parent() -> None:
    """Ask Linux to kill this process if the thread that started it ends (no orphans)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # best effort: the parent still kills its children when it can


def limit_memory(memory_bytes: int, cpu_seconds: int = 0) -> None:
    """Cap the address space (and, if given, the processor time), so runaway input fails
    here instead of starving the editor or hanging. The one place children set limits."""
    try:
        import resource
    except ImportError:  # Windows
        return
    if memory_bytes > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    if cpu_seconds > 0:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))


def lower_priority(increment: int = 10) -> None:
    """Let the window's own process go first when the processors are busy."""
    if hasattr(os, "nice"):
        try:
            os.nice(increment)
        except OSError:
            pass


def own_peak_mib() -> float:
    """This process's own peak resident memory, in MiB.

    Not ``ru_maxrss``: on Linux a process started by vfork and exec inherits the peak of the
    process that started it (the bench's own 935 MiB was once reported as the editor's).
    VmHWM belongs to this process's memory alone.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration, ValueError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux; elsewhere it is a guess
