"""Issue 13, finding 5: redact a person, not a post (now, in later imports, undoable, warned at export)."""

from __future__ import annotations

from pathlib import Path

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Platform
from storyweaver.store.project import Project
from storyweaver.store.redacted_authors import (
    redact_author,
    redacted_authors,
    restore_author_redaction,
    stop_redacting_author,
    unredact_author,
)
from tests.helpers import BASE, post, run_cli


def _story(path: Path) -> list[int]:
    with Project.create(path, title="Vigil") as project:
        first = post(1)  # by voices1_example
        first.redacted = True
        ids = project.library.add([first, post(51), post(2)]).added  # post 51 is voices1_example again
        for item_id in ids:
            project.story.append(Block(BlockType.ITEM, item_id=item_id))
    return ids


def _redacted(path: Path) -> list[int]:
    with Project.open(path, readonly=True) as project:
        return [row[0] for row in project.query("SELECT redacted FROM items ORDER BY id")]


def test_export_warns_when_a_redacted_author_appears_unredacted(tmp_path: Path) -> None:
    path = tmp_path / "p.storyweaver"
    _story(path)
    done = run_cli("export", path, "--html", tmp_path / "r.html", check=True)
    assert "@voices1_example is redacted, but appears unredacted" in done.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Voices 1" in page  # the very leak the warning is about


def test_redacting_an_author_covers_every_post_and_later_imports_and_undoes(tmp_path: Path) -> None:
    path = tmp_path / "p.storyweaver"
    _story(path)
    done = run_cli("redact-author", path, "x", "@Voices1_Example", check=True)
    assert "posts newly redacted: 1" in done.stdout
    assert _redacted(path) == [1, 1, 0]
    with Project.open(path) as project:
        project.library.add([post(101), post(3)])  # a later import: voices1_example again, and someone else
    assert _redacted(path) == [1, 1, 0, 1, 0]
    exported = run_cli("export", path, "--html", tmp_path / "r.html", check=True)
    assert "appears unredacted" not in exported.stderr
    assert "Voices 1" not in (tmp_path / "r.html").read_text(encoding="utf-8")
    run_cli("redact-author", path, "x", "voices1_example", "--undo", check=True)
    assert _redacted(path) == [0, 0, 0, 0, 0]  # the CLI undo forgets the person entirely


def test_undoing_gives_back_exactly_the_marks_it_changed(tmp_path: Path) -> None:
    path = tmp_path / "p.storyweaver"
    _story(path)
    with Project.open(path) as project:
        changed = redact_author(project, "x", "voices1_example")
        assert changed == [2]
        unredact_author(project, "x", "voices1_example", changed)
    assert _redacted(path) == [1, 0, 0]  # the post redacted by hand stays redacted


def test_stopping_an_author_redaction_is_undone_exactly(tmp_path: Path) -> None:
    # The editor's "Stop redacting this author" and its undo (gui/redact_author.py).
    path = tmp_path / "p.storyweaver"
    _story(path)
    with Project.open(path) as project:
        redact_author(project, "x", "voices1_example")
        changed = stop_redacting_author(project, "x", "@Voices1_Example")
        assert redacted_authors(project) == set()
    assert _redacted(path) == [0, 0, 0]
    with Project.open(path) as project:
        restore_author_redaction(project, "x", "voices1_example", changed)
        assert redacted_authors(project) == {("x", "voices1_example")}
    assert _redacted(path) == [1, 1, 0]


def _toot(n: int, handle: str, server: str) -> Item:
    # Mastodon names an account user@server; a post by a local account (an archive's own
    # outbox, a status read from the account's own server) carries the bare username, with the
    # server only in the profile address (Mastodon's Account entity: `acct` vs `url`).
    return Item(kind=ItemKind.POST, captured_at=BASE, capture_method="test", platform=Platform.MASTODON,
                platform_id=f"11{n:08d}", url=f"https://{server}/@{handle.split('@')[0]}/11{n:08d}",
                text=f"toot {n}", author=Author(name=f"Toot {n}", handle=handle,
                                                url=f"https://{server}/@{handle.split('@')[0]}"))


def test_a_mastodon_person_is_one_account_whichever_form_names_them(tmp_path: Path) -> None:
    # The long property run found it: redacting "hand" as a person left "hand@inst.example" public.
    path = tmp_path / "p.storyweaver"
    with Project.create(path, title="Vigil") as project:
        project.library.add([_toot(1, "rights@inst.example", "inst.example"), _toot(2, "rights", "inst.example"),
                             _toot(3, "rights@other.example", "other.example"), _toot(4, "someone", "inst.example")])
        assert sorted(redact_author(project, "mastodon", "@Rights@inst.example")) == [1, 2]
        project.library.add([_toot(5, "Rights", "inst.example"), _toot(6, "rights@other.example", "other.example")])
    assert _redacted(path) == [1, 1, 0, 0, 1, 0]  # the same person only: not the namesake on another server
    with Project.open(path) as project:
        assert sorted(redact_author(project, "mastodon", "rights")) == [3, 6]  # no server given: every server
    assert _redacted(path) == [1, 1, 1, 0, 1, 1]
