"""Hostile project files: byte flips, truncations, added triggers and views, future versions.

Each is opened read-only with a clear message, or refused; never a crash, never changed on disk.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from storyweaver.core.model import Block, BlockType
from storyweaver.errors import ProjectError
from storyweaver.store.check import check_project
from storyweaver.store.listing_sql import items_json_text
from storyweaver.store.project import Project
from storyweaver.store.schema import SCHEMA_VERSION
from tests.helpers import link, post, run_cli

LONG = os.environ.get("STORYWEAVER_TORTURE") == "long"
MUTATIONS = 1500 if LONG else 150

pytestmark = [pytest.mark.torture, pytest.mark.timeout(3600 if LONG else 300)]


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("genuine") / "genuine.storyweaver"
    with Project.create(path, title="#EndImpunity") as project:
        for _n in range(40):
            project.put_blob(os.urandom(3000), "image/jpeg")
        ids = project.library.add([post(n) for n in range(400)] + [link(n) for n in range(50)]).added
        project.story.append(Block(BlockType.HEADING, text="2 November"))
        project.story.place_by_date(ids[::5])
    return path


def read_everything(path: Path) -> None:
    """Everything a user can do with a file without writing it; only ProjectError may escape."""
    try:
        with Project.open(path, readonly=True) as project:
            list(project.library.iter_all())
            project.story.blocks()
            items_json_text(project)
            project.title  # noqa: B018 - reading the title reads the meta table
    except ProjectError as error:
        assert str(error)  # a sentence, not a code
    try:
        check_project(path)
    except ProjectError as error:
        assert str(error)


def test_byte_flips_and_truncations_never_crash_and_never_change_the_file(genuine: Path, tmp_path: Path) -> None:
    rng = random.Random(1102)
    data = genuine.read_bytes()
    for attempt in range(MUTATIONS):
        mutated = bytearray(data)
        if attempt % 5 == 4:
            mutated = mutated[: rng.randrange(0, len(mutated))]
        else:
            for _ in range(rng.randint(1, 16)):
                # Bias half of the flips towards the first pages, where the schema lives.
                where = rng.randrange(0, 8192) if rng.random() < 0.5 else rng.randrange(0, len(mutated))
                mutated[where] ^= 1 << rng.randrange(8)
        target = tmp_path / f"m{attempt}.storyweaver"
        target.write_bytes(bytes(mutated))
        read_everything(target)
        assert target.read_bytes() == bytes(mutated), f"mutation {attempt} changed the file on disk"
        target.unlink()


def test_the_command_line_reports_damaged_files_in_one_line(genuine: Path, tmp_path: Path) -> None:
    rng = random.Random(23)
    data = genuine.read_bytes()
    for attempt in range(8):
        mutated = bytearray(data)
        for _ in range(64):
            mutated[rng.randrange(100, len(mutated))] = rng.randrange(256)
        target = tmp_path / f"cli{attempt}.storyweaver"
        target.write_bytes(bytes(mutated))
        for command in (["items", target, "--json"], ["check", target]):
            result = run_cli(*command)
            assert result.returncode in (0, 1), result.stderr
            assert "Traceback" not in result.stderr
        assert target.read_bytes() == bytes(mutated)


@pytest.mark.parametrize("addition", [
    "CREATE VIEW spy AS SELECT * FROM blobs",
    "CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM items; END",
    "CREATE TABLE extra_table (x)",
    "CREATE INDEX sneaky ON items (title)",
])
def test_objects_added_by_someone_else_are_refused_unchanged(genuine: Path, tmp_path: Path, addition: str) -> None:
    target = tmp_path / "foreign.storyweaver"
    shutil.copy(genuine, target)
    conn = sqlite3.connect(target)
    conn.execute(addition)
    conn.commit()
    conn.close()
    before = target.read_bytes()
    for readonly in (True, False):
        with pytest.raises(ProjectError) as refused:
            Project.open(target, readonly=readonly)
        assert refused.value.code == "foreign-objects"
    result = run_cli("items", target, "--json")
    assert result.returncode == 1 and "never creates" in result.stderr
    assert target.read_bytes() == before


def test_a_file_from_a_future_version_is_refused_unchanged(genuine: Path, tmp_path: Path) -> None:
    target = tmp_path / "future.storyweaver"
    shutil.copy(genuine, target)
    conn = sqlite3.connect(target)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    conn.commit()
    conn.close()
    before = target.read_bytes()
    for readonly in (True, False):
        with pytest.raises(ProjectError, match="newer StoryWeaver"):
            Project.open(target, readonly=readonly)
    assert run_cli("add", target, "https://example.org/").returncode == 1
    assert target.read_bytes() == before
