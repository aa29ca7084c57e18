"""The ``packaging`` marker: tests that build the whole Linux bundle (a minute or more each).

They are skipped unless asked for: ``STORYWEAVER_PACKAGING=1 pytest -m packaging tests/packaging``
(or run ``packaging/linux/build`` itself, which runs the same smoke test).
"""

from __future__ import annotations

import os

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "packaging: builds and smoke-tests the Linux bundle (minutes; opt-in)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("STORYWEAVER_PACKAGING") == "1":
        return
    skip = pytest.mark.skip(reason="builds the Linux bundle (minutes): STORYWEAVER_PACKAGING=1 pytest -m packaging")
    for item in items:
        if item.get_closest_marker("packaging") is not None:
            item.add_marker(skip)
