"""Stories for the export tests and benchmark, made through the real store API.

``build_demo_story`` makes a small, fixed, realistic story with every kind of block:
posts in English, French and Arabic, emoji, a redacted post, briefing-only blocks and a
briefing-only section, link cards, images carrying GPS EXIF, notes and a video.
``build_scaled_story`` makes a large one for the benchmark.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform, Visibility
from storyweaver.store.project import Project

CAPTURED = datetime(2014, 12, 1, 9, 30, tzinfo=UTC)
GPS = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}


def picture(seed: int, size: tuple[int, int] = (1200, 800), *, gps: bool = False, pattern: bool = True) -> bytes:
    """A deterministic JPEG photograph stand-in (stripes, shapes, a label), optionally with GPS EXIF."""
    rng = random.Random(seed)
    width, height = size
    base = (rng.randrange(40, 200), rng.randrange(40, 200), rng.randrange(40, 200))
    image = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(image)
    if pattern:
        step = max(6, width // 60)
        for x in range(0, width, step * 2):
            draw.rectangle([x, 0, x + step - 1, height], fill=(255 - base[0], 255 - base[1], 255 - base[2]))
    for _ in range(6):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(width // 12, width // 5)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw.text((width // 10, height // 2), f"StoryWeaver test image {seed}", fill=(0, 0, 0))
    out = io.BytesIO()
    exif = Image.Exif()
    if gps:
        exif[0x010F] = "Example Camera Maker"
        exif[0x0110] = "Model X100"
        exif[0xA431] = "SERIAL-0042"
        exif.get_ifd(0x8825).update(GPS)
    image.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def avatar(seed: int) -> bytes:
    rng = random.Random(seed * 7919)
    image = Image.new("RGB", (200, 200), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw = ImageDraw.Draw(image)
    draw.ellipse([50, 30, 150, 130], fill=(240, 210, 180))
    draw.rectangle([30, 140, 170, 200], fill=(30, 60, 120))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _raw(project: Project, payload: dict[str, Any]) -> str:
    return project.put_blob(json.dumps(payload, sort_keys=True).encode("utf-8"), "application/json")


def _post(project: Project, n: int, *, platform: Platform, name: str, handle: str, text: str,
          published: datetime, lang: str = "en", hashtags: list[str] | None = None,
          media: list[Media] | None = None, metrics: dict[str, int] | None = None,
          redacted: bool = False, extra: dict[str, Any] | None = None, with_avatar: bool = True) -> Item:
    host = {"x": "https://x.com", "mastodon": "https://mastodon.example", "bluesky": "https://bsky.app"}[platform]
    url = f"{host}/{handle}/status/{1000 + n}" if platform is not Platform.BLUESKY else \
        f"{host}/profile/{handle}/post/3k{n}"
    data = dict(extra or {})
    if metrics:
        data["metrics"] = metrics
    return Item(
        kind=ItemKind.POST, captured_at=CAPTURED, capture_method="test", platform=platform,
        platform_id=str(1000 + n), url=url, text=text,
        author=Author(name, handle, f"{host}/{handle}",
                      project.put_blob(avatar(n), "image/png") if with_avatar else None),
        published=published, raw_sha256=_raw(project, {"n": n, "text": text}), lang=lang,
        hashtags=hashtags if hashtags is not None else [w[1:].rstrip(".,!") for w in text.split() if w.startswith("#")],
        media=media or [], extra=data, redacted=redacted,
    )


def build_demo_story(path: Path, *, title: str = "#EndImpunity: a month of action") -> Path:
    """The fixed test story (see the module docstring); returns ``path``."""
    project = Project.create(path, title=title)
    with project:
        project.set_meta("subtitle", "How a network marked the first International Day to End Impunity, November 2014")
        project.set_meta("organisation", "Example Free Expression Network")
        d = lambda day, hour=12, minute=0: datetime(2014, 11, day, hour, minute, tzinfo=UTC)  # noqa: E731
        photo = project.put_blob(picture(1, gps=True), "image/jpeg")
        vigil = project.put_blob(picture(2, gps=True), "image/jpeg")
        face = project.put_blob(picture(3, (900, 900)), "image/jpeg")
        card_img = project.put_blob(picture(4, (1200, 630)), "image/jpeg")
        favicon = project.put_blob(avatar(99), "image/png")
        thumb = project.put_blob(picture(5, (640, 360)), "image/jpeg")
        items = [
            _post(project, 1, platform=Platform.X, name="Free Press Watch (fictional)", handle="fpw_example",
                  text="Today is the first International Day to End Impunity for Crimes against Journalists. "
                       "Nine in ten killings go unpunished. #EndImpunity #2Nov https://example.org/day",
                  published=d(2, 8, 15), metrics={"replies": 12, "reposts": 340, "likes": 512},
                  media=[Media("image", photo, "Candles spelling END IMPUNITY on a square at dusk", 1200, 800,
                               mime="image/jpeg")]),
            _post(project, 2, platform=Platform.MASTODON, name="رابطة الصحفيين (خيالية)", handle="rabita",
                  text="لا للإفلات من العقاب على الجرائم ضد الصحفيين. #EndImpunity", lang="ar",
                  published=d(2, 10, 5), metrics={"reposts": 41, "likes": 77}),
            _post(project, 3, platform=Platform.BLUESKY, name="Marie Exemple", handle="marie.example",
                  text="Vigile ce soir place de la République 🕯️✊ Rejoignez-nous ! #EndImpunity #FinImpunité",
                  lang="fr", published=d(2, 17, 30), metrics={"likes": 28},
                  media=[Media("image", vigil, None, 1200, 800, mime="image/jpeg")]),
            _post(project, 4, platform=Platform.X, name="Reporter at risk", handle="brave_reporter",
                  text="I was threatened again for reporting on the case. I will not stop. #EndImpunity",
                  published=d(3, 9, 0), redacted=True, metrics={"reposts": 95, "likes": 230},
                  media=[Media("image", face, "Portrait of the reporter", 900, 900, mime="image/jpeg")]),
            _post(project, 5, platform=Platform.X, name="Press Union (fictional)", handle="pressunion_ex",
                  text="Briefing-only: our contact in the ministry confirms the file is stalled. #EndImpunity",
                  published=d(4, 11, 0)),
            Item(kind=ItemKind.LINK, captured_at=CAPTURED, capture_method="unfurl",
                 url="https://news.example.org/2014/11/02/end-impunity-day",
                 title="UN marks first International Day to End Impunity",
                 description="Governments are urged to investigate every attack on journalists.",
                 site_name="Example News", published=d(2, 6, 0), raw_sha256=_raw(project, {"link": 1}),
                 lang="en", media=[Media("image", card_img, "Delegates in the General Assembly hall", 1200, 630)],
                 favicon_sha256=favicon),
            Item(kind=ItemKind.IMAGE, captured_at=CAPTURED, capture_method="file", title="The digital wall",
                 description="Hundreds of portraits of murdered journalists, shared on the digital wall.",
                 published=d(5, 14, 0), raw_sha256=photo,
                 media=[Media("image", photo, "A wall of portraits in a grid", 1200, 800, mime="image/jpeg")]),
            Item(kind=ItemKind.NOTE, captured_at=CAPTURED, capture_method="editor",
                 text="Call with partners in Manila on 20 November: prepare the anniversary statement.",
                 published=d(20, 9, 0)),
            _post(project, 6, platform=Platform.X, name="Ampatuan Watch (fictional)", handle="ampatuan_ex",
                  text="Five years after the #Ampatuan massacre, 58 killed, 32 of them journalists and media "
                       "workers, and no one convicted. #EndImpunity #Maguindanao",
                  published=d(23, 1, 0), metrics={"replies": 3, "reposts": 1200, "likes": 980},
                  extra={"content_warning": "Violence"}),
            Item(kind=ItemKind.VIDEO, captured_at=CAPTURED, capture_method="unfurl", platform=None,
                 url="https://video.example.org/watch/ampatuan-five-years", title="Ampatuan: five years on",
                 text="A short film on the families' long wait for justice.", site_name="Example Video",
                 published=d(23, 12, 0), raw_sha256=_raw(project, {"video": 1}),
                 author=Author("Documentary Collective (fictional)", None, None, None),
                 media=[Media("video", None, "Families holding portraits", 640, 360, thumb_sha256=thumb)]),
            _post(project, 7, platform=Platform.MASTODON, name="Campaign desk", handle="desk@mastodon.example",
                  text="Thank you all 🙏 Looking ahead to 2015: keep the pressure on. #EndImpunity",
                  published=d(30, 18, 0), with_avatar=False),
        ]
        project.library.add(items)
        ids = [i.id for i in items]
        story = project.story
        blocks = [
            Block(BlockType.TEXT, "<p>In November 2014 our network joined a <b>month of action</b> for the first "
                                  "<a href=\"https://example.org/day\">International Day</a> to End Impunity.</p>"
                                  "<script>alert('x')</script><p onclick=\"alert(1)\">"
                                  "<a href=\"javascript:alert(1)\">Not a link</a></p>"),
            Block(BlockType.HEADING, "2 November: the International Day"),
            Block(BlockType.ITEM, item_id=ids[5]),
            Block(BlockType.ITEM, item_id=ids[0], caption="The day opened with this message, shared 340 times."),
            Block(BlockType.ITEM, item_id=ids[1]),
            Block(BlockType.ITEM, item_id=ids[2]),
            Block(BlockType.TEXT, "<p>Threats continued <em>during</em> the campaign:</p><ul><li>online</li>"
                                  "<li>in the street</li></ul>"),
            Block(BlockType.ITEM, item_id=ids[3]),
            Block(BlockType.ITEM, item_id=ids[4], visibility=Visibility.BRIEFING),
            Block(BlockType.TEXT, "Private: names of the sources are in the annex.", visibility=Visibility.BRIEFING),
            Block(BlockType.ITEM, item_id=ids[6]),
            Block(BlockType.HEADING, "23 November: Ampatuan, five years on"),
            Block(BlockType.ITEM, item_id=ids[8]),
            Block(BlockType.ITEM, item_id=ids[9]),
            Block(BlockType.ITEM, item_id=ids[7]),
            Block(BlockType.HEADING, "Contacts for the minister's office", visibility=Visibility.BRIEFING),
            Block(BlockType.TEXT, "Only for the briefing: meet the desk officer before 10 December."),
            Block(BlockType.HEADING, "Looking ahead to 2015"),
            Block(BlockType.ITEM, item_id=ids[10]),
        ]
        for block in blocks:
            story.append(block)
    return path


def build_scaled_story(path: Path, items: int, images: int, *, seed: int = 7) -> Path:
    """A story of ``items`` posts in a few sections, ``images`` of them with a photograph."""
    rng = random.Random(seed)
    project = Project.create(path, title=f"Benchmark story ({items} items)")
    start = datetime(2014, 11, 1, tzinfo=UTC)
    with project:
        photos = [project.put_blob(picture(seed + i, (1600, 1067)), "image/jpeg") for i in range(images)]
        avatars = [project.put_blob(avatar(i), "image/png") for i in range(40)]
        batch: list[Item] = []
        for n in range(items):
            text = (f"Post {n} of the campaign #EndImpunity #Day{n % 30} " + "words " * rng.randrange(5, 40)
                    + f"https://example.org/{n}")
            every = max(1, items // images) if images else 0
            media = [Media("image", photos[n // every], f"Photo {n}", 1600, 1067)] \
                if every and n % every == 0 and n // every < images else []
            batch.append(Item(
                kind=ItemKind.POST, captured_at=CAPTURED, capture_method="bench", platform=Platform.X,
                platform_id=str(n), url=f"https://x.com/acct{n % 40}/status/{n}", text=text,
                author=Author(f"Account {n % 40}", f"acct{n % 40}", None, avatars[n % 40]),
                published=start + timedelta(minutes=43 * n), lang="en",
                raw_sha256=hashlib.sha256(str(n).encode()).hexdigest(), hashtags=["EndImpunity", f"Day{n % 30}"],
                media=media, extra={"metrics": {"reposts": n % 50, "likes": n % 90}},
            ))
        project.library.add(batch)
        with project.transaction():
            for n, item in enumerate(batch):
                if n % max(1, items // 6) == 0:
                    project.story.append(Block(BlockType.HEADING, f"Week {n // max(1, items // 6) + 1}"))
                project.story.append(Block(BlockType.ITEM, item_id=item.id))
    return path


def build_hostile_story(path: Path, strings: list[str]) -> Path:
    """Every string in every text field: project metadata, headings, editor texts, captions, items."""
    safe = [s.replace("\x00", "\ufffd") for s in strings]  # SQLite text may not hold NUL everywhere
    project = Project.create(path, title=safe[0] if safe else "hostile")
    with project:
        pixel = project.put_blob(picture(1, (64, 64)), "image/jpeg")
        project.set_meta("subtitle", " ".join(safe[:20]))
        project.set_meta("organisation", safe[-1] if safe else "")
        items = []
        for n, s in enumerate(safe):
            items.append(Item(
                kind=(ItemKind.POST, ItemKind.LINK, ItemKind.IMAGE, ItemKind.NOTE, ItemKind.VIDEO)[n % 5],
                captured_at=CAPTURED, capture_method="hostile", platform=(Platform.X, Platform.MASTODON, None)[n % 3],
                platform_id=f"h{n}", url=s, title=s, text=s, description=s,
                author=Author(s, s, s, None), site_name=s, published=CAPTURED + timedelta(hours=n), lang=s,
                hashtags=[s], image_url=s, raw_sha256=s,
                media=[Media("image", pixel, s, 64, 64, url=s), Media("video", None, s, url=s)],
                extra={"content_warning": s, "metrics": {"likes": s}}, redacted=n % 7 == 0,
            ))
        project.library.add(items)
        with project.transaction():
            for n, item in enumerate(items):
                if n % 50 == 0:
                    project.story.append(Block(BlockType.HEADING, safe[n]))
                project.story.append(Block(BlockType.TEXT, safe[n]))
                project.story.append(Block(BlockType.ITEM, item_id=item.id, caption=safe[n]))
    return path
