"""The PDF renderer's own process: WeasyPrint works without full passes of the cyclic
garbage collector (a fifth of a long briefing's time; ``pdf_child.young_collections_only``).

A real child process renders a briefing prepared as an export prepares it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pypdf

from storyweaver.bench._export_story import build_scaled_story
from storyweaver.bench.export import _briefing_work
from storyweaver.export.briefing import MEMORY_LIMIT, run_child


def render_in_child(story: Path, work: Path) -> dict[str, object]:
    mimes, _seconds = _briefing_work(story, work)
    run = run_child(work, mimes, work / "briefing.pdf", timeout=300, memory_bytes=MEMORY_LIMIT, cancel=None)
    assert run.pages == len(pypdf.PdfReader(work / "briefing.pdf").pages) > 5
    report: dict[str, object] = json.loads((work / "report.json").read_text(encoding="utf-8"))
    return report


def test_weasyprint_renders_without_full_collections(tmp_path: Path) -> None:
    # 60 items: enough objects that the default thresholds make several full passes.
    report = render_in_child(build_scaled_story(tmp_path / "story.storyweaver", 60, 6), tmp_path / "work")
    assert report["full_collections"] == 0

