"""The full text of linked pages: an appendix of the PDF briefing when asked for, in the public
recap only for a card that asks for it (never a redacted one), inert in both."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.core.model import Block, BlockType, Visibility
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project
from tests.watched_server import Watched, watching

WORDS = ("Reporters gathered at the courthouse on Sunday evening to remember the journalists killed "
         "this year, reading their names aloud while candles burned on the steps. ")


def article(title: str, marker: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head><body><nav>Menu</nav>"
            f"<article><h1>{title}</h1><p>{WORDS * 3}</p>"
            f"<blockquote><p>We will not forget them, said the union's secretary.</p></blockquote>"
            f"<p>{WORDS * 2} {marker}.</p></article><footer>Footer</footer></body></html>")


@pytest.fixture
def watcher() -> Iterator[str]:
    """A server that records every request: nothing in an export may reach it."""
    with watching() as address:
        yield address


def story_with_full_texts(tmp_path: Path) -> Path:
    """Three saved pages in a story: one plain, one whose card publishes its text, one redacted
    that asks for it too."""
    pages = []
    for name, marker in (("plain", "MARKPLAIN"), ("public", "MARKPUBLIC"), ("redacted", "MARKREDACTED")):
        page = tmp_path / f"{name}.html"
        page.write_text(article(f"Vigil {name}", marker), encoding="utf-8")
        pages.append(str(page))
    path = tmp_path / "texts.storyweaver"
    with Project.create(path, title="Full texts") as project:
        report = capture_sources(project, pages, CaptureContext())
        assert len(report.added) == 3
        plain, public, redacted = report.added
        project.library.update(public, extra={"readable_public": True})
        project.library.update(redacted, extra={"readable_public": True}, redacted=True)
        for item_id in (plain, public, redacted):
            project.story.append(Block(BlockType.ITEM, item_id=item_id, visibility=Visibility.PUBLIC))
    return path


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages).split())


def test_the_briefing_gets_the_full_texts_only_when_asked_and_says_when_each_was_captured(tmp_path: Path) -> None:
    path = story_with_full_texts(tmp_path)
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(pdf=tmp_path / "without.pdf", lang="en"))
        export_story(project, ExportOptions(pdf=tmp_path / "with.pdf", lang="en", full_text=True))
    without, with_texts = _pdf_text(tmp_path / "without.pdf"), _pdf_text(tmp_path / "with.pdf")
    assert "MARKPLAIN" not in without and "Full text of linked pages" not in without
    assert "Readable copy captured" in without  # the sources appendix says a copy exists
    for marker in ("MARKPLAIN", "MARKPUBLIC", "MARKREDACTED"):  # the briefing is not public
        assert marker in with_texts
    assert "Full text of linked pages" in with_texts and "We will not forget them" in with_texts


def test_the_recap_publishes_a_full_text_only_for_a_card_that_asks_and_never_a_redacted_one(tmp_path: Path) -> None:
    path = story_with_full_texts(tmp_path)
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=tmp_path / "recap.html", lang="en", full_text=True))
    recap = (tmp_path / "recap.html").read_text(encoding="utf-8")
    assert "MARKPUBLIC" in recap
    assert "MARKPLAIN" not in recap and "MARKREDACTED" not in recap


def test_a_tampered_copy_stays_inert_in_the_pdf_and_the_recap(tmp_path: Path, watcher: str) -> None:
    path = story_with_full_texts(tmp_path)
    hostile = (f'<p>MARKHOSTILE</p><img src="{watcher}/pixel.png"><link rel=stylesheet href="{watcher}/s.css">'
               f'<p style="background:url({watcher}/bg.png)">styled</p><script>document.write(1)</script>'
               f'<iframe src="{watcher}/frame"></iframe><a href="javascript:alert(1)">trap</a>'
               f'<object data="{watcher}/o"></object><svg><image href="{watcher}/svg.png"/></svg>').encode()
    sha = hashlib.sha256(hostile).hexdigest()
    with sqlite3.connect(path) as conn:  # what a hand-edited project file could hold
        conn.execute("INSERT INTO blobs (sha256, mime, size, data) VALUES (?, 'text/html', ?, ?)",
                     (sha, len(hostile), hostile))
        conn.execute("UPDATE readables SET html_sha256 = ?", (sha,))
    conn.close()
    with Project.open(path, readonly=True) as project:
        result = export_story(project, ExportOptions(pdf=tmp_path / "b.pdf", html=tmp_path / "r.html", lang="en",
                                                     full_text=True))
    assert Watched.requests == [] and result.refused == []
    assert "MARKHOSTILE" in _pdf_text(tmp_path / "b.pdf")
    recap = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "MARKHOSTILE" in recap
    for word in (watcher, "javascript:", "<script>document", "<iframe", "<object", "<svg"):
        assert word not in recap


def test_the_command_line_appends_every_full_text_or_only_the_chosen_ones(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = story_with_full_texts(tmp_path)
    with Project.open(path, readonly=True) as project:
        ids = {item.title: item.id for item in project.library.iter_all()}
    chosen = str(ids["Vigil public"])

    def export(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "storyweaver", "export", str(path), "--pdf",
                               str(tmp_path / "cli.pdf"), "--lang", "en", *extra],
                              capture_output=True, text=True, timeout=300)

    assert export("--full-text", chosen).returncode == 0
    text = _pdf_text(tmp_path / "cli.pdf")
    assert "MARKPUBLIC" in text and "MARKPLAIN" not in text and "MARKREDACTED" not in text
    assert export("--full-text").returncode == 0
    assert all(m in _pdf_text(tmp_path / "cli.pdf") for m in ("MARKPLAIN", "MARKPUBLIC", "MARKREDACTED"))
    refused = export("--full-text", "twelve")
    assert refused.returncode != 0
    assert refused.stderr.strip().splitlines()[-1].endswith(
        "twelve is not a list of item ids separated by commas (such as 12,15).")
