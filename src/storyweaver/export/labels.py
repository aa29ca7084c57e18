"""The exports' own words, in the language asked for, and dates written for readers.

Each label is a gettext msgid (English) translated with the catalogue of ``lang``, so the
French (and any future) translation lives in ``resources/translations/`` with the rest.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from storyweaver.i18n import gettext


def _n(message: str) -> str:
    """Mark a msgid for extraction; translated later, per export, with :func:`gettext`."""
    return message


LABELS = {
    "contents": _n("Contents"),
    "skip": _n("Skip to the story"),
    "introduction": _n("Introduction"),
    "original": _n("View the original"),
    "original_short": _n("Original"),
    "withheld": _n("Identity withheld"),
    "withheld_note": _n("The author's identity is withheld to protect them; images are blurred."),
    "redacted_badge": _n("Redacted in the public recap"),
    "briefing_badge": _n("Briefing only"),
    "audience_direct": _n("Direct message: kept out of the public recap"),
    "audience_private": _n("Followers only: kept out of the public recap"),
    "audience_unlisted": _n("Unlisted post"),
    "poll": _n("Poll"),
    "votes": _n("votes"),
    "image_fallback": _n("Image attached to this item; no description was given."),
    "image_missing": _n("An image that could not be kept."),
    "image_withheld": _n("Image blurred to protect its author."),
    "avatar_of": _n("Profile picture of {name}"),
    "video": _n("Video"),
    "watch": _n("Watch the video at its source"),
    "replies": _n("replies"),
    "reposts": _n("reposts"),
    "likes": _n("likes"),
    "replies_one": _n("reply"),
    "reposts_one": _n("repost"),
    "likes_one": _n("like"),
    "content_warning": _n("Content warning"),
    "note": _n("Note"),
    "link": _n("Link"),
    "post": _n("Post"),
    "image": _n("Image"),
    "made_with": _n("Made with StoryWeaver on {date}."),
    "published_on": _n("Published"),
    "summary": _n("In figures"),
    "items_total": _n("Items in the story"),
    "by_kind": _n("By kind"),
    "by_platform": _n("By platform"),
    "per_day": _n("Posts per day"),
    "top_hashtags": _n("Most used hashtags"),
    "top_accounts": _n("Most present accounts"),
    "reach": _n("Reposts and likes"),
    "total_reposts": _n("Reposts"),
    "total_likes": _n("Likes"),
    "known_for": _n("known for {count} of {total} posts"),
    "none_known": _n("Not known for these posts."),
    "other": _n("Other"),
    "web": _n("Web"),
    "own_files": _n("Your own files"),
    "curated_by": _n("Curated by {name}"),
    "sources": _n("Sources"),
    "sources_intro": _n(
        "Every item of this briefing, with its original address, when it was captured, and the "
        "SHA-256 fingerprint of the captured data, so that a reader can verify it."
    ),
    "source_address": _n("Original address"),
    "captured": _n("Captured"),
    "fingerprint": _n("SHA-256"),
    "no_address": _n("(no address)"),
    "no_fingerprint": _n("(not recorded)"),
    "page": _n("Page"),
    "briefing": _n("Briefing"),
    "recap": _n("Recap"),
    "prepared_by": _n("Prepared by {organisation}"),
    "undated": _n("Undated"),
    "caption": _n("Editor's caption"),
    "story_empty": _n("This story has no blocks yet."),
    "kind_post": _n("Posts"),
    "kind_link": _n("Links"),
    "kind_image": _n("Images"),
    "kind_video": _n("Videos"),
    "kind_note": _n("Notes"),
    "ref": _n("Source"),
    "full_texts": _n("Full text of linked pages"),
    "full_texts_intro": _n(
        "The main text of each linked page as it was captured, kept so that it can be read after the "
        "page changes or disappears. Images are listed by their description and address."
    ),
    "readable_copy": _n("Readable copy captured"),
    "no_readable_copy": _n("No readable copy"),
    "full_text": _n("Full text"),
}

_MONTHS = (
    _n("January"), _n("February"), _n("March"), _n("April"), _n("May"), _n("June"), _n("July"),
    _n("August"), _n("September"), _n("October"), _n("November"), _n("December"),
)

PLATFORMS = {"x": "X (Twitter)", "mastodon": "Mastodon", "bluesky": "Bluesky"}  # a lone "X" reads as "close"


def is_singular(count: int, lang: str) -> bool:
    """Whether ``count`` takes the singular in ``lang`` (French counts 0 and 1 as singular)."""
    return count <= 1 if lang == "fr" else count == 1


def counted_word(words: dict[str, str], key: str, count: int, lang: str) -> str:
    """The label ``key`` ("likes") agreeing with ``count``: "1 like", "2 likes"."""
    return words[f"{key}_one"] if is_singular(count, lang) and f"{key}_one" in words else words[key]


def labels(lang: str) -> dict[str, str]:
    """Every label in ``lang`` (English where no translation exists)."""
    return {key: gettext(msgid, lang) for key, msgid in LABELS.items()}


def format_day(day: date, lang: str) -> str:
    month = gettext(_MONTHS[day.month - 1], lang)
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month.lower()} {day.year}"
    return f"{day.day} {month} {day.year}"


def format_instant(moment: datetime, lang: str, zone: tzinfo) -> str:
    local = moment.astimezone(zone)
    clock = f"{local.hour} h {local.minute:02d}" if lang == "fr" else f"{local.hour:02d}:{local.minute:02d}"
    name = local.tzname() or "UTC"
    return f"{format_day(local.date(), lang)}, {clock} {name}"


def format_range(first: date | None, last: date | None, lang: str) -> str:
    if first is None or last is None:
        return ""
    if first == last:
        return format_day(first, lang)
    sep = " – "
    if first.year == last.year and first.month == last.month:
        start = "1er" if lang == "fr" and first.day == 1 else str(first.day)
        return f"{start}{sep}{format_day(last, lang)}"
    return f"{format_day(first, lang)}{sep}{format_day(last, lang)}"


_FR_SHORT = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")


def short_day(day: date, lang: str) -> str:
    """A day on a chart's axis: "2 Nov" / "2 nov."."""
    if lang == "fr":
        return f"{day.day} {_FR_SHORT[day.month - 1]}"
    return f"{day.day} {gettext(_MONTHS[day.month - 1], lang)[:3]}"
