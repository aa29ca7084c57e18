"""The story as JSON (everything) and as TimelineJS (the public story), and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def test_the_json_export_carries_everything_including_what_the_recap_hides(exported):
    data = json.loads(exported.json.read_text(encoding="utf-8"))
    assert data["format"] == "storyweaver-story" and data["version"] == 1
    assert data["meta"]["organisation"] == "Example Free Expression Network"
    blocks = data["blocks"]
    assert len(blocks) == 19
    briefing = [b for b in blocks if b["visibility"] == "briefing"]
    assert {b["type"] for b in briefing} == {"item", "text", "heading"}
    redacted = next(b["item"] for b in blocks if b["item"] and b["item"]["redacted"])
    assert redacted["author"]["name"] == "Reporter at risk" and redacted["author"]["avatar_sha256"]
    assert all(m["sha256"] for b in blocks if b["item"] for m in b["item"]["media"] if m["type"] == "image")


def test_the_timeline_follows_the_public_recaps_rules(exported):
    data = json.loads(exported.timeline.read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"] == "#EndImpunity: a month of action"
    events = data["events"]
    assert len(events) == 12  # every dated public item and text block; the briefing-only ones are left out
    first = next(e for e in events if e["unique_id"] == "item-1")
    assert first["start_date"] == {"year": 2014, "month": 11, "day": 2, "hour": 8, "minute": 15, "second": 0}
    assert first["group"] == "2 November: the International Day"
    assert "media" not in first  # alone, the file names no image: these were captured with no address
    assert "https://x.com/fpw_example/status/1001" in first["text"]["text"]
    text = json.dumps(data)
    assert "ministry confirms" not in text and "Reporter at risk" not in text and "brave_reporter" not in text
    withheld = next(e for e in events if "threatened" in e["text"]["text"])
    assert withheld["text"]["headline"] == "Identity withheld"
    assert "data:" not in text  # TimelineJS does not take data: URIs for images


def test_timeline_text_is_escaped_html(exported):
    data = json.loads(exported.timeline.read_text(encoding="utf-8"))
    for event in data["events"]:
        assert "<script" not in event["text"]["text"] and "onerror" not in event["text"]["text"]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    return subprocess.run([sys.executable, "-m", "storyweaver", *args], capture_output=True, text=True, env=env)


def test_the_export_command_writes_every_output(demo_project, tmp_path):
    site = str(tmp_path / "site") + "/"
    done = run_cli("export", str(demo_project), "--html", site, "--pdf", str(tmp_path / "b.pdf"),
                   "--json", str(tmp_path / "s.json"), "--timeline", str(tmp_path / "t.json"),
                   "--lang", "fr", "--paper", "letter")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "index.html").is_file() and any((tmp_path / "site" / "assets").iterdir())
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    assert "Sommaire" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert str(tmp_path / "b.pdf") in done.stdout


@pytest.mark.parametrize(("args", "words"), [
    (["--theme", "nope", "--html", "x.html"], "no theme called nope"),
    ([], "Say what to write"),
    (["--lang", "<script>", "--html", "x.html"], "not a language code"),
])
def test_the_export_command_explains_a_mistake_in_one_line(demo_project, tmp_path, args, words):
    done = run_cli("export", str(demo_project), *[a if a != "x.html" else str(tmp_path / a) for a in args])
    assert done.returncode == 1
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.html").exists()
