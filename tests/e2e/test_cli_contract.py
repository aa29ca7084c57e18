"""The command line end to end, through real child processes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from storyweaver.core.model import Block, BlockType
from storyweaver.store.project import Project
from tests.helpers import link, post, run_cli


def test_version_and_help_exit_zero() -> None:
    version = run_cli("--version", check=True)
    assert version.stdout.startswith("StoryWeaver ")
    for command in ("new", "add", "items", "story", "check", "sample", "unfurl", "search", "export", "open"):
        assert run_cli(command, "--help", check=True).stdout.startswith("usage: storyweaver")


def test_new_then_items_and_story_print_empty_arrays(tmp_path: Path) -> None:
    path = tmp_path / "campaign.storyweaver"
    run_cli("new", path, "--title", "#EndImpunity", check=True)
    assert json.loads(run_cli("items", path, "--json", check=True).stdout) == []
    assert json.loads(run_cli("story", path, "--json", check=True).stdout) == []
    assert "sound" in run_cli("check", path, check=True).stdout


def test_items_json_lists_story_order_first_then_the_rest_by_date(tmp_path: Path) -> None:
    path = tmp_path / "campaign.storyweaver"
    with Project.create(path, title="t") as project:
        ids = project.library.add([post(3), post(1), link(2), post(2)]).added
        project.story.append(Block(BlockType.HEADING, text="23 November"))
        project.story.append(Block(BlockType.ITEM, item_id=ids[0]))
        project.story.append(Block(BlockType.TEXT, text="Our words"))
    items = json.loads(run_cli("items", path, "--json", check=True).stdout)
    assert items[0]["id"] == ids[0]
    rest = items[1:]
    assert [i["published"] for i in rest] == sorted(i["published"] for i in rest)
    first = items[0]
    assert first["in_story"] is True and first["section"] == "23 November"
    assert all(i["in_story"] is False and i["section"] is None for i in rest)
    required = {"id", "kind", "platform", "url", "title", "text", "description", "author", "site_name",
                "published", "captured_at", "image", "media", "hashtags", "lang", "in_story", "section",
                "visibility", "redacted"}
    assert all(required <= set(i) for i in items)
    assert first["author"] == {"name": "Voices 3", "handle": "voices3_example", "url": "https://x.com/voices_example"}
    assert first["published"].endswith("+00:00")
    story = json.loads(run_cli("story", path, "--json", check=True).stdout)
    assert [b["type"] for b in story] == ["heading", "item", "text"]
    assert story[1]["item"]["id"] == ids[0] and story[0]["item"] is None
    assert all(b["visibility"] == "public" and b["held_back"] is False for b in story)


def test_failures_are_one_line_on_stderr_without_traceback(tmp_path: Path) -> None:
    missing = run_cli("items", tmp_path / "nope.storyweaver", "--json")
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr
    assert "no file" in missing.stderr
    junk = tmp_path / "junk.storyweaver"
    junk.write_bytes(b"\x00" * 4096)
    broken = run_cli("check", junk)
    assert broken.returncode == 1 and "not a StoryWeaver project" in broken.stderr
    exists = run_cli("new", junk, "--title", "x")
    assert exists.returncode == 1 and "already exists" in exists.stderr
    usage = run_cli("items")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_check_exits_one_when_a_blob_was_tampered_with(tmp_path: Path) -> None:
    path = tmp_path / "t.storyweaver"
    with Project.create(path, title="t") as project:
        sha = project.put_blob(b"photo", "image/jpeg")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE blobs SET data = x'00' WHERE sha256 = ?", (sha,))
    conn.commit()
    conn.close()
    result = run_cli("check", path)
    assert result.returncode == 1 and "blob-hash" in result.stdout


def test_adding_a_missing_source_fails_clearly_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "t.storyweaver"
    run_cli("new", path, "--title", "t", check=True)
    result = run_cli("add", path, tmp_path / "absent.zip")
    assert result.returncode == 1 and "no file or folder" in result.stderr
    assert json.loads(run_cli("items", path, "--json", check=True).stdout) == []


def test_the_command_line_starts_without_importing_qt_or_weasyprint() -> None:
    import subprocess
    import sys

    probe = subprocess.run(
        [sys.executable, "-c",
         "import sys, storyweaver.cli as c\n"
         "try:\n    c.main(['--help'])\nexcept SystemExit:\n    pass\n"
         "heavy = [m for m in ('PySide6', 'weasyprint', 'requests', 'PIL', 'bs4') if m in sys.modules]\n"
         "print(heavy, file=sys.stderr)"],
        capture_output=True, text=True, check=True,
    )
    assert probe.stderr.strip() == "[]"


def test_the_editor_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "storyweaver"], capture_output=True, text=True, env=env,
                          timeout=60, check=False)
    assert done.returncode == 1
    assert "No display" in done.stderr and "storyweaver sample" in done.stderr
    assert done.stderr.count("\n") == 1
