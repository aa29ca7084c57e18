"""The stand-in picture of an author without one: their initials on a colour of their own.

The same author gets the same initials and colour in the library, the story, the recap and
the PDF (the colour comes from the account, so two authors named "Amina" still differ). Every
colour carries white text at a contrast of at least 4.5:1.
"""

from __future__ import annotations

import hashlib

# White text on each of these is at least 4.5:1 (WCAG AA).
TONES = ("#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#0e7490",
         "#be185d", "#4d7c0f", "#6d28d9", "#c2410c", "#0f766e", "#475569")


def initials(name: str | None, handle: str | None) -> str:
    """Up to two letters: of the first two words of the name, else of the handle."""
    words = [w for w in (name or "").split() if w[:1].isalnum()]
    if words:
        letters = words[0][0] + (words[1][0] if len(words) > 1 else "")
        return letters.upper()
    bare = (handle or "").lstrip("@")
    return bare[:1].upper() or "?"


def tone(name: str | None, handle: str | None) -> int:
    """The index in :data:`TONES` of this author's colour (from the account, else the name)."""
    key = (handle or "").lstrip("@").casefold() or (name or "").casefold()
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % len(TONES)


def colour(name: str | None, handle: str | None) -> str:
    return TONES[tone(name, handle)]
