"""The command line end to end (subprocesses): add pages, saved pages and images; unfurl."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from storyweaver.capture.pages.text import normalise

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def sw(*args: str, check: bool = True, lang: str = "en") -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "storyweaver", *args], capture_output=True, text=True,
                          env={**os.environ, "STORYWEAVER_LANG": lang}, timeout=240, check=False)
    if check and done.returncode != 0:
        raise AssertionError(f"exit {done.returncode}: {done.stderr}")
    return done


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "story.storyweaver"
    sw("new", str(path), "--title", "EndImpunity")
    return path


def items(path: Path) -> list[dict[str, object]]:
    return json.loads(sw("items", str(path), "--json").stdout)  # type: ignore[no-any-return]


def test_add_an_address_then_adding_it_again_asks_the_server_nothing(httpserver: HTTPServer, project: Path) -> None:
    httpserver.expect_request("/story").respond_with_data(
        '<html><head><title>Story</title><meta property="article:published_time" content="2014-11-02T10:00:00+01:00">'
        "</head></html>", content_type="text/html")
    address = httpserver.url_for("/story")
    first = sw("add", str(project), address)
    assert "1 added" in first.stdout
    seen = len(httpserver.log)
    second = sw("add", str(project), address)
    assert "0 added, 1 already in the project" in second.stdout
    assert len(httpserver.log) == seen
    [item] = items(project)
    assert (item["kind"], item["title"], item["url"]) == ("link", "Story", address)
    assert item["published"] == "2014-11-02T09:00:00.000+00:00"
    assert item["capture_method"] == "unfurl"


def test_a_failed_address_is_one_line_on_stderr(httpserver: HTTPServer, project: Path) -> None:
    httpserver.expect_request("/gone").respond_with_data("x", status=404)
    done = sw("add", str(project), httpserver.url_for("/gone"), check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == f"storyweaver: The server answered 404 Not Found for {httpserver.url_for('/gone')}."
    assert "Traceback" not in done.stderr


def test_add_a_saved_page_and_a_folder_of_photos(project: Path, tmp_path: Path) -> None:
    photos = tmp_path / "vigil"
    photos.mkdir()
    for name in ("vigil.jpg", "sideways.jpg", "candle.gif"):
        (photos / name).write_bytes((FIXTURES / "images" / name).read_bytes())
    done = sw("add", str(project), str(FIXTURES / "pages" / "saved_chrome.html"), str(photos), "--to-story")
    assert "4 added" in done.stdout
    listing = items(project)
    by_title = {i["title"]: i for i in listing}
    page = by_title["Ampatuan, five years on"]
    assert page["url"] == "https://press.example.org/2014/ampatuan-five-years"
    assert page["capture_method"] == "saved-page"
    assert page["image"] == "https://press.example.org/photos/ampatuan.jpg"
    pictures = [i for i in listing if i["kind"] == "image"]
    assert len(pictures) == 3 and all(i["title"] is None for i in pictures)  # a file name is no title (issue 15)
    photo = next(i for i in pictures if i["published"] == "2014-11-02T10:30:00.000+00:00")  # sideways.jpg
    assert photo["capture_method"] == "file"
    assert photo["media"][0]["width"] == 80  # type: ignore[index]
    assert all(i["in_story"] for i in listing)
    again = sw("add", str(project), str(photos))
    assert "0 added, 3 already" in again.stdout


def test_unfurl_prints_one_card_with_the_items_keys(httpserver: HTTPServer, project: Path) -> None:
    httpserver.expect_request("/a").respond_with_data((FIXTURES / "pages" / "jsonld_only.html").read_bytes(),
                                                      content_type="text/html")
    card = json.loads(sw("unfurl", httpserver.url_for("/a"), "--json").stdout)
    httpserver.expect_request("/b").respond_with_data("<title>x</title>", content_type="text/html")
    sw("add", str(project), httpserver.url_for("/b"))
    assert set(card) == set(items(project)[0])
    assert card["title"] == "Journalists remembered on the International Day"
    assert card["author"] == {"name": "Ana Reyes", "handle": None, "url": "https://news.example.org/people/ana"}
    assert card["in_story"] is False and card["section"] is None


def test_unfurl_a_saved_page_offline_uses_the_given_address(tmp_path: Path) -> None:
    card = json.loads(sw("unfurl", "https://elsewhere.example.org/x", "--html",
                         str(FIXTURES / "pages" / "saved_chrome.html"), "--json").stdout)
    assert card["url"] == "https://elsewhere.example.org/x"
    assert card["title"] == "Ampatuan, five years on"
    assert card["image"] == "https://elsewhere.example.org/photos/ampatuan.jpg"


def test_unfurl_refuses_a_file_address() -> None:
    done = sw("unfurl", "file:///etc/passwd", "--json", check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == "storyweaver: Only http and https addresses can be fetched, not file:///etc/passwd."
    assert done.stdout == ""


def test_capture_errors_are_said_in_french() -> None:
    done = sw("unfurl", "file:///etc/passwd", "--json", check=False, lang="fr")
    assert done.stderr.strip() == (
        "storyweaver: Seules les adresses http et https peuvent être récupérées, pas file:///etc/passwd.")


def _usable(vectors: list[str]) -> list[str]:
    """Vectors an HTML page can carry (not lone surrogates) that leave some text."""
    usable = []
    for vector in vectors:
        try:
            vector.encode("utf-8")
        except UnicodeEncodeError:
            continue
        if normalise(vector):
            usable.append(vector)
    return usable


def _page(vector: str, address: str) -> str:
    quoted = html.escape(vector, quote=True)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(vector)}</title>'
            f'<meta property="og:title" content="{quoted}"><meta name="description" content="{quoted}">'
            f'<link rel="canonical" href="{address}"></head><body><p>{html.escape(vector)}</p></body></html>')


def _check_round_trip(listing: list[dict[str, object]], expected: dict[str, str]) -> None:
    wrong = []
    for item in listing:
        want = normalise(expected[str(item["url"])])
        if item["title"] != want or item["description"] != want:
            wrong.append((want, item["title"]))
    assert not wrong, wrong[:5]
    assert len(listing) == len(expected)


def test_hostile_strings_round_trip_as_plain_text_through_saved_pages(vectors: list[str], project: Path,
                                                                      tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    expected = {}
    for number, vector in enumerate(_usable(vectors)):
        address = f"https://example.org/v/{number}"
        expected[address] = vector
        (folder / f"v{number}.html").write_text(_page(vector, address), encoding="utf-8")
    files = sorted(str(p) for p in folder.iterdir())
    done = sw("add", str(project), *files)
    assert f"{len(files)} added" in done.stdout
    _check_round_trip(items(project), expected)


def test_hostile_strings_round_trip_as_plain_text_from_a_server(vectors: list[str], project: Path,
                                                                httpserver: HTTPServer) -> None:
    usable = _usable(vectors)

    def answer(request: Request) -> Response:
        number = int(request.path.rsplit("/", 1)[1])
        return Response(_page(usable[number], request.url), content_type="text/html; charset=utf-8")

    httpserver.expect_request(re.compile(r"^/v/\d+$")).respond_with_handler(answer)
    httpserver.expect_request("/favicon.ico").respond_with_data("", status=404)
    expected = {httpserver.url_for(f"/v/{n}"): v for n, v in enumerate(usable)}
    done = sw("add", str(project), *expected)
    assert f"{len(expected)} added" in done.stdout, done.stderr[-2000:]
    _check_round_trip(items(project), expected)
    # and through unfurl --json, for the payloads that look most like markup
    markup = [n for n, v in enumerate(usable) if "<" in v][:12]
    for number in markup:
        card = json.loads(sw("unfurl", httpserver.url_for(f"/v/{number}"), "--json").stdout)
        assert card["title"] == normalise(usable[number])
        assert card["description"] == normalise(usable[number])
