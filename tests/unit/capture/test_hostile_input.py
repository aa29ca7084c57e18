"""Whatever bytes arrive, reading them either works or is one clear CaptureError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweaver.capture.images import read_image, strip_identifying_metadata
from storyweaver.capture.pages import read_page
from storyweaver.errors import CaptureError

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEEDS = [(FIXTURES / "pages" / name).read_bytes() for name in ("all_sources.html", "graph.html", "hostile.html")]
IMAGES = [(FIXTURES / "images" / name).read_bytes() for name in ("sideways.jpg", "vigil.png", "vigil.webp",
                                                                 "candle.gif")]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _mutate(data: bytes, cuts: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for position, value in cuts:
        if out:
            out[position % len(out)] = value
    return bytes(out)


@FAST
@given(seed=st.sampled_from(SEEDS), cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=30),
       stop=st.integers(0, 2000), charset=st.sampled_from([None, "utf-8", "iso-8859-1", "bogus", "utf-16"]))
def test_damaged_pages_never_break_the_reader(seed: bytes, cuts: list[tuple[int, int]], stop: int,
                                              charset: str | None) -> None:
    data = _mutate(seed, cuts)[: stop or None]
    meta = read_page(data, "https://example.org/a", charset)
    for address in (meta.image, meta.favicon, meta.oembed, meta.canonical):
        assert address is None or address.startswith(("http://", "https://"))


@FAST
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_not_a_page_problem(data: bytes) -> None:
    read_page(data, None)


@FAST
@given(seed=st.sampled_from(IMAGES), cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                                                   min_size=1, max_size=12), stop=st.integers(0, 3000))
def test_damaged_images_are_read_or_refused_clearly(seed: bytes, cuts: list[tuple[int, int]], stop: int) -> None:
    data = _mutate(seed, cuts)[: stop or None]
    try:
        info = read_image(data, "damaged")
    except CaptureError as exc:
        assert exc.code in ("not-an-image", "image-too-large", "svg-refused")
        return
    assert info.width > 0 and info.height > 0
    strip_identifying_metadata(data, info.mime)


@pytest.mark.parametrize("data", [b"", b"\xff\xd8", b"\xff\xd8\xff\xe1\xff\xff", b"\x89PNG\r\n\x1a\n\x00\x00",
                                  b"RIFF\x00\x00\x00\x00WEBPVP8X"])
def test_stripping_a_stub_never_raises(data: bytes) -> None:
    assert isinstance(strip_identifying_metadata(data, None), bytes)
