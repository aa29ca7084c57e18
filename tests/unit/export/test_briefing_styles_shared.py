"""WeasyPrint styles alike elements once: the briefing keeps what makes an element a style
of its own (a ``lang`` equal to the document's, an ``id`` on a row of the sources, the
user-agent stylesheet's note pseudo-elements) off the elements it repeats per item, and
the PDF stays the same document (issue 19).

Real WeasyPrint, in this process for the user-agent stylesheet's comparison and in its
child process for the export; pypdf and pikepdf read the PDFs back.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyweaver.bench._export_story import build_demo_story
from storyweaver.bench.export import _briefing_work
from tests.unit.export.pdf_documents import assert_same_document, destinations, export


def test_lang_only_where_it_differs_from_the_document(tmp_path: Path) -> None:
    work = tmp_path / "work"
    _briefing_work(build_demo_story(tmp_path / "demo.storyweaver"), work)
    html = (work / "briefing.html").read_text(encoding="utf-8")
    assert re.search(r'<html lang="en"', html)
    langs = re.findall(r' lang="([^"]+)"', html)
    # The demo's English posts say nothing more; its French and Arabic ones keep theirs.
    assert langs.count("en") == 1 and "fr" in langs and "ar" in langs
    assert '<tr id=' not in html and '<td class="num" id="source-1">' in html


def test_the_sources_keep_an_anchor_each(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = build_demo_story(tmp_path / "demo.storyweaver")
    _briefing_work(story, tmp_path / "work")
    rows = (tmp_path / "work" / "briefing.html").read_text(encoding="utf-8").count('<td class="num"')
    found = destinations(export(story, tmp_path / "b.pdf", in_parts=False, monkeypatch=monkeypatch))
    assert rows > 5
    assert {name for name in found if name.startswith("source-")} == {f"source-{n}" for n in range(1, rows + 1)}
    # Each on a page of the sources appendix, in order.
    pages = [found[f"source-{n}"] for n in range(1, rows + 1)]
    assert pages == sorted(pages) and pages[0] == found["sources"]


def test_the_lean_user_agent_stylesheet_makes_the_same_document(tmp_path: Path) -> None:
    import weasyprint
    from weasyprint import html as weasyprint_html

    from storyweaver.export.fetcher import MediaFetcher
    from storyweaver.export.lean_ua import MARKER_RULE, NOTE_RULE, BriefingHTML

    # The five note rules and the markers' are found in this WeasyPrint's stylesheet (else the
    # sheet is not lean).
    assert len(NOTE_RULE.findall(weasyprint_html.UA)) == 5 and len(MARKER_RULE.findall(weasyprint_html.UA)) == 1
    work = tmp_path / "work"
    mimes, _seconds = _briefing_work(build_demo_story(tmp_path / "demo.storyweaver"), work)
    # Lists of every kind, as a readable copy or a poll brings them: their markers are kept.
    lists = ('<ol><li>one</li><li>two</li><li>ten</li></ol><ul><li>a</li><li><ul><li>b</li></ul></li></ul>'
             '<ol start="98" style="list-style: upper-roman"><li>x</li><li>y</li><li>z</li></ol>')
    html = (work / "briefing.html").read_text(encoding="utf-8").replace("</body>", lists + "</body>")
    for name, kind in (("full.pdf", weasyprint.HTML), ("lean.pdf", BriefingHTML)):
        kind(string=html, url_fetcher=MediaFetcher(work / "media", mimes)).write_pdf(tmp_path / name, pdf_tags=True)
    # Text of every page, contents' numbers, bookmarks, destinations, links and tags.
    assert_same_document(tmp_path / "full.pdf", tmp_path / "lean.pdf")
