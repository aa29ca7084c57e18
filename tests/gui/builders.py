"""Real project files for the editor's tests, built with the store API."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform
from storyweaver.store.project import Project

START = datetime(2026, 10, 30, 9, 0, tzinfo=UTC)


def png(colour: str, size: tuple[int, int] = (320, 200), label: str = "") -> bytes:
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.ellipse((size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4), fill="white")
    if label:
        draw.text((10, 10), label, fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def post(n: int, text: str, *, platform: Platform = Platform.MASTODON, when: datetime | None = None,
         author: Author | None = None, media: list[Media] | None = None, lang: str | None = None,
         hashtags: list[str] | None = None) -> Item:
    return Item(
        kind=ItemKind.POST, captured_at=START + timedelta(days=10), capture_method="test", platform=platform,
        platform_id=str(n), url=f"https://social.example/@a/{n}", text=text,
        author=author or Author(f"Reporter {n % 5}", f"reporter{n % 5}@social.example"),
        published=when or START + timedelta(hours=7 * n), lang=lang, hashtags=hashtags or [], media=media or [],
    )


def build_demo_project(path: Path, *, story: bool = True) -> Path:
    """A small campaign: posts (one Arabic), a link card, an image, a video; a story with a heading."""
    project = Project.create(path, title="#EndImpunity 2026")
    with project.transaction():
        avatar = project.put_blob(png("#3366cc", (96, 96)), "image/png")
        photo = project.put_blob(png("#cc6633", (640, 400), "protest"), "image/png")
        still = project.put_blob(png("#338855", (640, 360)), "image/png")
        items = [
            post(1, "Journalists gather in front of the courthouse. #EndImpunity", hashtags=["EndImpunity"],
                 author=Author("Amina Diallo", "amina@social.example", None, avatar),
                 media=[Media("image", photo, None, 640, 400, mime="image/png")]),
            post(2, "No one has been convicted for the killing of 8 in 10 journalists.\nWe ask why.",
                 platform=Platform.BLUESKY, hashtags=["EndImpunity"]),
            post(3, "لا إفلات من العقاب للجرائم ضد الصحفيين", lang="ar", platform=Platform.X),
            Item(kind=ItemKind.LINK, captured_at=START, capture_method="unfurl", url="https://news.example/report",
                 title="Annual report on violence against journalists", site_name="News Example",
                 description="Figures and cases from the last twelve months.",
                 published=START + timedelta(days=1, hours=2)),
            Item(kind=ItemKind.IMAGE, captured_at=START, capture_method="file", title="Vigil poster",
                 media=[Media("image", still, "A candle vigil poster", 640, 360, mime="image/png")],
                 published=START + timedelta(days=2, hours=5)),
            Item(kind=ItemKind.VIDEO, captured_at=START, capture_method="unfurl", url="https://video.example/v/1",
                 title="Testimony of a reporter", media=[Media("video", still, None, 640, 360, mime="image/png")],
                 published=START + timedelta(days=3, hours=1)),
        ] + [post(10 + n, f"Solidarity message number {n} #EndImpunity", hashtags=["EndImpunity"]) for n in range(8)]
        result = project.library.add(items)
        if story:
            ids = result.added
            project.story.append(Block(BlockType.HEADING, text="The day of action"))
            project.story.append(Block(BlockType.TEXT, text="On 2 November, our network spoke with one voice."))
            for item_id in ids[:4]:
                project.story.append(Block(BlockType.ITEM, item_id=item_id))
    project.close()
    return path
