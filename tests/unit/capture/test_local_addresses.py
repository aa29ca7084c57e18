"""Issue 13, finding 6: web capture never reaches the user's own network unless allowed.

The rest of the suite allows local addresses (tests/conftest.py) for its 127.0.0.1 servers;
these tests take that permission away and use the real command line and the real client.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from werkzeug.wrappers import Response

from storyweaver.capture import http
from storyweaver.capture.http import HttpClient
from storyweaver.errors import CaptureError


def _run(*args: str, allow: bool) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("STORYWEAVER_ALLOW_LOCAL_ADDRESSES", None)
    if allow:
        env["STORYWEAVER_ALLOW_LOCAL_ADDRESSES"] = "1"
    return subprocess.run([sys.executable, "-m", "storyweaver", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, check=False)


def test_a_local_page_is_refused_with_a_clear_line_unless_allowed(httpserver) -> None:
    httpserver.expect_request("/secret").respond_with_data("<title>Router admin</title>", content_type="text/html")
    url = httpserver.url_for("/secret")
    refused = _run("unfurl", url, "--json", allow=False)
    assert refused.returncode == 1
    assert "local or private network address" in refused.stderr and "Router admin" not in refused.stdout
    assert len(httpserver.log) == 0  # not a byte was asked of it
    allowed = _run("unfurl", url, "--json", allow=True)
    assert allowed.returncode == 0 and "Router admin" in allowed.stdout


@pytest.mark.parametrize("target", ["http://10.0.0.1/", "http://[::1]/", "http://169.254.169.254/latest/",
                                    "http://192.168.1.1/", "http://[fc00::1]/", "http://localhost/",
                                    "http://0.0.0.0/"])
def test_every_private_and_reserved_destination_is_refused_before_connecting(monkeypatch, target: str) -> None:
    monkeypatch.delenv("STORYWEAVER_ALLOW_LOCAL_ADDRESSES", raising=False)
    client = HttpClient(timeout=3)
    with pytest.raises(CaptureError) as refused:
        client.get(target)
    assert refused.value.code == "local-address"


def test_a_name_that_resolves_to_a_local_address_is_refused_on_the_address_connected(monkeypatch, httpserver) -> None:
    # DNS can answer a public-looking name with 127.0.0.1: the check is on the connected peer.
    monkeypatch.delenv("STORYWEAVER_ALLOW_LOCAL_ADDRESSES", raising=False)
    httpserver.expect_request("/").respond_with_data("inside")
    real = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda host, *a, **k: real("127.0.0.1" if host == "public.example" else host, *a, **k))
    with pytest.raises(CaptureError) as refused:
        HttpClient(timeout=3).get(f"http://public.example:{httpserver.port}/")
    assert refused.value.code == "local-address"
    assert len(httpserver.log) == 0


def test_a_redirect_to_a_local_address_is_refused_at_that_hop(monkeypatch, httpserver) -> None:
    # The local server stands for a public one here: only 127.0.0.1 counts as public.
    monkeypatch.delenv("STORYWEAVER_ALLOW_LOCAL_ADDRESSES", raising=False)
    monkeypatch.setattr(http, "is_public", lambda ip: ip == "127.0.0.1")
    httpserver.expect_request("/go").respond_with_response(
        Response(status=302, headers={"Location": "http://10.1.2.3/admin"}))
    httpserver.expect_request("/image").respond_with_response(
        Response(status=301, headers={"Location": "http://[::1]/favicon.ico"}))
    client = HttpClient(timeout=3)
    for start in ("/go", "/image"):
        with pytest.raises(CaptureError) as refused:
            client.get(httpserver.url_for(start))
        assert refused.value.code == "local-address"
