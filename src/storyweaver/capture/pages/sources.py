"""What each kind of metadata in a page says of it, one ``Fields`` per source: OpenGraph,
Twitter cards, JSON-LD, microdata, Dublin Core.  The document itself (``<title>``, headings,
bylines) is read in :mod:`storyweaver.capture.pages.document`.  The caller takes each field
from the first source that has it, in that order, as social platforms do."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from storyweaver.capture.pages import jsonld, microdata


@dataclass(slots=True)
class Fields:
    title: str | None = None
    description: str | None = None
    image: str | None = None
    site_name: str | None = None
    author_name: str | None = None
    author_url: str | None = None
    published: str | None = None  # as written (parsed by the caller)
    modified: str | None = None  # the declared last modification, as written
    url: str | None = None
    logo: str | None = None
    lang: str | None = None
    video: bool | None = None
    author_is_organisation: bool = False  # the author named is the publisher itself


FIELD_NAMES = tuple(f.name for f in fields(Fields))


class Metas:
    """Every ``<meta>`` by lower-cased property/name (document order, all values kept)."""

    def __init__(self, elements: list[Any]) -> None:
        self.values: dict[str, list[str]] = {}
        for tag in elements:
            key = tag.get("property") or tag.get("name") or tag.get("http-equiv")
            content = tag.get("content")
            if isinstance(key, str) and isinstance(content, str):
                self.values.setdefault(key.strip().lower(), []).append(content)

    def first(self, *keys: str) -> str | None:
        return next((v for key in keys for v in self.values.get(key, []) if v.strip()), None)


def _is_address(value: str | None) -> bool:
    return bool(value) and str(value).strip().lower().startswith(("http://", "https://", "//"))


def opengraph(metas: Metas) -> Fields:
    """The Open Graph protocol (ogp.me) and its ``article:`` namespace."""
    author = metas.first("article:author", "og:article:author")
    og_type = (metas.first("og:type") or "").lower()
    return Fields(
        title=metas.first("og:title"),
        description=metas.first("og:description"),
        image=metas.first("og:image", "og:image:url", "og:image:secure_url"),
        site_name=metas.first("og:site_name"),
        author_name=None if _is_address(author) else author,
        author_url=author if _is_address(author) else None,
        published=metas.first("article:published_time", "og:published_time", "og:article:published_time",
                              "article:published"),
        modified=metas.first("article:modified_time", "og:updated_time", "og:article:modified_time"),
        url=metas.first("og:url"),
        lang=metas.first("og:locale"),
        video=og_type.startswith("video") if og_type else None,
    )


def twitter(metas: Metas) -> Fields:
    """Twitter (X) cards; ``twitter:creator`` is a handle, never taken as a name."""
    return Fields(
        title=metas.first("twitter:title"),
        description=metas.first("twitter:description"),
        image=metas.first("twitter:image", "twitter:image:src"),
        url=metas.first("twitter:url"),
    )


def from_jsonld(graph: jsonld.Graph) -> Fields:
    """The page's main schema.org node in JSON-LD, ``@id`` references resolved."""
    nodes = graph.main_nodes()
    if not nodes:
        return Fields()
    publisher = graph.first(nodes, "publisher", "sourceOrganization")
    if isinstance(publisher, list):
        publisher = next((p for p in publisher if isinstance(p, dict)), publisher[0] if publisher else None)
    author = graph.resolve(graph.first(nodes[:1], "author", "creator"))
    author_name, author_url = jsonld.authors_of(author)
    logo = graph.resolve(publisher.get("logo")) if isinstance(publisher, dict) else None
    return Fields(
        title=jsonld.text_of(graph.first(nodes, "headline", "name")),
        description=jsonld.text_of(graph.first(nodes, "description")),
        image=jsonld.image_of(graph.first(nodes, "image", "thumbnailUrl", "primaryImageOfPage")),
        site_name=jsonld.text_of(publisher),
        author_name=author_name,
        author_url=author_url,
        published=jsonld.text_of(graph.first(nodes, "datePublished", "uploadDate", "dateCreated")),
        modified=jsonld.text_of(graph.first(nodes, "dateModified")),
        url=jsonld.address_of(graph.first(nodes[:1], "url", "mainEntityOfPage")),
        logo=jsonld.image_of(logo),
        lang=jsonld.text_of(graph.first(nodes, "inLanguage")),
        video=jsonld.is_video(nodes[0]),
        author_is_organisation=jsonld.names_an_organisation(author),
    )


def from_microdata(item: dict[str, Any]) -> Fields:
    """The page's main microdata item (``itemprop`` names are matched case-insensitively)."""
    if not item:
        return Fields()
    publisher = item.get("publisher") or item.get("sourceorganization")
    author = item.get("author") or item.get("creator")
    author_url = next((a.get("url") for a in author or [] if isinstance(a, dict)), None)
    logo = next((p.get("logo") for p in publisher or [] if isinstance(p, dict)), None)
    kinds = item.get("@type") or []
    return Fields(
        title=microdata.text(item.get("headline") or item.get("name")),
        description=microdata.text(item.get("description")),
        image=microdata.address(item.get("image") or item.get("thumbnailurl")),
        site_name=microdata.text(publisher),
        author_name=_names(author),
        author_url=microdata.address(author_url),
        published=microdata.text(item.get("datepublished") or item.get("uploaddate") or item.get("datecreated")),
        modified=microdata.text(item.get("datemodified")),
        url=microdata.address(item.get("url")) if kinds else None,
        logo=microdata.address(logo),
        lang=microdata.text(item.get("inlanguage")),
        video=("videoobject" in kinds) or None,
    )


def _names(authors: list[Any] | None) -> str | None:
    names = [microdata.text(a) for a in (authors or [])[:10]]
    unique = list(dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip() and not _is_address(n)))
    return ", ".join(unique) or None


def dublin_core(metas: Metas) -> Fields:
    """Dublin Core in ``<meta name="DC.…">`` (DCMI "Expressing Dublin Core metadata using HTML")."""
    return Fields(
        title=metas.first("dc.title", "dcterms.title"),
        description=metas.first("dc.description", "dcterms.description", "dcterms.abstract"),
        site_name=metas.first("dc.publisher", "dcterms.publisher"),
        author_name=metas.first("dc.creator", "dcterms.creator", "dc.creator.personalname"),
        published=metas.first("dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                              "dc.date.created"),
        lang=metas.first("dc.language", "dcterms.language"),
    )
