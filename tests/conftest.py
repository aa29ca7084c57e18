"""Shared test set-up: every path redirected to a temporary folder, Qt offscreen, no network."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.hostile_vectors import hostile_strings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["STORYWEAVER_LANG"] = "en"
# The suite's servers listen on 127.0.0.1, which capture refuses by default (capture/address_guard);
# subprocesses inherit this.  tests/unit/capture/test_local_addresses.py checks the refusal.
os.environ["STORYWEAVER_ALLOW_LOCAL_ADDRESSES"] = "1"



@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("STORYWEAVER_HOME", str(home))
    # Tests never reach the internet: any endpoint not pointed at a local server fails fast.
    monkeypatch.setenv("STORYWEAVER_X_OEMBED", "http://127.0.0.1:9/oembed")
    monkeypatch.setenv("STORYWEAVER_BLUESKY_API", "http://127.0.0.1:9")
    monkeypatch.setenv("STORYWEAVER_BLUESKY_PDS", "http://127.0.0.1:9")
    monkeypatch.setenv("STORYWEAVER_MASTODON_SERVER", "http://127.0.0.1:9")
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def vectors() -> list[str]:
    return hostile_strings()
