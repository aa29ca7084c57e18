"""Errors that carry meaning (a code and the facts), not prose.

The command line and the GUI turn them into one translatable sentence with
:func:`storyweaver.messages.describe`.
"""

from __future__ import annotations

from typing import Any


class StoryWeaverError(Exception):
    """Base of every expected failure; ``code`` names what went wrong."""

    code: str = "error"

    def __init__(self, code: str | None = None, **facts: Any) -> None:
        if code is not None:
            self.code = code
        self.facts = facts
        super().__init__(self.code, facts)

    def __reduce__(self) -> tuple[Any, ...]:
        # Captures run in a child process and send their errors back whole (code and facts).
        return (_rebuild, (type(self), self.code, self.facts))

    def __str__(self) -> str:
        from storyweaver.messages import describe

        return describe(self)


class ProjectError(StoryWeaverError):
    """The project file cannot be created, opened or written."""

    code = "project"


class CaptureError(StoryWeaverError):
    """A source (address, file, archive) could not be captured."""

    code = "capture"


class ExportError(StoryWeaverError):
    """An export could not be written."""

    code = "export"


class Cancelled(StoryWeaverError):
    """The user cancelled long work; nothing of the unfinished part was kept."""

    code = "cancelled"


def _rebuild(cls: type[StoryWeaverError], code: str, facts: dict[str, Any]) -> StoryWeaverError:
    return cls(code, **facts)
