"""A fixed, realistic story (made through the store API) exported once per test session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from storyweaver.bench._export_story import build_demo_story
from storyweaver.export.api import ExportOptions, ExportResult, export_story
from storyweaver.store.project import Project


@dataclass
class Exported:
    project: Path
    html: Path
    pdf: Path
    json: Path
    timeline: Path
    result: ExportResult


@pytest.fixture(scope="session")
def demo_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_story(tmp_path_factory.mktemp("demo") / "demo.storyweaver")


@pytest.fixture(scope="session")
def exported(demo_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Exported:
    out = tmp_path_factory.mktemp("out")
    options = ExportOptions(html=out / "recap.html", pdf=out / "briefing.pdf", json=out / "story.json",
                            timeline=out / "timeline.json", lang="en")
    with Project.open(demo_project, readonly=True) as project:
        result = export_story(project, options)
    return Exported(demo_project, out / "recap.html", out / "briefing.pdf", out / "story.json",
                    out / "timeline.json", result)
