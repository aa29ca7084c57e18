"""The archive X (Twitter) gives an account holder: a zip read in memory, member by member.

Modern layout (2019-): ``data/manifest.js``, ``data/tweets.js`` (or ``data/tweet.js``)
and ``tweets-partN.js`` parts, ``data/account.js``, ``data/note-tweet.js`` and media in
``data/tweets_media/<tweet id>-<file name>`` (older: ``tweet_media/``).  The 2012-2018
layout ("Grailbird"): ``data/js/tweets/YYYY_MM.js`` and ``data/js/user_details.js``.
"""

from __future__ import annotations

import mimetypes
import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from storyweaver.capture.archives import zipsafe
from storyweaver.capture.archives.jsstream import assigned_value, chunks_of, iter_assigned_array
from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.capture.importers._x_archive_parts.notes import NoteIndex
from storyweaver.capture.posts.common import x_profile_url
from storyweaver.capture.posts.x_post import RefusedPost
from storyweaver.capture.posts.x_v1 import item_from_v1
from storyweaver.capture.skipped_lines import SkippedLines
from storyweaver.core.model import Author, Media
from storyweaver.errors import CaptureError
from storyweaver.i18n import _

PRIORITY = 20
METHOD = "x-archive"
_TWEET_FILE = re.compile(r"(?:^|/)data/tweets?(?:-part\d+)?\.js$")
_GRAILBIRD_FILE = re.compile(r"(?:^|/)data/js/tweets/\d{4}_\d{2}\.js$")
_NOTE_FILE = re.compile(r"(?:^|/)data/note-tweet(?:-part\d+)?\.js$")
_MEDIA_DIRS = ("data/tweets_media/", "data/tweet_media/", "tweet_media/")


def can_read(path: Path) -> bool:
    if path.is_dir():  # an archive the user already unzipped
        data = path / "data"
        known = ("manifest.js", "tweets.js", "tweet.js")
        return any((data / n).is_file() for n in known) or (data / "js" / "tweets").is_dir()
    if not path.is_file() or not zipfile.is_zipfile(path):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    return any(_TWEET_FILE.search(n) or _GRAILBIRD_FILE.search(n) or n.endswith("data/manifest.js") for n in names)


class _Archive:
    def __init__(self, members: zipsafe.ZipMembers | zipsafe.FolderMembers, path: Path, ctx: CaptureContext,
                 sink: CaptureSink) -> None:
        self.members = members
        self.path = path
        self.ctx = ctx
        self.sink = sink
        self.names: set[str] = set()
        for name in members.names():
            if zipsafe.safe_name(name):
                self.names.add(name)
            else:
                ctx.warn(CaptureError("member-refused", source=str(path), member=name, reason=_("unsafe name")))
        self.root = self._root()
        self.media: dict[str, str] = {}  # "<tweet id>-<file name>" -> member
        for name in self.names:
            relative = name[len(self.root):]
            for folder in _MEDIA_DIRS:
                if relative.startswith(folder) and len(relative) > len(folder):
                    self.media[relative[len(folder):]] = name

    def _root(self) -> str:
        """Archives re-zipped by hand often sit in one top folder; find where ``data/`` is."""
        for name in sorted(self.names, key=len):
            index = name.find("data/")
            if index >= 0 and (index == 0 or name[index - 1] == "/"):
                return name[:index]
        return ""

    def read(self, name: str, limit: int = zipsafe.DATA_LIMIT) -> bytes | None:
        return self.members.read(name, self.ctx.warn, limit)

    def source(self, name: str) -> str:
        return f"{self.path} ({name})"

    def small_value(self, relative: str) -> Any:
        name = self.root + relative
        if name not in self.names:
            return None
        data = self.read(name)
        return assigned_value(data, self.source(name)) if data is not None else None

    # -- what the archive holds ---------------------------------------------------------

    def manifest(self) -> dict[str, Any]:
        value = self.small_value("data/manifest.js")
        return value if isinstance(value, dict) else {}

    def tweet_files(self, manifest: dict[str, Any]) -> list[str]:
        listed = ((manifest.get("dataTypes") or {}).get("tweets") or {}).get("files") or []
        names = [self.root + f["fileName"] for f in listed if isinstance(f, dict) and f.get("fileName")]
        names = [n for n in names if n in self.names]
        if not names:
            names = sorted(n for n in self.names if n.startswith(self.root) and _TWEET_FILE.search(n))
        return names or sorted(n for n in self.names if _GRAILBIRD_FILE.search(n))

    def account(self, manifest: dict[str, Any]) -> Author | None:
        value = self.small_value("data/account.js")
        entry = (value[0] or {}).get("account") if isinstance(value, list) and value else None
        if not isinstance(entry, dict):
            info = manifest.get("userInfo") or {}
            entry = {"username": info.get("userName"), "accountDisplayName": info.get("displayName")}
        if not entry.get("username"):
            details = self.small_value("data/js/user_details.js")
            if isinstance(details, dict):
                entry = {"username": details.get("screen_name"), "accountDisplayName": details.get("full_name")}
        handle = entry.get("username")
        if not handle:
            return None
        return Author(name=entry.get("accountDisplayName") or handle, handle=handle, url=x_profile_url(handle))

    def notes(self) -> NoteIndex:
        index = NoteIndex()
        for name in sorted(n for n in self.names if _NOTE_FILE.search(n)):
            value = assigned_value(self.read(name) or b"x=[]", self.source(name))
            for entry in value if isinstance(value, list) else ():
                note = entry.get("noteTweet") if isinstance(entry, dict) else None
                if isinstance(note, dict):
                    index.add(note)
        return index

    def find_media(self, tweet_id: str, entity: dict[str, Any]) -> Media | None:
        """The media file the archive keeps for this post, stored as a blob."""
        if not self.media:
            return None
        address = entity.get("media_url_https") or entity.get("media_url") or ""
        variants = (entity.get("video_info") or {}).get("variants") or []
        best = max((v for v in variants if v.get("content_type") == "video/mp4"),
                   key=lambda v: int(v.get("bitrate") or 0), default=None)
        if best is not None:
            address = best.get("url") or address
        file_name = PurePosixPath(address.split("?")[0]).name
        member = self.media.get(f"{tweet_id}-{file_name}")
        if member is None:
            return None
        data = self.read(member, zipsafe.MEDIA_LIMIT)
        if data is None:
            return None
        from storyweaver.capture.posts.x_v1 import media_from_entity

        mime = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        media = media_from_entity(entity)
        media.sha256 = self.sink.put_blob(data, mime)
        media.mime = mime
        return media


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    """Import every post of the archive (a zip, or the folder it was unzipped into); a refused
    member is skipped with a warning."""
    if path.is_dir():
        _read(_Archive(zipsafe.FolderMembers(path), path, ctx, sink), sink, ctx)
        return
    try:
        archive_file = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise CaptureError("broken-file", source=str(path), where=_("the zip directory"), reason=str(exc)) from None
    with archive_file:
        _read(_Archive(zipsafe.ZipMembers(archive_file, path), path, ctx, sink), sink, ctx)


def _read(archive: _Archive, sink: CaptureSink, ctx: CaptureContext) -> None:
    path = archive.path
    manifest = archive.manifest()
    account = archive.account(manifest)
    notes = archive.notes()
    captured_at = ctx.clock()
    done = 0
    skipped = SkippedLines(str(path))
    for name in archive.tweet_files(manifest):
        data = archive.read(name)
        if data is None:
            continue
        packed = archive.members.packed(name)
        raw_sha = sink.put_blob(packed, "application/gzip") if packed else sink.put_blob(data, "text/javascript")
        for index, element in enumerate(iter_assigned_array(chunks_of(data), archive.source(name))):
            tweet = element.get("tweet", element) if isinstance(element, dict) else None
            if not isinstance(tweet, dict) or not (tweet.get("id_str") or tweet.get("id")):
                where = _("post {number}").format(number=index + 1)
                raise CaptureError("broken-file", source=archive.source(name), where=where,
                                   reason=_("a post without an id"))
            try:
                item = item_from_v1(tweet, method=METHOD, captured_at=captured_at, raw_sha256=raw_sha,
                                    account=account, find_media=archive.find_media)
            except RefusedPost as refused:  # an id that is not a number, an impossible date
                skipped.refuse(refused.reason)
                continue
            item.extra["raw"] = f"{name}#{index}"  # where in the raw blob (the member) this post is
            if notes:
                notes.apply(item)
            sink.add(item)
            done += 1
            if not done % 5000:
                ctx.check_cancelled()
                ctx.progress(done, None, str(path))
        del data
    skipped.report(ctx, anything_kept=True)
