from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from PIL import Image
from pytest_httpserver import HTTPServer

from storyweaver.capture import addresses
from storyweaver.capture.context import CaptureContext, Endpoints
from storyweaver.core.model import Platform
from tests.post_fixtures import FIXTURES

HTTP = FIXTURES / "http"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), (10, 20, 30)).save(out, "PNG")
    return out.getvalue()


def _ctx(server: HTTPServer) -> CaptureContext:
    base = server.url_for("").rstrip("/")
    return CaptureContext(endpoints=Endpoints(x_oembed=f"{base}/oembed", bluesky_api=base, bluesky_pds=base,
                                              mastodon_server=base))


def _fixture(name: str, server: HTTPServer) -> str:
    base = server.url_for("").rstrip("/")
    return ((HTTP / name).read_text(encoding="utf-8").replace("https://HOST", base)
            .replace('"AVATAR"', f'"{base}/avatar.png"').replace('"IMAGE"', f'"{base}/image.png"'))


def test_an_x_address_is_read_from_oembed_without_its_script(httpserver: HTTPServer, project, add):
    httpserver.expect_request("/oembed", query_string={
        "url": "https://twitter.com/freedomdesk_demo/status/528837781607157763", "omit_script": "1", "dnt": "true",
    }).respond_with_data(_fixture("x-oembed.json", httpserver), content_type="application/json")
    address = "https://x.com/freedomdesk_demo/status/528837781607157763?s=20"
    report = add(address, ctx=_ctx(httpserver))
    assert not report.failures, report.failures
    [item] = project.library.iter_all()
    assert item.platform is Platform.X and item.platform_id == "528837781607157763"
    assert item.text == ("Today is the first #EndImpunity day 🕯️ Justice & memory\n"
                         "https://t.co/Qx7ZpA1bcd @mediawatch_demo pic.twitter.com/PhOtO1xyzA")
    assert item.author is not None and item.author.handle == "freedomdesk_demo"
    assert item.author.name == "Freedom Desk (demo)"
    assert item.hashtags == ["EndImpunity"]
    assert item.published == datetime(2014, 11, 2, 9, 15, 27, 123000, tzinfo=UTC)
    assert item.extra["mentions"] == [{"handle": "mediawatch_demo"}]
    raw = project.get_blob(item.raw_sha256 or "")
    assert raw is not None and b"widgets.js" in raw[0]  # the answer is kept raw; the item holds no markup
    assert "<" not in (item.text or "")
    # the same post again, by its other address: one item
    again = add("https://twitter.com/freedomdesk_demo/status/528837781607157763", ctx=_ctx(httpserver))
    assert again.added == [] and project.library.count() == 1


def test_a_pasted_embed_code_is_read_offline(project, add):
    embed = (HTTP / "embed.html").read_text(encoding="utf-8")
    report = add(embed)  # the endpoints point at a dead port: nothing is fetched
    assert not report.failures, report.failures
    [item] = project.library.iter_all()
    assert item.platform_id == "528910197662420995" and item.lang == "ar"
    assert item.text == "لا إفلات من العقاب #EndImpunity" and item.extra["dir"] == "rtl"
    assert item.author is not None and item.author.name == "Reporter نور (demo)" and item.author.handle == "noor_demo"


def test_a_mastodon_post_keeps_text_media_alt_and_content_warning(httpserver: HTTPServer, project, add):
    httpserver.expect_request("/api/v1/statuses/113410000000000001").respond_with_data(
        _fixture("mastodon-status.json", httpserver), content_type="application/json")
    png = _png()
    httpserver.expect_request("/media/vigil.png").respond_with_data(png, content_type="image/png")
    httpserver.expect_request("/media/avatar.png").respond_with_data(png, content_type="image/png")
    address = httpserver.url_for("/@freedomdesk/113410000000000001")
    report = add(address, ctx=_ctx(httpserver))
    assert not report.failures, report.failures
    [item] = project.library.iter_all()
    assert item.platform is Platform.MASTODON
    assert item.text == ("Ten years of #EndImpunity 🕯️ & still no justice for most.\n\n"
                         "Read: https://freedomdesk.example/2024/idei\nwith @mediawatch")
    assert item.extra["content_warning"] == "Violence against journalists"
    assert "<script" not in item.extra["content_html"] and "<p>" in item.extra["content_html"]
    assert item.extra["links"] == [{"url": "https://freedomdesk.example/2024/idei",
                                    "text": "https://freedomdesk.example/2024/idei"}]
    [media] = item.media
    assert media.alt == "Candles at a vigil, names of journalists on cards"
    assert project.get_blob(media.sha256 or "") == (png, "image/png")
    from urllib.parse import urlsplit

    assert item.author is not None and item.author.handle == f"freedomdesk@{urlsplit(address).hostname}"
    assert item.author.avatar_sha256 is not None
    assert item.hashtags == ["endimpunity"]
    assert item.published == datetime(2024, 11, 2, 9, 15, 27, tzinfo=UTC)
    assert add(address, ctx=_ctx(httpserver)).added == []
    assert project.library.count() == 1


def test_a_bluesky_post_keeps_facet_hashtags_images_and_the_quoted_post(httpserver: HTTPServer, project, add):
    httpserver.expect_request("/xrpc/com.atproto.identity.resolveHandle",
                              query_string={"handle": "freedomdesk.bsky.social"}).respond_with_data(
        _fixture("bluesky-resolve.json", httpserver), content_type="application/json")
    httpserver.expect_request("/xrpc/app.bsky.feed.getPostThread").respond_with_data(
        _fixture("bluesky-thread.json", httpserver), content_type="application/json")
    png = _png()
    httpserver.expect_request("/image.png").respond_with_data(png, content_type="image/png")
    httpserver.expect_request("/avatar.png").respond_with_data(png, content_type="image/png")
    report = add("https://bsky.app/profile/freedomdesk.bsky.social/post/3kxyzdemo2abc", ctx=_ctx(httpserver))
    assert not report.failures, report.failures
    [item] = project.library.iter_all()
    assert item.platform is Platform.BLUESKY
    assert item.platform_id == "at://did:plc:demo4freedomdesk7xq2/app.bsky.feed.post/3kxyzdemo2abc"
    assert item.hashtags == ["EndImpunity"]
    assert item.extra["links"] == [{"url": "https://freedomdesk.example/idei", "text": "freedomdesk.example/idei"}]
    assert item.media[0].alt == "Candles and names on a wall" and item.media[0].sha256 is not None
    assert item.extra["quote_of"]["text"] == "Names, not numbers."
    assert item.published == datetime(2024, 11, 2, 9, 15, 27, 123000, tzinfo=UTC)  # +01:00 in the record
    assert item.lang == "fr"


def test_a_missing_post_is_a_clear_failure_and_stores_nothing(httpserver: HTTPServer, project, add):
    httpserver.expect_request("/api/v1/statuses/1").respond_with_data("{}", status=404)
    httpserver.expect_request("/@someone/1").respond_with_data("gone", status=404)  # nor as a web page
    report = add(httpserver.url_for("/@someone/1"), ctx=_ctx(httpserver))
    [(_source, error)] = report.failures
    assert error.code == "http-status" and "404" in str(error)
    assert project.library.count() == 0


@pytest.mark.parametrize("address", [
    "https://example.org/@user/profile",
    "https://example.org/@user/123/edit",
    "https://example.org/blog/2024/123",
    "https://example.org/@user/123?page=2",
    "https://bsky.app/profile/someone",
])
def test_ordinary_web_pages_are_not_claimed_by_the_post_captures(address):
    handler = addresses.handler_for(address)
    assert handler is None or getattr(handler, "PRIORITY", 0) >= 1000


def test_post_captures_are_asked_before_the_web_page_capture():
    for name in ("x", "mastodon", "bluesky"):
        module = next(m for m in addresses.discover() if m.__name__.endswith(f".{name}"))
        assert module.PRIORITY < 1000


def test_a_post_shaped_address_without_mastodon_behind_it_goes_to_the_web_page_capture(
        httpserver: HTTPServer, monkeypatch):
    from types import SimpleNamespace

    from storyweaver.capture.addresses import mastodon
    from storyweaver.capture.context import MemorySink
    from storyweaver.core.model import Item, ItemKind

    httpserver.expect_request("/api/v1/statuses/42").respond_with_data("<html>blog</html>", status=404)
    pages: list[str] = []

    def capture_page(address, sink, ctx):
        pages.append(address)
        sink.add(Item(kind=ItemKind.LINK, captured_at=ctx.clock(), capture_method="unfurl", url=address))

    web = SimpleNamespace(PRIORITY=1000, handles=lambda a: True, capture=capture_page, __name__="web")
    monkeypatch.setattr(addresses, "discover", lambda: (mastodon, web))
    sink = MemorySink()
    address = httpserver.url_for("/@writer/42")
    mastodon.capture(address, sink, _ctx(httpserver))
    assert pages == [address] and sink.items[0].kind is ItemKind.LINK
