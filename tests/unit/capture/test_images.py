"""Images: allow-listed formats, bombs and broken files refused clearly, EXIF orientation and
date, thumbnails, and identifying metadata stripped for export."""

from __future__ import annotations

import io
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from storyweaver.capture.context import CaptureContext, MemorySink
from storyweaver.capture.images import image_item, read_image, strip_identifying_metadata
from storyweaver.capture.importers import images as image_importer
from storyweaver.capture.importers import importer_for
from storyweaver.core.model import ItemKind
from storyweaver.errors import CaptureError

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "images"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _item(name: str):  # type: ignore[no-untyped-def]
    sink = MemorySink()
    item = image_item((FIXTURES / name).read_bytes(), name, sink, method="file", captured_at=NOW, title=name)
    return item, sink


@pytest.mark.parametrize(("name", "mime", "kind"), [("vigil.png", "image/png", "image"),
                                                    ("vigil.jpg", "image/jpeg", "image"),
                                                    ("vigil.webp", "image/webp", "image"),
                                                    ("candle.gif", "image/gif", "gif")])
def test_each_allowed_format_becomes_an_image_item_with_its_original_bytes(name: str, mime: str, kind: str) -> None:
    item, sink = _item(name)
    original = (FIXTURES / name).read_bytes()
    media = item.media[0]
    assert item.kind is ItemKind.IMAGE
    assert (media.width, media.height, media.mime, media.type) == (120, 80, mime, kind)
    assert sink.blobs[media.sha256][0] == original  # type: ignore[index]
    thumb, thumb_mime = sink.blobs[media.thumb_sha256]  # type: ignore[index]
    with Image.open(io.BytesIO(thumb)) as shown:
        assert shown.size == (120, 80)  # never enlarged
    assert thumb_mime == "image/jpeg"
    assert item.dedupe_key() == f"image:{media.sha256}"


def test_a_transparent_image_keeps_its_transparency_in_the_thumbnail() -> None:
    item, sink = _item("badge.png")
    thumb, mime = sink.blobs[item.media[0].thumb_sha256]  # type: ignore[index]
    assert mime == "image/png"
    with Image.open(io.BytesIO(thumb)) as shown:
        assert shown.mode == "RGBA"
        assert shown.getpixel((0, 0))[3] == 0


def test_a_large_photo_gets_a_small_thumbnail() -> None:
    out = io.BytesIO()
    Image.new("RGB", (3000, 2000), (10, 120, 10)).save(out, "JPEG")
    sink = MemorySink()
    item = image_item(out.getvalue(), "big.jpg", sink, method="file", captured_at=NOW)
    assert (item.media[0].width, item.media[0].height) == (3000, 2000)
    with Image.open(io.BytesIO(sink.blobs[item.media[0].thumb_sha256][0])) as shown:  # type: ignore[index]
        assert max(shown.size) == 480
        assert shown.size == (480, 320)


def test_exif_orientation_is_applied_and_the_taken_at_instant_becomes_the_date() -> None:
    item, sink = _item("sideways.jpg")
    media = item.media[0]
    assert (media.width, media.height) == (80, 120)  # as shown, upright
    assert item.published == datetime(2014, 11, 2, 10, 30, tzinfo=UTC)  # 18:30 in Manila
    assert item.published_assumed_utc is False
    with Image.open(io.BytesIO(sink.blobs[media.thumb_sha256][0])) as thumb:  # type: ignore[index]
        assert thumb.size == (80, 120)
        # The blue mark, top-left when stored, is top-right once rotated 90° clockwise.
        red, _green, blue = thumb.convert("RGB").getpixel((75, 5))
        assert blue > 150 and red < 100
    assert sink.blobs[media.sha256][0] == (FIXTURES / "sideways.jpg").read_bytes()  # original kept


def test_a_taken_at_without_offset_is_taken_as_utc_and_says_so() -> None:
    item, _ = _item("no-offset.jpg")
    assert item.published == datetime(2014, 11, 23, 7, 15, tzinfo=UTC)
    assert item.published_assumed_utc is True


def test_an_image_without_exif_has_no_date() -> None:
    item, _ = _item("vigil.png")
    assert item.published is None


def _bomb() -> bytes:
    """A valid 1-bit PNG of 20000 × 20000 pixels: 50 MB of pixels in a few kilobytes."""
    return _bomb_png(20000, 20000)


def _bomb_png(width: int, height: int) -> bytes:
    row = b"\0" + b"\0" * (width // 8)
    raw = zlib.compress(row * height, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([1, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_a_clear_error() -> None:
    bomb = _bomb()
    assert len(bomb) < 200_000
    with pytest.raises(CaptureError) as caught:
        read_image(bomb, "bomb.png")
    assert caught.value.code == "image-too-large"
    assert str(caught.value) == "bomb.png is too large an image (400000000 pixels)."


def test_an_image_over_the_pixel_limit_is_refused_before_decoding() -> None:
    header_only = _bomb_png(9000, 8000)
    with pytest.raises(CaptureError) as caught:
        read_image(header_only, "huge.png")
    assert str(caught.value) == "huge.png is too large an image (9000 × 8000 pixels)."


def test_a_truncated_jpeg_is_a_clear_error() -> None:
    with pytest.raises(CaptureError) as caught:
        read_image((FIXTURES / "truncated.jpg").read_bytes(), "truncated.jpg")
    assert caught.value.code == "not-an-image"
    assert str(caught.value).startswith("truncated.jpg is not an image StoryWeaver can read")


@pytest.mark.parametrize("name", ["not-an-image.png"])
def test_a_file_that_is_not_an_image_is_refused(name: str) -> None:
    with pytest.raises(CaptureError) as caught:
        read_image((FIXTURES / name).read_bytes(), name)
    assert caught.value.code == "not-an-image"


def test_formats_outside_the_allow_list_are_refused() -> None:
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "BMP")
    with pytest.raises(CaptureError) as caught:
        read_image(out.getvalue(), "old.bmp")
    assert caught.value.code == "not-an-image"


def test_svg_is_refused_with_a_clear_message() -> None:
    with pytest.raises(CaptureError) as caught:
        read_image((FIXTURES / "drawing.svg").read_bytes(), "drawing.svg")
    assert str(caught.value) == "drawing.svg is an SVG drawing; SVG is not captured because it can carry scripts."


def _exif(data: bytes) -> Image.Exif:
    with Image.open(io.BytesIO(data)) as image:
        return image.getexif()


def test_stripping_removes_gps_and_identifying_exif_but_keeps_orientation_and_pixels() -> None:
    original = (FIXTURES / "sideways.jpg").read_bytes()
    assert _exif(original).get_ifd(0x8825)  # the fixture really has a GPS position
    stripped = strip_identifying_metadata(original, "image/jpeg")
    exif = _exif(stripped)
    assert not exif.get_ifd(0x8825)
    assert 0x013B not in exif and 0x010F not in exif and 0x0110 not in exif
    assert b"Jane Photographer" not in stripped and b"SERIAL-12345" not in stripped and b"PhoneMaker" not in stripped
    assert exif.get(0x0112) == 6
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(stripped)) as after:
        assert before.tobytes() == after.tobytes()  # not re-encoded


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_stripping_png_and_webp_removes_their_exif(fmt: str) -> None:
    exif = Image.Exif()
    exif[0x013B] = "Jane Photographer"
    exif.get_ifd(0x8825)[1] = "N"
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(out, fmt, exif=exif.tobytes(), **({"lossless": True} if fmt == "WEBP"
                                                                               else {}))
    data = out.getvalue()
    assert b"Jane Photographer" in data
    stripped = strip_identifying_metadata(data, None)
    assert b"Jane Photographer" not in stripped
    with Image.open(io.BytesIO(stripped)) as image:
        assert image.size == (8, 8)
        assert image.convert("RGB").getpixel((0, 0)) == (1, 2, 3)


def test_a_folder_import_keeps_every_image_and_skips_the_refused_ones(tmp_path: Path) -> None:
    folder = tmp_path / "vigil photos"
    (folder / "day two").mkdir(parents=True)
    for name in ("vigil.png", "vigil.jpg", "sideways.jpg", "drawing.svg", "truncated.jpg"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    (folder / "day two" / "candle.gif").write_bytes((FIXTURES / "candle.gif").read_bytes())
    (folder / "notes.txt").write_text("not an image")
    (folder / ".hidden.png").write_bytes((FIXTURES / "vigil.png").read_bytes())
    warnings: list[CaptureError] = []
    ctx = CaptureContext(warn=warnings.append)  # type: ignore[arg-type]
    sink = MemorySink()
    assert importer_for(folder) is image_importer
    image_importer.read(folder, sink, ctx)
    # four pictures kept, none titled by its file name (they carry no title of their own; issue 15)
    assert [i.title for i in sink.items] == [None] * 4
    assert sorted(w.code for w in warnings) == ["not-an-image", "svg-refused"]


def test_the_image_importer_does_not_take_other_files(tmp_path: Path) -> None:
    for name, data in (("archive.zip", b"PK\x03\x04rest"), ("posts.json", b"[]"), ("posts.csv", b"a,b\n")):
        (tmp_path / name).write_bytes(data)
        assert not image_importer.can_read(tmp_path / name)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert not image_importer.can_read(empty)
    assert image_importer.PRIORITY > 100
