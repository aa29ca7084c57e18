"""The recap's story column keeps its reading width whatever the number of sections.

A story with a single titled section has no contents box; it used to land in the narrow 15rem
contents column, so at 1280 px names broke letter by letter (issue 15, bug 1).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweaver.core.model import Block, BlockType
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

pytestmark = pytest.mark.browser
MEASURE_PX = 44 * 16  # --measure in recap.css


def recap_with_sections(folder: Path, sections: int) -> Path:
    path = folder / f"s{sections}.storyweaver"
    with Project.create(path, title="Vigil for the disappeared") as project:
        if sections == 0:
            project.story.append(Block(BlockType.TEXT, "Identity withheld at their request. " * 8))
        for n in range(sections):
            project.story.append(Block(BlockType.HEADING, f"Day {n + 1}"))
            project.story.append(Block(BlockType.TEXT, "Identity withheld at their request. " * 8))
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=folder / f"s{sections}.html"))
    return folder / f"s{sections}.html"


@pytest.mark.parametrize("sections", [0, 1, 3])
@pytest.mark.parametrize("width", [360, 768, 1280, 1920])
def test_the_story_column_keeps_its_reading_width(browser, tmp_path, sections, width):
    html = recap_with_sections(tmp_path, sections)
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        page.goto(html.as_uri(), wait_until="load")
        story_width = page.evaluate("document.querySelector('#story').getBoundingClientRect().width")
        expected = min(MEASURE_PX, width - 2 * 20)  # the page's side padding is 1.25rem
        assert story_width >= expected * 0.95, f"{sections} sections at {width}px: story is {story_width}px"
        has_toc = page.evaluate("document.querySelector('.toc') !== null")
        assert has_toc == (sections > 1)
        if not has_toc:  # the title stands over the story, not off to its left
            title_left = page.evaluate("document.querySelector('.title').getBoundingClientRect().left")
            story_left = page.evaluate("document.querySelector('#story').getBoundingClientRect().left")
            assert abs(title_left - story_left) <= 2
    finally:
        context.close()
