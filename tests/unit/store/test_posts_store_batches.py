from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform, ReadableCopy
from storyweaver.core.timefmt import to_stored
from storyweaver.errors import ProjectError

NOW = datetime(2024, 11, 2, tzinfo=UTC)


def _post(n: int, text: str = "t") -> Item:
    return Item(kind=ItemKind.POST, captured_at=NOW, capture_method="test", platform=Platform.X,
                platform_id=str(n), text=text, author=Author(name="A", handle="a"),
                media=[Media(url=f"https://m.example/{n}.jpg", alt="alt")] if n % 2 else [])


def test_a_batch_stores_each_post_once_even_when_it_repeats(project):
    first = project.library.add([_post(1), _post(2), _post(1, "again"), _post(3)])
    assert len(first.added) == 3 and len(first.existing) == 1
    ids = [i.id for i in project.library.iter_all()]
    assert first.added == ids and first.existing == [ids[0]]
    assert project.library.get(ids[0]).text == "t"  # type: ignore[union-attr]
    assert project.library.get(ids[2]).media[0].url == "https://m.example/3.jpg"  # type: ignore[union-attr]
    second = project.library.add([_post(3), _post(4)])
    assert second.existing == [ids[2]] and second.added == [ids[2] + 1]


def test_items_without_identity_are_always_added(project):
    note = Item(kind=ItemKind.NOTE, captured_at=NOW, capture_method="test", text="mine")
    result = project.library.add([note, Item(kind=ItemKind.NOTE, captured_at=NOW, capture_method="test", text="x")])
    assert len(result.added) == 2 and project.library.count() == 2


def test_a_post_cut_in_the_middle_of_an_emoji_is_stored_with_replacement_characters(project):
    cut = Item(kind=ItemKind.POST, captured_at=NOW, capture_method="test", platform=Platform.X, platform_id="9",
               text="vigil \ud83d", media=[Media(url="https://m.example/9.jpg", alt="candle \udd6f")])
    whole = _post(10)
    result = project.library.add([whole, cut])
    assert len(result.added) == 2
    stored = project.library.get(result.added[1])
    assert stored is not None and stored.text == "vigil \ufffd" and stored.media[0].alt == "candle \ufffd"
    assert project.library.get(result.added[0]).text == "t"  # type: ignore[union-attr]
    assert project.library.add([cut]).existing == [result.added[1]]


def test_rows_go_in_several_per_statement_in_order_whatever_the_count(project):
    # Rows are inserted in groups (one statement each); every count around a group's size,
    # and a lone surrogate deep in a later group, must give every row its own id in order.
    from storyweaver.store import library

    per = library._PARAMETERS_PER_STATEMENT // len(library.ITEM_COLUMNS.split(","))
    start = 100
    for count in (1, per - 1, per, per + 1, 3 * per + 7):
        posts = [_post(start + k, f"post {start + k}") for k in range(count)]
        if count > per:
            posts[-2].text = "cut \ud83d"
        result = project.library.add(posts)
        assert len(result.added) == count
        stored = [project.library.get(item_id) for item_id in result.added]
        assert [s.platform_id for s in stored] == [str(start + k) for k in range(count)]  # type: ignore[union-attr]
        assert [len(s.media) for s in stored] == [(start + k) % 2 for k in range(count)]  # type: ignore[union-attr]
        if count > per:
            assert stored[-2].text == "cut \ufffd"  # type: ignore[union-attr]
        start += count
    assert project.library.count() == sum((1, per - 1, per, per + 1, 3 * per + 7))


def test_rows_that_break_a_constraint_half_way_leave_none_of_theirs(project):
    # Rows go in with INSERT OR FAIL (no statement journal): a statement stopped by a constraint
    # keeps its own first rows, so _insert_rows undoes all of its rows itself; what the same
    # transaction stored before stays, to be kept or rolled back by its owner.
    import sqlite3

    from storyweaver.store import library
    from storyweaver.store.item_rows import row_of

    kept = project.library.add([_post(1)]).added
    rows = [row_of(_post(n))[0] for n in range(2, 40)]
    rows[30] = rows[3]  # the same dedupe key twice, deep in the first statement
    with project.transaction() as conn:
        with pytest.raises(sqlite3.IntegrityError):
            library._insert_rows(conn, "items", library.ITEM_COLUMNS, rows)
        assert [r[0] for r in conn.execute("SELECT platform_id FROM items")] == ["1"]
    assert project.library.count() == 1 and [i.id for i in project.library.iter_all()] == kept


def test_an_import_taken_out_and_put_back_is_the_same_items_under_the_same_ids(project):
    # What undo and redo of an import do: read the items, remove them, restore them whole.
    posts = [_post(500 + k, f"post {k} \u0645\u0631\u062d\u0628\u0627") for k in range(300)]
    ids = project.library.add(posts).added
    block = project.story.append(Block(BlockType.ITEM, item_id=ids[3]))
    before = project.library.get_many(ids)
    project.library.remove_many(ids)
    assert project.library.count() == 0 and project.library.get_many(ids) == {}
    assert block not in [b.id for b in project.story.blocks()]  # its story block went with it
    ordered = [before[i] for i in ids]
    taken = project.library.add([_post(10_000)])  # meanwhile, a new capture takes the first free id
    result = project.library.add(ordered, keep_ids=True)
    assert taken.added == [ids[0]]
    assert result.existing == [ids[0]] and result.added == ids[1:]
    after = project.library.get_many(ids[1:])
    assert {i: after[i] for i in ids[1:]} == {i: before[i] for i in ids[1:]}
    assert sum(len(item.media) for item in after.values()) == sum(len(before[i].media) for i in ids[1:]) > 100


def test_an_import_stashed_and_put_back_is_the_same_items_under_the_same_ids(project):
    # What the editor's undo and redo of an import do (ImportItems): the items, their media
    # and their remembered addresses leave for temporary tables and come back whole.
    posts = [_post(700 + k, f"post {k} \u0645\u0631\u062d\u0628\u0627") for k in range(300)]
    ids = project.library.add(posts).added
    project.library.remember_address("https://example.org/post-3", ids[3])
    block = project.story.append(Block(BlockType.ITEM, item_id=ids[3]))
    before = project.library.get_many(ids)
    project.library.stash_many(ids, "undone_1")
    assert project.library.count() == 0 and project.library.get_many(ids) == {}
    assert block not in [b.id for b in project.story.blocks()]  # its story block went with it
    assert project.library.item_for_address("https://example.org/post-3") is None
    # meanwhile, a capture takes the first free id, and another one captures post 5 again
    taken = project.library.add([_post(20_000)]).added
    again = project.library.add([_post(705, "post 5 again")]).added
    assert taken == [ids[0]] and again == [ids[1]]  # the freed ids are given again
    restored = project.library.unstash("undone_1")
    assert restored == [i for i in ids if i not in (ids[0], ids[1], ids[5])]
    after = project.library.get_many(restored)
    assert {i: after[i] for i in restored} == {i: before[i] for i in restored}
    assert sum(len(item.media) for item in after.values()) == sum(len(before[i].media) for i in restored) > 100
    assert project.library.item_for_address("https://example.org/post-3") == ids[3]
    assert project.library.get(ids[0]).platform_id == _post(20_000).platform_id  # the capture keeps its item
    assert project.library.count() == len(restored) + 2 and again
    assert not project.query("SELECT name FROM sqlite_temp_master WHERE name LIKE 'undone_1%'")


def test_columns_empty_in_every_row_are_stored_as_null_and_filled_ones_kept(project):
    # The store leaves a column out of its INSERT when every row of a batch has None there
    # (faster than binding None); the rows read back must be the same as if it were bound.
    bare = [_post(n) for n in range(20, 26)]
    mixed = [_post(30), Item(kind=ItemKind.LINK, captured_at=NOW, capture_method="test", url="https://a.example/",
                             title="A title", description="About", note="mine", lang="fr")]
    first, second = project.library.add(bare), project.library.add(mixed)
    rows = project.query("SELECT id, title, description, note, lang, author_avatar, image_url, hashtags, extra "
                         "FROM items ORDER BY id")
    by_id = {row[0]: row[1:] for row in rows}
    assert all(by_id[i] == (None, None, None, None, None, None, "[]", "{}") for i in first.added)
    assert by_id[second.added[0]] == (None, None, None, None, None, None, "[]", "{}")
    assert by_id[second.added[1]] == ("A title", "About", "mine", "fr", None, None, "[]", "{}")


def test_a_falsy_value_in_a_later_row_keeps_its_column(project):
    # Whether a column is empty in every row is counted in C (``list.count(None)``): an empty
    # note or title (falsy, not None) in the last row only must still be stored as written.
    later = [_post(n) for n in range(40, 45)] + [Item(kind=ItemKind.LINK, captured_at=NOW, capture_method="test",
                                                      url="https://c.example/", title="", note="")]
    added = project.library.add(later).added
    rows = project.query("SELECT id, title, note FROM items ORDER BY id")
    assert [row[1:] for row in rows] == [(None, None)] * 5 + [("", "")] and rows[-1][0] == added[-1]


def test_a_column_with_a_default_is_never_left_out_to_take_it(project):
    # ``readables.words`` is NOT NULL DEFAULT 0: None there must stay an error (as when it was
    # bound), never become a silent 0 because the column was left out of the INSERT.
    page = Item(kind=ItemKind.LINK, captured_at=NOW, capture_method="test", url="https://b.example/",
                readable=ReadableCopy(captured_at=NOW, extractor="test", words=None))  # type: ignore[arg-type]
    with pytest.raises(ProjectError, match=r"NOT NULL constraint failed: readables\.words"):
        project.library.add([page])
    assert project.library.count() == 0


def test_stored_instants_are_isoformat_to_the_millisecond():
    rng = random.Random(17)
    for _ in range(20_000):
        moment = datetime(1, 1, 1, tzinfo=UTC) + timedelta(microseconds=rng.randrange(315_537_897_599_999_999))
        if rng.random() < 0.3:
            moment = moment.astimezone(timezone(timedelta(minutes=rng.randrange(-720, 780, 15))))
        assert to_stored(moment) == moment.astimezone(UTC).isoformat(timespec="milliseconds")


def test_rows_read_a_batch_at_a_time_are_every_row_once_in_order(tmp_path: Path) -> None:
    # Issue 19: the library index reads 50,000 rows in batches, keeping only its own small
    # row from each, instead of holding every raw row at once.
    from storyweaver.store.project import Project

    with Project.create(tmp_path / "b.storyweaver", title="batches") as project:
        with project.transaction():
            for n in range(25):
                project.story.append(Block(BlockType.TEXT, text=f"text {n}"))
        whole = project.query("SELECT id, text FROM blocks ORDER BY id")
        batches = list(project.query_batches("SELECT id, text FROM blocks ORDER BY id", size=10))
    assert [len(batch) for batch in batches] == [10, 10, 5]
    assert [row for batch in batches for row in batch] == whole
