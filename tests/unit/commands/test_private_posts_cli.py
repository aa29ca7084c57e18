"""Direct and followers-only Mastodon posts placed in the story from the command line
(``storyweaver add ... --to-story``) start briefing-only, say so in ``story --json``, and
``storyweaver export`` keeps them out of the public recap and says how many it left out.

The four statuses are the Status entity of mastodon/documentation
``content/en/entities/Status.md`` (``tests/fixtures/posts/http/mastodon-status.json``), one for
each value its ``visibility`` attribute documents: ``public`` ("Visible to everyone, shown in
public timelines"), ``unlisted`` ("Visible to public, but not included in public timelines"),
``private`` ("Visible to followers only, and to any mentioned users") and ``direct``
("Visible only to mentioned users")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.post_fixtures import FIXTURES, MASTODON_HOST

AUDIENCES = ("public", "unlisted", "private", "direct")


def status_files(folder: Path) -> dict[str, Path]:
    """One saved ``GET /api/v1/statuses/:id`` per audience, each with its own id and words."""
    shape = json.loads((FIXTURES / "http" / "mastodon-status.json").read_text(encoding="utf-8").replace(
        "HOST", MASTODON_HOST))
    files = {}
    for n, audience in enumerate(AUDIENCES):
        status = dict(shape, visibility=audience, id=f"11341000000000010{n}",
                      content=f"<p>Words for a {audience} audience zq{audience}zq</p>", media_attachments=[])
        status["uri"] = shape["uri"].rsplit("/", 1)[0] + "/" + status["id"]
        status["url"] = shape["url"].rsplit("/", 1)[0] + "/" + status["id"]
        path = folder / f"status-{audience}.json"
        path.write_text(json.dumps(status), encoding="utf-8")
        files[audience] = path
    return files


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "storyweaver", *args], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ), check=False)


def test_private_posts_added_to_the_story_start_briefing_only_and_export_leaves_them_out(tmp_path: Path) -> None:
    project = tmp_path / "p.storyweaver"
    assert _run("new", str(project), "--title", "Vigil").returncode == 0
    files = status_files(tmp_path)
    added = _run("add", str(project), *map(str, files.values()), "--to-story")
    assert added.returncode == 0, added.stderr
    blocks = json.loads(_run("story", str(project), "--json").stdout)
    placed = {b["item"]["extra"]["visibility"]: b["visibility"] for b in blocks}
    assert placed == {"public": "public", "unlisted": "public", "private": "briefing", "direct": "briefing"}
    held = {b["item"]["extra"]["visibility"]: b["held_back"] for b in blocks}
    assert held == {"public": False, "unlisted": False, "private": True, "direct": True}
    done = _run("export", str(project), "--html", str(tmp_path / "recap.html"), "--pdf", str(tmp_path / "b.pdf"))
    assert done.returncode == 0, done.stderr
    assert "2 direct or followers-only posts were kept out of the public recap" in done.stderr
    recap = (tmp_path / "recap.html").read_text(encoding="utf-8")
    assert "zqpubliczq" in recap and "zqunlistedzq" in recap
    assert "zqprivatezq" not in recap and "zqdirectzq" not in recap


def test_a_private_post_in_a_public_block_of_an_older_file_is_still_left_out(tmp_path: Path) -> None:
    """A file written before blocks started briefing-only: its private post sits in a public
    block, and the export still leaves it out until the user decides (and says so)."""
    from storyweaver.core.model import Visibility
    from storyweaver.store.project import Project

    project = tmp_path / "p.storyweaver"
    _run("new", str(project), "--title", "Vigil")
    _run("add", str(project), str(status_files(tmp_path)["direct"]), "--to-story")
    with Project.open(project) as opened:
        (block,) = opened.story.blocks()
        opened.story.update(block.id, visibility=Visibility.PUBLIC)  # as an older version placed it
    (listed,) = json.loads(_run("story", str(project), "--json").stdout)
    assert (listed["visibility"], listed["held_back"]) == ("public", True)  # what the recap will really do
    done = _run("export", str(project), "--html", str(tmp_path / "recap.html"))
    assert "1 direct or followers-only post was kept out of the public recap" in done.stderr
    assert "zqdirectzq" not in (tmp_path / "recap.html").read_text(encoding="utf-8")
