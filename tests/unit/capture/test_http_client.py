"""The one network layer, against real local servers (never the internet)."""

from __future__ import annotations

import time
import tracemalloc

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from storyweaver.capture.http import HttpClient, check_address
from storyweaver.errors import CaptureError


@pytest.fixture
def client() -> HttpClient:
    return HttpClient(timeout=2, backoff=0.05)


def test_a_page_is_read_with_its_final_address_and_charset(httpserver: HTTPServer, client: HttpClient) -> None:
    httpserver.expect_request("/page").respond_with_data("<p>été</p>".encode("latin-1"),
                                                         content_type="text/html; charset=ISO-8859-1")
    response = client.get(httpserver.url_for("/page"))
    assert response.status == 200
    assert response.content == "<p>été</p>".encode("latin-1")
    assert response.charset == "iso-8859-1"
    assert response.content_type == "text/html"
    assert response.url == httpserver.url_for("/page")


def test_the_user_agent_says_storyweaver(httpserver: HTTPServer, client: HttpClient) -> None:
    httpserver.expect_request("/ua").respond_with_data("ok")
    client.get(httpserver.url_for("/ua"))
    request, _ = httpserver.log[-1]
    assert request.headers["User-Agent"].startswith("StoryWeaver/")


@pytest.mark.parametrize(("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error")])
def test_an_error_status_is_one_clear_sentence(httpserver: HTTPServer, client: HttpClient, status: int,
                                               reason: str) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=status)
    with pytest.raises(CaptureError) as caught:
        client.get(httpserver.url_for("/gone"))
    assert str(caught.value) == f"The server answered {status} {reason} for {httpserver.url_for('/gone')}."
    assert len(httpserver.log) == 1  # 404 and 500 are not retried


def test_redirects_are_followed_to_the_final_address(httpserver: HTTPServer, client: HttpClient) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/middle"})
    httpserver.expect_request("/middle").respond_with_data("", status=302, headers={"Location": "new?x=1"})
    httpserver.expect_request("/new").respond_with_data("here")
    response = client.get(httpserver.url_for("/old"))
    assert response.content == b"here"
    assert response.url == httpserver.url_for("/new?x=1")
    assert response.history == [httpserver.url_for("/old"), httpserver.url_for("/middle")]


def test_a_redirect_loop_is_reported(httpserver: HTTPServer, client: HttpClient) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with pytest.raises(CaptureError) as caught:
        client.get(httpserver.url_for("/a"))
    assert caught.value.code == "redirect-loop"
    assert "redirects in a loop" in str(caught.value)


def test_more_than_five_redirects_are_refused(httpserver: HTTPServer, client: HttpClient) -> None:
    for hop in range(7):
        httpserver.expect_request(f"/r{hop}").respond_with_data("", status=302, headers={"Location": f"/r{hop + 1}"})
    httpserver.expect_request("/r7").respond_with_data("end")
    with pytest.raises(CaptureError) as caught:
        client.get(httpserver.url_for("/r0"))
    assert caught.value.code == "too-many-redirects"
    assert len(httpserver.log) == 6  # the sixth redirect is never followed


def test_five_redirects_are_allowed(httpserver: HTTPServer, client: HttpClient) -> None:
    for hop in range(5):
        httpserver.expect_request(f"/r{hop}").respond_with_data("", status=302, headers={"Location": f"/r{hop + 1}"})
    httpserver.expect_request("/r5").respond_with_data("end")
    assert client.get(httpserver.url_for("/r0")).content == b"end"


@pytest.mark.parametrize("target", ["file:///etc/passwd", "javascript:alert(1)", "ftp://127.0.0.1/x"])
def test_a_redirect_to_another_scheme_is_refused_before_opening_it(httpserver: HTTPServer, client: HttpClient,
                                                                    target: str) -> None:
    httpserver.expect_request("/sneaky").respond_with_data("", status=302, headers={"Location": target})
    with pytest.raises(CaptureError) as caught:
        client.get(httpserver.url_for("/sneaky"))
    assert caught.value.code == "scheme"
    assert "root:" not in str(caught.value)


@pytest.mark.parametrize("address", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi",
                                     "//no-scheme.example/x", "http://", "gopher://127.0.0.1/"])
def test_non_web_addresses_are_refused_before_anything_is_opened(address: str) -> None:
    with pytest.raises(CaptureError):
        check_address(address)
    with pytest.raises(CaptureError):
        HttpClient(timeout=1).get(address)


def _timed(log: list[float]) -> object:
    def handler(request: Request) -> Response:
        log.append(time.monotonic())
        if len(log) <= 2:
            return Response("busy", status=503 if len(log) == 1 else 429)
        return Response("finally")
    return handler


def test_429_and_503_are_retried_with_growing_backoff(httpserver: HTTPServer) -> None:
    times: list[float] = []
    httpserver.expect_request("/busy").respond_with_handler(_timed(times))  # type: ignore[arg-type]
    client = HttpClient(timeout=5, backoff=0.2, retries=2)
    assert client.get(httpserver.url_for("/busy")).content == b"finally"
    assert len(times) == 3
    assert times[1] - times[0] >= 0.19
    assert times[2] - times[1] >= 0.39  # doubled


def test_retries_give_up_with_the_last_status(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/down").respond_with_data("down", status=503)
    client = HttpClient(timeout=5, backoff=0.01, retries=2)
    with pytest.raises(CaptureError) as caught:
        client.get(httpserver.url_for("/down"))
    assert "503 Service Unavailable" in str(caught.value)
    assert len(httpserver.log) == 3


def test_retry_after_is_honoured(httpserver: HTTPServer) -> None:
    times: list[float] = []

    def handler(request: Request) -> Response:
        times.append(time.monotonic())
        if len(times) == 1:
            return Response("slow down", status=429, headers={"Retry-After": "1"})
        return Response("ok")

    httpserver.expect_request("/limited").respond_with_handler(handler)
    HttpClient(timeout=5, backoff=0.01).get(httpserver.url_for("/limited"))
    assert times[1] - times[0] >= 0.95


def test_a_refused_connection_is_retried_then_reported() -> None:
    client = HttpClient(timeout=3, backoff=0.01)
    with pytest.raises(CaptureError) as caught:
        client.get("http://127.0.0.1:9/nothing")
    assert caught.value.code == "connection"
    assert "Could not connect to http://127.0.0.1:9/nothing" in str(caught.value)


def test_a_server_that_never_answers_ends_at_the_deadline(silent_address: str) -> None:
    start = time.monotonic()
    with pytest.raises(CaptureError) as caught:
        HttpClient(timeout=1.5).get(silent_address)
    assert 1.3 < time.monotonic() - start < 3
    assert str(caught.value) == f"No answer from {silent_address} within 1.5 s."


@pytest.mark.parametrize("path", ["/trickle-headers", "/trickle-body"])
def test_a_server_trickling_bytes_still_ends_at_the_deadline(misbehaving: str, path: str) -> None:
    start = time.monotonic()
    with pytest.raises(CaptureError) as caught:
        HttpClient(timeout=1.5).get(misbehaving + path)
    assert 1.3 < time.monotonic() - start < 3
    assert caught.value.code == "timeout"


def test_a_200_mib_endless_page_is_capped_with_bounded_memory(misbehaving: str) -> None:
    client = HttpClient(timeout=10)
    tracemalloc.start()
    try:
        with pytest.raises(CaptureError) as caught:
            client.get(misbehaving + "/endless")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.code == "too-large"
    assert "larger than the 5 MiB allowed" in str(caught.value)
    assert peak < 20 * 1024 * 1024


def test_an_endless_page_read_for_its_metadata_keeps_only_its_start(misbehaving: str) -> None:
    response = HttpClient(timeout=10).get(misbehaving + "/endless", html_prefix=True)
    assert response.truncated
    assert len(response.content) == 5 * 1024 * 1024
    assert response.content.startswith(b"<html><head><title>Endless</title>")


def test_an_endless_image_stops_at_the_media_cap(misbehaving: str) -> None:
    client = HttpClient(timeout=10, media_limit=3 * 1024 * 1024)
    with pytest.raises(CaptureError) as caught:
        client.get(misbehaving + "/endless-image", html_prefix=True)
    assert caught.value.code == "too-large"


def test_a_declared_length_over_the_cap_is_refused_without_reading(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 2048, content_type="application/octet-stream")
    with pytest.raises(CaptureError) as caught:
        HttpClient(timeout=2, page_limit=1024).get(httpserver.url_for("/big"))
    assert caught.value.code == "too-large"


def test_a_binary_response_comes_back_byte_for_byte(httpserver: HTTPServer, client: HttpClient) -> None:
    payload = bytes(range(256)) * 64
    httpserver.expect_request("/blob").respond_with_data(payload, content_type="application/octet-stream")
    response = client.get(httpserver.url_for("/blob"))
    assert response.content == payload
    assert response.content_type == "application/octet-stream"
    assert response.charset is None


def test_a_gzip_bomb_is_stopped_by_the_cap_on_decoded_bytes(httpserver: HTTPServer) -> None:
    import gzip

    bomb = gzip.compress(b"\0" * (30 * 1024 * 1024))
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"},
                                                         content_type="text/html")
    with pytest.raises(CaptureError) as caught:
        HttpClient(timeout=5).get(httpserver.url_for("/bomb"))
    assert caught.value.code == "too-large"


def test_the_client_serves_many_threads_at_once(httpserver: HTTPServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    httpserver.expect_request("/n").respond_with_handler(lambda r: Response(r.args["i"]))
    client = HttpClient(timeout=5)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda i: client.get(httpserver.url_for("/n"), params={"i": str(i)}).content,
                                range(40)))
    assert answers == [str(i).encode() for i in range(40)]


@pytest.fixture
def self_signed_https(tmp_path):  # type: ignore[no-untyped-def]
    """An https server on 127.0.0.1 with a certificate nobody vouches for."""
    import shutil
    import ssl
    import subprocess
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)

    class Hello(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return None

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "5")
            self.end_headers()
            self.wfile.write(b"hello")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hello)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_tls_certificates_are_always_verified(self_signed_https: str) -> None:
    with pytest.raises(CaptureError) as caught:
        HttpClient(timeout=3, retries=0).get(self_signed_https)
    assert caught.value.code == "tls"
    assert str(caught.value).startswith(f"The secure connection to {self_signed_https} could not be verified")
