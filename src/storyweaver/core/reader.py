"""What reading a story needs from a project, as types: the export and the listings take a
:class:`ProjectReader`, and ``store.project.Project`` is one (so is a test's stand-in)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from storyweaver.core.model import Block, Item


class LibraryReader(Protocol):
    def get_many(self, item_ids: Iterable[int]) -> dict[int, Item]:
        """The items of ``item_ids`` that exist, by id."""
        ...

    def iter_all(self) -> Iterator[Item]:
        """Every item of the library, by id (the JSON export describes the whole project)."""
        ...


class StoryReader(Protocol):
    def blocks(self) -> list[Block]:
        """The story's blocks, in order."""
        ...


class ProjectReader(Protocol):
    """A project as a story's reader sees it: read-only, whatever holds it."""

    @property
    def library(self) -> LibraryReader: ...

    @property
    def story(self) -> StoryReader: ...

    @property
    def title(self) -> str: ...

    def meta(self, key: str, default: str | None = None) -> str | None:
        """A project setting (language, time zone, ...), or ``default``."""
        ...

    def get_blob(self, sha256: str) -> tuple[bytes, str] | None:
        """A stored file's bytes and type, or None."""
        ...

    def prepared_image(self, sha256: str, recipe: str) -> tuple[bytes, str, int, int] | None:
        """An export image kept once prepared by ``recipe`` from stored file ``sha256``:
        (data, mime, width, height), or None."""
        ...

    def blob_types(self) -> dict[str, str]:
        """Every stored file's type, by SHA-256."""
        ...

    def redacted_accounts(self) -> set[tuple[str, str]]:
        """The (platform, account) of every person redacted as a person."""
        ...
