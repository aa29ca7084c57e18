"""Posts written for a private audience (a Mastodon direct message or followers-only post), as
the editor shows them: the audience in the post's own words, why the post stays in the briefing,
and the question asked before it may reach the public recap (issue 17: never publish a direct
message without asking).  The rule itself is the core's (``core.model.kept_from_public``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from storyweaver.core.model import PRIVATE_AUDIENCES, Item


def audience_of(item: Item | None) -> str | None:
    """The audience the post's platform recorded (Mastodon's ``visibility``), or None."""
    value = item.extra.get("visibility") if item is not None else None
    return value if value in ("public", "unlisted", "private", "direct") else None


def audience_name(audience: str | None) -> str:
    """The audience in a few words (the inspector's Audience row, the story card's badge)."""
    names = {
        "public": QCoreApplication.translate("PrivatePosts", "Public"),
        "unlisted": QCoreApplication.translate("PrivatePosts", "Unlisted (public, kept out of timelines)"),
        "private": QCoreApplication.translate("PrivatePosts", "Followers only"),
        "direct": QCoreApplication.translate("PrivatePosts", "Direct message"),
    }
    return names.get(audience or "", QCoreApplication.translate("PrivatePosts", "Not stated by the source"))


def held_back_reason(confirmed: bool) -> str:
    """Why a private post is where it is: in the briefing until the user decides, or published by them."""
    if confirmed:
        return QCoreApplication.translate("PrivatePosts", "You chose to publish it in the public recap.")
    return QCoreApplication.translate("PrivatePosts", "Stays in the briefing until you choose Public.")


def audience_text(item: Item | None, published: bool) -> str:
    """The inspector's Audience row: the audience, and for a private one what happens to it
    (``published``: the public recap shows it, the user having chosen so)."""
    audience = audience_of(item)
    text = audience_name(audience)
    if item is not None and audience in PRIVATE_AUDIENCES:
        text = f"{text}. {held_back_reason(published)}"
    return text


def every_audience_text() -> list[str]:
    """Every text the Audience row may show (the row keeps the height of the tallest)."""
    names = [audience_name(a) for a in ("public", "unlisted", "private", "direct", None)]
    reasons = [held_back_reason(c) for c in (True, False)]
    return names + [f"{name}. {reason}" for name in names[2:4] for reason in reasons]


def may_publish(parent: QWidget, item: Item) -> bool:
    """Ask before a direct or followers-only post may reach the public recap (default: no)."""
    if audience_of(item) == "direct":
        question = QCoreApplication.translate(
            "PrivatePosts", "This is a direct message: its author wrote it only for the people it mentions. "
            "Publishing it shows it to everyone who reads the public recap.\n\n"
            "Publish it only with its author's consent. Publish it?")
    else:
        question = QCoreApplication.translate(
            "PrivatePosts", "This post was written for its author's followers only. Publishing it shows it "
            "to everyone who reads the public recap.\n\n"
            "Publish it only with its author's consent. Publish it?")
    title = QCoreApplication.translate("PrivatePosts", "Publish a private post?")
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("publishPrivateQuestion")
    publish = box.addButton(QCoreApplication.translate("PrivatePosts", "Publish in the recap"),
                            QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("PrivatePosts", "Keep in the briefing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is publish
