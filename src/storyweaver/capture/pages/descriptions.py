"""Which description a card shows: the first source's (OpenGraph, Twitter, JSON-LD,
microdata, Dublin Core, ``<meta name=description>``) unless it says nothing of the page, then
the next one's, then the page's first real paragraph.

Saying nothing of the page: a platform's placeholder ("Visit the post for more."), the site's
own name or slogan ("nachtkritik.de - das unabhängige Theaterportal"), a byline ("Written by
Staff Report").  A date and time stamped before the text ("06.11.2023, 11.41 Uhr : …") is the
template's, not the description's.  Whatever is kept stays text, exactly as the page wrote it
(never read as markup)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from storyweaver.capture.pages.datelines import MONTHS
from storyweaver.capture.pages.text import normalise

# Texts that platforms put where the owner wrote nothing (WordPress.com's share card).
_PLACEHOLDERS = {"visit the post for more.", "no description", "description"}
_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
# "06.11.2023, 11.41 Uhr : ", "31. Oktober 2023. ", "2023-11-06 11:41 | "
_STAMP = re.compile(
    rf"^(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d|\d{{1,2}}\.?\s+(?:{_MONTH})\s+(?:19|20)\d\d)"
    r"(?:,?\s+\d{1,2}[.:]\d\d(?:\s*(?:uhr|h))?)?\s*[.:|–—-]\s+(?=\S)", re.IGNORECASE)
# "Written by …", "By …", "Par …", "Von …" followed by a name: a byline, not a description.
_BYLINE = re.compile(r"^(?:(?:written|posted|published|geschrieben|verfasst|publié)\s+)?(?:by|par|von|por|door)\s+"
                     r"[A-ZÀ-ÖØ-Þ]", re.IGNORECASE)
_BYLINE_WORDS = 12
_SLOGAN_WORDS = 16
_HOST = re.compile(r"\b[\w-]+\.[a-z]{2,6}\b", re.IGNORECASE)


def _says_nothing(text: str, sites: list[str]) -> bool:
    plain = text.casefold()
    if plain in _PLACEHOLDERS or plain in sites:
        return True
    words = text.split()
    if len(words) <= _BYLINE_WORDS and _BYLINE.match(text) and not text.rstrip().endswith(("!", "?")):
        # "By Maria Ressa" (a name follows), not "Von Anfang an war klar, dass …" (a sentence)
        after = words[2:] if words[0].casefold() in ("written", "posted", "published", "geschrieben", "verfasst",
                                                     "publié") else words[1:]
        if after and all(w[:1].isupper() or not w[:1].isalpha() for w in after[:2]):
            return True
    if len(words) <= _SLOGAN_WORDS:  # the site's name and a slogan: "++ lokalo.de Blaulicht ++"
        hosts = {h.casefold() for h in _HOST.findall(text)}
        if hosts & set(sites):
            return True
    return False


_QUOTES = "\"'“”„‟«»‹›「」"
# A quotation hugs its first word; a quotation mark then a line break is a template's leftover.
_STRAY = re.compile(r"\s*[\"“”„‟][^\S\r\n]*[\r\n]")
# A paragraph's markup written as text: the publisher's system escaped its HTML twice
# ("<p>Vom Industrie…").  Only a paragraph or block that wraps the text: a description that
# holds or mentions other markup ("<b>bold</b> &amp; more") is text like any other.
_MARKUP = re.compile(r"<(?:p|div)(?:\s[^<>]*)?>", re.IGNORECASE)


def _pull_quote(text: str) -> bool:
    """A quotation and nothing else ("“I’m going to take some time …”"): a line pulled from the
    article, without who said it."""
    return len(text) > 2 and text[0] in _QUOTES and text.rstrip(".…")[-1:] in _QUOTES


def cleaned(value: str | None) -> str | None:
    """A description as the page wrote it, less a leading date and time stamp and a quotation
    mark that opens nothing (a template's '"' then a line break, then the text)."""
    if isinstance(value, str) and _STRAY.match(value):
        value = value.lstrip()[1:]
    text = normalise(value)
    if not text:
        return None
    stamp = _STAMP.match(text)
    return text[stamp.end():] if stamp and len(text) - stamp.end() >= 20 else text


def _rank(text: str, sites: list[str]) -> int:
    """0: a description; 1: a pull quote; 2: markup as text; 3: one that says nothing of the
    page.  The page's first paragraph comes after ranks 0 and 1."""
    if _says_nothing(text, sites):
        return 3
    if _MARKUP.match(text):
        return 2
    return 1 if _pull_quote(text) else 0


def choose(declared: Iterable[str | None], first_paragraph: Callable[[], str | None], sites: list[str]) -> str | None:
    """The first description of the best rank; the page's first paragraph where no source has a
    description or a pull quote; else the best there is."""
    ranked: list[tuple[int, int, str]] = []
    for order, value in enumerate(declared):
        text = cleaned(value)
        if text and text.casefold() not in _PLACEHOLDERS:
            ranked.append((_rank(text, sites), order, text))
    best = min(ranked, default=None)
    if best is not None and best[0] < 2:
        return best[2]
    paragraph = cleaned(first_paragraph())
    if paragraph and (best is None or _rank(paragraph, sites) < 3):
        return paragraph
    return best[2] if best else None
