"""``export --wacz OUT.wacz``: the story's captures as a web archive others can replay.

A WACZ (Webrecorder's packaging of WARC files, opened by ReplayWeb.page and pywb) written
with ``warcio`` (the WARC records) and ``wacz`` (index, pages, datapackage with hashes).

What it holds, and why.  A WACZ is made to be published, so it follows the public recap's
rules and never carries what those rules hide:

- only items of the public view: nothing from a briefing-only block or section, no direct
  or followers-only post (unless its publication was confirmed), nothing of the library
  outside the story;
- nothing at all of a redacted item: its page, payload and media would name or show the
  person the redaction protects, and a blurred copy in an archive would be a falsified
  record; the item is simply not archived (the recap says its author is withheld);
- per item: the captured page as the capture kept it (issue 16: one WARC record per page),
  at the address it was fetched from: a ``response`` record with the original status line,
  headers and bytes of a fetched page, a ``resource`` record of a saved page's bytes; an item
  captured before pages were kept has a ``resource`` record of the bytes the project kept,
  typed as kept.  A post's platform payload is a ``metadata`` record about its address; each
  image is at the address it was found at, from its original bytes.
  Every record is dated with the capture time; its payload and block digests are SHA-256
  (hexadecimal, as the project names its files).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from storyweaver.core.model import Item
from storyweaver.core.reader import ProjectReader
from storyweaver.errors import ExportError
from storyweaver.export import atomic
from storyweaver.export.kept_page import kept_page
from storyweaver.export.viewmodel import PUBLIC, StoryView

PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}


def _http(address: str | None) -> str | None:
    if not address:
        return None
    parts = urlsplit(address)
    return address if parts.scheme in ("http", "https") and parts.netloc else None


def _date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _digest(data: bytes) -> str:
    return f"sha256:{hashlib.sha256(data).hexdigest()}"


class _Records:
    def __init__(self, project: ProjectReader, stream: Any) -> None:
        from warcio.warcwriter import WARCWriter

        self.project = project
        self.writer = WARCWriter(stream, gzip=True)
        self.pages: list[dict[str, str]] = []
        self.seen: set[tuple[bool, str]] = set()

    def write(self, kind: str, address: str, sha256: str, moment: datetime) -> bool:
        """A ``resource`` or ``metadata`` record of a blob of the project, typed as kept."""
        found = self.project.get_blob(sha256)
        return found is not None and self.add(kind, address, found[0], moment, found[1])

    def add(self, kind: str, address: str, payload: bytes, moment: datetime, content_type: str, *,
            http: Any = None, truncated: str | None = None) -> bool:
        key = (kind == "metadata", address)  # one capture per address; a payload is about one
        if key in self.seen:
            return False
        self.seen.add(key)
        fields = {"WARC-Date": _date(moment), "WARC-Payload-Digest": _digest(payload)}
        if http is not None:
            http.compute_headers_buffer()  # the bytes warcio writes before the payload
            fields["WARC-Block-Digest"] = _digest(http.headers_buff + payload)
        else:
            fields["WARC-Block-Digest"] = fields["WARC-Payload-Digest"]
        if truncated:
            fields["WARC-Truncated"] = truncated
        record = self.writer.create_warc_record(
            address, kind, payload=io.BytesIO(payload), length=len(payload),
            warc_content_type="application/http; msgtype=response" if http is not None else content_type,
            http_headers=http, warc_headers_dict=fields)
        self.writer.write_record(record)
        return True

    def page(self, address: str, moment: datetime, title: str | None) -> None:
        self.pages.append({"url": address, "ts": _date(moment), "title": title or address})


def _archive_item(records: _Records, item: Item) -> None:
    address = _http(item.url)
    moment = item.captured_at
    kept = kept_page(records.project, item)
    where = (_http(kept.address) or address) if kept is not None else None
    if kept is not None and where:
        if records.add(kept.kind, where, kept.payload, kept.captured_at, kept.content_type, http=kept.http,
                       truncated=kept.truncated):
            records.page(where, kept.captured_at, item.title)
    elif address and item.raw_sha256 and item.kind.value in ("link", "video"):
        if records.write("resource", address, item.raw_sha256, moment):
            records.page(address, moment, item.title)
    elif address and item.raw_sha256:
        records.write("metadata", address, item.raw_sha256, moment)
    for media in item.media:
        found_at = _http(media.url)
        if found_at and media.sha256:
            records.write("resource", found_at, media.sha256, moment)


def write_wacz(project: ProjectReader, view: StoryView, target: Path) -> int:
    """Write the WACZ of the public view's unredacted items; return how many records it holds."""
    try:
        import warcio  # noqa: F401 - present, or say so before any work
        from wacz.main import main as wacz_main
    except ImportError:
        raise ExportError("wacz-missing") from None

    if view.audience != PUBLIC or view.briefing_blocks():
        raise ExportError("export-failed", reason="a web archive is made from the public view only")
    shown = [i.id for i in view.items if not i.redacted]
    items = project.library.get_many(shown) if shown else {}
    with tempfile.TemporaryDirectory(prefix="storyweaver-wacz-") as folder:
        warc = Path(folder) / "story.warc.gz"
        with warc.open("wb") as stream:
            records = _Records(project, stream)
            for item_id in shown:
                item = items.get(item_id)
                if item is not None and not item.redacted:
                    _archive_item(records, item)
        pages = Path(folder) / "pages.jsonl"
        pages.write_text("\n".join(json.dumps(p) for p in [PAGES_HEADER, *records.pages]) + "\n", encoding="utf-8")
        with atomic.replacing(target) as partial:
            arguments = ["create", "-o", str(partial), str(warc), "-p", str(pages), "--hash-type", "sha256",
                         "--title", view.title or "StoryWeaver", "--desc", view.subtitle or view.title or ""]
            with contextlib.redirect_stdout(io.StringIO()) as said:
                code = wacz_main(arguments)
            if code != 0 or not partial.is_file():
                raise ExportError("export-failed", reason=said.getvalue().strip().splitlines()[-1:] or "wacz")
    return len(records.seen)
