"""A fresh project file for any unit test that asks for ``project`` (a test folder may define
its own, which then wins)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyweaver.store.project import Project


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "campaign.storyweaver", title="Campaign") as opened:
        yield opened
