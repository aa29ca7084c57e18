"""Storify in both of its shapes, placed in the story in its own order.

The 2011 shape is a real public story, ``storify.com/xdamman/iosdevcamp`` (July 2011), as
Storify's own template examples keep it (MChorfa/templates, a copy of storify/templates,
``slideshow-sencha/index.js``), saved as tests/fixtures/posts/storify-2011.json.  Today's shape
(``content.elements[]``) is tests/fixtures/posts/storify.json, after the v1 API documentation
(dev.storify.com/api/stories: ``sid``, ``permalink``, ``elements`` with ``type``, ``data``,
``source``, ``attribution``).
"""

from __future__ import annotations

import json
import subprocess
import sys

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.core.model import BlockType, ItemKind, Platform
from tests.post_fixtures import FIXTURES

OLD = FIXTURES / "storify-2011.json"


def test_the_2011_shape_gives_tweets_texts_and_cards_in_story_order(project, add):
    report = add(OLD)
    assert not report.failures, report.failures
    items = sorted(project.library.iter_all(), key=lambda i: i.extra["storify"]["position"])
    assert [i.kind for i in items] == [ItemKind.NOTE, ItemKind.POST, ItemKind.NOTE, ItemKind.LINK, ItemKind.NOTE,
                                       ItemKind.POST, ItemKind.NOTE, ItemKind.NOTE, ItemKind.POST, ItemKind.POST,
                                       ItemKind.NOTE, ItemKind.POST]
    first_tweet = items[1]
    assert first_tweet.platform is Platform.X and first_tweet.platform_id == "92058844016033792"
    assert first_tweet.text == "#iOSDevCamp Sponsors. You are all awesome!  http://yfrog.com/kh9rnxwj"
    assert first_tweet.author is not None and first_tweet.author.handle == "ravenme"
    assert first_tweet.published is not None and first_tweet.published.isoformat() == "2011-07-16T02:31:53+00:00"
    assert first_tweet.hashtags == ["iOSDevCamp"] and first_tweet.media[0].url == "http://yfrog.com/kh9rnxwj:iphone"
    assert items[2].text == "We are offering 2 iPads 2 for the best iOS or HTML5 app using our APIs."
    slides = items[3]
    assert slides.url == "http://www.slideshare.net/xdamman/storify-iosdevcamp"
    assert slides.title == "Storify #iOSDevCamp"
    assert items[0].url == "http://storify.com/xdamman/iosdevcamp/elements/text/1039"
    assert add(OLD).added == []


def test_to_story_keeps_the_story_order_with_texts_as_text_blocks_and_never_twice(project):
    capture_sources(project, [str(OLD)], CaptureContext(), to_story=True)
    blocks = project.story.blocks()
    assert [b.type for b in blocks][:4] == [BlockType.TEXT, BlockType.ITEM, BlockType.TEXT, BlockType.ITEM]
    assert blocks[0].text == "Storify is a proud sponsor of #iOSDevCamp."
    tweet = project.library.get(blocks[1].item_id or 0)
    assert tweet is not None and tweet.platform_id == "92058844016033792"
    assert len(blocks) == 12
    # By date "Door open!" (00:10 UTC) would come first; the story's own order wins.
    tweets = [project.library.get(b.item_id).platform_id for b in blocks if b.item_id  # type: ignore[union-attr]
              and project.library.get(b.item_id).platform is Platform.X]  # type: ignore[union-attr]
    assert tweets == ["92058844016033792", "92023162635689985", "92025827956506625", "92034263888822272",
                      "92061073980665856"]
    capture_sources(project, [str(OLD)], CaptureContext(), to_story=True)
    assert len(project.story.blocks()) == 12


def test_both_shapes_through_the_command_line_with_to_story(tmp_path):
    project = tmp_path / "p.storyweaver"
    run = [sys.executable, "-m", "storyweaver"]
    subprocess.run([*run, "new", str(project), "--title", "t"], check=True, capture_output=True)
    done = subprocess.run([*run, "add", str(project), str(FIXTURES / "storify.json"), str(OLD), "--to-story"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    story = json.loads(subprocess.run([*run, "story", str(project), "--json"], capture_output=True, text=True,
                                      check=True).stdout)
    texts = [b for b in story if b.get("type") == "text"]
    assert any("vigils in 20 cities" in (b.get("text") or "") for b in texts)
    assert any("proud sponsor" in (b.get("text") or "") for b in texts)
    assert all("<script" not in (b.get("text") or "") for b in texts)
