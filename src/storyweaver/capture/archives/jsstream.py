"""Read the ``window.YTD.tweets.part0 = [ ... ]`` files of X archives as JSON, one element at a time.

The text after the first ``=`` is JSON, never code to run.  Elements are decoded one by
one from a sliding window of text, so a 100 MB file costs its bytes plus one element
in memory, not a hundred-megabyte list of dictionaries (or a four-byte-per-character
string when one emoji appears).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any

from storyweaver.errors import CaptureError
from storyweaver.i18n import _

CHUNK = 1 << 20
_SPACE = re.compile(r"[ \t\n\r]*").match
_decode = json.JSONDecoder().raw_decode


def chunks_of(data: bytes | memoryview, size: int = CHUNK) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(view), size):
        yield bytes(view[start:start + size])


class _Window:
    def __init__(self, chunks: Iterator[bytes], source: str) -> None:
        self._chunks = chunks
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self.source = source
        self.text = ""
        self.eof = False
        self.lines_before = 0  # newlines in the text already dropped from the window
        self.offset_before = 0

    def more(self) -> bool:
        if self.eof:
            return False
        chunk = next(self._chunks, None)
        try:
            if chunk is None:
                self.text += self._decoder.decode(b"", final=True)
                self.eof = True
            else:
                self.text += self._decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            raise self.error(len(self.text), f"not UTF-8 ({exc.reason})") from None
        return True

    def drop_before(self, pos: int) -> int:
        self.lines_before += self.text.count("\n", 0, pos)
        self.offset_before += pos
        self.text = self.text[pos:]
        return 0

    def skip_space(self, pos: int) -> int:
        while True:
            pos = _SPACE(self.text, pos).end()  # type: ignore[union-attr]  # always matches (may be empty)
            if pos < len(self.text) or not self.more():
                return pos

    def error(self, pos: int, reason: str) -> CaptureError:
        line = self.lines_before + self.text.count("\n", 0, pos) + 1
        last_newline = self.text.rfind("\n", 0, pos)
        column = pos - last_newline if last_newline >= 0 else pos + 1
        where = (_("line {line}, column {column}").format(line=line, column=column)
                 if last_newline >= 0 or self.lines_before == 0 else _("line {line}").format(line=line))
        return CaptureError("broken-file", source=self.source, where=where, reason=reason)


def iter_assigned_array(chunks: Iterator[bytes], source: str) -> Iterator[Any]:
    """Yield each element of the JSON array assigned in ``prefix = [ ... ]`` (``;`` may follow)."""
    window = _Window(chunks, source)
    while "=" not in window.text:
        if not window.more():
            raise window.error(len(window.text), _("no '=' before the data"))
    yield from _elements(window, window.text.index("=") + 1)


def iter_array_of_key(chunks: Iterator[bytes], source: str, key: str) -> Iterator[Any]:
    """Yield each element of the array under ``"key":`` in a JSON document (the ``orderedItems``
    of an ActivityPub collection), element by element; the keys before it are skipped unread."""
    window = _Window(chunks, source)
    marker = f'"{key}"'
    while True:
        found = window.text.find(marker)
        if found >= 0:
            pos = window.skip_space(found + len(marker))
            if pos < len(window.text) and window.text[pos] == ":":
                break
        if not window.more():
            raise window.error(len(window.text), _("no list named {key}").format(key=key))
    yield from _elements(window, pos + 1)


def _elements(window: _Window, start: int) -> Iterator[Any]:
    pos = window.skip_space(start)
    if pos >= len(window.text) or window.text[pos] != "[":
        raise window.error(pos, _("the data is not a JSON list"))
    pos = window.skip_space(pos + 1)
    if pos < len(window.text) and window.text[pos] == "]":
        return
    while True:
        if pos > CHUNK:
            pos = window.drop_before(pos)
        try:
            element, end = _decode(window.text, pos)
        except json.JSONDecodeError as exc:
            if window.more():
                continue  # the element runs past the window: widen it and decode again
            raise window.error(exc.pos, exc.msg) from None
        yield element
        pos = window.skip_space(end)
        if pos >= len(window.text):
            raise window.error(pos, _("the file ends before the list is closed"))
        char = window.text[pos]
        if char == "]":
            return
        if char != ",":
            raise window.error(pos, _("expected ',' or ']' between elements"))
        pos = window.skip_space(pos + 1)


def assigned_value(data: bytes, source: str) -> Any:
    """The whole JSON value after the first ``=`` of a small file (manifest, account)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CaptureError("broken-file", source=source, where=_("byte {offset}").format(offset=exc.start),
                           reason=_("not UTF-8")) from None
    head, sep, body = text.partition("=")
    if not sep:
        raise CaptureError("broken-file", source=source, where=_("line {line}").format(line=1),
                           reason=_("no '=' before the data"))
    body = body.strip().rstrip(";")
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        line = head.count("\n") + exc.lineno
        where = _("line {line}, column {column}").format(line=line, column=exc.colno)
        raise CaptureError("broken-file", source=source, where=where,
                           reason=exc.msg) from None
