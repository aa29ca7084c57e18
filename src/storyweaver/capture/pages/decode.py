"""Bytes of a page to text: the HTTP header's charset, then ``<meta charset>`` or
``http-equiv``, then detection (charset-normalizer), as browsers do."""

from __future__ import annotations

import codecs
import re

_META = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252 (curly quotes, €).
_ALIASES = {"iso-8859-1": "windows-1252", "latin-1": "windows-1252", "latin1": "windows-1252",
            "us-ascii": "windows-1252", "ascii": "windows-1252", "iso8859-1": "windows-1252"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    name = _ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def declared_in_page(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset>``, ``http-equiv``)."""
    match = _META.search(data[:4096])
    return _codec(match.group(1).decode("ascii", "replace")) if match else None


def decode_page(data: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Return the page's text and the encoding used to read it."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), name
    encoding = _codec(header_charset) or declared_in_page(data)
    if encoding is None:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            encoding = _detect(data)
    if encoding in ("utf-16", "utf-32"):  # a meta tag that says utf-16 in an ASCII-readable file is wrong
        encoding = "utf-8"
    return data.decode(encoding, errors="replace"), encoding


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    return _codec(best.encoding if best else None) or "utf-8"
