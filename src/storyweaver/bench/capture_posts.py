"""Importing a campaign's posts: a 50,000-post X archive and a 50,000-post twarc2 collection.

Each import runs in a child process into a fresh project (time and peak memory), and
is compared with ``json.loads`` of the same JSON, the floor any importer stands on.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from storyweaver.bench._measure import import_in_child, run_child

NAME = "posts"
FULL = 50_000
_TAGS = ["EndImpunity", "IDEI2014", "PressFreedom", "JournalismIsNotACrime", "Ampatuan", "SafetyOfJournalists"]
_WORDS = [
    "journalists", "deserve", "justice", "impunity", "must", "end", "today", "we", "remember", "colleagues",
    "killed", "for", "their", "work", "vigil", "solidarity", "newsroom", "courts", "accountability", "2",
    "November", "🕯️", "✊", "صحافة", "liberté", "presse",
]
_EPOCH_MS = 1288834974657

Report = Callable[..., None]


def _snowflake(moment: datetime, sequence: int) -> str:
    millis = int(moment.timestamp() * 1000) - _EPOCH_MS
    return str((millis << 22) | (sequence & 0x3FFFFF))


def _posts(count: int, seed: int = 14) -> list[dict[str, Any]]:
    """Abstract posts: id, instant, text parts, tags, mentions, links, media flag."""
    rng = random.Random(seed)
    start = datetime(2014, 11, 1, tzinfo=UTC)
    posts = []
    for n in range(count):
        moment = start + timedelta(seconds=n * 52 + rng.randrange(50))
        tags = rng.sample(_TAGS, rng.randrange(1, 3))
        mentions = [f"member{rng.randrange(400)}" for _ in range(rng.randrange(0, 2))]
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(8, 22)))
        posts.append({
            "id": _snowflake(moment, n), "moment": moment, "words": words, "tags": tags, "mentions": mentions,
            "link": rng.random() < 0.4, "media": rng.random() < 0.15, "user": rng.randrange(2000),
        })
    return posts


def _v1_text(post: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    text = " ".join(f"@{m}" for m in post["mentions"])
    text = f"{text} {post['words']} &amp; " + " ".join(f"#{t}" for t in post["tags"])
    entities: dict[str, Any] = {
        "hashtags": [{"text": t, "indices": ["0", "1"]} for t in post["tags"]],
        "user_mentions": [{"screen_name": m, "name": m.title(), "id_str": str(len(m) * 7919), "id": "1",
                           "indices": ["0", "1"]} for m in post["mentions"]],
        "urls": [], "symbols": [],
    }
    if post["link"]:
        short = f"https://t.co/{post['id'][-10:]}"
        text += f" {short}"
        entities["urls"].append({"url": short, "expanded_url": f"https://ifex.example/news/{post['id']}",
                                 "display_url": "ifex.example/news/…", "indices": ["0", "1"]})
    return text.strip(), entities


def make_archive(path: Path, count: int) -> None:
    """An X archive zip as X writes it (``window.YTD.tweets.part0 = [...]``), with some media."""
    elements = []
    media_files: list[tuple[str, bytes]] = []
    for post in _posts(count):
        text, entities = _v1_text(post)
        tweet: dict[str, Any] = {
            "edit_info": {"initial": {"editTweetIds": [post["id"]], "editableUntil": "2014-11-02T15:00:00.000Z",
                                      "editsRemaining": "5", "isEditEligible": False}},
            "retweeted": False, "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
            "entities": entities, "display_text_range": ["0", str(len(text))], "favorite_count": "3",
            "id_str": post["id"], "truncated": False, "retweet_count": "1", "id": post["id"],
            "created_at": post["moment"].strftime("%a %b %d %H:%M:%S +0000 %Y"), "favorited": False,
            "full_text": text, "lang": "en",
        }
        if post["media"]:
            short = f"https://t.co/m{post['id'][-9:]}"
            tweet["full_text"] += f" {short}"
            media = {"expanded_url": f"https://x.com/campaign/status/{post['id']}/photo/1", "indices": ["0", "1"],
                     "url": short, "media_url": f"http://pbs.twimg.com/media/M{post['id'][-8:]}.jpg",
                     "id_str": post["id"], "id": post["id"],
                     "media_url_https": f"https://pbs.twimg.com/media/M{post['id'][-8:]}.jpg",
                     "sizes": {"large": {"w": "1200", "h": "800", "resize": "fit"}}, "type": "photo",
                     "display_url": "pic.x.com/abc"}
            entities["media"] = [media]
            tweet["extended_entities"] = {"media": [media]}
            if len(media_files) < 200:
                name = f"data/tweets_media/{post['id']}-M{post['id'][-8:]}.jpg"
                media_files.append((name, b"\xff\xd8\xff" + post["id"].encode() * 40))
        elements.append({"tweet": tweet})
    body = "window.YTD.tweets.part0 = " + json.dumps(elements, indent=2, ensure_ascii=False)
    manifest = {"userInfo": {"accountId": "2800000001", "userName": "campaign", "displayName": "Campaign Desk"},
                "dataTypes": {"tweets": {"mediaDirectory": "data/tweets_media",
                                         "files": [{"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0",
                                                    "count": str(count)}]}}}
    account = [{"account": {"email": "desk@example.org", "createdVia": "web", "username": "campaign",
                            "accountId": "2800000001", "createdAt": "2014-10-01T10:00:00.000Z",
                            "accountDisplayName": "Campaign Desk"}}]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("data/manifest.js", "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2))
        archive.writestr("data/account.js", "window.YTD.account.part0 = " + json.dumps(account, indent=2))
        archive.writestr("data/tweets.js", body)
        for name, data in media_files:
            archive.writestr(name, data)


def make_twarc2(path: Path, count: int, per_page: int = 100) -> None:
    """A twarc2 JSON Lines file: one search response page (data + includes) per line."""
    posts = _posts(count, seed=15)
    with path.open("w", encoding="utf-8") as out:
        for start in range(0, count, per_page):
            page = posts[start:start + per_page]
            data, users, media = [], {}, []
            for post in page:
                text, v1 = _v1_text(post)
                user_id = str(1000 + post["user"])
                users[user_id] = {"id": user_id, "username": f"member{post['user']}", "name": f"Member {post['user']}",
                                  "created_at": "2012-01-01T00:00:00.000Z", "verified": False,
                                  "profile_image_url": f"https://pbs.twimg.com/profile_images/{user_id}/a_normal.jpg"}
                tweet: dict[str, Any] = {
                    "id": post["id"], "text": text, "author_id": user_id, "conversation_id": post["id"],
                    "created_at": post["moment"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), "lang": "en",
                    "edit_history_tweet_ids": [post["id"]], "possibly_sensitive": False, "reply_settings": "everyone",
                    "public_metrics": {"retweet_count": 2, "reply_count": 0, "like_count": 5, "quote_count": 0},
                    "entities": {"hashtags": [{"start": 0, "end": 1, "tag": t} for t in post["tags"]],
                                 "mentions": [{"start": 0, "end": 1, "username": m, "id": "1"}
                                              for m in post["mentions"]],
                                 "urls": [{"start": 0, "end": 1, "url": u["url"], "expanded_url": u["expanded_url"],
                                           "display_url": u["display_url"]} for u in v1["urls"]]},
                }
                if post["media"]:
                    key = f"3_{post['id']}"
                    tweet["attachments"] = {"media_keys": [key]}
                    media.append({"media_key": key, "type": "photo", "width": 1200, "height": 800,
                                  "url": f"https://pbs.twimg.com/media/M{post['id'][-8:]}.jpg",
                                  "alt_text": "Candles at a vigil"})
                data.append(tweet)
            line = {"data": data, "includes": {"users": list(users.values()), "media": media},
                    "meta": {"result_count": len(data), "newest_id": data[0]["id"], "oldest_id": data[-1]["id"]},
                    "__twarc": {"url": "https://api.twitter.com/2/tweets/search/all?query=%23EndImpunity",
                                "version": "2.14.0", "retrieved_at": "2024-11-02T10:00:00+00:00"}}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


_PARSE = """
import sys, time, json, zipfile
start = time.perf_counter()
if sys.argv[1].endswith(".zip"):
    with zipfile.ZipFile(sys.argv[1]) as archive:
        text = archive.read("data/tweets.js").decode("utf-8")
    json.loads(text.partition("=")[2])
else:
    with open(sys.argv[1], "rb") as stream:
        for line in stream:
            json.loads(line)
print(time.perf_counter() - start)
"""


def run(scale: float, report: Report) -> None:
    count = max(100, int(FULL * scale))
    with tempfile.TemporaryDirectory(prefix="sw-bench-posts-") as folder:
        root = Path(folder)
        sources = {"X archive": root / "archive.zip", "twarc2 file": root / "collection.jsonl"}
        make_archive(sources["X archive"], count)
        make_twarc2(sources["twarc2 file"], count)
        for label, source in sources.items():
            seconds, added, peak, cpu = import_in_child(str(source), str(root / f"{source.stem}.storyweaver"))
            _t, _p, parsed = run_child(_PARSE, str(source))
            target = 4.0 * scale
            article = "an" if label[0] == "X" else "a"
            # The machine is shared: the load average says how far the wall time can be trusted.
            load = os.getloadavg()[0]
            report(f"import {count} posts from {article} {label}", float(seconds), "s", target,
                   f"{added} added, load average {load:.1f}")
            report(f"import {count} posts from {article} {label} (CPU time)", float(cpu), "s", None)
            report(f"peak memory importing the {label}", float(peak), "MiB", 400.0)
            report(f"{label} import / json.loads of the same JSON", float(seconds) / float(parsed.split()[-1]), "x",
                   None, f"json.loads {float(parsed.split()[-1]):.2f} s")
