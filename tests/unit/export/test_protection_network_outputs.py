"""Property: the public outputs of issue 18 (TimelineJS in both forms, the HTML fragment, the
WACZ) never carry a redacted author or anything briefing-only, whatever the story.

Each generated story mixes posts (redacted or not, with and without images found at an
address, some written for a private audience: direct or followers only), web pages kept as
fetched (their bytes and a response header, which the WACZ archives), and text blocks,
public or briefing-only, some under a briefing-only heading.
Every protected word is a unique token, so finding it anywhere in an output is a leak.
"""

from __future__ import annotations

import gzip
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storyweaver.bench._export_story import CAPTURED, picture
from storyweaver.capture.pages.original import original_record
from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform, ReadableCopy, Visibility
from storyweaver.export.api import ExportOptions, export_story
from storyweaver.store.project import Project

pytest.importorskip("wacz.main")
PHOTO = picture(3, (320, 200))

entry = st.tuples(
    st.sampled_from(["post", "page", "text", "heading"]),
    st.booleans(),  # redacted (posts and pages)
    st.sampled_from([Visibility.PUBLIC, Visibility.PUBLIC, Visibility.BRIEFING]),
    st.booleans(),  # with an image (posts)
    st.sampled_from(["", "", "unlisted", "direct", "private"]),  # the post's audience on its platform
)


def build(path: Path, entries: list[tuple[str, bool, Visibility, bool, str]]) -> set[str]:
    """The story; returns the tokens no public output may hold."""
    secrets: set[str] = set()
    day = datetime(2024, 3, 1, tzinfo=UTC)
    with Project.create(path, title="Property") as project:
        photo = project.put_blob(PHOTO, "image/jpeg")
        hidden_section = False
        for n, (kind, redacted, visibility, image, audience) in enumerate(entries):
            if kind == "heading":
                hidden_section = visibility is Visibility.BRIEFING
                word = f"zqhead{n}x" if hidden_section else f"Section {n}"
                if hidden_section:
                    secrets.add(word)
                project.story.append(Block(BlockType.HEADING, word, visibility=visibility))
                continue
            private = visibility is Visibility.BRIEFING or hidden_section or (
                kind == "post" and audience in ("direct", "private"))  # unless the user confirmed it
            if kind == "text":
                word = f"zqtext{n}x"
                if private:
                    secrets.add(word)
                project.story.append(Block(BlockType.TEXT, f"<p>Words {word}</p>", visibility=visibility))
                continue
            if kind == "page":
                words = _page(project, n, redacted, visibility)
                if redacted or private:
                    secrets |= words
                continue
            name, handle, body = f"zqname{n}x", f"zqhandle{n}x", f"zqbody{n}x"
            media = [Media("image", photo, "A photo", 320, 200, url=f"https://files.example/zqimg{n}x.jpg")] \
                if image else []
            item = Item(ItemKind.POST, CAPTURED, "test", platform=Platform.MASTODON, platform_id=str(n),
                        url=f"https://mastodon.example/@{handle}/{n}", text=f"Said {body} #Tag",
                        author=Author(name, handle, f"https://mastodon.example/@{handle}"),
                        published=day + timedelta(hours=n), redacted=redacted, media=media,
                        raw_sha256=project.put_blob(json.dumps({"n": n, "who": name}).encode(), "application/json"),
                        extra={"visibility": audience} if audience else {})
            project.library.add([item])
            project.story.append(Block(BlockType.ITEM, item_id=item.id, visibility=visibility))
            if redacted or private:
                secrets |= {name, handle, f"zqimg{n}x"}
            if private:
                secrets.add(body)
    return secrets


def _page(project: Project, n: int, redacted: bool, visibility: Visibility) -> set[str]:
    """A web page kept by its capture as fetched: its words in its body and in a header (not in its
    address, which a redacted card still shows); returns them."""
    words = {f"zqpagebody{n}x", f"zqpageheader{n}x"}
    page = f"<!doctype html><html><head><title>Page {n}</title></head><body>zqpagebody{n}x</body></html>"
    record = original_record(page.encode(), address=f"https://news.example/page{n}", captured_at=CAPTURED,
                             status=200, headers={"Content-Type": "text/html", "X-Note": f"zqpageheader{n}x"})
    item = Item(ItemKind.LINK, CAPTURED, "unfurl", url=f"https://news.example/page{n}", title=f"Page {n}",
                redacted=redacted, readable=ReadableCopy(CAPTURED, "test", original_sha256=project.put_blob(
                    record, "application/warc")))
    project.library.add([item])
    project.story.append(Block(BlockType.ITEM, item_id=item.id, visibility=visibility))
    return words


def everything(folder: Path) -> str:
    """The text of every output file (zips opened, gzip members expanded)."""
    out = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix == ".storyweaver":
            continue
        if path.suffix == ".wacz":
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    data = archive.read(name)
                    out.append((gzip.decompress(data) if name.endswith(".gz") else data).decode("utf-8", "replace"))
        else:
            out.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(out)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(entry, min_size=1, max_size=12))
# Always tried: kept pages, redacted, briefing-only and public, beside a public one the WACZ holds.
@example([("page", True, Visibility.PUBLIC, False, ""), ("page", False, Visibility.BRIEFING, False, ""),
          ("page", False, Visibility.PUBLIC, False, "")])
def test_no_public_output_of_issue_18_holds_a_protected_word(tmp_path_factory, entries):
    folder = tmp_path_factory.mktemp("outputs")
    project_path = folder / "p.storyweaver"
    secrets = build(project_path, entries)
    (folder / "timeline").mkdir()
    with Project.open(project_path, readonly=True) as project:
        for text in ("slides", "following"):
            export_story(project, ExportOptions(timeline=folder / f"timeline-{text}.json", timeline_text=text,
                                                html=folder / "fragment.html", fragment=True, lang="en",
                                                wacz=folder / "story.wacz"))
        export_story(project, ExportOptions(timeline=folder / "timeline", lang="en"))
    text = everything(folder)
    leaked = sorted(word for word in secrets if word in text)
    assert leaked == []
