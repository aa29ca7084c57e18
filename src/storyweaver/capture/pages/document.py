"""The page as a document: one lxml parse, and what the markup itself says when no metadata
does (``<title>``, the headline, the byline, the first paragraph, a large image, ``<time>``)."""

from __future__ import annotations

import re
from typing import Any

from storyweaver.capture.pages.sources import Fields, Metas

# A page is read up to this much text: a card's metadata is near the top, and lxml parses
# a few megabytes in milliseconds whatever the markup (thousands of unclosed tags included).
PARSE_LIMIT = 4 * 1024 * 1024
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def parse(text: str) -> Any:
    """The page's element tree (lxml's HTML parser, as forgiving as a browser), or None."""
    import lxml.etree
    import lxml.html

    data = _XML_DECLARATION.sub("", text[:PARSE_LIMIT], count=1).encode("utf-8", "replace")
    try:
        return lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(encoding="utf-8",
                                                                               remove_comments=True))
    except (lxml.etree.ParserError, ValueError):
        return None


def plain_text(element: Any, limit: int = 2000) -> str:
    return " ".join(str(element.text_content())[: limit * 4].split())[:limit]


def links(root: Any, *rels: str) -> list[tuple[str, Any]]:
    """``<link>`` and ``<a>`` elements by ``rel`` value, in the order of ``rels``, then the document's."""
    found = []
    for tag in root.xpath("//link[@rel][@href]|//a[@rel][@href]") if root is not None else ():
        names = set(str(tag.get("rel")).lower().split())
        found += [(wanted, tag) for wanted in rels if wanted in names]
    found.sort(key=lambda entry: rels.index(entry[0]))
    return found


def headings(root: Any) -> list[str]:
    """The page's ``<h1>`` texts (the first few), then its first ``<h2>`` where it has no ``<h1>``."""
    if root is None:
        return []
    found = [plain_text(h, 500) for h in root.iter("h1")]
    found = [h for h in found if h][:5]
    return found or [h for h in (plain_text(h, 500) for h in root.iter("h2")) if h][:1]


_BYLINE_PLACES = ("//*[@rel='author' or contains(@class,'author') or contains(@class,'byline') or "
                  "contains(@id,'author') or contains(@class,'Author') or contains(@class,'Byline')]"
                  "[not(ancestor-or-self::*[contains(@class,'comment')])]")
# "By", "Von", "Par", "Publicado por", "Text & Fotos:" … before the name.
_BY = re.compile(r"^(?:[~\-–—:|/]\s*)?(?:(?:written|posted|published|text|texte|fotos?|photos?|verfasst|"
                 r"geschrieben|veröffentlicht|publiziert|beitrag|artikel|publicado|publié|pubblicato|eingestellt|erstellt)"
                 r"(?:\s+\S+)?\s*)?(?:by|von|vom|par|por|di|door|av|af|from|autor(?:in)?|author|auteur|autore|"
                 r"text|texte|&|und|fotos?)(?:\s*[:\-]\s*|\s+)", re.IGNORECASE)
_STOP = re.compile(r"\s*(?:[|•·,;\n(]|\s[-–—]\s|\s(?:am|on|le|el|il|den|vom|at|um|op|dans|en|stand|mon|tue|wed|"
                   r"thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
                   r"sonntag|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|"
                   r"oktober|dezember)\b|\d{1,2}[./]\s?\d{1,2}[./]|\d{4}-\d{2}|\b\d{1,2}\.?\s+\w+\.?\s+\d{4}|"
                   r"\b(?:19|20)\d\d\b)", re.IGNORECASE)
_SITE = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_NOT_NAMES = {"name", "home", "menu", "share", "comments", "kommentare", "author", "autor", "autorin", "authors",
              "about the author", "über den autor", "by", "von", "posted", "posted by", "published",
              "published by", "publiziert", "veröffentlicht", "admin", "editor", "alle artikel", "mehr", "more",
              "profile", "search", "suche", "email", "e-mail", "no author", "unknown", "anonymous",
              "por", "par", "di", "door", "afficher", "follow", "folgen"}


def byline(root: Any) -> str | None:
    """The author named in the page's byline (``rel=author``, ``class=…author…``/``byline``),
    cleaned of "By"/"Von"/"Par" and of the date that often follows."""
    if root is None:
        return None
    for element in root.xpath(_BYLINE_PLACES)[:40]:
        if element.tag in ("script", "style", "head", "meta", "link", "img", "body", "html"):
            continue
        raw = str(element.text_content())
        if not raw.strip() or len(raw) > 400:
            continue
        name = author_name(raw, loose=True)
        if name:
            return name
    return None


def author_name(raw: str | None, *, loose: bool = False) -> str | None:
    """A person's (or a desk's) name as a page gives it, without "By …", an address or a
    placeholder; ``loose`` text (a byline) is also cut before the date that follows it."""
    if not raw:
        return None
    text = " ".join(raw.split())
    for _ in range(3):
        stripped = _BY.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    if loose:
        stop = _STOP.search(text)
        text = text[: stop.start()] if stop else text
    # "Alexander Karper, LAOLA1.at": a site's address after the name is not part of it
    text = ", ".join(part for part in text.split(", ") if not _SITE.match(part.strip())) if ", " in text else text
    name = text.strip(" :-–—|·•,~")  # not ".": "Joe S.", "Perry Bacon Jr."
    if not name or len(name) > (60 if loose else 300) or (loose and len(name.split()) > 5):
        return None
    if name.casefold() in _NOT_NAMES or _SITE.match(name) or "@" in name or "{" in name or name.startswith("/") \
            or "http" in name.lower() or "[at]" in name or not any(c.isalpha() for c in name):
        return None
    return name


def first_paragraph(root: Any) -> str | None:
    """The first paragraph long enough to describe the page."""
    if root is None:
        return None
    body = root.find("body")
    for count, paragraph in enumerate((body if body is not None else root).iter("p")):
        if count > 40:
            break
        text = plain_text(paragraph)
        if len(text) >= 40:
            return text
    return None


def large_image(root: Any) -> str | None:
    """The first image of the body that declares itself large enough to lead a card."""
    if root is None:
        return None
    for count, img in enumerate(root.iter("img")):
        if count > 60:
            break
        try:
            width = int(str(img.get("width", "0")).strip().rstrip("px") or 0)
            height = int(str(img.get("height", "0")).strip().rstrip("px") or 0)
        except ValueError:
            continue
        if width >= 200 and height >= 100 and img.get("src"):
            return str(img.get("src"))
    return None


def time_element(root: Any) -> str | None:
    """The first ``<time datetime>`` of the page (an article's own, in most templates)."""
    if root is None:
        return None
    for count, tag in enumerate(root.iter("time")):
        if count > 3:
            break
        if tag.get("datetime"):
            return str(tag.get("datetime"))
    return None


def from_document(root: Any, metas: Metas) -> Fields:
    """The document tier: ``<title>``, ``<meta name=description|author|date>``, ``rel=author``,
    ``rel=canonical``, ``<html lang>``.  The costlier fallbacks (byline, first paragraph, large
    image, ``<time>``) are asked for by the caller only when no source has the field."""
    title = next((plain_text(t) for t in root.iter("title")), None) if root is not None else None
    rel_author = links(root, "author")
    author_url = next((str(tag.get("href")) for _, tag in rel_author), None)
    named = next((plain_text(tag, 200) for _, tag in rel_author if tag.tag == "a" and plain_text(tag, 200)), None)
    image_link = links(root, "image_src")
    return Fields(
        title=title,
        description=metas.first("description"),
        image=str(image_link[0][1].get("href")) if image_link else None,
        site_name=metas.first("application-name", "apple-mobile-web-app-title"),
        author_name=metas.first("author", "byl", "parsely-author", "sailthru.author", "article.author")
        or author_name(named, loose=True),
        author_url=author_url,
        published=metas.first("date", "pubdate", "publish-date", "publishdate", "publication_date", "sailthru.date",
                              "parsely-pub-date", "article.published", "published_time", "datepublished"),
        url=next((str(tag.get("href")) for _, tag in links(root, "canonical")), None),
        lang=(root.get("lang") or root.get("xml:lang")) if root is not None else None,
    )


def fallback(root: Any, name: str) -> str | None:
    """The document's last resort for a field no source gives."""
    readers = {"description": first_paragraph, "image": large_image, "published": time_element}
    return readers[name](root) if name in readers else None
