"""Pages saved from a browser, read offline: where their address comes from."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweaver.capture.context import CaptureContext, MemorySink
from storyweaver.capture.importers import importer_for, saved_page

COMMENT = "<!-- saved from url=(0033)https://saved.example.org/comment -->\n"
OG = '<meta property="og:url" content="https://og.example.org/og-url">'
CANONICAL = '<link rel="canonical" href="https://canonical.example.org/canonical">'


def _save(tmp_path: Path, *parts: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    head = "".join(p for p in parts if p != COMMENT)
    path.write_text(("" if COMMENT not in parts else COMMENT)
                    + f"<html><head><title>Saved</title>{head}</head><body></body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize(("parts", "expected"), [
    ((COMMENT, OG, CANONICAL), "https://canonical.example.org/canonical"),
    ((COMMENT, OG), "https://og.example.org/og-url"),
    ((COMMENT,), "https://saved.example.org/comment"),
])
def test_the_address_comes_from_canonical_then_og_url_then_the_saved_from_comment(
        tmp_path: Path, parts: tuple[str, ...], expected: str) -> None:
    path = _save(tmp_path, *parts)
    sink = MemorySink()
    assert importer_for(path) is saved_page
    saved_page.read(path, sink, CaptureContext(http=None))
    [item] = sink.items
    assert item.url == expected
    assert item.capture_method == "saved-page"
    assert item.raw_sha256 in sink.blobs
    assert item.media == []  # offline: nothing was fetched


def test_a_saved_page_without_html_suffix_is_recognised_by_its_content(tmp_path: Path) -> None:
    path = _save(tmp_path, COMMENT, name="article.download")
    assert saved_page.can_read(path)
    text = tmp_path / "notes.txt"
    text.write_text("just some notes, <html> mentioned later")
    assert not saved_page.can_read(text)
