"""Issue 13, findings 1, 2, 4 and 7: what the public outputs leaked, each on the real command line."""

from __future__ import annotations

import hashlib
import json
import re

from PIL import Image

from storyweaver.core.model import Block, BlockType, Item, ItemKind, Platform
from storyweaver.export.images import prepare
from storyweaver.store.project import Project
from tests.helpers import run_cli
from tests.protection import PostSpec, build_story, images_of, leaks, noise_image, public_files

STORY = [PostSpec(Platform.X), PostSpec(Platform.MASTODON, redacted=True), PostSpec(Platform.BLUESKY, briefing=True),
         PostSpec(None, briefing=True), PostSpec(Platform.MASTODON)]


def test_a_folder_recap_written_with_a_pdf_holds_only_the_images_its_page_shows(tmp_path):
    # Finding 1: `export --html site/ --pdf` wrote every prepared image (unblurred originals,
    # briefing-only images) into site/assets/.
    secrets = build_story(tmp_path / "p.storyweaver", STORY)
    site = tmp_path / "site"
    site.mkdir()
    run_cli("export", tmp_path / "p.storyweaver", "--html", f"{site}/", "--pdf", tmp_path / "b.pdf", check=True)
    page = (site / "index.html").read_text(encoding="utf-8")
    shown = set(re.findall(r'src="assets/([^"]+)"', page))
    assert {p.name for p in (site / "assets").iterdir()} == shown
    assert leaks(public_files(site), secrets) == []


def test_captured_text_imitating_an_image_placeholder_pulls_in_no_image(tmp_path):
    # Finding 2: a post's text holding "storyweaver-pending:<key>" (computable from a public
    # image's hash) got the unblurred or briefing-only image embedded in the single-file recap.
    path = tmp_path / "p.storyweaver"
    secrets = build_story(path, [PostSpec(Platform.MASTODON, redacted=True), PostSpec(Platform.X, briefing=True)])
    with Project.open(path) as project:
        keys = [f"storyweaver-pending:{sha[:32]}-{purpose}" for sha in secrets.hashes
                for purpose in ("media", "avatar-sq", "card")]
        bait = Item(kind=ItemKind.NOTE, captured_at=secrets_time(), capture_method="test", text=" ".join(keys))
        project.library.add([bait])
        project.story.append(Block(BlockType.ITEM, item_id=bait.id))
    run_cli("export", path, "--html", tmp_path / "r.html", check=True)
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "storyweaver-pending:" in page  # left as the inert text it is
    secrets.hashes.clear()  # the bait itself names them; what matters is that no image came with them
    assert leaks([tmp_path / "r.html"], secrets) == []


def secrets_time():  # the builders' fixed moment
    from tests.protection import WHEN

    return WHEN


def test_a_redacted_mastodon_post_names_neither_its_author_nor_their_server(tmp_path):
    # Finding 4: its hashtag links pointed at https://<their-instance>/tags/...
    path = tmp_path / "p.storyweaver"
    secrets = build_story(path, [PostSpec(Platform.MASTODON, redacted=True), PostSpec(Platform.BLUESKY, redacted=True),
                                 PostSpec(Platform.X, redacted=True)])
    run_cli("export", path, "--html", tmp_path / "r.html", "--timeline", tmp_path / "t.json", check=True)
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "/tags/" not in page
    assert "#Solidarity" in page  # the words stay
    assert leaks([tmp_path / "r.html", tmp_path / "t.json"], secrets) == []


def test_keep_exif_never_keeps_a_redacted_images_gps(tmp_path):
    path = tmp_path / "p.storyweaver"
    build_story(path, [PostSpec(Platform.X, redacted=True, avatar=False)])
    run_cli("export", path, "--html", tmp_path / "r.html", "--keep-exif", check=True)
    shown = images_of([tmp_path / "r.html"])
    assert shown
    for _name, data in shown:
        with Image.open(__import__("io").BytesIO(data)) as image:
            assert not image.getexif().get_ifd(0x8825)
    redacted = prepare(noise_image(1, gps=True), "media", redact=True, keep_exif=True)
    assert b"Exif" not in redacted.data[:200]
    assert hashlib.sha256(redacted.data).hexdigest() not in (tmp_path / "r.html").read_text()


def test_timeline_groups_are_escaped_like_every_other_text(tmp_path):
    # Finding 7: the section title went into "group" unescaped.
    path = tmp_path / "p.storyweaver"
    build_story(path, [])
    with Project.open(path) as project:
        project.story.append(Block(BlockType.HEADING, '<img src=x onerror=alert(1)> & "Days"'))
        note = Item(kind=ItemKind.NOTE, captured_at=secrets_time(), capture_method="test", text="A note",
                    published=secrets_time())
        project.library.add([note])
        project.story.append(Block(BlockType.ITEM, item_id=note.id))
    run_cli("export", path, "--timeline", tmp_path / "t.json", check=True)
    events = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["events"]
    assert events[0]["group"] == "&lt;img src=x onerror=alert(1)&gt; &amp; &#34;Days&#34;"
