"""Helpers for the social-post capture tests: real fixture files, real projects, real zips."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import CaptureReport, capture_sources
from storyweaver.core.model import Item
from storyweaver.store.project import Project

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "posts"


def zip_folder(folder: Path, destination: Path, prefix: str = "") -> Path:
    """Zip a fixture folder the way X does (members named ``data/...``)."""
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return destination


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "campaign.storyweaver", title="Campaign") as opened:
        yield opened


@pytest.fixture
def add(project: Project) -> Callable[..., CaptureReport]:
    def run(*sources: str | Path, ctx: CaptureContext | None = None) -> CaptureReport:
        return capture_sources(project, [str(s) for s in sources], ctx or CaptureContext())

    return run


def items_by_id(project: Project) -> dict[str, Item]:
    return {item.platform_id or item.url or "": item for item in project.library.iter_all()}
