"""Stories with protected people in them, and an audit of what a public output gives away.

A *protected* thing is a redacted post's author (name, handle, profile and post address,
server host, post id, avatar, alt text, raw capture hash), or a briefing-only block (its
text and its images).  Each protected string carries a unique token, so the audit can look
for the token in every form a page may carry it (raw, HTML-unescaped, percent-decoded,
JSON-decoded), whatever hostile prefix surrounds it.  Every image a public output carries
(inlined ``data:`` URIs and files in ``assets/``) is decoded and compared, pixel by pixel,
with the unblurred originals it must never show, and checked for GPS EXIF.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote

from PIL import Image

from storyweaver.core.model import Author, Block, BlockType, Item, ItemKind, Media, Platform, Visibility
from storyweaver.store.project import Project

WHEN = datetime(2014, 11, 2, 9, 0, tzinfo=UTC)
GPS_IFD = 0x8825


def noise_image(seed: int, size: tuple[int, int] = (96, 72), *, gps: bool = False, fmt: str = "JPEG") -> bytes:
    """Random pixels: blurring changes them beyond doubt, so a leak is easy to tell."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", size, bytes(rng.randrange(256) for _ in range(size[0] * size[1] * 3)))
    out = io.BytesIO()
    if gps and fmt == "JPEG":
        exif = Image.Exif()
        exif.get_ifd(GPS_IFD).update({1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)})
        image.save(out, fmt, quality=95, exif=exif)
    else:
        image.save(out, fmt, quality=95) if fmt == "JPEG" else image.save(out, fmt)
    return out.getvalue()


def keep_every_plain_copy(path: Path) -> int:
    """The worst a project file can hold: every stored image kept prepared, unblurred, for every
    purpose (as exports made before a redaction, or for the briefing, would have kept them)."""
    from storyweaver.export.images import SIZES, prepare, recipe
    from storyweaver.store.keep_prepared import keep_in_file
    from storyweaver.store.prepared_images import PreparedRow

    rows = []
    with Project.open(path, readonly=True) as project:
        blobs = project.query("SELECT sha256, data FROM blobs WHERE mime LIKE 'image/%'")
    for sha, data in blobs:
        for purpose in SIZES:
            for square in (False, True):
                done = prepare(data, purpose, square=square)
                rows.append(PreparedRow(sha, recipe(purpose, redact=False, square=square), done.mime,
                                        done.width, done.height, done.data))
    return keep_in_file(path, rows)


@dataclass
class PostSpec:
    platform: Platform | None  # None: a web link card
    redacted: bool = False
    briefing: bool = False  # its block is briefing-only
    image: bool = True
    avatar: bool = True
    filler: str = ""  # a hostile string put in front of every field
    # The post's own audience (Mastodon's Status ``visibility``: public, unlisted, private = followers
    # only, direct), and whether the user decided to publish it.  A direct or followers-only post
    # not decided on is protected whatever its block says: only that decision may publish it.
    audience: str = ""
    confirmed: bool = False

    @property
    def held_back(self) -> bool:
        return self.audience in ("private", "direct") and not self.confirmed


@dataclass
class Secrets:
    tokens: set[str] = field(default_factory=set)  # lower-case; never in a public output
    images: list[bytes] = field(default_factory=list)  # originals never shown unblurred
    hashes: set[str] = field(default_factory=set)  # blob hashes never named


def build_story(path: Path, posts: list[PostSpec], *, briefing_heading: str = "", text_blocks: list[str] = (),
                seed: int = 0) -> Secrets:
    """A project at ``path`` with ``posts`` in the story; returns what must stay private."""
    secrets = Secrets()
    project = Project.create(path, title="Protected people")
    with project:
        items: list[tuple[Item, PostSpec]] = []
        for n, spec in enumerate(posts):
            items.append((_item(project, n + seed * 1000, spec, secrets), spec))
        project.library.add([item for item, _spec in items])
        with project.transaction():
            for n, text in enumerate(text_blocks):
                project.story.append(Block(BlockType.TEXT, f"{text} brieftext{seed}x{n}z",
                                           visibility=Visibility.BRIEFING))
                secrets.tokens.add(f"brieftext{seed}x{n}z")
            for item, spec in items:
                visibility = Visibility.BRIEFING if spec.briefing else Visibility.PUBLIC
                project.story.append(Block(BlockType.ITEM, item_id=item.id, caption=f"{spec.filler} caption",
                                           visibility=visibility))
            if briefing_heading:
                project.story.append(Block(BlockType.HEADING, f"{briefing_heading} briefhead{seed}z",
                                           visibility=Visibility.BRIEFING))
                secrets.tokens.add(f"briefhead{seed}z")
                hidden = Item(kind=ItemKind.NOTE, captured_at=WHEN, capture_method="test",
                              text=f"under a briefing heading briefsection{seed}z")
                project.library.add([hidden])
                project.story.append(Block(BlockType.ITEM, item_id=hidden.id))
                secrets.tokens.add(f"briefsection{seed}z")
    return secrets


def _item(project: Project, n: int, spec: PostSpec, secrets: Secrets) -> Item:
    protected = spec.redacted or spec.briefing or spec.held_back
    tag = f"q{n}k"
    fill = spec.filler.replace("\x00", "\ufffd")
    host = {Platform.X: "x.com", Platform.BLUESKY: "bsky.app"}.get(spec.platform, f"inst{tag}.example")  # type: ignore[arg-type]
    handle = f"hand{tag}"
    post_id = f"77{n:010d}"
    if spec.platform is Platform.BLUESKY:
        url = f"https://{host}/profile/{handle}.bsky.social/post/3k{post_id}"
    elif spec.platform is None:
        url = f"https://{host}/article/{post_id}"
    else:
        url = f"https://{host}/@{handle}/{post_id}"
    media: list[Media] = []
    if spec.image:
        data = noise_image(n * 3 + 1, gps=True)
        sha = project.put_blob(data, "image/jpeg")
        media.append(Media("image", sha, f"{fill} alt by altby{tag}", 96, 72, url=f"https://{host}/m/{tag}.jpg",
                           mime="image/jpeg"))
        if protected:
            secrets.images.append(data)
            secrets.hashes.add(sha)
    avatar_sha = None
    if spec.avatar and spec.platform is not None:
        avatar = noise_image(n * 3 + 2, (64, 64), fmt="PNG")
        avatar_sha = project.put_blob(avatar, "image/png")
        if protected:
            secrets.images.append(avatar)
            secrets.hashes.add(avatar_sha)
    raw = project.put_blob(json.dumps({"n": n}).encode(), "application/json")
    name = f"{fill} Name{tag}"
    text = f"{fill} #Tag{n} words by @{handle} see {url} wordsof{tag} #Solidarity"
    item = Item(
        kind=ItemKind.POST if spec.platform is not None else ItemKind.LINK,
        captured_at=WHEN, capture_method="test", platform=spec.platform, platform_id=post_id, url=url,
        title=f"{fill} title" if spec.platform is None else None, text=text,
        description=f"{fill} description" if spec.platform is None else None,
        author=Author(name, handle if spec.platform is not Platform.MASTODON else f"{handle}@{host}",
                      f"https://{host}/@{handle}", avatar_sha) if spec.platform is not None else None,
        site_name=f"{fill} site" if spec.platform is None else None,
        published=WHEN + timedelta(minutes=n), raw_sha256=raw, lang="en", hashtags=[f"Tag{n}"], media=media,
        extra={"content_warning": f"{fill} cw", **({"visibility": spec.audience} if spec.audience else {}),
               **({"publish_confirmed": True} if spec.confirmed else {})},
        redacted=spec.redacted,
    )
    if protected:
        secrets.tokens.update({f"name{tag}", handle, post_id})
        if spec.platform in (Platform.MASTODON, None):
            secrets.tokens.add(host)
        secrets.hashes.add(raw)
        if spec.briefing or spec.held_back:  # nothing of it at all, its words included
            secrets.tokens.update({f"wordsof{tag}", f"altby{tag}"})
        else:
            secrets.tokens.add(f"altby{tag}")  # the author's own description of their image
    return item


# -- the audit ---------------------------------------------------------------------------------

_DATA_URI = re.compile(r"data:image/[a-z+]+;base64,([A-Za-z0-9+/=]+)")


def _forms(text: str) -> str:
    once = html.unescape(text)
    return "\n".join({text, once, unquote(once), html.unescape(unquote(once))}).lower()


def public_files(target: Path) -> list[Path]:
    """Every file a public output consists of (a file, or a folder's files)."""
    return [target] if target.is_file() else sorted(p for p in target.rglob("*") if p.is_file())


def images_of(files: list[Path]) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for path in files:
        data = path.read_bytes()
        if path.suffix in (".jpg", ".png", ".webp", ".gif"):
            found.append((path.name, data))
            continue
        text = data.decode("utf-8", errors="replace").replace("\\/", "/")
        found.extend((path.name, base64.b64decode(m.group(1))) for m in _DATA_URI.finditer(text))
    return found


def _close(shown: Image.Image, original: bytes) -> bool:
    with Image.open(io.BytesIO(original)) as source:
        reference = source.convert("RGB").resize(shown.size, Image.Resampling.BICUBIC)
    a, b = shown.convert("RGB").tobytes(), reference.tobytes()
    step = max(1, len(a) // 30000)
    diff = sum(abs(x - y) for x, y in zip(a[::step], b[::step], strict=True)) / len(a[::step])
    return diff < 40  # random pixels against their blur differ by ~60 on average; a resize by < 25


def leaks(files: list[Path], secrets: Secrets) -> list[str]:
    """What in ``files`` identifies a protected person or block (empty when nothing does)."""
    problems: list[str] = []
    for path in files:
        data = path.read_bytes()
        text = _forms(data.decode("utf-8", errors="replace")) if path.suffix in (".html", ".json") else ""
        if path.suffix == ".json":
            text += "\n" + _forms(json.dumps(json.loads(data), ensure_ascii=False))
        for token in secrets.tokens:
            if token.lower() in text:
                problems.append(f"{path.name}: {token!r}")
        for sha in secrets.hashes:
            if sha[:16] in text or sha[:16] in path.name:
                problems.append(f"{path.name}: hash {sha[:16]}")
    originals = secrets.images
    for name, data in images_of(files):
        try:
            with Image.open(io.BytesIO(data)) as shown:
                shown.load()
                if shown.getexif().get_ifd(GPS_IFD):
                    problems.append(f"{name}: an image with GPS EXIF")
                for original in originals:
                    if _close(shown, original):
                        problems.append(f"{name}: an unblurred protected image "
                                        f"({hashlib.sha256(original).hexdigest()[:12]})")
        except OSError:
            problems.append(f"{name}: an image that does not decode")
    return problems
