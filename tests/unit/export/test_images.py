from __future__ import annotations

import io

from PIL import Image, ImageFilter, ImageStat

from storyweaver.bench._export_story import picture
from storyweaver.export.images import SIZES, SLACK, prepare


def _exif(data: bytes) -> Image.Exif:
    return Image.open(io.BytesIO(data)).getexif()


def test_exported_images_lose_gps_and_camera_data():
    original = picture(1, gps=True)
    assert _exif(original).get_ifd(0x8825), "the fixture must carry GPS"
    out = prepare(original, "media")
    exif = _exif(out.data)
    assert not exif.get_ifd(0x8825)
    assert 0x010F not in exif and 0xA431 not in exif
    assert b"SERIAL-0042" not in out.data and b"Example Camera Maker" not in out.data


def test_keep_exif_keeps_it_on_purpose():
    out = prepare(picture(1, gps=True), "media", keep_exif=True)
    assert _exif(out.data).get_ifd(0x8825)[1] == "N"


def test_images_are_resized_to_the_size_shown():
    out = prepare(picture(2, (3000, 2000)), "media")
    # A JPEG decoded at a power-of-two scale close to the size shown is kept at that scale.
    assert SIZES["media"] <= out.width <= SIZES["media"] * SLACK and out.width / out.height == 1.5
    png = io.BytesIO()
    Image.new("RGB", (3000, 2000), "white").save(png, "PNG")
    out = prepare(png.getvalue(), "media")
    assert (out.width, out.height) == (SIZES["media"], SIZES["media"] * 2 // 3)
    avatar = prepare(picture(2, (500, 300)), "avatar", square=True)
    assert (avatar.width, avatar.height) == (SIZES["avatar"], SIZES["avatar"])


def _detail(image: Image.Image) -> float:
    edges = image.convert("L").filter(ImageFilter.FIND_EDGES)
    return ImageStat.Stat(edges).mean[0]


def test_redacted_images_are_blurred_on_the_pixels_beyond_recognition():
    original = prepare(picture(3, (900, 900)), "media")
    redacted = prepare(picture(3, (900, 900)), "media", redact=True)
    before = Image.open(io.BytesIO(original.data))
    after = Image.open(io.BytesIO(redacted.data))
    assert after.size == before.size
    # The stripes and the label are gone: almost no edges are left.
    assert _detail(after) < _detail(before) * 0.1


def test_unreadable_bytes_raise_for_the_caller_to_fall_back():
    import pytest

    with pytest.raises((OSError, ValueError)):
        prepare(b"<svg onload=alert(1)>", "media")
