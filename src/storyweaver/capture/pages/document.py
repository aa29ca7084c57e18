"""The page as a document: one lxml parse, and what the markup itself says when no metadata
does (``<title>``, the headline, the byline, the first paragraph, a large image, ``<time>``)."""

from __future__ import annotations

import re
from typing import Any

from storyweaver.capture.pages.sources import Fields, Metas

# A page is read up to this much text: a card's metadata is near the top (JSON-LD is found in
# the whole text apart), and the readers' time grows with the tree (a 5 MB page: 1.5 s whole,
# about 0.5 s cut here).  The real-pages corpus has no page this long.
PARSE_LIMIT = 1_500_000
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


def rel_links(root: Any) -> list[tuple[set[str], Any]]:
    """Every ``<link>`` and ``<a>`` with ``rel`` and ``href``, with its ``rel`` names (one walk)."""
    tags = root.xpath("//link[@rel][@href]|//a[@rel][@href]") if root is not None else []
    return [(set(str(tag.get("rel")).lower().split()), tag) for tag in tags]


def links(found_links: list[tuple[set[str], Any]], *rels: str) -> list[tuple[str, Any]]:
    """The elements of :func:`rel_links` by ``rel`` value, in the order of ``rels``, then the document's."""
    found = []
    for names, tag in found_links:
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


# Where templates name the author, most specific first; one walk of the tree classifies
# every element (an XPath per place would walk it once each).
_EXACT = re.compile(r"^(?:author|byline)$", re.IGNORECASE)
_TIERS = (
    re.compile(r"author[-_]?name|authorname|\bauthor\b.*\bvcard\b|itemprop:[^ ]*author", re.IGNORECASE),
    re.compile(r"author|byline|writer|screenname", re.IGNORECASE),
    re.compile(r"submitted[-_]by|posted[-_]by|user[-_]?name|\bbyl|rel:me\b", re.IGNORECASE),
)
_SKIPPED = {"script", "style", "head", "meta", "link", "img", "body", "html", "noscript", "svg"}
_SIGNED_WORDS = ("by ", "von ", "par ", "por ", "door ", "di ", "text:")
_CAPITALISED = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'.-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'.-]*$")
_MOST_ELEMENTS = 5000  # a byline is near the top of a page


_ANY_BYLINE = re.compile(r"author|byl|writer|screenname|submitted|posted|user", re.IGNORECASE)


def _byline_places(root: Any) -> list[Any]:
    """Elements that may hold the byline, most specific first, none inside comments."""
    tiers: list[list[Any]] = [[], [], []]
    for count, element in enumerate(root.iter()):
        if count > _MOST_ELEMENTS:
            break
        if not isinstance(element.tag, str) or element.tag in _SKIPPED:
            continue
        get = element.get
        loose = f"{get('class') or ''} {get('id') or ''} {get('itemprop') or ''} {get('data-component') or ''}"
        if element.tag != "author" and not get("rel") and not _ANY_BYLINE.search(loose):
            continue  # most elements: one regex search, nothing built
        if element.tag == "author" or get("rel") == "author" or _EXACT.match(get("class") or "") \
                or _EXACT.match(get("id") or ""):
            tiers[0].append(element)
            continue
        marks = f"{loose} rel:{get('rel') or ''} itemprop:{get('itemprop') or ''}"
        tier = next((n for n, pattern in enumerate(_TIERS) if pattern.search(marks)), None)
        if tier is not None and len(tiers[tier]) < 40:
            tiers[tier].append(element)
    return [e for tier in tiers for e in tier if not _in_comments(e)]


def _in_comments(element: Any) -> bool:
    for node in (element, *element.iterancestors()):
        if "comment" in f"{node.get('class') or ''} {node.get('id') or ''}".lower():
            return True
    return False


# "By", "Von", "Par", "Publicado por", "Text & Fotos:" … before the name.
_BY = re.compile(r"^(?:[~\-–—:|/]\s*)?(?:(?:written|posted|published|text|texte|fotos?|photos?|verfasst|"
                 r"geschrieben|veröffentlicht|publiziert|beitrag|artikel|publicado|publié|pubblicato|eingestellt|"
                 r"erstellt)"
                 r"(?:\s+\S+)?\s*)?(?:by|von|vom|par|por|di|door|av|af|from|redaktion(?=\s*:)|autor(?:in)?|author|"
                 r"auteur|autore|"
                 r"text|texte|&|und|fotos?|interview)(?:\s*[:\-]\s*|\s+)", re.IGNORECASE)
# Where a byline's name ends: a separator, a date, a weekday or a month, "Alle Artikel".
_STOP = re.compile(
    r"\s*(?:[|•·,;\n(]|\s[-–—]\s"
    r"|\s(?:am|on|le|el|il|den|vom|at|um|op|dans|en|de|the)\s+\d"
    r"|\s(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)[.,]"
    r"|\s(?:am|stand|um)\b"  # German "am Samstag", "Stand: …": never part of a name
    r"|\s(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|alle artikel|all posts|mehr vom autor|chefredakteur|redakteur|redakteurin)\b"
    r"|\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:\.|\s+\d)"
    r"|\s(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|"
    r"february|march|june|july|october|december)\s+\d"
    r"|\d{1,2}[./]\s?\d{1,2}[./]|\d{4}-\d{2}|\b\d{1,2}\.?\s+\w+\.?\s+\d{4}|\b(?:19|20)\d\d\b)",
    re.IGNORECASE)
_SITE = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_NOT_NAMES = {"name", "home", "menu", "share", "comments", "kommentare", "author", "autor", "autorin", "authors",
              "about the author", "über den autor", "by", "von", "posted", "posted by", "published",
              "published by", "publiziert", "veröffentlicht", "admin", "editor", "alle artikel", "mehr", "more",
              "profile", "search", "suche", "email", "e-mail", "no author", "unknown", "anonymous",
              "por", "par", "di", "door", "afficher", "follow", "folgen", "null", "none", "datum", "stand",
              "hecho", "human", "date", "view", "view all posts", "quelle", "source", "fuente",
              "chefredakteur", "redakteur"}


def byline(root: Any) -> str | None:
    """The author named in the page's byline (``rel=author``, ``class=…author…``/``byline``,
    or a short paragraph "By …"), cleaned of "By"/"Von"/"Par" and of the date that follows."""
    if root is None:
        return None
    for element in _byline_places(root):
        raw = " ".join(element.itertext())  # "Author" and the name are often separate elements
        if raw.strip() and len(raw) <= 400:
            name = author_name(raw, loose=True)
            if name:
                return name
    for count, paragraph in enumerate(root.iter("p")):
        if count > 300:
            break
        if not (paragraph.text or "").lstrip().lower().startswith(_SIGNED_WORDS) or _in_comments(paragraph):
            continue
        text = " ".join(paragraph.itertext())
        name = author_name(text, loose=True) if len(text) < 120 else None
        if name and _CAPITALISED.match(name):  # "Von Anfang an" is no byline
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
    name = text.strip(" :-–—|·•,~»«›‹")  # not ".": "Joe S.", "Perry Bacon Jr."
    if not name or len(name) > (60 if loose else 300) or (loose and len(name.split()) > 5):
        return None
    if name.casefold() in _NOT_NAMES or _SITE.match(name) or "@" in name or "{" in name or name.startswith("/") \
            or "http" in name.lower() or "[at]" in name or not any(c.isalpha() for c in name):
        return None
    return name


PARAGRAPH_WORDS = 8  # fewer is a slogan or a line of furniture ("✔ unabhängig ✔ überparteilich"), not a paragraph


def first_paragraph(root: Any) -> str | None:
    """The first paragraph long enough to describe the page."""
    if root is None:
        return None
    body = root.find("body")
    for count, paragraph in enumerate((body if body is not None else root).iter("p")):
        if count > 40:
            break
        # text as a browser lays it out: inline elements join their neighbours, a line break is a space
        parts = paragraph.xpath(".//text()[not(ancestor::style) and not(ancestor::script)]|.//br")
        text = " ".join("".join(part if isinstance(part, str) else " " for part in parts).split())[:2000]
        if len(text) >= 40 and len(text.split()) >= PARAGRAPH_WORDS:
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


def from_document(root: Any, metas: Metas, found_links: list[tuple[set[str], Any]]) -> Fields:
    """The document tier: ``<title>``, ``<meta name=description|author|date>``, ``rel=author``,
    ``rel=canonical``, ``<html lang>``.  The costlier fallbacks (byline, first paragraph, large
    image, ``<time>``) are asked for by the caller only when no source has the field."""
    title = next((plain_text(t) for t in root.iter("title")), None) if root is not None else None
    rel_author = links(found_links, "author")
    author_url = next((str(tag.get("href")) for _, tag in rel_author), None)
    named = next((plain_text(tag, 200) for _, tag in rel_author if tag.tag == "a" and plain_text(tag, 200)), None)
    image_link = links(found_links, "image_src")
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
        url=next((str(tag.get("href")) for _, tag in links(found_links, "canonical")), None),
        lang=(root.get("lang") or root.get("xml:lang")) if root is not None else None,
    )


def fallback(root: Any, name: str) -> str | None:
    """The document's last resort for a field no source gives."""
    readers = {"image": large_image}
    return readers[name](root) if name in readers else None
