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

    results = from_bytes(data[:65536])
    best = results.best()
    if best is None:
        return "utf-8"
    # Short texts fit several code pages equally well (é is the same byte in cp1250 and
    # cp1252): among equally good answers, prefer the encodings the web actually uses.
    ties = [m for m in results if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01]
    ties.sort(key=lambda m: _WEB_USAGE.index(m.encoding) if m.encoding in _WEB_USAGE else len(_WEB_USAGE))
    return _codec(ties[0].encoding if ties else best.encoding) or "utf-8"


_WEB_USAGE = ["utf_8", "cp1252", "cp1251", "cp1256", "shift_jis", "gb18030", "euc_kr", "big5", "cp1250",
              "iso8859_2", "cp1253", "cp1254", "cp1255", "cp874", "euc_jp", "koi8_r", "iso8859_15"]
