"""The story as the exports see it: sections of blocks, items as plain display data.

The project is read once (:class:`StorySource`); each audience gets its view from it:
``briefing`` shows everything, ``public`` leaves out briefing-only blocks (a briefing-only
heading keeps its whole section out) and redacts the posts marked so.  Templates only
ever see these objects, never the model or the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from markupsafe import Markup

from storyweaver.core import placeholder
from storyweaver.core.model import Block, BlockType, Item, ItemKind, Visibility, kept_from_public
from storyweaver.core.reader import ProjectReader
from storyweaver.core.textdir import direction
from storyweaver.core.timefmt import to_stored
from storyweaver.export.imagebank import ImageBank, ImageRef
from storyweaver.export.labels import PLATFORMS, format_instant
from storyweaver.export.text import clean, editor_html, plain, rich_text, safe_href, safe_lang
from storyweaver.export.withhold import identifiers, scrub

PUBLIC, BRIEFING = "public", "briefing"


@dataclass(slots=True)
class AuthorView:
    name: str
    handle: str
    href: str | None
    avatar: ImageRef | None
    withheld: bool = False
    dir: str = "auto"
    initials: str = ""  # the stand-in of a missing picture (core.placeholder), as in the editor
    tone: int = 0


@dataclass(slots=True)
class MediaView:
    type: str
    image: ImageRef | None
    alt: str
    address: str = ""  # where the image was found (never set for a redacted item: it is unblurred)


@dataclass(slots=True)
class ItemView:
    id: int
    number: int  # its entry in the sources appendix
    kind: str
    platform: str | None
    platform_label: str
    author: AuthorView | None
    published: datetime | None
    published_iso: str
    published_label: str
    captured_iso: str
    captured_label: str
    title: str
    text_html: Markup
    description: str
    site_name: str
    href: str | None
    address: str  # the original address as text, whatever its scheme (sources appendix)
    lang: str | None
    dir: str
    media: list[MediaView]
    favicon: ImageRef | None
    metrics: dict[str, int]
    content_warning: str
    redacted: bool
    raw_sha256: str
    hashtags: list[str]
    audience: str = ""  # "direct", "private" (followers only), "unlisted", or "" for public and unknown
    poll: list[tuple[str, int | None]] = field(default_factory=list)  # a Mastodon poll's options and votes
    readable_iso: str = ""  # when the page's readable copy was captured ("" when it has none)
    readable_label: str = ""
    readable_html: Markup = field(default_factory=Markup)  # its main text, when this output shows it


@dataclass(slots=True)
class BlockView:
    type: str  # text | item
    html: Markup = field(default_factory=Markup)
    item: ItemView | None = None
    caption: str = ""
    visibility: str = PUBLIC


@dataclass(slots=True)
class SectionView:
    anchor: str
    title: str | None  # None: the lead before the first heading
    blocks: list[BlockView]
    visibility: str = PUBLIC
    dir: str = "auto"


@dataclass(slots=True)
class StoryView:
    audience: str
    title: str
    subtitle: str
    organisation: str
    lang: str
    sections: list[SectionView]
    items: list[ItemView]  # every item shown, in story order
    logo: ImageRef | None
    zone: tzinfo
    first_day: date | None
    last_day: date | None
    generated: datetime
    curator: str = ""  # who put the story together, as the curator set it in the editor
    withheld_private: int = 0  # direct and followers-only posts kept out of this (public) view

    def images(self) -> list[ImageRef]:
        """Every image this view shows: the only images its output may write or embed."""
        found: list[ImageRef] = [self.logo] if self.logo is not None else []
        for item in self.items:
            if item.author is not None and item.author.avatar is not None:
                found.append(item.author.avatar)
            if item.favicon is not None:
                found.append(item.favicon)
            found.extend(m.image for m in item.media if m.image is not None)
        return found

    def briefing_blocks(self) -> int:
        """How many briefing-only blocks (headings included) this view carries."""
        return sum(s.visibility == BRIEFING for s in self.sections) + sum(
            b.visibility == BRIEFING for s in self.sections for b in s.blocks
        )


def _metrics(extra: dict[str, Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    source = extra.get("metrics")
    if isinstance(source, dict):
        for key, names in (("replies", ("replies", "reply_count", "replies_count")),
                           ("reposts", ("reposts", "retweets", "reblogs", "repost_count", "retweet_count",
                                        "reblogs_count")),
                           ("likes", ("likes", "favourites", "favorites", "like_count", "favourites_count",
                                      "favorite_count"))):
            for name in names:
                value = source.get(name)
                if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                    found[key] = value
                    break
    return found


def _poll(poll: Any) -> list[tuple[str, int | None]]:
    options = poll.get("options") if isinstance(poll, dict) else None
    return [(plain(str(o.get("title") or "")), o.get("votes") if isinstance(o.get("votes"), int) else None)
            for o in options or () if isinstance(o, dict)]


def _audience(visibility: Any) -> str:
    return visibility if visibility in ("direct", "private", "unlisted") else ""


class StorySource:
    """The story read from the project once; views for each audience are built from it."""

    def __init__(self, project: ProjectReader, bank: ImageBank, lang: str, zone: tzinfo | None = None) -> None:
        self.bank = bank
        self.lang = lang
        self.zone = zone or UTC
        self.title = plain(project.title)
        self.subtitle = plain(project.meta("subtitle"))
        self.organisation = plain(project.meta("organisation"))
        self.curator = plain(project.meta("curator"))
        self.logo_sha = project.meta("logo_sha256")
        self.blocks: list[Block] = project.story.blocks()
        wanted = {b.item_id for b in self.blocks if b.item_id is not None}
        self.items: dict[int, Item] = project.library.get_many(wanted) if wanted else {}
        self.generated = datetime.now(UTC)
        self._project = project

    def readable(self, item: Item) -> Markup:
        """The item's readable copy as safe markup (sanitised again: the file may have been
        edited), or empty when it has none."""
        from storyweaver.core.readable_html import sanitise
        from storyweaver.store.readables import readable_html

        found = readable_html(self._project, item)
        return Markup(sanitise(clean(found))) if found else Markup()  # noqa: S704 - sanitised to the allow-list

    # -- items ----------------------------------------------------------------------------

    def _author(self, item: Item, redact: bool) -> AuthorView | None:
        if item.kind not in (ItemKind.POST, ItemKind.VIDEO) and item.author is None:
            return None
        if redact:
            return AuthorView("", "", None, None, withheld=True)
        author = item.author
        if author is None:
            return None
        name = plain(author.name) or plain(author.handle)
        handle = plain(author.handle)
        if handle and not handle.startswith("@") and item.platform is not None:
            handle = "@" + handle
        avatar = self.bank.ref(author.avatar_sha256, "avatar", alt="", square=True) if author.avatar_sha256 else None
        return AuthorView(name, handle if handle != name else "", safe_href(author.url), avatar,
                          dir=direction(None, name), initials=placeholder.initials(name, author.handle),
                          tone=placeholder.tone(name, author.handle))

    def _media(self, item: Item, redact: bool, labels: dict[str, str]) -> list[MediaView]:
        shown = []
        purpose = "card" if item.kind is ItemKind.LINK else "media"
        fallback = labels["image_fallback"]
        for media in item.media:
            # A redacted author's own description may name or locate them.
            alt = labels["image_withheld"] if redact else (plain(media.alt) or fallback)
            sha = media.sha256 if media.type == "image" else (media.thumb_sha256 or None)
            if media.type == "gif" and not sha:
                sha = media.thumb_sha256
            image = self.bank.ref(sha, purpose, alt=alt, redact=redact) if sha else None
            address = "" if redact or media.type != "image" else (safe_href(media.url) or "")
            shown.append(MediaView(media.type, image, alt, address))
        return shown

    def item_view(self, item: Item, number: int, *, redact: bool, labels: dict[str, str]) -> ItemView:
        published = item.published
        platform = item.platform.value if item.platform else None
        text = item.text if item.kind is not ItemKind.LINK else None
        if item.kind in (ItemKind.IMAGE, ItemKind.VIDEO) and not text:
            text = item.description
        language = safe_lang(item.lang)
        warning = item.extra.get("content_warning") or item.extra.get("spoiler_text")
        warning = warning if isinstance(warning, str) else ""
        title, description, site_name = item.title, item.description, item.site_name
        if redact:
            # The words stay; every string that names or locates the author goes.
            secret = identifiers(item)
            text, title, description, site_name, warning = (
                scrub(t, secret) for t in (text, title, description, site_name, warning))
        body = " ".join(filter(None, (text, title, description)))
        copy = item.readable if item.readable and item.readable.html_sha256 else None
        return ItemView(
            id=item.id or 0,
            number=number,
            kind=item.kind.value,
            platform=platform,
            platform_label=PLATFORMS.get(platform or "", plain(site_name) or ""),
            author=self._author(item, redact),
            published=published,
            published_iso=to_stored(published) or "",
            published_label=format_instant(published, self.lang, self.zone) if published else "",
            captured_iso=to_stored(item.captured_at) or "",
            captured_label=format_instant(item.captured_at, self.lang, self.zone) if item.captured_at else "",
            title=plain(title),
            # A redacted Mastodon post's hashtags would link to its author's server.
            text_html=rich_text(text, platform, None if redact else item.url),
            description=plain(description) if item.kind is ItemKind.LINK else "",
            site_name=plain(site_name),
            href=None if redact else safe_href(item.url),
            address="" if redact else plain(item.url),
            lang=language,
            dir=direction(language, body),
            media=self._media(item, redact, labels),
            favicon=self.bank.ref(item.favicon_sha256, "avatar", alt="") if item.favicon_sha256 and not redact
            else None,
            metrics=_metrics(item.extra),
            content_warning=plain(warning),
            redacted=item.redacted,
            raw_sha256="" if redact else plain(item.raw_sha256),
            hashtags=[plain(t).lstrip("#") for t in item.hashtags if plain(t)],
            audience=_audience(item.extra.get("visibility")),
            poll=_poll(item.extra.get("poll")),
            readable_iso=to_stored(copy.captured_at) or "" if copy else "",
            readable_label=format_instant(copy.captured_at, self.lang, self.zone) if copy else "",
        )

    # -- the story -------------------------------------------------------------------------

    def view(self, audience: str, labels: dict[str, str], *, full_text: bool = False,
             chosen: frozenset[int] | None = None) -> StoryView:
        """The story for ``public`` (recap) or ``briefing`` (PDF) readers.

        A page's readable copy is shown in the briefing when ``full_text`` is asked for (for the
        ``chosen`` items only, when given), and in
        the public recap only for a card whose item asks for it (``extra["readable_public"]``:
        the text is someone else's), never for a redacted item."""
        public = audience == PUBLIC
        sections: list[SectionView] = [SectionView("lead", None, [])]
        items: list[ItemView] = []
        dates: list[date] = []
        skipping = False
        withheld = 0
        for block in self.blocks:
            hidden = block.visibility is Visibility.BRIEFING
            if block.type is BlockType.HEADING:
                skipping = public and hidden
                if not skipping:
                    title = plain(block.text)
                    sections.append(SectionView(f"s{len(sections)}", title, [], block.visibility.value,
                                                direction(None, title)))
                continue
            if public and block.type is BlockType.ITEM and kept_from_public(self.items.get(block.item_id or -1)):
                # A direct or followers-only post is for the briefing until the user says otherwise,
                # whatever its block's visibility: counted, so the export can say it left it out.
                withheld += 1
                continue
            if skipping or (public and hidden):
                continue
            current = sections[-1]
            if block.type is BlockType.TEXT:
                current.blocks.append(BlockView("text", html=editor_html(block.text),
                                                visibility=block.visibility.value))
                continue
            item = self.items.get(block.item_id or -1)
            if item is None:
                continue
            view = self.item_view(item, len(items) + 1, redact=public and item.redacted, labels=labels)
            if shows_full_text(item, public=public, full_text=full_text and (chosen is None or item.id in chosen)):
                view.readable_html = self.readable(item)
            items.append(view)
            if item.published:
                dates.append(item.published.astimezone(self.zone).date())
            caption = scrub(block.caption, identifiers(item)) if public and item.redacted else block.caption
            current.blocks.append(BlockView("item", item=view, caption=plain(clean(caption)),
                                            visibility=block.visibility.value))
        if not sections[0].blocks:
            sections.pop(0)
        logo = self.bank.ref(self.logo_sha, "logo", alt=self.organisation) if self.logo_sha else None
        return StoryView(
            audience=audience,
            title=self.title,
            subtitle=self.subtitle,
            organisation=self.organisation,
            curator=self.curator,
            lang=self.lang,
            sections=sections,
            items=items,
            logo=logo,
            zone=self.zone,
            first_day=min(dates) if dates else None,
            last_day=max(dates) if dates else None,
            generated=self.generated,
            withheld_private=withheld,
        )


def shows_full_text(item: Item, *, public: bool, full_text: bool) -> bool:
    """Whether an output shows the item's readable copy (see :meth:`StorySource.view`)."""
    if item.readable is None or item.readable.html_sha256 is None:
        return False
    if public:
        return item.extra.get("readable_public") is True and not item.redacted
    return full_text


def without_briefing(view: StoryView) -> StoryView:
    """A copy of ``view`` with every briefing-only section and block removed."""
    sections = [
        replace(s, blocks=[b for b in s.blocks if b.visibility != BRIEFING])
        for s in view.sections if s.visibility != BRIEFING
    ]
    return replace(view, sections=sections)
