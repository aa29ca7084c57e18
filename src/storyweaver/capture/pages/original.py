"""The page as fetched, kept as one gzipped WARC/1.1 record (ISO 28500), the web archives'
own format: a ``response`` record with the status line and response headers for a fetched
page, a ``resource`` record for a page read from a file.  Any WARC reader can re-read it.

The body is what the HTTP layer gave us (already decompressed), so the transfer headers that
no longer describe it (``Content-Encoding``, ``Transfer-Encoding``, ``Content-Length``) are
kept under an ``X-Original-`` name and a true ``Content-Length`` is written.
"""

from __future__ import annotations

import gzip
import hashlib
import uuid
from datetime import datetime
from http import HTTPStatus

_TRANSFER = ("content-encoding", "transfer-encoding", "content-length")
COMPRESSION = 3  # a page is mostly markup: level 3 keeps it to about a sixth, twice as fast as 6


def _line(text: str) -> bytes:
    # Header values from a server are latin-1 by HTTP's rules; newlines would forge headers.
    return text.replace("\r", " ").replace("\n", " ").encode("latin-1", "replace") + b"\r\n"


def _http_block(body: bytes, status: int, headers: dict[str, str]) -> bytes:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    lines = [_line(f"HTTP/1.1 {status} {reason}".rstrip())]
    for name, value in headers.items():
        shown = f"X-Original-{name}" if name.lower() in _TRANSFER else name
        lines.append(_line(f"{shown}: {value}"))
    lines.append(_line(f"Content-Length: {len(body)}"))
    return b"".join(lines) + b"\r\n" + body


def original_record(data: bytes, *, address: str | None, captured_at: datetime, status: int | None,
                    headers: dict[str, str] | None, truncated: bool = False) -> bytes:
    """One gzipped WARC record holding ``data`` (and, when fetched, its status and headers)."""
    if status is not None:
        block = _http_block(data, status, headers or {})
        kind, content_type = "response", "application/http;msgtype=response"
    else:
        block, kind, content_type = data, "resource", "text/html"
    digest = hashlib.sha256(block).hexdigest()
    # The record id is named after its content, so the same capture makes the same blob.
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{address or ''} {captured_at.isoformat()} {digest}")
    header = [
        _line("WARC/1.1"),
        _line(f"WARC-Type: {kind}"),
        _line(f"WARC-Record-ID: <urn:uuid:{record_id}>"),
        _line(f"WARC-Date: {captured_at.strftime('%Y-%m-%dT%H:%M:%SZ')}"),
    ]
    if address:
        header.append(_line(f"WARC-Target-URI: {address}"))
    if truncated:
        header.append(_line("WARC-Truncated: length"))
    header += [_line(f"WARC-Block-Digest: sha256:{digest}"), _line(f"Content-Type: {content_type}"),
               _line(f"Content-Length: {len(block)}")]
    record = b"".join(header) + b"\r\n" + block + b"\r\n\r\n"
    return gzip.compress(record, compresslevel=COMPRESSION, mtime=0)


def read_original(record: bytes) -> tuple[dict[str, str], bytes]:
    """The WARC headers and the block of a record made by :func:`original_record`."""
    raw = gzip.decompress(record)
    head, _, rest = raw.partition(b"\r\n\r\n")
    fields = {}
    for line in head.decode("latin-1").split("\r\n")[1:]:
        name, _, value = line.partition(":")
        fields[name.strip()] = value.strip()
    length = int(fields.get("Content-Length", "0"))
    return fields, rest[:length]


def page_bytes(record: bytes) -> bytes:
    """The page itself, as it was fetched or read, from a record made by :func:`original_record`
    (what a better extractor reads again later)."""
    fields, block = read_original(record)
    if fields.get("WARC-Type") == "response":
        return block.partition(b"\r\n\r\n")[2]
    return block
