from __future__ import annotations

import re
import threading
from datetime import UTC, datetime

import pypdf
import pytest

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform
from storyweaver.errors import Cancelled, ExportError
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project


@pytest.fixture(scope="module")
def pdf(exported):
    return pypdf.PdfReader(exported.pdf)


def page_texts(reader: pypdf.PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_briefing_has_cover_summary_contents_sections_and_sources(pdf, exported):
    texts = [flat(t) for t in page_texts(pdf)]
    assert exported.result.pdf_pages == len(pdf.pages) >= 8
    assert "#EndImpunity: a month of action" in texts[0] and "Example Free Expression Network" in texts[0]
    assert "2 – 30 November 2014" in texts[0]
    assert "In figures" in texts[1] and "most used hashtags" in texts[1].lower() and "#EndImpunity" in texts[1]
    assert "Contents" in texts[2]
    everything = "\n".join(texts)
    # The briefing shows what the recap hides.
    assert "ministry confirms" in everything and "Contacts for the minister's office" in everything
    assert "Reporter at risk" in everything and "redacted in the public recap" in everything.lower()


def test_every_page_after_the_cover_is_numbered_n_of_total(pdf):
    total = len(pdf.pages)
    for number, text in enumerate(page_texts(pdf)[1:], start=2):
        assert f"{number} / {total}" in text, number


def test_the_contents_give_the_page_each_section_starts_on(pdf):
    texts = page_texts(pdf)
    contents = texts[2]
    for title in ("2 November: the International Day", "23 November: Ampatuan, five years on", "Sources"):
        match = re.search(re.escape(title) + r"[ .]*?(\d+)\s*$", contents, re.M)
        assert match, (title, contents)
        page = int(match.group(1))
        assert title in texts[page - 1], (title, page)


def test_the_running_head_names_the_part_a_page_belongs_to(pdf):
    # The figures, contents and sources pages named the last story section above them, or
    # nothing: a sources page said "Looking ahead to 2015".
    heads = [text.rstrip().splitlines()[-2] for text in page_texts(pdf)[1:]]  # the line above "n / total"
    assert heads[0].endswith("In figures") and heads[1].endswith("Contents"), heads[:2]
    assert heads[-1].endswith("Sources"), heads[-1]


def test_sections_are_pdf_bookmarks(pdf):
    titles = [entry.title for entry in pdf.outline if not isinstance(entry, list)]
    assert titles == ["In figures", "Contents", "Introduction", "2 November: the International Day",
                      "23 November: Ampatuan, five years on", "Contacts for the minister's office",
                      "Looking ahead to 2015", "Sources"]


def test_the_pdf_carries_title_author_and_language_and_no_attachments(pdf):
    assert pdf.metadata.title == "#EndImpunity: a month of action"
    assert pdf.metadata.author == "Example Free Expression Network"
    assert pdf.trailer["/Root"]["/Lang"] == "en"
    assert "/StructTreeRoot" in pdf.trailer["/Root"]  # tagged, for screen readers
    assert pdf.attachments == {}
    assert "/EmbeddedFiles" not in pdf.trailer["/Root"].get("/Names", {})


def test_the_sources_appendix_lists_every_address_instant_and_fingerprint(pdf, demo_project):
    appendix = flat(" ".join(page_texts(pdf)[-2:]))
    unbroken = appendix.replace(" ", "")
    with Project.open(demo_project, readonly=True) as project:
        items = list(project.library.iter_all())
    for item in items:
        if item.raw_sha256:
            assert item.raw_sha256 in unbroken, item.raw_sha256
        if item.url:
            assert item.url in unbroken
    assert "1 December 2014, 09:30 UTC" in appendix


def _fonts(reader: pypdf.PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_arabic_and_emoji_are_drawn_with_fonts_that_have_them(pdf):
    fonts = _fonts(pdf)
    assert {"Noto-Sans", "Noto-Sans-Arabic", "Noto-Color-Emoji"} <= fonts, fonts
    everything = "\n".join(page_texts(pdf))
    assert "الصحفيين" in everything  # shaped glyphs that map back to the Arabic letters, not boxes


def test_emoji_print_in_colour_not_as_boxes(tmp_path):
    import subprocess

    from PIL import Image

    with Project.create(tmp_path / "e.storyweaver", title="Emoji") as project:
        item = Item(kind=ItemKind.NOTE, captured_at=datetime(2014, 11, 2, tzinfo=UTC), capture_method="t",
                    text="😀😀😀😀😀😀 مرحبا بالعالم")
        project.library.add([item])
        project.story.append(Block(BlockType.ITEM, item_id=item.id))
        export_story(project, ExportOptions(pdf=tmp_path / "e.pdf"))
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "4", "-l", "4", str(tmp_path / "e.pdf"),
                    str(tmp_path / "p")], check=True)
    page = Image.open(next(tmp_path.glob("p-*.png"))).convert("RGB")
    yellow = sum(1 for r, g, b in page.get_flattened_data() if r > 200 and g > 150 and b < 90)
    assert yellow > 40, "no yellow emoji faces on the page"


def test_us_letter_is_one_option_away(demo_project, tmp_path):
    with Project.open(demo_project, readonly=True) as project:
        export_story(project, ExportOptions(pdf=tmp_path / "l.pdf", paper="letter", lang="fr"))
    reader = pypdf.PdfReader(tmp_path / "l.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Sommaire" in page_texts(reader)[2]
    assert reader.trailer["/Root"]["/Lang"] == "fr"


PASSWD = "file:///etc/passwd"


def test_a_local_file_address_in_captured_data_never_reaches_the_pdf(tmp_path):
    with Project.create(tmp_path / "p.storyweaver", title="Passwd") as project:
        item = Item(kind=ItemKind.POST, captured_at=datetime(2014, 11, 2, tzinfo=UTC), capture_method="t",
                    platform=Platform.X, platform_id="1", url=PASSWD, text=f"see {PASSWD} <img src='{PASSWD}'>",
                    author=Author("A", "a", PASSWD), image_url=PASSWD,
                    media=[Media("image", None, "alt", url=PASSWD)], extra={"links": [PASSWD]})
        link = Item(kind=ItemKind.LINK, captured_at=datetime(2014, 11, 2, tzinfo=UTC), capture_method="t",
                    url=PASSWD + "?x", title=PASSWD, image_url=PASSWD)
        project.library.add([item, link])
        project.story.append(Block(BlockType.TEXT, f'<a href="{PASSWD}">x</a><img src="{PASSWD}">'))
        project.story.append(Block(BlockType.ITEM, item_id=item.id))
        project.story.append(Block(BlockType.ITEM, item_id=link.id))
        export_story(project, ExportOptions(pdf=tmp_path / "p.pdf", html=tmp_path / "p.html"))
    raw = (tmp_path / "p.pdf").read_bytes()
    reader = pypdf.PdfReader(tmp_path / "p.pdf")
    text = "\n".join(page_texts(reader))
    assert "root:x:0:0" not in text and b"root:x:0:0" not in raw
    assert PASSWD in text  # printed as the text it is
    for page in reader.pages:  # and never a link annotation pointing at it
        for annot in page.get("/Annots", []) or []:
            uri = annot.get_object().get("/A", {}).get("/URI")
            assert uri is None or str(uri).startswith("http"), uri
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert f'href="{PASSWD}' not in html and f'src="{PASSWD}' not in html


def test_a_pdf_that_takes_too_long_is_stopped_and_the_old_file_kept(demo_project, tmp_path):
    target = tmp_path / "b.pdf"
    target.write_bytes(b"old")
    with Project.open(demo_project, readonly=True) as project, pytest.raises(ExportError) as caught:
        export_story(project, ExportOptions(pdf=target, pdf_timeout=0.2))
    assert caught.value.code == "export-timeout"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]


def test_cancelling_kills_the_renderer_and_keeps_the_old_file(demo_project, tmp_path):
    target = tmp_path / "b.pdf"
    target.write_bytes(b"old")
    cancel = threading.Event()
    seen: list[str] = []

    def progress(done, total, message):
        seen.append(message)
        if message.startswith("Laying out"):
            threading.Timer(0.3, cancel.set).start()

    with Project.open(demo_project, readonly=True) as project, pytest.raises(Cancelled):
        export_story(project, ExportOptions(pdf=target), progress=progress, cancel_event=cancel)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]


def test_the_renderer_fails_clearly_under_its_memory_limit(demo_project, tmp_path):
    with Project.open(demo_project, readonly=True) as project, pytest.raises(ExportError) as caught:
        export_story(project, ExportOptions(pdf=tmp_path / "b.pdf", pdf_memory_mib=40))
    assert caught.value.code in ("pdf-too-large", "export-failed")
    assert not (tmp_path / "b.pdf").exists()
