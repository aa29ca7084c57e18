"""Which way a piece of captured text reads, so the editor and the exports agree."""

from __future__ import annotations

import unicodedata

# Languages written right to left ("ku-arab": Kurdish in Arabic script).
RTL_LANGS = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "ps", "sd", "ug", "ur", "yi"})


def is_rtl(text: str | None, lang: str | None = None) -> bool:
    """Right to left when the language says so, else when the first strong letter does."""
    if lang:
        tag = lang.lower()
        if tag in RTL_LANGS or tag.split("-")[0] in RTL_LANGS:
            return True
    for char in (text or "")[:400]:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def direction(lang: str | None, text: str | None) -> str:
    """``rtl`` or ``ltr``, for a ``dir`` attribute."""
    return "rtl" if is_rtl(text, lang) else "ltr"
