"""Images for the exports: resized to the size shown, metadata stripped, blurred when redacted.

Every exported image is decoded and re-encoded with Pillow.  Re-encoding without the
``exif`` argument drops GPS, camera serials and every other EXIF tag; ``keep_exif``
copies the original EXIF block over on purpose.  Redaction happens on the pixels
(pixelation then a strong Gaussian blur), so nothing of the face survives in the file.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

from PIL import Image, ImageFilter, ImageOps
from PIL import __version__ as PILLOW_VERSION

# Display sizes in CSS pixels, doubled for sharp screens where the bytes are worth it.
# The recap's column is 44rem (704 px) wide; a link card's picture is at most that wide too.
SIZES = {"media": 720, "card": 560, "avatar": 96, "logo": 480, "timeline": 480}
MAX_PIXELS = 80_000_000  # refuse decompression bombs quietly: the item shows its alt text
JPEG_QUALITY = 80


@dataclass(frozen=True, slots=True)
class Prepared:
    """Bytes ready to embed, with what a page needs to reserve their space."""

    data: bytes
    mime: str
    width: int
    height: int

    def data_uri(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"

    @property
    def extension(self) -> str:
        return {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}.get(self.mime, "bin")


SLACK = 1.3  # a JPEG decoded at a power-of-two scale this close to the size shown is kept as is
# Raised whenever prepare() would make other bytes from the same original: the copies kept
# in a project file by an older recipe are then never used again.  Pillow's version goes with
# it (its resampling, blur and JPEG encoder make the bytes too).
PREPARATION = 1
_MADE_BY = f"v{PREPARATION}+pillow{PILLOW_VERSION}"


def recipe(purpose: str, *, redact: bool, square: bool) -> str:
    """Everything a prepared image depends on besides its original (kept copies are found by it).

    EXIF-keeping preparations have none: their copies carry the camera's data and are never kept.
    """
    return (f"{_MADE_BY};{purpose};{SIZES[purpose]};q{JPEG_QUALITY};slack{SLACK};max{MAX_PIXELS};"
            f"{'redacted' if redact else 'plain'};{'square' if square else 'whole'}")


_JPEG_PIXELS_ONLY = {0xC0, 0xC1, 0xC2, 0xC4, 0xDB, 0xDD, 0xE0}  # frames, tables, restart interval, JFIF
_PNG_PIXELS_ONLY = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND", b"pHYs", b"gAMA", b"sRGB", b"cHRM", b"sBIT"}


def carries_only_pixels(data: bytes, mime: str) -> bool:
    """Whether a kept copy is what :func:`prepare` writes: a JPEG or PNG without EXIF, XMP,
    IPTC, comments or text (a copy from a damaged or hand-made file is prepared afresh)."""
    if mime == "image/jpeg" and data.startswith(b"\xff\xd8"):
        pos = 2
        while pos + 4 <= len(data) and data[pos] == 0xFF:
            marker = data[pos + 1]
            if marker == 0xDA:
                return True
            if marker not in _JPEG_PIXELS_ONLY:
                return False
            pos += 2 + int.from_bytes(data[pos + 2:pos + 4], "big")
        return False
    if mime == "image/png" and data.startswith(b"\x89PNG\r\n\x1a\n"):
        pos = 8
        while pos + 8 <= len(data):
            kind = data[pos + 4:pos + 8]
            if kind not in _PNG_PIXELS_ONLY:
                return False
            if kind == b"IEND":
                return True
            pos += 12 + int.from_bytes(data[pos:pos + 4], "big")
        return False
    return False


def _draft_size(width: int, height: int, target: tuple[int, int]) -> tuple[int, int]:
    """The size Pillow's JPEG ``draft`` decodes to for ``target`` (a power-of-two reduction)."""
    ratio = min(width // max(1, target[0]), height // max(1, target[1]))
    scale = next(s for s in (8, 4, 2, 1) if s <= max(1, ratio))
    return -(-width // scale), -(-height // scale)


def planned_size(width: int, height: int, purpose: str, *, square: bool = False,
                 jpeg: bool = False) -> tuple[int, int]:
    """The size an image of ``width`` x ``height`` is exported at (known before decoding it).

    Resampling costs more than decoding: a JPEG whose reduced decode is within ``SLACK``
    of the size shown is exported at that decoded size, with no resampling at all.
    """
    box = SIZES[purpose]
    if square:
        return box, box
    scale = min(1.0, box / width, 2 * box / height)
    target = max(1, round(width * scale)), max(1, round(height * scale))
    if jpeg and scale < 1.0:
        drafted = _draft_size(width, height, target)
        if drafted[0] <= target[0] * SLACK:
            return drafted
    return target


def header_size(data: bytes, keep_exif: bool = False) -> tuple[int, int, bool, bool]:
    """Width and height as shown, whether EXIF turns it a quarter, and whether it is a JPEG.

    Only the header is read, not the pixels.
    """
    with Image.open(io.BytesIO(data)) as image:
        return _shown_size(image, keep_exif)


def _shown_size(image: Image.Image, keep_exif: bool) -> tuple[int, int, bool, bool]:
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise ValueError("image too large")
    jpeg = image.format == "JPEG"
    if not keep_exif and image.getexif().get(0x0112) in (5, 6, 7, 8):
        return height, width, True, False  # turned: decode fully, resample to the exact size
    return width, height, False, jpeg


def redact_pixels(image: Image.Image) -> Image.Image:
    """Blur beyond recognition: coarse pixels first, then a wide Gaussian blur."""
    rgb = image.convert("RGB")
    small = max(1, min(rgb.width, rgb.height) // 24)
    cells = (max(1, rgb.width // small), max(1, rgb.height // small))
    coarse = rgb.resize((max(1, cells[0] // 2), max(1, cells[1] // 2)), Image.Resampling.BOX)
    blocky = coarse.resize(rgb.size, Image.Resampling.NEAREST)
    radius = max(8, min(rgb.width, rgb.height) // 12)
    return blocky.filter(ImageFilter.GaussianBlur(radius))


def _as_mode(image: Image.Image, mode: str) -> Image.Image:
    return image if image.mode == mode else image.convert(mode)  # convert() would copy it anyway


def prepare(data: bytes, purpose: str, *, redact: bool = False, keep_exif: bool = False,
            square: bool = False) -> Prepared:
    """Decode, orient, resize to :func:`planned_size`, optionally redact, and re-encode one image.

    Raises ``ValueError``/``OSError`` for bytes Pillow cannot read; callers show the
    alt text instead.
    """
    keep_exif = keep_exif and not redact  # a redacted image never carries its GPS or camera data
    # Opened once and never closed: the bytes are in memory, and a closed image would have
    # to be copied (a photograph's worth of pixels) to be used after.
    image: Image.Image = Image.open(io.BytesIO(data))
    width, height, _turned, jpeg = _shown_size(image, keep_exif)
    target = planned_size(width, height, purpose, square=square, jpeg=jpeg)
    if jpeg:
        # Decode straight at (at least) the size shown: 4 to 16 times fewer pixels for a
        # photograph.  Drafted against the size shown, not the drafted size (whose rounding
        # up would defeat it).
        image.draft("RGB", planned_size(width, height, purpose, square=square))
    image.load()
    exif = image.info.get("exif") if keep_exif else None
    if not keep_exif:
        ImageOps.exif_transpose(image, in_place=True)
    if square:
        image = ImageOps.fit(image, target, Image.Resampling.BICUBIC)
    elif image.size != target:
        image = image.resize(target, Image.Resampling.BICUBIC, reducing_gap=2.0)
    if redact:
        image = redact_pixels(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    out = io.BytesIO()
    if has_alpha:
        image = _as_mode(image, "RGBA")
        image.save(out, "PNG")
        mime = "image/png"
    else:
        image = _as_mode(image, "RGB")
        params: dict[str, object] = {"quality": JPEG_QUALITY, "optimize": True}
        if exif:
            params["exif"] = exif
        image.save(out, "JPEG", **params)
        mime = "image/jpeg"
    return Prepared(out.getvalue(), mime, image.width, image.height)
