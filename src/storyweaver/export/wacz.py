"""``export --wacz OUT.wacz``: the story's captures as a web archive others can replay.

A WACZ (Webrecorder's packaging of WARC files, opened by ReplayWeb.page and pywb) written
with ``warcio`` (the WARC records) and ``wacz`` (index, pages, datapackage with hashes).

What it holds, and why.  A WACZ is made to be published, so it follows the public recap's
rules and never carries what those rules hide:

- only items of the public view: nothing from a briefing-only block or section, nothing of
  the library outside the story;
- nothing at all of a redacted item: its page, payload and media would name or show the
  person the redaction protects, and a blurred copy in an archive would be a falsified
  record; the item is simply not archived (the recap says its author is withheld);
- per item: the captured page at its address (a ``response`` record with the original
  status and headers when the capture kept them in ``extra["original_response"]``
  (``{"status": int, "headers": [[name, value]], "body_sha256": hex}``, issue 16's
  storage of original pages), otherwise a ``resource`` record of the bytes the project
  kept, typed as kept); a post's platform payload as a ``metadata`` record about its
  address; each image at the address it was found at, from its original bytes.
  Every record is dated with the capture time and carries the bytes' SHA-256.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from storyweaver.errors import ExportError
from storyweaver.export import atomic
from storyweaver.export.viewmodel import PUBLIC, StoryView

PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}


def _http(address: str | None) -> str | None:
    if not address:
        return None
    parts = urlsplit(address)
    return address if parts.scheme in ("http", "https") and parts.netloc else None


def _date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Records:
    def __init__(self, project: Any, stream: Any) -> None:
        from warcio.warcwriter import WARCWriter

        self.project = project
        self.writer = WARCWriter(stream, gzip=True)
        self.pages: list[dict[str, str]] = []
        self.seen: set[tuple[str, str]] = set()

    def write(self, kind: str, address: str, sha256: str, moment: datetime, *,
              status: int | None = None, headers: list[tuple[str, str]] | None = None) -> bool:
        from warcio.statusandheaders import StatusAndHeaders

        if (kind, address) in self.seen:
            return False
        found = self.project.get_blob(sha256)
        if found is None:
            return False
        data, mime = found
        self.seen.add((kind, address))
        http = None
        if kind == "response":
            kept = [(k, v) for k, v in headers or [] if k.lower() not in ("content-length", "transfer-encoding",
                                                                            "content-encoding")]
            http = StatusAndHeaders(f"{status} OK" if status == 200 else str(status), kept, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            address, kind, payload=io.BytesIO(data), length=len(data),
            warc_content_type="" if kind == "response" else mime, http_headers=http,
            warc_headers_dict={"WARC-Date": _date(moment), "WARC-Payload-Digest": f"sha256:{sha256}"})
        self.writer.write_record(record)
        return True


def _original_response(extra: dict[str, Any]) -> tuple[int, list[tuple[str, str]], str] | None:
    kept = extra.get("original_response")
    if not isinstance(kept, dict):
        return None
    status, headers, body = kept.get("status"), kept.get("headers"), kept.get("body_sha256")
    if not isinstance(status, int) or not isinstance(headers, list) or not isinstance(body, str):
        return None
    pairs = [(str(h[0]), str(h[1])) for h in headers if isinstance(h, list | tuple) and len(h) == 2]
    return status, pairs, body


def _archive_item(records: _Records, item: Any) -> None:
    address = _http(item.url)
    moment = item.captured_at
    if address:
        original = _original_response(item.extra)
        if original is not None:
            status, headers, body = original
            if records.write("response", address, body, moment, status=status, headers=headers):
                records.pages.append({"url": address, "ts": _date(moment), "title": item.title or address})
        elif item.raw_sha256 and item.kind.value in ("link", "video"):
            if records.write("resource", address, item.raw_sha256, moment):
                records.pages.append({"url": address, "ts": _date(moment), "title": item.title or address})
        elif item.raw_sha256:
            records.write("metadata", address, item.raw_sha256, moment)
    for media in item.media:
        where = _http(media.url)
        if where and media.sha256:
            records.write("resource", where, media.sha256, moment)


def write_wacz(project: Any, view: StoryView, target: Path) -> int:
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
