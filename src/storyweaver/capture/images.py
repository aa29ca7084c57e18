"""Images as StoryWeaver keeps them: read by Pillow with a format allow-list and a pixel
limit, EXIF orientation applied, the EXIF taken-at instant read, and a thumbnail made.
The original bytes are always kept; :func:`strip_identifying_metadata` removes GPS and
other identifying EXIF from what is exported."""

from __future__ import annotations

import io
import re
import struct
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from storyweaver.core.model import Item, ItemKind, Media
from storyweaver.errors import CaptureError

ALLOWED = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}
MAX_PIXELS = 60_000_000  # a 60-megapixel photo is fine; a decompression bomb is not
THUMB_SIZE = 480
_ORIENTATION, _DATETIME, _DATETIME_ORIGINAL, _OFFSET_ORIGINAL, _EXIF_IFD = 0x0112, 0x0132, 0x9003, 0x9011, 0x8769


@dataclass(slots=True)
class ImageInfo:
    mime: str
    width: int  # as displayed, after EXIF orientation
    height: int
    animated: bool
    taken_at: datetime | None
    taken_at_assumed_utc: bool
    thumbnail: bytes
    thumbnail_mime: str
    title: str | None = None  # the picture's own title or caption (EXIF, IPTC, XMP), never its file name


def sniff(data: bytes) -> str | None:
    """The image type by its first bytes: an allowed MIME type, ``image/svg+xml``, or None."""
    head = data[:512]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(b"<svg") or (lowered.startswith((b"<?xml", b"<!--", b"<!doctype svg")) and b"<svg" in
                                        data[:4096].lower()):
        return "image/svg+xml"
    return None


@contextmanager
def _quiet_pillow() -> Iterator[None]:
    """Pillow's header and EXIF parsing with its warnings handled: a decompression bomb is
    an error, corrupt EXIF is ignored.  Warning filters are process-wide in Python 3.11, so
    threads take turns (only for this quick parsing, never for decoding pixels)."""
    from PIL import Image

    with _WARNINGS_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


_WARNINGS_LOCK = threading.Lock()
_TRANSPOSE = {2: ("FLIP_LEFT_RIGHT",), 3: ("ROTATE_180",), 4: ("FLIP_TOP_BOTTOM",), 5: ("TRANSPOSE",),
              6: ("ROTATE_270",), 7: ("TRANSVERSE",), 8: ("ROTATE_90",)}


def read_image(data: bytes, source: str) -> ImageInfo:
    """Check and describe an image; a refused or broken one is a :class:`CaptureError`."""
    from PIL import Image, UnidentifiedImageError

    if sniff(data) == "image/svg+xml":
        raise CaptureError("svg-refused", source=source)
    try:
        with _quiet_pillow():
            image = Image.open(io.BytesIO(data), formats=list(ALLOWED))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise CaptureError("image-too-large", source=source, pixels=f"{width} × {height}")
            mime = ALLOWED[str(image.format)]
            animated = bool(getattr(image, "is_animated", False))
            exif = image.getexif()
            orientation = exif.get(_ORIENTATION)
            taken = _taken_at(exif)
            title = picture_title(image, exif, data)
        if image.format == "JPEG":
            # Decode at a reduced scale (1/2, 1/4, 1/8) just large enough for the thumbnail:
            # several times faster than decoding every pixel.
            scale = THUMB_SIZE / max(width, height)
            image.draft("RGB", (max(1, int(width * scale)), max(1, int(height * scale))))
        image.load()
        upright: Any = image
        for method in _TRANSPOSE.get(orientation if isinstance(orientation, int) else 1, ()):
            upright = upright.transpose(getattr(Image.Transpose, method))
        thumbnail, thumb_mime = _thumbnail(upright)
    except CaptureError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow refuses it before reading the size out to us; its message has the count.
        count = re.search(r"\((\d+) pixels\)", str(exc))
        raise CaptureError("image-too-large", source=source,
                           pixels=count.group(1) if count else f"> {MAX_PIXELS}") from None
    except UnidentifiedImageError:
        raise CaptureError("not-an-image", source=source, reason="not PNG, JPEG, GIF or WebP") from None
    except (OSError, ValueError, SyntaxError, struct.error, EOFError, KeyError, IndexError, Warning) as exc:
        # (a Warning only arrives as an exception when warnings are errors, as in the tests)
        raise CaptureError("not-an-image", source=source, reason=str(exc) or type(exc).__name__) from None
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return ImageInfo(mime, width, height, animated, taken[0] if taken else None, bool(taken and taken[1]),
                     thumbnail, thumb_mime, title)


_XMP_FIELD = re.compile(rb"<dc:(title|description)\b[^>]*>.*?<rdf:li\b[^>]*>(.*?)</rdf:li>", re.DOTALL)
_TITLE_LONGEST = 300


def picture_title(image: Any, exif: Any, data: bytes) -> str | None:
    """The title its author gave the picture: XMP dc:title, IPTC Object Name, EXIF XPTitle,
    then a caption (XMP dc:description, IPTC Caption, EXIF ImageDescription); else None. A
    file name ("vigil_0.jpg") is no title and would become a public one."""
    from html import unescape

    from PIL import IptcImagePlugin

    found: list[str] = []
    xmp = {m.group(1): m.group(2) for m in reversed(list(_XMP_FIELD.finditer(data[:2_000_000])))}
    for field in (b"title", b"description"):
        if field in xmp:
            found.append(unescape(xmp[field].decode("utf-8", "replace")))
    try:
        iptc = IptcImagePlugin.getiptcinfo(image) or {}
    except (SyntaxError, ValueError, IndexError, TypeError, OSError):
        iptc = {}
    for key in ((2, 5), (2, 120)):
        value = iptc.get(key)
        if isinstance(value, bytes):
            found.append(value.decode("utf-8", "replace"))
    xp_title = exif.get(0x9C9B)
    if isinstance(xp_title, bytes | tuple | list):
        found.append(bytes(xp_title).decode("utf-16-le", "replace").rstrip("\x00"))
    description = exif.get(0x010E)
    if isinstance(description, str):
        found.append(description)
    for text in found:
        words = " ".join(text.replace("\x00", " ").split())
        if words and not _is_placeholder(words):
            return words[:_TITLE_LONGEST]
    return None


def _is_placeholder(text: str) -> bool:
    # Cameras fill ImageDescription with their own words ("OLYMPUS DIGITAL CAMERA", blanks).
    return text.upper() in {"OLYMPUS DIGITAL CAMERA", "SONY DSC", "DCIM", "DIGITAL CAMERA", "DEFAULT"}


def _thumbnail(image: Any) -> tuple[bytes, str]:
    from PIL import Image

    frame = image.copy()
    frame.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.BILINEAR, reducing_gap=2.0)
    out = io.BytesIO()
    has_alpha = frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info)
    if has_alpha:
        frame.convert("RGBA").save(out, "PNG", optimize=False)
        return out.getvalue(), "image/png"
    frame.convert("RGB").save(out, "JPEG", quality=82)
    return out.getvalue(), "image/jpeg"


def _taken_at(exif: Any) -> tuple[datetime, bool] | None:
    """The EXIF DateTimeOriginal (with its offset when the camera wrote one)."""
    try:
        details = exif.get_ifd(_EXIF_IFD)
    except (KeyError, ValueError, TypeError, OSError):
        details = {}
    raw = details.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
    if not isinstance(raw, str):
        return None
    try:
        moment = datetime.strptime(raw.strip("\x00 ").strip(), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = details.get(_OFFSET_ORIGINAL)
    if isinstance(offset, str) and len(offset.strip("\x00 ")) == 6:
        text = offset.strip("\x00 ")
        try:
            sign = -1 if text[0] == "-" else 1
            delta = timedelta(hours=int(text[1:3]), minutes=int(text[4:6])) * sign
            return moment.replace(tzinfo=timezone(delta)).astimezone(UTC), False
        except ValueError:
            pass
    return moment.replace(tzinfo=UTC), True


def image_item(data: bytes, source: str, sink: Any, *, method: str, captured_at: datetime,
               title: str | None = None, url: str | None = None) -> Item:
    """Keep an image's original bytes and thumbnail in ``sink`` and describe it as an item
    (titled ``title``, else by the picture's own metadata)."""
    return stored_image_item(data, read_image(data, source), sink, method=method, captured_at=captured_at,
                             title=title, url=url)


def stored_image_item(data: bytes, info: ImageInfo, sink: Any, *, method: str, captured_at: datetime,
                      title: str | None = None, url: str | None = None) -> Item:
    """:func:`image_item` for an image already read (decoding can run ahead on other threads)."""
    sha = sink.put_blob(data, info.mime)
    thumb = sink.put_blob(info.thumbnail, info.thumbnail_mime)
    return Item(
        kind=ItemKind.IMAGE,
        captured_at=captured_at,
        capture_method=method,
        url=url,
        title=title if title is not None else info.title,
        published=info.taken_at,
        published_assumed_utc=info.taken_at_assumed_utc,
        raw_sha256=sha,
        media=[Media(type="gif" if info.animated else "image", sha256=sha, width=info.width, height=info.height,
                     url=url, mime=info.mime, thumb_sha256=thumb)],
        extra={"taken_at_from": "exif"} if info.taken_at else {},
    )


def favicon_png(data: bytes) -> bytes | None:
    """A site icon (ICO, PNG, JPEG, GIF or WebP) as a small PNG, or None if it is not one."""
    from PIL import Image

    if sniff(data) == "image/svg+xml":
        return None
    try:
        with _quiet_pillow():
            image = Image.open(io.BytesIO(data), formats=[*ALLOWED, "ICO"])
        if image.size[0] * image.size[1] > 4096 * 4096:
            return None
        with image:
            image.load()
            icon = image.convert("RGBA")
            icon.thumbnail((64, 64))
            out = io.BytesIO()
            icon.save(out, "PNG")
            return out.getvalue()
    except (OSError, ValueError, SyntaxError, struct.error, EOFError, IndexError, KeyError, Warning,
            Image.DecompressionBombError):
        return None


# -- export: identifying metadata out --------------------------------------------------------

_JPEG_KEEP_APP = {0xE0, 0xE2, 0xEE}  # JFIF, ICC profile, Adobe (colour transform)


def strip_identifying_metadata(data: bytes, mime: str | None) -> bytes:
    """The image without GPS, camera, owner or software metadata, pixels untouched where the
    format allows (JPEG and WebP are rewritten at the byte level, never re-encoded).  The EXIF
    orientation is kept so the picture still shows the right way up."""
    kind = mime or sniff(data) or ""
    if kind == "image/jpeg":
        return _strip_jpeg(data)
    if kind == "image/png":
        return _strip_png(data)
    if kind == "image/webp":
        return _strip_webp(data)
    return data  # GIF carries no EXIF


def _orientation_exif(data: bytes) -> bytes | None:
    from PIL import Image

    try:
        with _quiet_pillow(), Image.open(io.BytesIO(data)) as image:
            orientation = image.getexif().get(_ORIENTATION)
    except (OSError, ValueError, SyntaxError, struct.error, EOFError, Image.DecompressionBombError,
            Image.DecompressionBombWarning):
        return None
    if orientation in (None, 1):
        return None
    exif = Image.Exif()
    exif[_ORIENTATION] = orientation
    return bytes(exif.tobytes())


def _strip_jpeg(data: bytes) -> bytes:
    if not data.startswith(b"\xff\xd8"):
        return data
    out = bytearray(b"\xff\xd8")
    orientation = _orientation_exif(data)
    if orientation is not None and len(orientation) + 2 < 65536:
        out += b"\xff\xe1" + struct.pack(">H", len(orientation) + 2) + orientation
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            break
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA or marker == 0xD9:  # start of scan: the rest is image data
            out += data[pos:]
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[pos:pos + 2]
            pos += 2
            continue
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        segment = data[pos:pos + 2 + length]
        identifying = (0xE1 <= marker <= 0xEF and marker not in _JPEG_KEEP_APP) or marker == 0xFE
        if marker == 0xE2 and not segment[4:16].startswith(b"ICC_PROFILE"):
            identifying = True  # FlashPix / MPF: not needed, may carry camera data
        if not identifying:
            out += segment
        pos += 2 + length
    out += data[pos:]
    return bytes(out)


_PNG_DROP = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}


def _strip_png(data: bytes) -> bytes:
    signature = b"\x89PNG\r\n\x1a\n"
    if not data.startswith(signature):
        return data
    if _orientation_exif(data) is not None:
        return _reencode_upright(data, "PNG")
    out = bytearray(signature)
    pos = len(signature)
    while pos + 8 <= len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        end = pos + 12 + length
        if kind not in _PNG_DROP:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            break
    return bytes(out)


def _strip_webp(data: bytes) -> bytes:
    if not (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return data
    if _orientation_exif(data) is not None:
        return _reencode_upright(data, "WEBP")
    chunks = bytearray()
    pos = 12
    while pos + 8 <= len(data):
        kind = data[pos:pos + 4]
        length = struct.unpack("<I", data[pos + 4:pos + 8])[0]
        end = pos + 8 + length + (length & 1)
        chunk = bytearray(data[pos:end])
        if kind == b"VP8X" and len(chunk) >= 9:
            chunk[8] &= ~0x0C & 0xFF  # clear the EXIF and XMP flags
        if kind not in (b"EXIF", b"XMP "):
            chunks += chunk
        pos = end
    return b"RIFF" + struct.pack("<I", len(chunks) + 4) + b"WEBP" + bytes(chunks)


def _reencode_upright(data: bytes, fmt: str) -> bytes:
    """Rare case (a PNG or WebP with an EXIF rotation): apply it to the pixels, losslessly."""
    from PIL import Image, ImageOps

    with _quiet_pillow(), Image.open(io.BytesIO(data)) as image:
        upright = ImageOps.exif_transpose(image) or image
        out = io.BytesIO()
        upright.save(out, fmt, **({"lossless": True} if fmt == "WEBP" else {}))
    return out.getvalue()
