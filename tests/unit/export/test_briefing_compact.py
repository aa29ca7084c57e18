"""The briefing's HTML loses the white space between its block tags (each run of it was an
anonymous box WeasyPrint built for nothing), and the PDF stays the same document.

Real WeasyPrint in its child process; pypdf and pikepdf read the PDFs back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweaver.bench._export_story import build_demo_story
from storyweaver.export import briefing
from storyweaver.export.briefing import without_space_between_blocks
from tests.unit.export.pdf_documents import assert_same_document, export


def test_only_the_space_between_block_tags_goes() -> None:
    html = ('<section class="s">\n  <h2 id="a">Title</h2>\n  <div class="card">\n    <p class="byline"><b>Name</b> '
            '<span>@handle</span></p>\n    <p>one <a href="x">two</a>\n three</p>\n  </div>\n</section>\n'
            '<pre>\n  <p>kept</p>\n</pre>\n<ul>\n <li>a</li>\n <li>b</li>\n</ul>')
    assert without_space_between_blocks(html) == (
        '<section class="s"><h2 id="a">Title</h2><div class="card"><p class="byline"><b>Name</b> '
        '<span>@handle</span></p><p>one <a href="x">two</a>\n three</p></div></section>\n'
        '<pre>\n  <p>kept</p>\n</pre>\n<ul><li>a</li><li>b</li></ul>')


def test_the_compact_briefing_is_the_same_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = build_demo_story(tmp_path / "demo.storyweaver")
    compact = export(story, tmp_path / "compact.pdf", in_parts=False, monkeypatch=monkeypatch)
    monkeypatch.setattr(briefing, "without_space_between_blocks", lambda html: html)
    spaced = export(story, tmp_path / "spaced.pdf", in_parts=False, monkeypatch=monkeypatch)
    # Text of every page, contents' numbers, bookmarks, destinations, links to the hundredth
    # of a point, and the tag tree.
    assert_same_document(spaced, compact)
