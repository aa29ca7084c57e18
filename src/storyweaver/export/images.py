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


def _open(data: bytes, box: int, square: bool) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    if image.width * image.height > MAX_PIXELS:
        raise ValueError("image too large")
    if image.format == "JPEG":
        # Decode straight at (at least) the size shown, in proportion: 4 to 16 times fewer
        # pixels to decode for a photograph.
        scale = (box / min(image.size)) if square else min(1.0, box / image.width, 2 * box / image.height)
        image.draft("RGB", (max(1, int(image.width * scale)), max(1, int(image.height * scale))))
    image.load()
    return image


def redact_pixels(image: Image.Image) -> Image.Image:
    """Blur beyond recognition: coarse pixels first, then a wide Gaussian blur."""
    rgb = image.convert("RGB")
    small = max(1, min(rgb.width, rgb.height) // 24)
    cells = (max(1, rgb.width // small), max(1, rgb.height // small))
    coarse = rgb.resize((max(1, cells[0] // 2), max(1, cells[1] // 2)), Image.Resampling.BOX)
    blocky = coarse.resize(rgb.size, Image.Resampling.NEAREST)
    radius = max(8, min(rgb.width, rgb.height) // 12)
    return blocky.filter(ImageFilter.GaussianBlur(radius))


def prepare(data: bytes, purpose: str, *, redact: bool = False, keep_exif: bool = False,
            square: bool = False) -> Prepared:
    """Decode, orient, resize, optionally redact, and re-encode one image.

    Raises ``ValueError``/``OSError`` for bytes Pillow cannot read; callers show the
    alt text instead.
    """
    box = SIZES[purpose]
    with _open(data, box, square) as source:
        exif = source.info.get("exif") if keep_exif else None
        image = ImageOps.exif_transpose(source) if not keep_exif else source.copy()
        if image is None:  # pragma: no cover - exif_transpose returns an image unless in_place
            image = source.copy()
    if square:
        image = ImageOps.fit(image, (box, box), Image.Resampling.LANCZOS)
    elif image.width > box or image.height > box * 2:
        image.thumbnail((box, box * 2), Image.Resampling.LANCZOS, reducing_gap=2.0)
    if redact:
        image = redact_pixels(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    out = io.BytesIO()
    if has_alpha:
        image = image.convert("RGBA")
        image.save(out, "PNG", optimize=False)
        mime = "image/png"
    else:
        image = image.convert("RGB")
        params: dict[str, object] = {"quality": JPEG_QUALITY, "optimize": False, "progressive": False}
        if exif:
            params["exif"] = exif
        image.save(out, "JPEG", **params)
        mime = "image/jpeg"
    return Prepared(out.getvalue(), mime, image.width, image.height)
