"""Readable copies of captured pages in the project file: one row per page item, naming
its two blobs (the sanitised main text and the page as fetched) and holding its plain words
for the library search."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from storyweaver.core.model import Item, ReadableCopy
from storyweaver.core.timefmt import from_stored, to_stored

if TYPE_CHECKING:
    from storyweaver.core.reader import ProjectReader
    from storyweaver.store.project import Project

READABLE_COLUMNS = "item_id, captured_at, extractor, html_sha256, original_sha256, words, failure, text"
# What an item read back carries of its copy: not its text (only the search reads that).
_READ = "item_id, captured_at, extractor, html_sha256, original_sha256, words, failure"


def readable_rows(copies: Iterable[tuple[int, ReadableCopy]]) -> list[tuple[Any, ...]]:
    """The ``readables`` rows of those copies, each with its item's id."""
    return [(item_id, to_stored(copy.captured_at), copy.extractor, copy.html_sha256, copy.original_sha256,
             copy.words, copy.failure, copy.text)
            for item_id, copy in copies]


def read_copies(project: Project, where: str, params: tuple[Any, ...]) -> dict[int, ReadableCopy]:
    """The copies of the items ``where`` selects (a clause on ``item_id``), by item id."""
    copies: dict[int, ReadableCopy] = {}
    for item_id, captured_at, extractor, html_sha, original_sha, words, failure in project.query(
            f"SELECT {_READ} FROM readables {where}", params):
        moment = from_stored(captured_at)
        if moment is not None:
            copies[item_id] = ReadableCopy(moment, str(extractor), html_sha, original_sha, "", int(words or 0),
                                           failure)
    return copies


def readable_html(project: ProjectReader, item: Item) -> str | None:
    """The item's sanitised readable HTML, or None when it has none (or its blob is gone)."""
    sha = item.readable.html_sha256 if item.readable else None
    found = project.get_blob(sha) if sha else None
    return found[0].decode("utf-8", "replace") if found else None
