"""The library's in-memory index: what each filter keeps, and the sort orders (no Qt)."""

from __future__ import annotations

import random
from pathlib import Path

from storyweaver.session.library_index import SORTS, LibraryFilter, LibraryIndex, LibraryRow
from storyweaver.store.project import Project


def load(path: Path) -> LibraryIndex:
    with Project.open(path, readonly=True) as project:
        return LibraryIndex.load(project)


def test_text_filter_finds_words_authors_and_hashtags(demo_path: Path) -> None:
    index = load(demo_path)
    assert [r.first_line for r in index.select(LibraryFilter(text="courthouse"))] == [
        "Journalists gather in front of the courthouse. #EndImpunity"]
    assert {r.author for r in index.select(LibraryFilter(text="@amina"))} == {"Amina Diallo"}
    tagged = index.select(LibraryFilter(text="#endimpunity"))
    assert len(tagged) == 10  # post 1, post 2 and the eight solidarity messages
    assert index.select(LibraryFilter(text="courthouse nowhere-to-be-found")) == []


def test_structural_filters(demo_path: Path) -> None:
    index = load(demo_path)
    assert {r.kind for r in index.select(LibraryFilter(kinds=frozenset({"link"})))} == {"link"}
    assert {r.platform for r in index.select(LibraryFilter(platform="bluesky"))} == {"bluesky"}
    with_media = index.select(LibraryFilter(has_media=True))
    assert {r.kind for r in with_media} == {"post", "image", "video"}
    missing = index.select(LibraryFilter(missing_alt=True))
    assert {r.kind for r in missing} == {"post", "video"}  # the image has its alt text
    in_story = index.select(LibraryFilter(in_story=True))
    assert len(in_story) == 4
    assert len(index.select(LibraryFilter(in_story=False))) == len(index.rows) - 4
    first_day = index.select(LibraryFilter(date_from="2026-10-30", date_to="2026-10-30"))
    assert first_day and all(r.day == "2026-10-30" for r in first_day)


def test_sort_orders(demo_path: Path) -> None:
    index = load(demo_path)
    newest = [r.published for r in index.select(LibraryFilter(), "newest")]
    assert newest == sorted(newest, reverse=True)
    oldest = [r.published for r in index.select(LibraryFilter(), "oldest") if r.published]
    assert oldest == sorted(oldest)
    authors = [r.author.casefold() for r in index.select(LibraryFilter(), "author")]
    assert authors == sorted(authors)


def row(item_id: int, published: str, author: str) -> LibraryRow:
    return LibraryRow(item_id, "post", "x", author, "h", f"post {item_id}", published, f"post {item_id} {author}")


def test_orders_kept_while_imports_arrive_equal_a_fresh_sort() -> None:
    # Imports append rows with higher ids; each kept order takes them in without a re-sort
    # and must come out exactly as sorting everything again would (ties and empty dates too).
    rng = random.Random(8)
    days = ["", "2026-10-30T08:00:00Z", "2026-11-02T09:15:27Z", "2026-11-02T09:15:27Z", "2026-11-20T23:59:00Z"]
    authors = ["Amina", "amina", "Zoë", "Émile", "", "bob"]
    grown = LibraryIndex()
    next_id = 1
    for _round in range(6):
        fresh = LibraryIndex(rows=[row(next_id + k, rng.choice(days), rng.choice(authors)) for k in range(40)])
        next_id += 40
        grown.merge(fresh)
        for sort in SORTS:  # the orders are kept (and so grown) from the second round on
            everything = LibraryIndex(rows=list(grown.rows))
            assert [r.id for r in grown.select(LibraryFilter(), sort)] == \
                [r.id for r in everything.select(LibraryFilter(), sort)], sort
            assert [r.id for r in grown.select(LibraryFilter(text="amina"), sort)] == \
                [r.id for r in everything.select(LibraryFilter(text="amina"), sort)], sort
        assert grown.counts_per_day() == LibraryIndex(rows=list(grown.rows)).counts_per_day()
    assert sum(grown.counts_per_day().values()) == sum(1 for r in grown.rows if r.published)


def test_an_index_extended_off_the_window_equals_a_fresh_sort_and_leaves_the_shown_one_alone() -> None:
    # The window swaps in what a worker built (LibraryIndex.extended): it must sort and count
    # exactly as sorting everything again would, and never change the index still shown.
    rng = random.Random(11)
    days = ["", "2026-10-30T08:00:00Z", "2026-11-02T09:15:27Z", "2026-11-20T23:59:00Z"]
    authors = ["Amina", "amina", "Zoë", "Émile", "", "bob"]
    first = [row(n, rng.choice(days), rng.choice(authors)) for n in range(1, 61)]
    shown = LibraryIndex(rows=first, by_id={r.id: r for r in first})
    for sort in ("newest", "author"):  # orders the window keeps (the user looked at them)
        shown.select(LibraryFilter(), sort)
    next_id = 61
    for _round in range(4):
        before = ([r.id for r in shown.rows], shown.counts_per_day(), [r.id for r in shown.select(LibraryFilter())])
        fresh = LibraryIndex(rows=[row(next_id + k, rng.choice(days), rng.choice(authors)) for k in range(50)]
                             + shown.rows[:3])  # rows it has already are not taken twice
        next_id += 50
        grown = shown.extended(fresh)
        assert ([r.id for r in shown.rows], shown.counts_per_day(),
                [r.id for r in shown.select(LibraryFilter())]) == before
        everything = LibraryIndex(rows=sorted({r.id: r for r in [*shown.rows, *fresh.rows]}.values(),
                                              key=lambda r: r.id))
        assert [r.id for r in grown.rows] == [r.id for r in everything.rows]
        assert set(grown.by_id) == {r.id for r in everything.rows}
        for sort in SORTS:
            assert [r.id for r in grown.select(LibraryFilter(), sort)] == \
                [r.id for r in everything.select(LibraryFilter(), sort)], sort
            assert [r.id for r in grown.select(LibraryFilter(text="amina"), sort)] == \
                [r.id for r in everything.select(LibraryFilter(text="amina"), sort)], sort
        assert grown.counts_per_day() == everything.counts_per_day()
        shown = grown


def test_an_import_undone_and_redone_leaves_the_index_as_a_fresh_one_would_be() -> None:
    # Undo takes an import's rows out (LibraryIndex.without), redo reads them back with their
    # old ids (extended): each must equal an index made from scratch, orders and counts too.
    rng = random.Random(5)
    days = ["", "2026-10-30T08:00:00Z", "2026-11-02T09:15:27Z", "2026-11-20T23:59:00Z"]
    authors = ["Amina", "amina", "Zoë", "Émile", "", "bob"]
    every = [row(n, rng.choice(days), rng.choice(authors)) for n in range(1, 201)]
    shown = LibraryIndex(rows=list(every), by_id={r.id: r for r in every})
    for sort in ("newest", "author", "added"):
        shown.select(LibraryFilter(), sort)
    imported = [r.id for r in every if r.id % 3 == 0 or 120 < r.id <= 160]  # old and newest ids

    def same_as_fresh(index: LibraryIndex, rows: list[LibraryRow]) -> None:
        fresh = LibraryIndex(rows=rows, by_id={r.id: r for r in rows})
        assert [r.id for r in index.rows] == [r.id for r in fresh.rows]
        assert index.by_id.keys() == fresh.by_id.keys()
        for sort in SORTS:
            for text in ("", "amina"):
                assert [r.id for r in index.select(LibraryFilter(text=text), sort)] == \
                    [r.id for r in fresh.select(LibraryFilter(text=text), sort)], (sort, text)
        assert index.counts_per_day() == fresh.counts_per_day()

    undone = shown.without(imported)
    same_as_fresh(undone, [r for r in every if r.id not in set(imported)])
    assert len(shown.rows) == 200  # the index still shown is left alone
    back = LibraryIndex(rows=[r for r in every if r.id in set(imported)])
    redone = undone.extended(back)
    same_as_fresh(redone, every)


def test_repeated_strings_are_held_once_not_once_per_row(tmp_path: Path) -> None:
    # Issue 19: at 100,000 rows, one copy per row of each kind, network, author, handle,
    # picture and day was tens of MiB of the editor's peak. Equal values are one object.
    from tests.helpers import post

    path = tmp_path / "one-account.storyweaver"
    with Project.create(path, title="archive") as project:
        project.library.add([post(n) for n in (50, 100, 150, 200, 250)])  # one author, one day
    index = LibraryIndex.read(path)
    first, *others = index.rows
    assert len(others) == 4
    for row in others:
        for name in ("kind", "platform", "author", "handle", "day"):
            assert getattr(row, name) == getattr(first, name)
            assert getattr(row, name) is getattr(first, name), name
