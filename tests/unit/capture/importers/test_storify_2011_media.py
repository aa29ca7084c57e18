"""Photos and videos of a 2011 Storify story (``elements`` keyed by position, ``elementClass``).

No real 2011 story with a photo or a video element could be found in public material (the one
real story kept, ``storify.com/xdamman/iosdevcamp``, has texts, tweets and a SlideShare card
only: tests/unit/capture/importers/test_storify_shapes.py).  These elements therefore use only the
field names Storify's own people wrote in 2011 when they read or made such elements:

* a video: Xavier Damman (Storify's co-founder), "Making stories with social media and YouTube
  videos", Google Developers Blog, 10 May 2011: a YouTube result becomes ``{permalink:
  'http://www.youtube.com/watch?v=' + id, source: 'youtube', elementClass: 'video', metadata:
  <the YouTube JSON-C video>, thumbnail: <its thumbnail.sqDefault>, title, description}``;
* a photo: Storify's own templates (storify/templates, kept as MChorfa/templates, 2011):
  ``snowstack/index.html`` reads ``elementClass == 'photo'`` with ``thumbnail``, ``image.src``
  and ``image.href``; ``slideshow/js/script.js`` reads ``metadata.url_o`` / ``url_m`` / ``url``,
  ``metadata.title`` and ``author.name`` (a Flickr photo's own record).

``created_at``, ``added_at``, ``author`` and ``source`` are as in the real iosdevcamp story.
Storify's own API documentation of March 2011 (cpetzold/storify-doc) shows JSON only and one
tweet element, quoted whole in the last test.
The values (addresses, titles, ids) are made up for the test and name nobody.
"""

from __future__ import annotations

import json
from pathlib import Path

from storyweaver.capture.context import CaptureContext
from storyweaver.capture.dispatch import capture_sources
from storyweaver.core.model import BlockType, ItemKind
from storyweaver.store.project import Project

VIDEO_ID = "dQw4w9WgXcQ"
STORY = {
    "permalink": "http://storify.com/desk/vigil-2011",
    "published_at": 1322740800,
    "title": "Vigil for the press, December 2011",
    "author": {"username": "desk", "name": "Campaign Desk"},
    "elements": {
        "0": {"source": "storify", "elementClass": "text",
              "permalink": "http://storify.com/desk/vigil-2011/elements/text/1", "title": "",
              "description": "<p>The evening began with a minute of silence.</p>",
              "created_at": "1322740000", "added_at": "1322740000"},
        "1": {"source": "youtube", "elementClass": "video",
              "permalink": f"http://www.youtube.com/watch?v={VIDEO_ID}",
              "title": "Candles outside the courthouse", "description": "Filmed by a member of the network.",
              "thumbnail": f"http://i.ytimg.com/vi/{VIDEO_ID}/default.jpg",
              "metadata": {"id": VIDEO_ID, "title": "Candles outside the courthouse",
                           "description": "Filmed by a member of the network.",
                           "thumbnail": {"sqDefault": f"http://i.ytimg.com/vi/{VIDEO_ID}/default.jpg"}},
              "author": {"username": "networkmember", "name": "networkmember"},
              "created_at": "1322741000", "added_at": "1322741100"},
        "2": {"source": "flickr", "elementClass": "photo",
              "permalink": "http://www.flickr.com/photos/desk/6437000001/",
              "thumbnail": "http://farm8.staticflickr.com/7001/6437000001_abc_m.jpg",
              "image": {"src": "http://farm8.staticflickr.com/7001/6437000001_abc_z.jpg",
                        "href": "http://www.flickr.com/photos/desk/6437000001/"},
              "title": "Names read aloud", "author": {"username": "desk", "name": "Campaign Desk"},
              "created_at": "1322742000", "added_at": "1322742100"},
        "3": {"source": "flickr", "elementClass": "photo",
              "permalink": "http://www.flickr.com/photos/desk/6437000002/",
              "metadata": {"url_m": "http://farm8.staticflickr.com/7002/6437000002_def.jpg",
                           "title": "The courthouse steps"},
              "author": {"name": "Campaign Desk"}, "created_at": "1322743000", "added_at": "1322743100"},
    },
}


def _story_file(folder: Path) -> Path:
    path = folder / "vigil-2011.json"
    path.write_text(json.dumps(STORY), encoding="utf-8")
    return path


def test_a_video_element_becomes_a_video_card_with_its_thumbnail(tmp_path):
    with Project.create(tmp_path / "p.storyweaver", title="p") as project:
        report = capture_sources(project, [str(_story_file(tmp_path))], CaptureContext())
        assert not report.failures, report.failures
        videos = [i for i in project.library.iter_all() if i.kind is ItemKind.VIDEO]
        assert len(videos) == 1
        video = videos[0]
        assert video.url == f"http://www.youtube.com/watch?v={VIDEO_ID}"
        assert video.title == "Candles outside the courthouse"
        assert video.description == "Filmed by a member of the network."
        assert video.image_url == f"http://i.ytimg.com/vi/{VIDEO_ID}/default.jpg"
        assert video.site_name == "youtube" and video.author is not None and video.author.handle == "networkmember"
        assert video.published is not None and video.published.isoformat() == "2011-12-01T12:03:20+00:00"
        assert video.extra["storify"]["position"] == 1


def test_photo_elements_keep_the_picture_from_image_or_from_the_photos_own_record(tmp_path):
    with Project.create(tmp_path / "p.storyweaver", title="p") as project:
        capture_sources(project, [str(_story_file(tmp_path))], CaptureContext())
        photos = sorted((i for i in project.library.iter_all() if i.kind is ItemKind.IMAGE),
                        key=lambda i: i.extra["storify"]["position"])
        assert [p.url for p in photos] == ["http://www.flickr.com/photos/desk/6437000001/",
                                           "http://www.flickr.com/photos/desk/6437000002/"]
        shown = photos[0]
        assert shown.media[0].url == "http://farm8.staticflickr.com/7001/6437000001_abc_z.jpg"
        assert shown.media[0].alt == shown.title == "Names read aloud"
        flickr = photos[1]  # no ``image``: the Flickr record's own medium size and title
        assert flickr.media[0].url == flickr.image_url == "http://farm8.staticflickr.com/7002/6437000002_def.jpg"
        assert flickr.media[0].alt == flickr.title == "The courthouse steps"
        assert flickr.author is not None and flickr.author.name == "Campaign Desk"


def test_to_story_places_text_video_and_photos_in_the_storys_order_once(tmp_path):
    source = str(_story_file(tmp_path))
    with Project.create(tmp_path / "p.storyweaver", title="p") as project:
        capture_sources(project, [source], CaptureContext(), to_story=True)
        blocks = project.story.blocks()
        assert [b.type for b in blocks] == [BlockType.TEXT, BlockType.ITEM, BlockType.ITEM, BlockType.ITEM]
        assert blocks[0].text == "The evening began with a minute of silence."
        kinds = [project.library.get(b.item_id).kind for b in blocks[1:]]  # type: ignore[arg-type, union-attr]
        assert kinds == [ItemKind.VIDEO, ItemKind.IMAGE, ItemKind.IMAGE]
        again = capture_sources(project, [source], CaptureContext(), to_story=True)
        assert again.added == [] and len(project.story.blocks()) == 4


def test_a_photo_whose_fields_are_not_texts_keeps_no_picture_and_breaks_nothing(tmp_path):
    hostile = json.loads(json.dumps(STORY))
    hostile["elements"]["2"]["image"] = {"src": {"javascript": "alert(1)"}}
    hostile["elements"]["2"]["title"] = ["not", "a", "title"]
    hostile["elements"]["2"]["thumbnail"] = 7
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(hostile), encoding="utf-8")
    with Project.create(tmp_path / "p.storyweaver", title="p") as project:
        report = capture_sources(project, [str(path)], CaptureContext())
        assert not report.failures, report.failures
        photo = next(i for i in project.library.iter_all() if i.url == "http://www.flickr.com/photos/desk/6437000001/")
        assert photo.media == [] and photo.title is None and photo.image_url is None


def test_the_documented_2011_element_whose_image_is_an_empty_text_is_a_tweet_without_media(tmp_path):
    # Storify's own API documentation of March 2011 (cpetzold/storify-doc,
    # views/doc/element/info.md: storify.com/storify/testimonials/elements/0.json), quoted as
    # published there: ``image`` and ``oembed`` are empty texts, not objects.
    element = {"curator": {"username": "storify", "name": "Storify", "permalink": "http://storify.com/storify"},
               "source": "twitter", "image": "", "elementClass": "tweet",
               "permalink": "http://twitter.com/zseward/status/19579515667746816",
               "title": "I'm a @Storify convert.", "description": "I'm a @Storify convert.",
               "thumbnail": "http://a2.twimg.com/profile_images/261431736/Me_and_Mom_2_normal.jpg", "favicon": "",
               "author": {"username": "zseward",
                          "avatar": "http://a2.twimg.com/profile_images/261431736/Me_and_Mom_2_normal.jpg",
                          "href": "http://twitter.com/zseward", "name": "zseward"},
               "created_at": "1293503094", "added_at": "1293516866", "oembed": ""}
    story = {"permalink": "http://storify.com/storify/testimonials", "published_at": 1293517224,
             "title": "Testimonials", "description": "What people are saying about Storify", "elements": {"0": element}}
    path = tmp_path / "testimonials.json"
    path.write_text(json.dumps(story), encoding="utf-8")
    with Project.create(tmp_path / "p.storyweaver", title="p") as project:
        report = capture_sources(project, [str(path)], CaptureContext())
        assert not report.failures, report.failures
        (tweet,) = project.library.iter_all()
        assert tweet.kind is ItemKind.POST and tweet.platform_id == "19579515667746816"
        assert tweet.text == "I'm a @Storify convert." and tweet.media == []
        assert tweet.author is not None and tweet.author.handle == "zseward"
        assert tweet.published is not None and tweet.published.isoformat() == "2010-12-28T02:24:54+00:00"
