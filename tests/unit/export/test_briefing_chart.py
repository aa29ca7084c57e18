"""The briefing's posts-per-day chart: its axis labels are small print beside the page's text,
not larger than it (they printed at 12 pt above 9.6 pt rows: WeasyPrint draws an inline SVG's
text from the SVG's own attributes, never from the page's CSS).  Measured in the real PDF, by
the boxes poppler's ``pdftotext -bbox`` gives each word."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Platform
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')


def _word_heights(pdf, page: int) -> dict[str, list[float]]:
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    heights: dict[str, list[float]] = {}
    for top, bottom, word in WORD.findall(out):
        heights.setdefault(word, []).append(float(bottom) - float(top))
    return heights


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("lang, month", [("en", "Nov"), ("fr", "nov.")])
def test_the_per_day_charts_labels_are_smaller_than_the_text_beside_it(tmp_path, lang: str, month: str) -> None:
    path = tmp_path / "p.storyweaver"
    with Project.create(path, title="Vigil") as project:
        posts = [Item(kind=ItemKind.POST, captured_at=WHEN, capture_method="test", platform=Platform.X,
                      platform_id=str(100 + n), url=f"https://x.com/a/status/{100 + n}", text=f"Day {n}",
                      author=Author("A", "a"), published=WHEN + timedelta(days=n % 9, hours=n))
                 for n in range(14)]
        project.library.add(posts)
        for item in posts:
            project.story.append(Block(BlockType.ITEM, item_id=item.id))
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(pdf=tmp_path / "b.pdf", lang=lang))
    heights = _word_heights(tmp_path / "b.pdf", 2)  # the summary page ("In figures")
    row = max(heights["Posts" if lang == "en" else "Publications"])  # the "By kind" table's row
    ticks = heights[month]
    assert len(ticks) >= 3, heights.keys()
    # The figures' notes print at 7.5 pt, the rows at 9.6 pt: a label between 6 and 8.5 pt.
    assert all(0.6 * row <= tick <= 0.88 * row for tick in ticks), (ticks, row)
