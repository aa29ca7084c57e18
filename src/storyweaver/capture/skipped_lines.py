"""Damaged lines of a JSON Lines file: skipped, counted, and named in one warning.

A capture interrupted mid-write leaves its last line cut off; a disk or copy error can
garble one in the middle.  Every good line is still worth keeping, so the importer skips
the bad ones and the user is told how many and where ("line 2,402 is cut off").  Posts
refused one by one (an id that is not a number, an impossible date) are counted the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storyweaver.capture.context import CaptureContext
from storyweaver.errors import CaptureError

SHOWN = 10  # line numbers named in the warning; the count says the rest


@dataclass(slots=True)
class SkippedLines:
    source: str
    lines: list[int] = field(default_factory=list)
    last_cut_off: bool = False
    refused: dict[str, int] = field(default_factory=dict)  # why ("id", "date") -> posts refused

    def refuse(self, reason: str) -> None:
        self.refused[reason] = self.refused.get(reason, 0) + 1

    def add(self, line: int, *, cut_off: bool) -> None:
        self.lines.append(line)
        self.last_cut_off = cut_off  # only the file's last line can lack its newline

    def report(self, ctx: CaptureContext, *, anything_kept: bool) -> None:
        """Warn about the skipped lines and posts; with no good line at all, the file is refused whole."""
        for reason, count in sorted(self.refused.items()):
            ctx.warn(CaptureError("posts-refused", source=self.source, reason=reason, count=count))
        if not self.lines:
            return
        if not anything_kept:
            raise CaptureError("no-good-line", source=self.source, count=len(self.lines))
        if len(self.lines) == 1 and self.last_cut_off:
            ctx.warn(CaptureError("line-cut-off", source=self.source, line=self.lines[0]))
            return
        ctx.warn(CaptureError("lines-skipped", source=self.source, count=len(self.lines),
                              lines=self.lines[:SHOWN]))
