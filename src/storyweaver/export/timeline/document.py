"""A TimelineJS 3 document of a public story view.

The shape follows the TimelineJS JSON format documentation
(https://timeline.knightlab.com/docs/json-format.html, ``website/docs/json-format.njk`` in
NUKnightLab/TimelineJS3): ``{"title": slide, "events": [slide]}``; a slide has
``start_date`` (a date of numbers), ``text`` (``headline``, ``text``), ``media`` (``url``,
``caption``, ``credit``, ``alt``), ``group``, ``display_date``, ``autolink`` and
``unique_id``.

The file is public, so it follows the recap's rules: it is built from the public view (no
briefing-only block; redacted authors withheld, their images blurred files or nothing), the
text is the recap's escaped HTML (its hashtag and address links), and ``autolink`` is off so
TimelineJS adds no link of its own.  Every slide needs a date: a text block takes the date
of the item that follows it (TimelineJS keeps equal dates in the story's order), or of the
one before it at the end of the story.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from markupsafe import Markup, escape

from storyweaver.export.imagebank import ImageRef
from storyweaver.export.text import plain
from storyweaver.export.viewmodel import PUBLIC, BlockView, ItemView, MediaView, StoryView

# Gives the address a slide shows for an image, or "" for none.
ImageSource = Callable[[MediaView | None, ImageRef | None], str]
HEADLINE_CHARS = 80


class TextBlocks(StrEnum):
    SLIDES = "slides"  # each text block is a slide of its own
    FOLLOWING = "following"  # a text block opens the text of the next item's slide


@dataclass(slots=True)
class _Slide:
    slide: dict[str, Any]
    moment: datetime | None  # None: a text slide, dated once its neighbours are known
    lead: list[Markup]  # text blocks placed before this item's own text


def _date(moment: datetime, zone: Any) -> dict[str, int]:
    local = moment.astimezone(zone)
    return {"year": local.year, "month": local.month, "day": local.day, "hour": local.hour,
            "minute": local.minute, "second": local.second}


def _who(item: ItemView, withheld: str) -> str:
    if item.author is None:
        return ""
    if item.author.withheld:
        return withheld
    return item.author.name or item.author.handle


def _headline(item: ItemView, withheld: str) -> str:
    return _who(item, withheld) or item.title or item.site_name or item.platform_label or item.kind


def _excerpt(html: Markup) -> str:
    words = plain(html.striptags())
    return words if len(words) <= HEADLINE_CHARS else words[: HEADLINE_CHARS - 1].rstrip() + "…"


def _media(item: ItemView, caption: str, source: ImageSource, withheld: str) -> dict[str, Any] | None:
    for media in item.media:
        url = source(media, media.image)
        if url:
            credit = " · ".join(filter(None, (_who(item, withheld), item.platform_label or item.site_name)))
            return {"url": url, "alt": media.alt, "caption": str(escape(caption)), "credit": str(escape(credit))}
    return None


def _item_slide(item: ItemView, block: BlockView, group: str | None, source: ImageSource,
                labels: dict[str, str]) -> dict[str, Any]:
    body: list[Markup] = []
    if item.content_warning:
        body.append(Markup("<p><strong>{}</strong> {}</p>").format(labels["content_warning"],
                                                                   item.content_warning))
    if item.kind == "link" and item.description:
        body.append(Markup("<p>{}</p>").format(item.description))
    body.append(item.text_html)
    media = _media(item, block.caption, source, labels["withheld"])
    if block.caption and media is None:
        body.append(Markup("<p><em>{}</em></p>").format(block.caption))
    if item.author is not None and item.author.withheld:
        body.append(Markup("<p><em>{}</em></p>").format(labels["withheld_note"]))
    if item.href:
        body.append(Markup('<p><a href="{}" rel="noopener noreferrer nofollow ugc">{}</a></p>').format(
            item.href, labels["original"]))
    slide: dict[str, Any] = {
        "unique_id": f"item-{item.id}",
        "autolink": False,
        "text": {"headline": str(escape(_headline(item, labels["withheld"]))), "text": str(Markup("").join(body))},
    }
    if media is not None:
        slide["media"] = media
    if group:
        slide["group"] = group
    return slide


def _text_slide(html: Markup, number: int, group: str | None) -> dict[str, Any]:
    slide: dict[str, Any] = {"unique_id": f"text-{number}", "autolink": False,
                             "text": {"headline": str(escape(_excerpt(html))), "text": str(html)}}
    if group:
        slide["group"] = group
    return slide


def _dated(slides: list[_Slide], fallback: datetime) -> list[_Slide]:
    """Give each text slide the date of the next item (or the last one, at the end)."""
    following: datetime | None = None
    for entry in reversed(slides):
        if entry.moment is None:
            entry.moment = following
        else:
            following = entry.moment
    previous = fallback
    for entry in slides:
        if entry.moment is None:
            entry.moment = previous
        previous = entry.moment
    return slides


def timeline_document(view: StoryView, labels: dict[str, str], source: ImageSource,
                      text_blocks: TextBlocks = TextBlocks.SLIDES) -> dict[str, Any]:
    """The TimelineJS document of a public view; ``source`` places its images."""
    if view.audience != PUBLIC or view.briefing_blocks():
        raise ValueError("a timeline is made from the public view only")
    slides: list[_Slide] = []
    waiting: list[Markup] = []  # text blocks for the next item's slide (TextBlocks.FOLLOWING)
    texts = 0
    for section in view.sections:
        for block in section.blocks:
            if block.type == "text":
                if not block.html:
                    continue
                if text_blocks is TextBlocks.FOLLOWING:
                    waiting.append(block.html)
                    continue
                texts += 1
                slides.append(_Slide(_text_slide(block.html, texts, section.title), None, []))
                continue
            item = block.item
            if item is None or item.published is None:
                continue  # an undated item has no place on a time line; it stays in the recap
            slides.append(_Slide(_item_slide(item, block, section.title, source, labels), item.published,
                                 waiting))
            waiting = []
    for html in waiting:  # text after the last dated item: slides of their own
        texts += 1
        slides.append(_Slide(_text_slide(html, texts, None), None, []))
    events = []
    for entry in _dated(slides, view.generated):
        if entry.lead:
            entry.slide["text"]["text"] = str(Markup("").join(entry.lead)) + entry.slide["text"]["text"]
        assert entry.moment is not None
        entry.slide["start_date"] = _date(entry.moment, view.zone)
        events.append(entry.slide)
    title: dict[str, Any] = {"unique_id": "title", "autolink": False,
                             "text": {"headline": str(escape(view.title)), "text": str(escape(view.subtitle))}}
    logo = source(None, view.logo)
    if logo:
        title["media"] = {"url": logo, "alt": view.organisation, "caption": "",
                          "credit": str(escape(view.organisation))}
    return {"title": title, "events": events}
