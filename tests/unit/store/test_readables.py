"""Readable copies in the project file: a version-2 file gains their table, and an import
undone and redone (stash and unstash, or ids kept) takes them out and puts them back."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from storyweaver.core.model import ReadableCopy
from storyweaver.store.check import check_project
from storyweaver.store.project import Project
from storyweaver.store.readables import readable_html
from storyweaver.store.schema import SCHEMA_VERSION
from tests.helpers import BASE, link


def _with_copy(project: Project, n: int) -> int:
    item = link(n)
    html = project.put_blob(f"<p>Article {n}, its words.</p>".encode(), "text/html")
    original = project.put_blob(b"WARC/1.1 ...", "application/warc")
    item.readable = ReadableCopy(BASE, "trafilatura 2.3.1", html, original, f"Article {n}, its words.", 3)
    project.library.add([item])
    assert item.id is not None
    return item.id


def test_a_version_2_file_is_migrated_and_takes_readable_copies(tmp_path: Path) -> None:
    path = tmp_path / "v2.storyweaver"
    with Project.create(path, title="Old") as project:
        project.library.add([link(1)])
    with sqlite3.connect(path) as conn:  # what a version-2 file is: the same, without the newer tables
        conn.execute("DROP TABLE prepared_images")  # version 5's
        conn.execute("DROP TABLE readables")
        conn.execute("DROP TABLE redacted_authors")  # version 3's
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert check_project(path) == []  # check reads an older file as it is, and finds it sound
    with Project.open(path) as project:
        assert project.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION == 5
        assert project.library.get(1).readable is None  # type: ignore[union-attr]
        item_id = _with_copy(project, 2)
        copy = project.library.get(item_id).readable  # type: ignore[union-attr]
        assert copy is not None and copy.words == 3 and copy.extractor == "trafilatura 2.3.1"
        assert readable_html(project, project.library.get(item_id)) == "<p>Article 2, its words.</p>"  # type: ignore[arg-type]
    assert check_project(path) == []


def test_an_import_undone_and_redone_keeps_its_readable_copies(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.storyweaver", title="Undo") as project:
        item_id = _with_copy(project, 1)
        project.library.stash_many([item_id], "undone")
        assert project.query("SELECT count(*) FROM readables")[0][0] == 0
        assert project.library.unstash("undone") == [item_id]
        assert project.query("SELECT text FROM readables WHERE item_id = ?", (item_id,))[0][0] == \
            "Article 1, its words."
        # Redo with ids kept (the editor's way after the stash is gone): the copy comes back too.
        kept = project.library.get(item_id)
        assert kept is not None and kept.readable is not None
        project.library.remove(item_id)
        assert project.query("SELECT count(*) FROM readables")[0][0] == 0  # removed with its item
        project.library.add([replace(kept, readable=replace(kept.readable, text="Article 1, its words."))],
                            keep_ids=True)
        assert project.library.get(item_id).readable == kept.readable  # type: ignore[union-attr]
        assert project.query("SELECT count(*) FROM readables")[0][0] == 1


def test_items_json_names_a_readable_copy_the_same_from_sql_and_python(tmp_path: Path) -> None:
    import json

    from storyweaver.store.listing_sql import items_json_text
    from tests.listing_oracle import items_in_listing_order

    with Project.create(tmp_path / "p.storyweaver", title="JSON") as project:
        item_id = _with_copy(project, 1)
        project.library.add([link(2)])
        from_sql = json.loads(items_json_text(project))
        from_python = json.loads(json.dumps(items_in_listing_order(project)))
    assert from_sql == from_python
    copy = next(i for i in from_sql if i["id"] == item_id)["readable"]
    assert copy["extractor"] == "trafilatura 2.3.1" and copy["words"] == 3 and copy["sha256"]
    assert "text" not in copy  # provenance, not the page's words
    assert next(i for i in from_sql if i["id"] != item_id)["readable"] is None
