"""A briefing exported again reuses the parts that did not change (part_cache, issue 19),
and is still the same document as one laid out from scratch by a single process: text of
every page (running heads, "n / total", the contents' page numbers), bookmarks, named
destinations, links and tags.

Real WeasyPrint, real renderer processes, a real cache folder (under the test's own
STORYWEAVER_HOME), real project files edited through the store between exports.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pikepdf
import pytest

from storyweaver.bench._export_story import build_demo_story
from storyweaver.core.model import Block, BlockType
from storyweaver.export import part_cache, pdf_parts
from storyweaver.export.api import ExportOptions, ExportResult, export_story
from storyweaver.export.briefing import PdfRun
from storyweaver.store.project import Project
from storyweaver.store.redacted_authors import redact_author
from tests.unit.export.pdf_documents import assert_same_document, export, page_texts

PARTS = 6  # the demo's sections (the introduction, three headings, a briefing-only one) and the appendices


def export_again(story: Path, target: Path, monkeypatch: pytest.MonkeyPatch, *,
                 reuse: bool = True) -> tuple[PdfRun, ExportResult]:
    """Export ``story`` as a long briefing is (in parts, kept parts reused); return the run."""
    runs: list[PdfRun] = []
    with monkeypatch.context() as patch:
        patch.setattr(pdf_parts, "MIN_HTML", 0)
        patch.setattr(pdf_parts, "spare_processor", lambda: True)
        with Project.open(story, readonly=True) as project:
            result = export_story(project, ExportOptions(lang="en", pdf=target, reuse_pdf_parts=reuse),
                                  pdf_run=runs.append)
    return runs[0], result


def single(story: Path, target: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return export(story, target, in_parts=False, monkeypatch=monkeypatch)


def first_post_of(story: Path, handle: str) -> int:
    with Project.open(story) as project:
        for block in project.story.blocks():
            item = project.library.get(block.item_id) if block.item_id is not None else None
            if item is not None and item.author is not None and item.author.handle == handle:
                return int(item.id)
    raise AssertionError(handle)


@pytest.fixture()
def demo(tmp_path: Path) -> Path:
    return build_demo_story(tmp_path / "demo.storyweaver")


def test_an_unchanged_story_exported_again_reuses_every_part(demo: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    first, _ = export_again(demo, tmp_path / "first.pdf", monkeypatch)
    assert (first.parts, first.parts_laid_out) == (PARTS, PARTS)
    again, _ = export_again(demo, tmp_path / "again.pdf", monkeypatch)
    assert again.parts_laid_out == 0 and not again.front_laid_out  # nothing laid out: every section, the front
    assert_same_document(single(demo, tmp_path / "single.pdf", monkeypatch), tmp_path / "again.pdf")


def test_editing_one_item_lays_out_only_its_section_again(demo: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    export_again(demo, tmp_path / "first.pdf", monkeypatch)
    item_id = first_post_of(demo, "ampatuan_ex")
    with Project.open(demo) as project:
        project.library.update(item_id, text="Five years on, still no one convicted. #EndImpunity")
    edited, _ = export_again(demo, tmp_path / "edited.pdf", monkeypatch)
    assert edited.parts_laid_out == 1 and not edited.front_laid_out  # the contents' numbers did not move
    texts = page_texts(tmp_path / "edited.pdf")
    assert any("still no one convicted" in text for text in texts)
    assert_same_document(single(demo, tmp_path / "single.pdf", monkeypatch), tmp_path / "edited.pdf")


def test_a_section_that_grows_a_page_renumbers_the_parts_after_it(demo: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before, _ = export_again(demo, tmp_path / "first.pdf", monkeypatch)
    with Project.open(demo) as project:
        long_paragraph = "<p>" + "A long added paragraph of the campaign. " * 400 + "</p>"
        project.story.insert(2, Block(BlockType.TEXT, long_paragraph))
    grown, _ = export_again(demo, tmp_path / "grown.pdf", monkeypatch)
    assert grown.pages > before.pages
    # Every part prints "n / total": the total moved, so every one was laid out again.
    assert grown.parts_laid_out == PARTS
    reference = single(demo, tmp_path / "single.pdf", monkeypatch)
    assert_same_document(reference, tmp_path / "grown.pdf")
    total = grown.pages
    assert all(f"{n} / {total}" in text for n, text in enumerate(page_texts(tmp_path / "grown.pdf")[1:], start=2))


def test_a_person_taken_out_between_exports_is_nowhere_in_the_new_briefing(demo: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The kept parts of the first export name the person; the second export must not reuse them."""
    export_again(demo, tmp_path / "first.pdf", monkeypatch)
    assert any("Marie Exemple" in text for text in page_texts(tmp_path / "first.pdf"))
    item_id = first_post_of(demo, "marie.example")
    with Project.open(demo) as project:
        block = next(block for block in project.story.blocks() if block.item_id == item_id)
        project.story.remove(block.id)
    after, _ = export_again(demo, tmp_path / "after.pdf", monkeypatch)
    assert after.parts_laid_out >= 1
    with pikepdf.open(tmp_path / "after.pdf") as pdf:  # every stream decoded
        uncompressed = tmp_path / "after-uncompressed.pdf"
        pdf.save(uncompressed, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.all)
    for needle in ("Marie Exemple", "marie.example", "Vigile ce soir"):
        assert not any(needle in text for text in page_texts(tmp_path / "after.pdf")), needle
        for path in (tmp_path / "after.pdf", uncompressed):
            assert needle.encode() not in path.read_bytes(), needle
    assert_same_document(single(demo, tmp_path / "single.pdf", monkeypatch), tmp_path / "after.pdf")


def test_an_author_redacted_between_exports_is_marked_redacted_in_the_new_briefing(
        demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The briefing is the network's own and keeps a redacted post with its mark (viewmodel:
    only public outputs withhold it): the part that shows it is laid out again, not reused."""
    export_again(demo, tmp_path / "first.pdf", monkeypatch)
    with Project.open(demo) as project:
        redact_author(project, "bluesky", "marie.example")
    after, _ = export_again(demo, tmp_path / "after.pdf", monkeypatch)
    assert after.parts_laid_out >= 1
    assert_same_document(single(demo, tmp_path / "single.pdf", monkeypatch), tmp_path / "after.pdf")


@pytest.mark.parametrize("damage", ["truncated", "changed", "facts", "layout"])
def test_a_damaged_kept_part_is_laid_out_again_with_one_line(demo: Path, tmp_path: Path, damage: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    export_again(demo, tmp_path / "first.pdf", monkeypatch)
    kept = sorted(part_cache.default_folder().glob("*.n*.pdf"))
    assert len(kept) == PARTS
    victim = kept[2]
    if damage == "truncated":
        victim.write_bytes(victim.read_bytes()[: victim.stat().st_size // 2])
    elif damage == "changed":
        data = bytearray(victim.read_bytes())
        data[len(data) // 2] ^= 0xFF
        victim.write_bytes(bytes(data))
    elif damage == "facts":
        victim.with_suffix(".json").write_text("{not json", encoding="utf-8")
    else:  # JSON, but not a layout: its pages and anchors make no sense
        layout = part_cache.default_folder() / (victim.name.split(".")[0] + ".json")
        layout.write_text('{"pages": 2, "anchors": {"x": 7}}', encoding="utf-8")
    again, result = export_again(demo, tmp_path / "again.pdf", monkeypatch)
    assert again.parts_laid_out == 1
    assert result.warnings == ["A kept part of the briefing could not be read back; it was laid out again."]
    assert_same_document(single(demo, tmp_path / "single.pdf", monkeypatch), tmp_path / "again.pdf")
    third, result = export_again(demo, tmp_path / "third.pdf", monkeypatch)  # kept again, intact
    assert third.parts_laid_out == 0 and result.warnings == []


def test_kept_parts_are_the_users_alone_and_can_be_cleared(demo: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    export_again(demo, tmp_path / "first.pdf", monkeypatch)
    folder = part_cache.default_folder()
    assert folder.is_relative_to(Path(os.environ["STORYWEAVER_HOME"]))  # the user's cache folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert not [f for f in files if f.name.startswith(".writing-")]
    assert part_cache.clear() == len(files)
    assert not folder.exists()
    again, _ = export_again(demo, tmp_path / "again.pdf", monkeypatch)
    assert again.parts_laid_out == PARTS


def test_a_cache_folder_open_to_others_is_closed_and_a_link_is_not_used(demo: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = part_cache.default_folder()
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    export_again(demo, tmp_path / "first.pdf", monkeypatch)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    part_cache.clear()
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    folder.symlink_to(elsewhere)  # someone else's place, named like ours
    run, _ = export_again(demo, tmp_path / "linked.pdf", monkeypatch)
    assert run.parts_laid_out == PARTS and list(elsewhere.iterdir()) == []


def test_without_reuse_nothing_is_kept(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run, _ = export_again(demo, tmp_path / "first.pdf", monkeypatch, reuse=False)
    assert run.parts_laid_out == PARTS and not part_cache.default_folder().exists()


def test_the_cache_keeps_to_its_size_dropping_the_least_recently_used(tmp_path: Path) -> None:
    cache = part_cache.PartCache(tmp_path / "parts", drawn_by="x", tags=True, limit_bytes=10_000)
    source = tmp_path / "part.pdf"
    source.write_bytes(b"%PDF-" + b"x" * 3000)
    names = [f"{n:064x}" for n in range(5)]
    for step, name in enumerate(names):
        cache.write_pdf(name, source, {"pages": 1})
        for suffix in (".pdf", ".json"):
            os.utime(cache.folder / (name + suffix), (step, step))
    cache.prune()
    left = {path.name.split(".")[0] for path in cache.folder.iterdir()}
    assert names[-1] in left and names[0] not in left
    assert sum(path.stat().st_size for path in cache.folder.iterdir()) <= 7_500


def test_the_command_line_keeps_parts_of_a_read_only_project_and_clears_them(
        demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from storyweaver.cli import main

    monkeypatch.setattr(pdf_parts, "MIN_HTML", 0)
    monkeypatch.setattr(pdf_parts, "spare_processor", lambda: True)
    demo.chmod(0o444)  # the cache is the user's, not the project file: a read-only project still gains
    before = demo.read_bytes()
    assert main(["export", str(demo), "--lang", "en", "--pdf", str(tmp_path / "a.pdf")]) == 0
    kept = sorted(path.name for path in part_cache.default_folder().iterdir())
    assert len([name for name in kept if name.endswith(".pdf")]) == PARTS + 1  # and the front
    assert main(["export", str(demo), "--lang", "en", "--pdf", str(tmp_path / "b.pdf")]) == 0
    assert page_texts(tmp_path / "b.pdf") == page_texts(tmp_path / "a.pdf") and demo.read_bytes() == before
    capsys.readouterr()
    assert main(["clear-cache"]) == 0
    assert f"Deleted {len(kept)} kept files" in capsys.readouterr().out
    assert main(["export", str(demo), "--lang", "en", "--pdf", str(tmp_path / "c.pdf"), "--no-reuse"]) == 0
    assert not part_cache.default_folder().exists()


def test_a_cache_cleared_while_an_export_runs_costs_nothing_but_time(demo: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from storyweaver.export import pdf_merge

    original = pdf_merge.merge_parts

    def cleared_first(*args: object, **kwargs: object) -> int:
        part_cache.clear()  # "storyweaver clear-cache" in another terminal, as the parts are joined
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_merge, "merge_parts", cleared_first)
    run, result = export_again(demo, tmp_path / "first.pdf", monkeypatch)
    assert run.parts_laid_out == PARTS and result.warnings == []
    assert_same_document(single(demo, tmp_path / "single.pdf", monkeypatch), tmp_path / "first.pdf")


def test_two_exports_at_once_share_the_cache_safely(demo: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Two exports of the story at the same time (the editor and the command line) write the
    same kept parts; each gets a whole briefing, and the parts they leave are whole."""
    import threading

    monkeypatch.setattr(pdf_parts, "MIN_HTML", 0)
    monkeypatch.setattr(pdf_parts, "spare_processor", lambda: True)
    failures: list[BaseException] = []

    def one(name: str) -> None:
        try:
            with Project.open(demo, readonly=True) as project:
                export_story(project, ExportOptions(lang="en", pdf=tmp_path / name))
        except BaseException as exc:  # reported by the test below
            failures.append(exc)

    threads = [threading.Thread(target=one, args=(f"{n}.pdf",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    reference = single(demo, tmp_path / "single.pdf", monkeypatch)
    for n in range(2):
        assert_same_document(reference, tmp_path / f"{n}.pdf")
    again, result = export_again(demo, tmp_path / "again.pdf", monkeypatch)
    assert again.parts_laid_out == 0 and result.warnings == []  # what they kept is intact
    assert_same_document(reference, tmp_path / "again.pdf")


def test_on_a_busy_machine_the_parts_are_laid_out_by_one_process_and_still_kept(
        demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_parts, "MIN_HTML", 0)
    monkeypatch.setattr(pdf_parts, "spare_processor", lambda: False)  # no processor to spare
    started: list[str] = []
    original = pdf_parts.PartProcess.__init__

    def starting(self: pdf_parts.PartProcess, name: str, *args: object, **kwargs: object) -> None:
        started.append(name)
        original(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_parts.PartProcess, "__init__", starting)
    runs: list[PdfRun] = []
    with Project.open(demo, readonly=True) as project:
        export_story(project, ExportOptions(lang="en", pdf=tmp_path / "busy.pdf"), pdf_run=runs.append)
    assert sorted(started) == ["front", "sections0"] and runs[0].parts_laid_out == PARTS
    assert_same_document(single(demo, tmp_path / "single.pdf", monkeypatch), tmp_path / "busy.pdf")
    again, _ = export_again(demo, tmp_path / "again.pdf", monkeypatch)
    assert again.parts_laid_out == 0


def test_a_parts_key_follows_everything_its_pages_are_drawn_from(tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    (media / "a1").write_bytes(b"first picture")
    html = '<img src="storyweaver-media:a1"><p>text</p>'
    cache = part_cache.PartCache(tmp_path / "parts", drawn_by="weasyprint 70.0", tags=True)
    key = cache.key(html, media, {"a1": "image/jpeg"})
    assert cache.key(html, media, {"a1": "image/jpeg"}) == key
    others = {
        cache.key(html.replace("text", "texts"), media, {"a1": "image/jpeg"}),  # one byte of HTML
        cache.key(html, media, {"a1": "image/png"}),  # the image's type
        part_cache.PartCache(tmp_path / "parts", drawn_by="weasyprint 71.0", tags=True).key(
            html, media, {"a1": "image/jpeg"}),  # another WeasyPrint
        part_cache.PartCache(tmp_path / "parts", drawn_by="weasyprint 70.0", tags=False).key(
            html, media, {"a1": "image/jpeg"}),  # an untagged PDF
        cache.key(html, media, {"a1": "image/jpeg"}, extra="numbers"),
    }
    (media / "a1").write_bytes(b"other picture")  # same name, other pixels
    others.add(cache.key(html, media, {"a1": "image/jpeg"}))
    assert key not in others and len(others) == 6
