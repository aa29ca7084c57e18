"""The project file: round trips, migrations, refusals and damaged files."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform, Visibility
from storyweaver.errors import ProjectError
from storyweaver.store.check import check_project
from storyweaver.store.migrations import VERSION_1_SCHEMA
from storyweaver.store.project import Project
from storyweaver.store.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.helpers import link, post


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "story.storyweaver", title="#EndImpunity 2014") as created:
        yield created


def every_kind(project: Project) -> list[Item]:
    avatar = project.put_blob(b"\x89PNG avatar", "image/png")
    photo = project.put_blob(b"\xff\xd8 photo", "image/jpeg")
    raw = project.put_blob(b'{"id": "1"}', "application/json")
    return [
        Item(
            kind=ItemKind.POST, captured_at=datetime(2014, 11, 3, tzinfo=UTC), capture_method="x-archive",
            platform=Platform.X, platform_id="529000000000000001", url="https://x.com/a/status/529000000000000001",
            text="مرحبا #EndImpunity 🕯️\nline two", author=Author("Nour", "nour_example", "https://x.com/nour", avatar),
            published=datetime(2014, 11, 2, 8, 30, 15, 123000, tzinfo=UTC), raw_sha256=raw, lang="ar",
            hashtags=["EndImpunity"], media=[Media("image", photo, "Candles", 640, 480, "https://pbs/x.jpg",
                                                   "image/jpeg", photo)],
            extra={"metrics": {"reposts": 3, "likes": 9}, "reply_to": None}, redacted=True, note="check name",
        ),
        Item(kind=ItemKind.LINK, captured_at=datetime(2014, 11, 3, tzinfo=UTC), capture_method="unfurl",
             url="https://news.example.org/a", title="Title", description="Desc", site_name="News",
             published=datetime(2014, 11, 1, tzinfo=UTC), published_assumed_utc=True,
             image_url="https://news.example.org/i.jpg", lang="fr"),
        Item(kind=ItemKind.IMAGE, captured_at=datetime(2014, 11, 3, tzinfo=UTC), capture_method="file",
             media=[Media("image", photo, None, 640, 480, None, "image/jpeg", None)]),
        Item(kind=ItemKind.VIDEO, captured_at=datetime(2014, 11, 3, tzinfo=UTC), capture_method="unfurl",
             url="https://video.example.org/v/1", title="Vigil", extra={"oembed_type": "video"}),
        Item(kind=ItemKind.NOTE, captured_at=datetime(2014, 11, 3, tzinfo=UTC), capture_method="typed",
             text="Call the rapporteur's office"),
    ]


def test_every_item_kind_round_trips(project: Project, tmp_path: Path) -> None:
    items = every_kind(project)
    result = project.library.add(items)
    assert len(result.added) == 5
    project.close()
    with Project.open(tmp_path / "story.storyweaver") as reopened:
        stored = {i.id: i for i in reopened.library.iter_all()}
    for original in items:
        back = stored[original.id]
        original_fields = {k: getattr(original, k) for k in original.__slots__}
        back_fields = {k: getattr(back, k) for k in back.__slots__}
        assert back_fields == original_fields


def test_every_block_kind_round_trips_in_order(project: Project) -> None:
    (item_id,) = project.library.add([post(1)]).added
    project.story.append(Block(BlockType.HEADING, text="2 November: the International Day"))
    project.story.append(Block(BlockType.TEXT, text="<b>Why</b> it matters"))
    project.story.append(Block(BlockType.ITEM, item_id=item_id, caption="First tweet",
                               visibility=Visibility.BRIEFING))
    blocks = project.story.blocks()
    assert [b.type for b in blocks] == [BlockType.HEADING, BlockType.TEXT, BlockType.ITEM]
    assert blocks[2].visibility is Visibility.BRIEFING and blocks[2].caption == "First tweet"
    assert project.story.sections()[blocks[2].id] == "2 November: the International Day"


def test_moving_and_removing_blocks_keeps_positions_dense(project: Project) -> None:
    ids = [project.story.append(Block(BlockType.TEXT, text=str(n))) for n in range(5)]
    project.story.move(ids[0], 3)
    assert [b.text for b in project.story.blocks()] == ["1", "2", "3", "0", "4"]
    project.story.move(ids[4], 0)
    assert [b.text for b in project.story.blocks()] == ["4", "1", "2", "3", "0"]
    project.story.remove(ids[2])
    positions = [r[0] for r in project.query("SELECT position FROM blocks ORDER BY position")]
    assert positions == [0, 1, 2, 3]


def test_a_new_project_has_16_kib_pages_and_an_older_file_keeps_its_own(project: Project, tmp_path: Path) -> None:
    # Fewer, larger pages: a 50,000-post import writes a third of the calls (see store/project.py).
    assert project.query("PRAGMA page_size") == [(16384,)]
    older = tmp_path / "older.storyweaver"
    conn = sqlite3.connect(older)
    conn.executescript(VERSION_1_SCHEMA)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Project.open(older) as migrated:
        assert migrated.query("PRAGMA page_size") == [(4096,)]


def test_adding_the_same_post_twice_keeps_one_item(project: Project) -> None:
    first = project.library.add([post(7)])
    second = project.library.add([post(7), post(8)])
    assert second.existing == first.added
    assert project.library.count() == 2


def test_media_are_stored_once_by_content(project: Project) -> None:
    a = project.put_blob(b"same bytes", "image/png")
    b = project.put_blob(b"same bytes", "image/png")
    assert a == b == hashlib.sha256(b"same bytes").hexdigest()
    assert project.query("SELECT count(*) FROM blobs")[0][0] == 1


def test_items_fall_into_the_story_by_date_within_sections(project: Project) -> None:
    early, late = post(1, when=datetime(2014, 11, 2, tzinfo=UTC)), post(2, when=datetime(2014, 11, 23, tzinfo=UTC))
    early_id, late_id = project.library.add([early, late]).added
    project.story.append(Block(BlockType.HEADING, text="2 November"))
    project.story.append(Block(BlockType.ITEM, item_id=early_id))
    project.story.append(Block(BlockType.HEADING, text="23 November"))
    project.story.append(Block(BlockType.ITEM, item_id=late_id))
    middle = post(3, when=datetime(2014, 11, 10, tzinfo=UTC))
    last = post(4, when=datetime(2014, 11, 30, tzinfo=UTC))
    new_ids = project.library.add([last, middle]).added
    project.story.place_by_date(new_ids)
    order = [(b.type.value, b.item_id) for b in project.story.blocks()]
    assert order == [
        ("heading", None), ("item", early_id), ("item", middle.id),
        ("heading", None), ("item", late_id), ("item", last.id),
    ]


def test_a_newer_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.storyweaver"
    Project.create(path, title="x").close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError) as refused:
        Project.open(path)
    assert refused.value.code == "from-the-future"
    assert "newer StoryWeaver" in str(refused.value)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_a_hand_made_version_1_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.storyweaver"
    conn = sqlite3.connect(path)
    conn.executescript(VERSION_1_SCHEMA)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO meta VALUES ('title', 'Old campaign')")
    conn.execute(
        "INSERT INTO items (id, kind, captured_at, capture_method, text) "
        "VALUES (1, 'note', '2014-11-02T00:00:00.000+00:00', 'typed', 'kept')"
    )
    conn.execute("INSERT INTO blocks (position, type, item_id) VALUES (0, 'item', 1)")
    conn.commit()
    conn.close()
    with Project.open(path) as migrated:
        assert migrated.title == "Old campaign"
        assert migrated.library.get(1).text == "kept"  # type: ignore[union-attr]
        assert migrated.story.blocks()[0].visibility is Visibility.PUBLIC
        assert migrated.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        migrated.library.remember_address("https://example.org/", 1)
    assert check_project(path) == []


@pytest.mark.parametrize("damage", ["truncated", "random", "empty", "text"])
def test_a_damaged_file_gives_a_clear_error(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "damaged.storyweaver"
    with Project.create(path, title="x") as project:
        project.library.add([post(n) for n in range(300)])
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif damage == "random":
        path.write_bytes(bytes((n * 7919) % 256 for n in range(len(data))))
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.write_text("hello", encoding="utf-8")
    with pytest.raises(ProjectError) as failure, Project.open(path) as project:
        list(project.library.iter_all())
    assert failure.value.code in {"not-a-project", "corrupt"}
    assert str(path) in str(failure.value)


def test_a_file_with_a_foreign_trigger_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "trap.storyweaver"
    Project.create(path, title="x").close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER trap AFTER INSERT ON items BEGIN DELETE FROM blobs; END")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError) as refused:
        Project.open(path)
    assert refused.value.code == "foreign-objects" and "trap" in str(refused.value)
    assert path.read_bytes() == before


def test_check_finds_a_blob_whose_bytes_changed(tmp_path: Path) -> None:
    path = tmp_path / "tampered.storyweaver"
    with Project.create(path, title="x") as project:
        sha = project.put_blob(b"original photo", "image/jpeg")
        project.library.add([link(1)])
    assert check_project(path) == []
    conn = sqlite3.connect(path)
    conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (b"altered photo!", sha))
    conn.commit()
    conn.close()
    assert [p.code for p in check_project(path)] == ["blob-hash"]


def test_a_big_file_written_in_place_is_kept_whole_once_or_not_at_all(tmp_path: Path) -> None:
    # From 1 MiB put_blob writes the bytes into the row's own space (a repository export of
    # 22 MB): the same bytes come back, once however often given, and a failed edit keeps none.
    path = tmp_path / "big.storyweaver"
    big = bytes(range(256)) * (5 * 4096 + 3)  # 5 MiB and a bit: spans many pages
    with Project.create(path, title="x") as project:
        sha = project.put_blob(big, "application/vnd.ipld.car")
        assert project.put_blob(big, "application/vnd.ipld.car") == sha == hashlib.sha256(big).hexdigest()
        assert project.get_blob(sha) == (big, "application/vnd.ipld.car")
        assert project.query("SELECT count(*), sum(size) FROM blobs") == [(1, len(big))]
        other = big[::-1]
        with pytest.raises(RuntimeError), project.transaction():
            project.put_blob(other, "application/octet-stream")
            raise RuntimeError("the import broke after its file was kept")
        assert not project.has_blob(hashlib.sha256(other).hexdigest())
    assert check_project(path) == []


@pytest.mark.parametrize("damaged", ["text where bytes were", 42])
def test_check_says_a_blob_that_is_not_bytes_cannot_be_read(tmp_path: Path, damaged: object) -> None:
    # A flipped byte in a record header makes SQLite read the column as text, a number or NULL
    # (found by the byte-flip torture test): one line, never a crash.
    path = tmp_path / "flipped.storyweaver"
    with Project.create(path, title="x") as project:
        sha = project.put_blob(b"original photo", "image/jpeg")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (damaged, sha))
    conn.commit()
    conn.close()
    problems = check_project(path)
    assert [(p.code, p.detail) for p in problems] == [("blob-hash", f"{sha}: content cannot be read")]


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "precious.txt"
    path.write_text("do not touch", encoding="utf-8")
    with pytest.raises(ProjectError) as refused:
        Project.create(path, title="x")
    assert refused.value.code == "exists"
    assert path.read_text(encoding="utf-8") == "do not touch"


def test_a_closed_project_is_one_file(tmp_path: Path) -> None:
    path = tmp_path / "one.storyweaver"
    with Project.create(path, title="x") as project:
        project.library.add([post(1)])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.storyweaver"]


def test_save_a_copy_is_a_sound_project(project: Project, tmp_path: Path) -> None:
    project.library.add([post(n) for n in range(10)])
    copy = tmp_path / "copy.storyweaver"
    project.save_copy(copy)
    assert check_project(copy) == []
    with Project.open(copy, readonly=True) as opened:
        assert opened.library.count() == 10


def test_text_with_a_lone_surrogate_is_kept_with_a_replacement_character(project: Project) -> None:
    cut = post(1, text="Vigil tonight \ud83d #EndImpunity")
    cut.media = [Media("image", None, "alt \udc00", 1, 1)]
    (item_id,) = project.library.add([cut]).added
    stored = project.library.get(item_id)
    assert stored is not None
    assert stored.text == "Vigil tonight \ufffd #EndImpunity"
    assert stored.media[0].alt == "alt \ufffd"


def test_ids_follow_the_order_items_were_given_in(project: Project) -> None:
    from storyweaver.core.model import ItemKind as Kind

    note = Item(kind=Kind.NOTE, captured_at=datetime(2014, 11, 3, tzinfo=UTC), capture_method="typed", text="n")
    batch = [post(1), note, link(1), post(1), post(2)]
    result = project.library.add(batch)
    assert result.added == [1, 2, 3, 4]
    assert result.existing == [1]  # the repeated post points at the first
    assert [i.id for i in batch] == [1, 2, 3, 1, 4]
