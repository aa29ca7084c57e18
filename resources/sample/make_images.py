"""Draw the sample story's pictures (all invented) into ``resources/sample/images/``.

Run it from anywhere: ``python resources/sample/make_images.py``.  The output is
reproducible for a given Pillow version (the text uses Pillow's own embedded font, not
whatever fonts the machine has), and the files are committed so the sample builds
without drawing anything.  One photo-like JPEG carries EXIF (a taken-at instant and GPS
position) on purpose: the exports strip it, and the sample shows that they do.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "images"

NAVY = (18, 32, 64)
AMBER = (255, 184, 60)
CREAM = (250, 244, 230)
RED = (200, 40, 50)

AVATARS = {
    "fv": ("FV", (30, 90, 170)),
    "psw": ("PS", (190, 50, 50)),
    "pl": ("PL", (40, 140, 80)),
    "tr": ("TR", (220, 120, 30)),
    "nh": ("NH", (120, 60, 160)),
    "so": ("SO", (20, 140, 140)),
    "cm": ("CM", (170, 60, 120)),
    "wall": ("WV", (60, 60, 60)),
    "jd": ("?", (110, 110, 110)),
}


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def centred_text(draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, size: int, fill: tuple[int, ...]) -> None:
    draw.text(xy, text, font=font(size), fill=fill, anchor="mm")


def candle(draw: ImageDraw.ImageDraw, x: int, y: int, scale: float, rng: random.Random) -> None:
    """A candle with a glowing flame, its base at (x, y)."""
    w, h = int(14 * scale), int(60 * scale * rng.uniform(0.7, 1.2))
    draw.rectangle((x - w // 2, y - h, x + w // 2, y), fill=CREAM)
    fx, fy = x, y - h - int(10 * scale)
    for radius, colour in ((26, (120, 70, 20)), (16, (200, 120, 30)), (9, AMBER), (4, (255, 250, 220))):
        r = int(radius * scale)
        draw.ellipse((fx - r // 2, fy - r, fx + r // 2, fy + r // 2), fill=colour)


def vigil(seed: int, title: str, lines: list[str], size: tuple[int, int] = (800, 560)) -> Image.Image:
    rng = random.Random(seed)
    image = Image.new("RGB", size, NAVY)
    glow = Image.new("RGB", size, (0, 0, 0))
    draw = ImageDraw.Draw(glow)
    w, h = size
    for _ in range(28):
        x = rng.randint(20, w - 20)
        y = rng.randint(int(h * 0.55), h - 10)
        candle(draw, x, y, rng.uniform(0.6, 1.3), rng)
    soft = glow.filter(ImageFilter.GaussianBlur(6))
    image = Image.blend(image, soft, 0.55)
    image.paste(glow, mask=glow.convert("L").point(lambda v: 255 if v > 200 else 0))
    draw = ImageDraw.Draw(image)
    centred_text(draw, (w // 2, 70), title, 44, CREAM)
    for i, line in enumerate(lines):
        centred_text(draw, (w // 2, 130 + 36 * i), line, 24, AMBER)
    return image


def wall(seed: int) -> Image.Image:
    """The digital wall: a mosaic of small message tiles, some with initials."""
    rng = random.Random(seed)
    cols, rows, tile = 16, 10, 50
    image = Image.new("RGB", (cols * tile, rows * tile), (235, 235, 235))
    draw = ImageDraw.Draw(image)
    palette = [(30, 90, 170), (190, 50, 50), (40, 140, 80), (220, 120, 30), (120, 60, 160), (20, 140, 140)]
    letters = "ABCDEFGHJKLMNPRSTVWZ"
    for r in range(rows):
        for c in range(cols):
            colour = rng.choice(palette)
            shade = tuple(min(255, v + rng.randint(0, 60)) for v in colour)
            x, y = c * tile, r * tile
            draw.rectangle((x + 2, y + 2, x + tile - 3, y + tile - 3), fill=shade)
            if rng.random() < 0.45:
                centred_text(
                    draw, (x + tile // 2, y + tile // 2), rng.choice(letters) + rng.choice(letters), 18, (255, 255, 255)
                )
    draw.rectangle((170, 190, 630, 310), fill=(255, 255, 255))
    centred_text(draw, (400, 235), "#EndImpunity", 52, RED)
    centred_text(draw, (400, 285), "the digital wall · 2 November 2014", 20, NAVY)
    return image


def banner() -> Image.Image:
    image = Image.new("RGB", (1000, 360), NAVY)
    draw = ImageDraw.Draw(image)
    for i in range(0, 1000, 40):
        draw.line((i, 360, i + 200, 0), fill=(28, 46, 86), width=14)
    draw.rectangle((0, 300, 1000, 360), fill=RED)
    centred_text(draw, (500, 140), "#EndImpunity", 110, CREAM)
    centred_text(draw, (500, 230), "A month of action for journalists' safety", 30, AMBER)
    centred_text(draw, (500, 330), "November 2014 · Free Voices Network (fictional)", 24, CREAM)
    return image


def infographic() -> Image.Image:
    """A bar chart of the Ampatuan massacre, five years on (facts as of November 2014)."""
    image = Image.new("RGB", (800, 520), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    centred_text(draw, (400, 40), "Ampatuan massacre, 23 November 2009", 32, NAVY)
    centred_text(draw, (400, 80), "Five years on (November 2014)", 22, (90, 90, 90))
    bars = [("people killed", 58, NAVY), ("journalists and media workers", 32, RED), ("people convicted", 0, AMBER)]
    base, unit = 460, 5
    for i, (label, value, colour) in enumerate(bars):
        x = 130 + i * 220
        top = base - value * unit
        draw.rectangle((x, min(top, base - 3), x + 120, base), fill=colour)
        centred_text(draw, (x + 60, top - 30), str(value), 40, colour if value else RED)
        centred_text(draw, (x + 60, base + 30), label, 17, NAVY)
    draw.line((90, base, 710, base), fill=NAVY, width=3)
    return image


def report_cover() -> Image.Image:
    image = Image.new("RGB", (600, 800), CREAM)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 600, 260), fill=RED)
    centred_text(draw, (300, 100), "Five years", 64, CREAM)
    centred_text(draw, (300, 180), "without justice", 52, CREAM)
    centred_text(draw, (300, 330), "The Ampatuan case, 2009 to 2014", 28, NAVY)
    for i in range(12):
        y = 400 + i * 26
        draw.rectangle((80, y, 520 - (i * 37) % 120, y + 10), fill=(210, 200, 180))
    centred_text(draw, (300, 740), "Press Safety Watch (fictional)", 22, NAVY)
    return image


def video_poster() -> Image.Image:
    image = vigil(23, "Five years on", ["the families still wait"], size=(800, 450))
    draw = ImageDraw.Draw(image)
    draw.ellipse((350, 175, 450, 275), fill=(255, 255, 255))
    draw.polygon([(385, 200), (385, 250), (428, 225)], fill=RED)
    draw.rectangle((690, 410, 785, 440), fill=(0, 0, 0))
    centred_text(draw, (737, 425), "2:41", 20, (255, 255, 255))
    return image


def logo() -> Image.Image:
    image = Image.new("RGBA", (240, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), fill=(30, 90, 170, 255))
    draw.polygon([(120, 48), (150, 120), (120, 192), (90, 120)], fill=(255, 184, 60, 255))
    centred_text(draw, (120, 120), "FV", 54, (255, 255, 255, 255))
    return image


def avatar(initials: str, colour: tuple[int, int, int]) -> Image.Image:
    image = Image.new("RGBA", (128, 128), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, 127, 127), fill=(*colour, 255))
    centred_text(draw, (64, 66), initials, 52, (255, 255, 255, 255))
    return image


def exif_for_vigil_photo() -> Image.Exif:
    """A taken-at instant and a GPS position, as a phone would write them."""
    exif = Image.Exif()
    exif[0x010F] = "ExampleCam"  # Make
    exif[0x0110] = "Sample Phone 2014"  # Model
    exif[0x0132] = "2014:11:02 18:42:10"  # DateTime
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0x9003] = "2014:11:02 18:42:10"  # DateTimeOriginal
    exif_ifd[0x9011] = "+01:00"  # OffsetTimeOriginal
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (48.0, 51.0, 23.5)
    gps[3] = "E"
    gps[4] = (2.0, 21.0, 7.9)
    return exif


def main() -> None:
    OUT.mkdir(exist_ok=True)
    jpeg = {"quality": 72, "optimize": True, "progressive": False}
    vigil(
        2, "Light a candle", ["2 November · International Day", "to End Impunity for Crimes against Journalists"]
    ).save(OUT / "vigil-2-november.jpg", exif=exif_for_vigil_photo(), **jpeg)
    vigil(23, "58 candles", ["Ampatuan, 23 November 2009", "five years, no conviction"]).save(
        OUT / "vigil-ampatuan.jpg", **jpeg
    )
    wall(11).save(OUT / "digital-wall.jpg", **jpeg)
    video_poster().save(OUT / "video-poster.jpg", **jpeg)
    report_cover().save(OUT / "report-cover.jpg", **jpeg)
    banner().save(OUT / "banner-endimpunity.png", optimize=True)
    infographic().save(OUT / "ampatuan-infographic.png", optimize=True)
    logo().save(OUT / "logo.png", optimize=True)
    for key, (initials, colour) in AVATARS.items():
        avatar(initials, colour).save(OUT / f"avatar-{key}.png", optimize=True)


if __name__ == "__main__":
    main()
