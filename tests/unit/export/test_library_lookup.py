"""The PDF renderer finds WeasyPrint's native libraries from one reading of the loader's
cache, with the answers ``ctypes.util.find_library`` gives (real ``ldconfig``, real libraries)."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys

import pytest

from storyweaver.export.library_lookup import loader_cache_lookups

# Names WeasyPrint 70 tries (weasyprint/text/ffi.py), found and not found, and one no system has.
NAMES = ["gobject-2.0", "libgobject-2.0-0", "gobject-2.0-0", "pango-1.0", "harfbuzz", "harfbuzz-subset",
         "fontconfig", "pangoft2-1.0", "libfontconfig-1", "storyweaver-no-such-library"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the glibc loader cache")
def test_the_cache_answers_as_ctypes_does_and_only_while_weasyprint_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LD_LIBRARY_PATH", raising=False)
    expected = {name: ctypes.util.find_library(name) for name in NAMES}
    assert expected["gobject-2.0"] and expected["pango-1.0"]  # WeasyPrint's own dependencies are installed
    original = ctypes.util.find_library
    started: list[object] = []
    real_popen = subprocess.Popen

    def counting(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        started.append(args[0])
        return real_popen(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(subprocess, "Popen", counting)
    with loader_cache_lookups():
        assert ctypes.util.find_library is not original
        assert {name: ctypes.util.find_library(name) for name in NAMES} == expected
    assert started == [["/sbin/ldconfig", "-p"]]  # one program, not three per name
    assert ctypes.util.find_library is original


def test_with_a_library_path_ctypes_keeps_its_own_search(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/elsewhere")
    original = ctypes.util.find_library
    with loader_cache_lookups():
        assert ctypes.util.find_library is original
