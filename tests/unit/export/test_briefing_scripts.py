"""Text in every script the briefing is likely to carry comes out in a font that has its
glyphs, not as empty boxes: Arabic, Hebrew, Japanese, Chinese and Korean posts, laid out by
the briefing's renderer with the briefing's stylesheet (WeasyPrint warns of every glyph no
font had, and names the fonts it embeds). CJK text needs fonts-noto-cjk (scripts/setup).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pikepdf
import pytest

from storyweaver.export.templating import stylesheet

POSTS = {
    "ar": "لا للإفلات من العقاب على الجرائم ضد الصحفيين",
    "he": "שלום עולם, זהו טקסט בעברית",
    "ja": "日本語のテキスト。漢字とかな。",
    "zh": "中文文本，简体字。",
    "ko": "한국어 텍스트입니다.",
}


def test_every_script_has_its_glyphs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from storyweaver.export.lean_ua import BriefingHTML

    cards = "".join(
        f'<div class="card card-post"><div class="body" lang="{lang}" dir="{"rtl" if lang in ("ar", "he") else "ltr"}">'
        f"<p>{text}</p></div></div>" for lang, text in POSTS.items())
    css = stylesheet(None, "briefing.css")
    html = f'<!DOCTYPE html><html lang="en"><head><style>{css}</style></head><body>{cards}</body></html>'
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        BriefingHTML(string=html).write_pdf(tmp_path / "scripts.pdf")
    assert not [r for r in caplog.records if ".notdef" in r.getMessage()]
    with pikepdf.open(tmp_path / "scripts.pdf") as pdf:
        fonts = {str(font.get("/BaseFont")) for page in pdf.pages for font in page.Resources.Font.values()}
    assert any("Arabic" in name for name in fonts) and any("CJK" in name for name in fonts), fonts
