"""Issue 13, findings 3, 8 and 10: crafted and unwritable project files, on the real command line."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from storyweaver.core.model import Block, BlockType
from storyweaver.store.project import Project
from storyweaver.store.schema import SCHEMA_VERSION
from tests.helpers import immutable, post, run_cli


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.storyweaver"
    with Project.create(path, title="Vigil") as project:
        first = post(1)
        first.redacted = True
        ids = project.library.add([first, post(2)]).added
        project.story.append(Block(BlockType.ITEM, item_id=ids[0]))
    return path


def _tamper(path: Path, *statements: str, writable_schema: bool = False) -> bytes:
    conn = sqlite3.connect(path)
    if writable_schema:
        conn.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


UNREDACT = ("CREATE TRIGGER sqlite_unredact AFTER INSERT ON items BEGIN "
            "UPDATE items SET redacted = 0; UPDATE blocks SET visibility = 'public'; END")


def test_a_trigger_named_like_sqlites_own_is_refused_and_reported(project_file: Path) -> None:
    # Finding 3: names starting with sqlite_ were skipped, `check` called the file sound and
    # the next `add` fired the trigger, un-redacting everyone.
    before = _tamper(project_file, "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) "
                     f"VALUES ('trigger', 'sqlite_unredact', 'items', 0, '{UNREDACT.replace(chr(39), chr(39) * 2)}')",
                     writable_schema=True)
    checked = run_cli("check", project_file)
    assert checked.returncode == 1, checked.stdout
    assert "trigger sqlite_unredact" in checked.stdout
    added = run_cli("add", project_file, "https://example.org/")
    assert added.returncode == 1 and "never creates" in added.stderr
    assert project_file.read_bytes() == before
    conn = sqlite3.connect(f"{project_file.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT redacted FROM items ORDER BY id").fetchall() == [(1,), (0,)]
    conn.close()


@pytest.mark.parametrize("change", [
    "CREATE VIEW sqlite_look AS SELECT 1",
    "ALTER TABLE items DROP COLUMN note",
    "CREATE INDEX items_title ON items (title)",
])
def test_any_schema_that_differs_from_a_genuine_files_is_refused(project_file: Path, change: str) -> None:
    before = _tamper(project_file, change, writable_schema="sqlite_" in change)
    checked = run_cli("check", project_file)
    assert checked.returncode == 1 and "not made by StoryWeaver" in checked.stdout
    for command in (["items", project_file, "--json"], ["add", project_file, "https://example.org/"]):
        done = run_cli(*command)
        assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert project_file.read_bytes() == before  # the header bytes included


@pytest.mark.parametrize(("change", "said"), [
    ("UPDATE items SET text = CAST(x'41ff42' AS TEXT) WHERE id = 1", "text is not valid UTF-8"),
    ("UPDATE items SET hashtags = '[\"open' WHERE id = 1", "hashtags is not valid JSON"),
    ("UPDATE items SET extra = '[1, 2]' WHERE id = 2", "extra is not a JSON dict"),
    ("UPDATE items SET kind = 'rumour' WHERE id = 2", "unknown kind"),
    ("UPDATE blocks SET type = 'banner'", "unknown type"),
    ("UPDATE blocks SET visibility = 'secret'", "unknown visibility"),
])
def test_check_finds_every_value_the_other_commands_refuse(project_file: Path, change: str, said: str) -> None:
    # Finding 8: `check` said "sound" for files other commands refuse.
    before = _tamper(project_file, change)
    checked = run_cli("check", project_file)
    assert checked.returncode == 1, checked.stdout
    assert said in checked.stdout
    for line in checked.stdout.splitlines():
        assert "SELECT" not in line and "FROM" not in line
    assert project_file.read_bytes() == before


def test_a_genuine_older_file_is_still_sound_and_migrates(project_file: Path, tmp_path: Path) -> None:
    older = tmp_path / "v2.storyweaver"
    shutil.copy(project_file, older)
    _tamper(older, "DROP TABLE redacted_authors", "DROP TABLE readables", "DROP TABLE prepared_images",
            "PRAGMA user_version = 2")
    assert run_cli("check", older).returncode == 0
    assert run_cli("add", older, str(tmp_path / "nothing-here.jpg")).returncode in (0, 1)
    assert run_cli("check", older).returncode == 0
    with Project.open(older, readonly=True) as project:
        assert project.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION


@pytest.mark.timeout(60)  # a timeout inside the test, so `finally` makes the file mutable again
def test_a_file_that_cannot_be_written_is_told_not_assumed(project_file: Path) -> None:
    # Finding 10: os.access says "writable" to root for any file; an immutable file was
    # then opened for writing and failed later with a database error.
    with immutable(project_file):
        before = project_file.read_bytes()
        added = run_cli("add", project_file, "https://example.org/")
        assert added.returncode == 1
        assert "cannot be written" in added.stderr and len(added.stderr.strip().splitlines()) == 1
        listed = run_cli("items", project_file, "--json")
        assert listed.returncode == 0 and "Voices" in listed.stdout
        assert project_file.read_bytes() == before
