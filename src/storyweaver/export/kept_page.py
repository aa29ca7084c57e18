"""A captured page as the capture kept it, read back for the web archive.

Each web capture keeps its page as one gzipped WARC/1.1 record (``ReadableCopy.original_sha256``):
a ``response`` record (status line, response headers, body as fetched) for a fetched page, a
``resource`` record for a page read from a file.  It is read here with ``warcio``, the same
library that writes the archive, rather than with the capture's own reader: export/ does not
import capture/ (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storyweaver.core.model import Item
from storyweaver.core.reader import ProjectReader


@dataclass(frozen=True, slots=True)
class KeptPage:
    kind: str  # "response" (fetched, with its HTTP status and headers) or "resource" (a saved file)
    address: str | None  # where the bytes came from (the final address after redirects)
    captured_at: datetime
    content_type: str  # the record's own type: "text/html" for a saved page
    payload: bytes  # the page's bytes, without the HTTP status and headers
    http: Any = None  # warcio's StatusAndHeaders of a response
    truncated: str | None = None  # WARC-Truncated, when the capture stopped at its size limit


def kept_page(project: ProjectReader, item: Item) -> KeptPage | None:
    """The page ``item``'s capture kept, or None (no copy, its blob gone, or not a record we made)."""
    copy = item.readable
    found = project.get_blob(copy.original_sha256) if copy and copy.original_sha256 else None
    if copy is None or found is None:
        return None
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    try:
        for record in ArchiveIterator(io.BytesIO(found[0])):
            headers = record.rec_headers
            if record.rec_type == "response" and record.http_headers is None:
                return None  # not an HTTP response: nothing a replay could serve
            if record.rec_type not in ("response", "resource"):
                return None
            return KeptPage(record.rec_type, headers.get_header("WARC-Target-URI"), copy.captured_at,
                            headers.get_header("Content-Type") or "text/html", record.raw_stream.read(),
                            record.http_headers, headers.get_header("WARC-Truncated"))
    except (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, OSError, ValueError, zlib.error):
        return None  # a damaged blob: the item is archived as if no page had been kept
    return None
