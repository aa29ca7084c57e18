"""Every hostile string through every text field stays inert text in the recap and the PDF."""

from __future__ import annotations

import random
import re
from html.parser import HTMLParser

import pypdf

from storyweaver.bench._export_story import build_hostile_story
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "a", "header", "div", "p", "h1", "h2", "h3", "nav", "ol",
    "li", "main", "section", "article", "img", "span", "bdi", "figure", "figcaption", "footer", "time", "b",
    "strong", "i", "em", "ul", "br",
}


class Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag {tag}")
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "srcdoc", "formaction", "background"):
                self.problems.append(f"attribute {name} on {tag}")
            if name == "href" and not re.match(r"^(https?://[^\s]+|mailto:|#[\w-]+$)", value or ""):
                self.problems.append(f"href {value!r}")
            if name == "src" and not (value or "").startswith("data:image/"):
                self.problems.append(f"src {value!r}")




def test_every_vector_in_every_field_stays_inert_in_the_recap(vectors, tmp_path):
    path = build_hostile_story(tmp_path / "h.storyweaver", vectors)
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=tmp_path / "h.html", timeline=tmp_path / "t.json"))
    html = (tmp_path / "h.html").read_text(encoding="utf-8")
    audit = Audit()
    audit.feed(html)
    assert audit.problems == [], audit.problems[:20]
    assert html.count("<style>") == 1 and html.count("</style>") == 1
    assert html.count("<script") == 0


def test_plain_text_vectors_print_literally_in_the_pdf(vectors, tmp_path):
    plain = [v for v in vectors if v.isprintable() and 8 <= len(v) <= 60 and v.strip() == v and "  " not in v
             and all(ord(c) < 0x250 for c in v)]
    sample = random.Random(6).sample(plain, 25)
    path = build_hostile_story(tmp_path / "h.storyweaver", sample)
    with Project.open(path, readonly=True) as project:
        result = export_story(project, ExportOptions(pdf=tmp_path / "h.pdf"))
    reader = pypdf.PdfReader(tmp_path / "h.pdf")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    missing = [v for v in sample if " ".join(v.split()) not in text]
    assert len(missing) <= 2, missing  # a long string may wrap where the extractor adds a space
    assert reader.attachments == {}
    assert result.refused == []  # nothing in the story even tried to load anything
