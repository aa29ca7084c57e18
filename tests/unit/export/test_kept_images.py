"""Export images kept once prepared (issue 19): a later export takes them as they are, with the
same bytes out, and never for another picture, audience or preparation, nor with metadata."""

from __future__ import annotations

import base64
import io
import itertools
import re
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from storyweaver.bench._export_story import CAPTURED, avatar, build_demo_story, picture
from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform
from storyweaver.errors import ProjectError
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.export.imagebank import ImageBank
from storyweaver.export.images import SIZES, prepare, recipe
from storyweaver.store.check import check_project
from storyweaver.store.keep_prepared import keep_in_file
from storyweaver.store.prepared_images import PreparedRow
from storyweaver.store.project import Project
from storyweaver.store.redacted_authors import redact_author
from storyweaver.store.schema import SCHEMA_VERSION
from tests.helpers import run_cli

_DATA_URI = re.compile(r"data:image/(?:jpeg|png);base64,([A-Za-z0-9+/=]+)")


def _export(path: Path, out: Path, **options: object) -> tuple[str, list[PreparedRow]]:
    fresh: list[PreparedRow] = []
    with Project.open(path, readonly=True) as project:
        export_story(project, ExportOptions(html=out, lang="en", **options),  # type: ignore[arg-type]
                     keep_prepared=fresh.extend)
    return out.read_text(encoding="utf-8"), fresh


def _images(html: str) -> set[bytes]:
    return {base64.b64decode(found) for found in _DATA_URI.findall(html)}


def _kept_count(path: Path) -> int:
    with Project.open(path, readonly=True) as project:
        return int(project.query("SELECT count(*) FROM prepared_images")[0][0])


def test_a_second_export_takes_every_kept_image_and_writes_the_same_recap(tmp_path: Path) -> None:
    path = build_demo_story(tmp_path / "demo.storyweaver")
    first, fresh = _export(path, tmp_path / "first.html")
    assert fresh and keep_in_file(path, fresh) == len(fresh) == _kept_count(path)
    second, again = _export(path, tmp_path / "second.html")
    assert again == []  # nothing decoded or encoded: every image was taken as kept
    assert second.encode() == first.encode()
    assert check_project(path) == []


def _originals() -> dict[str, bytes]:
    turned = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # a quarter turn, as phones write it
    exif.get_ifd(0x8825).update({1: "N", 2: (48.0, 51.0, 24.0)})
    Image.open(io.BytesIO(picture(8, (900, 600)))).save(turned, "JPEG", exif=exif, quality=90)
    alpha = io.BytesIO()
    Image.new("RGBA", (300, 200), (10, 200, 30, 120)).save(alpha, "PNG")
    return {"gps-jpeg": picture(7, (1600, 1067), gps=True), "turned-jpeg": turned.getvalue(),
            "small-jpeg": picture(9, (320, 200)), "png": avatar(4), "alpha-png": alpha.getvalue()}


def test_kept_copies_give_the_bytes_of_a_fresh_preparation_over_every_combination(tmp_path: Path) -> None:
    # 5 originals x 5 purposes x redaction x cropping x EXIF kept or not: 200 combinations.
    originals = _originals()
    path = tmp_path / "p.storyweaver"
    with Project.create(path, title="combinations") as project:
        shas = {name: project.put_blob(data, "image/jpeg") for name, data in originals.items()}
    combinations = list(itertools.product(shas, SIZES, (False, True), (False, True)))
    for keep_exif in (False, True):
        with Project.open(path, readonly=True) as project:
            bank = ImageBank(project, keep_exif=keep_exif)
            refs = [bank.ref(shas[name], purpose, alt=name, redact=redact, square=square)
                    for name, purpose, redact, square in combinations]
            bank.start()
            bank.wait()
            bank.close()
            fresh = bank.fresh()
        kept = {(row.sha256, row.recipe) for row in fresh}
        # Copies keeping EXIF are never kept; the redacted ones (which lose it) were kept by
        # the first pass and are taken as they are by the second.
        assert kept == (set() if keep_exif else {(shas[n], recipe(p, redact=r, square=s))
                                                  for n, p, r, s in combinations})
        keep_in_file(path, fresh)
        with Project.open(path, readonly=True) as project:
            again = ImageBank(project, keep_exif=keep_exif)
            for (name, purpose, redact, square), ref in zip(combinations, refs, strict=True):
                assert ref is not None
                second = again.ref(shas[name], purpose, alt=name, redact=redact, square=square)
                assert second is not None and (second.width, second.height) == (ref.width, ref.height)
            again.start()
            again.wait()
            again.close()
            for (name, purpose, redact, square), ref in zip(combinations, refs, strict=True):
                expected = prepare(originals[name], purpose, redact=redact, keep_exif=keep_exif, square=square)
                assert again.prepared[ref.key] == bank.prepared[ref.key] == expected, (name, purpose, redact, square)
            assert again.fresh() == []  # everything kept was taken, nothing else can be kept


def _one_post(path: Path) -> str:
    with Project.create(path, title="one") as project:
        photo = project.put_blob(picture(3, (1200, 800), gps=True), "image/jpeg")
        item = Item(kind=ItemKind.POST, captured_at=CAPTURED, capture_method="test", platform=Platform.X,
                    platform_id="1", url="https://x.com/brave_reporter/status/1", text="I will not stop.",
                    author=Author("Brave Reporter", "brave_reporter", "https://x.com/brave_reporter",
                                  project.put_blob(avatar(5), "image/png")),
                    published=datetime(2014, 11, 3, tzinfo=UTC),
                    media=[Media("image", photo, "The reporter at the vigil", 1200, 800, mime="image/jpeg")])
        project.library.add([item])
        project.story.append(Block(BlockType.ITEM, item_id=item.id))
    return photo


def test_a_copy_kept_before_its_author_was_redacted_never_reaches_the_recap(tmp_path: Path) -> None:
    path = tmp_path / "p.storyweaver"
    photo = _one_post(path)
    before, fresh = _export(path, tmp_path / "before.html")
    keep_in_file(path, fresh)
    plain = {row.data for row in fresh}
    assert plain <= _images(before)
    with Project.open(path) as project:
        redact_author(project, "x", "brave_reporter")
    after, fresh_after = _export(path, tmp_path / "after.html")
    shown = _images(after)
    assert shown and not shown & plain  # neither the photograph nor the avatar as kept
    with Project.open(path, readonly=True) as project:
        original = project.get_blob(photo)
    assert original is not None
    assert prepare(original[0], "media", redact=True).data in shown  # the blurred one, prepared afresh
    assert fresh_after  # and kept in turn, under the redacted recipe
    keep_in_file(path, fresh_after)
    again, _nothing = _export(path, tmp_path / "again.html")
    assert again.encode() == after.encode()


def _put_row(path: Path, sha: str, how: str, data: bytes) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT OR REPLACE INTO prepared_images VALUES (?, ?, 'image/jpeg', 720, 480, ?)",
                     (sha, how, data))
    conn.close()


def test_a_kept_copy_with_metadata_or_of_another_recipe_is_never_served(tmp_path: Path) -> None:
    path = tmp_path / "p.storyweaver"
    photo = _one_post(path)
    clean, _fresh = _export(path, tmp_path / "clean.html")
    with_gps = picture(3, (720, 480), gps=True)  # a hand-made row: the right size, but GPS in it
    other = picture(11, (720, 480))  # a picture kept under an older version of the recipe
    _put_row(path, photo, recipe("media", redact=False, square=False), with_gps)
    _put_row(path, photo, recipe("media", redact=False, square=False).replace("v1+", "v0+"), other)
    _put_row(path, photo, recipe("media", redact=True, square=False), other)  # another audience
    shown, again = _export(path, tmp_path / "shown.html")
    assert with_gps not in _images(shown) and other not in _images(shown)
    assert shown.encode() == clean.encode()
    assert {row.recipe for row in again} >= {recipe("media", redact=False, square=False)}  # prepared afresh
    keep_in_file(path, again)
    with Project.open(path, readonly=True) as project:  # the older version's copy is dropped
        assert project.query("SELECT count(*) FROM prepared_images WHERE recipe LIKE 'v0+%'")[0][0] == 0
        assert project.query("SELECT data FROM prepared_images WHERE sha256 = ? AND recipe = ?",
                             (photo, recipe("media", redact=False, square=False)))[0][0] != with_gps


def test_a_version_4_file_is_exported_as_it_is_and_only_upgraded_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "v4.storyweaver"
    _one_post(path)
    with sqlite3.connect(path) as conn:  # what a version-4 file is: the same, without kept copies
        conn.execute("DROP TABLE prepared_images")
        conn.execute("PRAGMA user_version = 4")
    conn.close()
    assert check_project(path) == []
    before = path.read_bytes()
    html, fresh = _export(path, tmp_path / "recap.html")
    assert fresh and _images(html)
    assert keep_in_file(path, fresh) == 0  # an export never upgrades a file
    assert path.read_bytes() == before
    with Project.open(path) as project:  # the editor's open migrates it, in one transaction
        assert project.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION == 5
        assert project.keep_prepared(fresh) == len(fresh)
    assert check_project(path) == []
    assert _export(path, tmp_path / "again.html")[1] == []


def test_a_version_3_file_still_asks_to_be_upgraded_before_a_read_only_open(tmp_path: Path) -> None:
    path = tmp_path / "v3.storyweaver"
    _one_post(path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE prepared_images")
        conn.execute("DROP TABLE readables")  # version 4's: readers need it
        conn.execute("PRAGMA user_version = 3")
    conn.close()
    with pytest.raises(ProjectError) as refused:
        Project.open(path, readonly=True)
    assert refused.value.code == "needs-migration"


def test_kept_copies_go_with_their_original(tmp_path: Path) -> None:
    path = tmp_path / "p.storyweaver"
    photo = _one_post(path)
    keep_in_file(path, _export(path, tmp_path / "r.html")[1])
    assert keep_in_file(path, [PreparedRow("0" * 64, recipe("media", redact=False, square=False), "image/jpeg", 1, 1,
                                           b"\xff\xd8")]) == 0
    with Project.open(path) as project, project.transaction() as conn:
        conn.execute("DELETE FROM media")
        conn.execute("DELETE FROM blobs WHERE sha256 = ?", (photo,))
    with Project.open(path, readonly=True) as project:
        assert project.query("SELECT count(*) FROM prepared_images WHERE sha256 = ?", (photo,))[0][0] == 0
        assert project.query("SELECT count(*) FROM prepared_images")[0][0] == 1  # the avatar's
    assert check_project(path) == []


@pytest.mark.timeout(120)
def test_the_export_command_keeps_its_images_for_the_next_export(tmp_path: Path) -> None:
    path = build_demo_story(tmp_path / "demo.storyweaver")
    run_cli("export", path, "--html", tmp_path / "first.html", "--lang", "en", check=True)
    assert _kept_count(path) > 0
    run_cli("export", path, "--html", tmp_path / "second.html", "--lang", "en", check=True)
    assert (tmp_path / "first.html").read_bytes() == (tmp_path / "second.html").read_bytes()
    assert check_project(path) == []


def test_images_are_not_kept_while_another_writer_of_the_process_is_at_work(tmp_path: Path) -> None:
    from storyweaver.store.write_gate import gate_for

    path = tmp_path / "p.storyweaver"
    _one_post(path)
    fresh = _export(path, tmp_path / "r.html")[1]
    holding, release = threading.Event(), threading.Event()

    def import_at_work() -> None:
        with gate_for(path).held(interactive=False):
            holding.set()
            release.wait(10)

    writer = threading.Thread(target=import_at_work)
    writer.start()
    holding.wait(10)
    try:
        assert keep_in_file(path, fresh, if_idle=True) == 0  # at once, without waiting for it
    finally:
        release.set()
        writer.join()
    assert keep_in_file(path, fresh, if_idle=True) == len(fresh)


def test_progress_counts_only_the_images_an_export_prepares(tmp_path: Path) -> None:
    path = build_demo_story(tmp_path / "demo.storyweaver")
    keep_in_file(path, _export(path, tmp_path / "first.html")[1])
    seen: list[tuple[int, int, str]] = []
    with Project.open(path, readonly=True) as project:
        result = export_story(project, ExportOptions(html=tmp_path / "r.html", lang="en"),
                              progress=lambda done, total, message: seen.append((done, total, message)))
    assert result.images > 0  # as many as before: kept ones are the export's images too
    assert not [m for _d, _t, m in seen if m.startswith("Preparing images")]  # none to prepare
    assert seen[-1][:2] == (1, 1)  # the recap alone


def test_images_are_not_kept_while_another_process_holds_the_write_lock(tmp_path: Path) -> None:
    import time

    path = tmp_path / "p.storyweaver"
    _one_post(path)
    fresh = _export(path, tmp_path / "r.html")[1]
    other = sqlite3.connect(path, isolation_level=None)  # another process's writer, as SQLite sees it
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        assert keep_in_file(path, fresh) == 0
        assert time.monotonic() - started < 5  # given up soon, not after SQLite's 10 s
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert keep_in_file(path, fresh) == len(fresh)


def test_images_prepared_ahead_are_every_one_the_export_then_takes(tmp_path: Path) -> None:
    from storyweaver.export.ahead import prepare_ahead

    path = build_demo_story(tmp_path / "demo.storyweaver")
    with Project.open(path, readonly=True) as project:
        assert prepare_ahead(project, _set(threading.Event())) == []  # cancelled before it began
        rows = prepare_ahead(project, threading.Event())
    assert {row.recipe.split(";")[-2] for row in rows} == {"plain", "redacted"}
    keep_in_file(path, rows)
    html, fresh = _export(path, tmp_path / "r.html")
    assert fresh == [] and _images(html) <= {row.data for row in rows}
    assert _export(path, tmp_path / "t.html", timeline=tmp_path / "t.json")[1] == []


def _set(event: threading.Event) -> threading.Event:
    event.set()
    return event


def test_a_file_marked_read_only_is_left_unchanged_whoever_exports_it(tmp_path: Path) -> None:
    path = tmp_path / "p.storyweaver"
    _one_post(path)
    path.chmod(0o444)  # root could write it all the same: the mark is what counts
    before = path.read_bytes()
    run_cli("export", path, "--html", tmp_path / "r.html", check=True)
    assert path.read_bytes() == before
    path.chmod(0o644)
    run_cli("export", path, "--html", tmp_path / "r.html", check=True)
    assert _kept_count(path) > 0
