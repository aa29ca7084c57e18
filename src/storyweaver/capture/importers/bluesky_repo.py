"""A Bluesky repository export: the ``.car`` file of Settings > Account > Export my data
(``com.atproto.sync.getRepo``), alone or in a folder with the account's blobs saved beside it
(files named by their CID, as ``com.atproto.sync.getBlob`` serves them).

Every ``app.bsky.feed.post`` becomes a post, every ``app.bsky.feed.repost`` a repost, the
``app.bsky.actor.profile/self`` record the author.  Likes, follows, blocks and the other
``app.bsky``/``chat.bsky`` collections are not material for a story and are left out;
a record of a kind no lexicon we know names is counted and said.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from storyweaver.capture.archives import bluesky_records as records
from storyweaver.capture.archives.car import CarFile, cid_text
from storyweaver.capture.context import CaptureContext, CaptureSink
from storyweaver.core.model import Platform
from storyweaver.errors import CaptureError
from storyweaver.i18n import _
from storyweaver.store.item_rows import RowMaker

PRIORITY = 19
METHOD = "bluesky-repo"
LIMIT = 2 * 1024 * 1024 * 1024
_KNOWN_FAMILIES = ("app.bsky.", "chat.bsky.", "com.atproto.")


def _car_in(path: Path) -> Path | None:
    if path.is_dir():
        cars = sorted(p for p in path.iterdir() if p.suffix.lower() == ".car" and p.is_file())
        return cars[0] if len(cars) == 1 else None
    return path if path.is_file() and path.suffix.lower() == ".car" else None


def can_read(path: Path) -> bool:
    car = _car_in(path)
    if car is None:
        return False
    try:
        with car.open("rb") as stream:
            head = stream.read(128)
    except OSError:
        return False
    return b"roots" in head and b"version" in head


class _Blobs:
    """Blob bytes from the CAR's own raw blocks or from files beside it, checked against their CID."""

    def __init__(self, car: CarFile, folder: Path | None, sink: CaptureSink) -> None:
        self._car = car
        self._sink = sink
        self._files = ({p.stem: p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() != ".car"}
                       if folder else {})
        self._kept: dict[bytes, tuple[str, str] | None] = {}

    def keep(self, cid: bytes, mime: str) -> tuple[str, str] | None:
        if cid not in self._kept:
            self._kept[cid] = self._find(cid, mime or "application/octet-stream")
        return self._kept[cid]

    def _find(self, cid: bytes, mime: str) -> tuple[str, str] | None:
        data = self._car.raw(cid)
        if data is None:
            beside = self._files.get(cid_text(cid))
            if beside is not None and beside.stat().st_size <= 64 * 1024 * 1024:
                data = beside.read_bytes()
                if cid[-32:] != hashlib.sha256(data).digest():
                    return None  # not the blob it claims to be
        return (self._sink.put_blob(data, mime), mime) if data is not None else None


def read(path: Path, sink: CaptureSink, ctx: CaptureContext) -> None:
    car_path = _car_in(path)
    if car_path is None:
        raise CaptureError("unsupported-source", source=str(path))
    if car_path.stat().st_size > LIMIT:
        raise CaptureError("broken-file", source=str(car_path), where=_("the top"), reason=_("larger than 2 GiB"))
    data = car_path.read_bytes()
    car = CarFile(data, str(car_path))
    commit = car.commit()
    did = str(commit["did"])
    blobs = records.BlobPlace(did, ctx.endpoints.bluesky_pds, _Blobs(car, path if path.is_dir() else None,
                                                                        sink).keep)
    entries = list(car.records(commit["data"]))
    ctx.check_cancelled()
    profile = next((car.decoded(cid) for key, cid in entries if key == f"{records.PROFILE}/self"), None)
    author = records.author_from_record(did, profile, blobs)
    raw = sink.put_blob(data, "application/vnd.ipld.car")
    del data
    rows = RowMaker(Platform.BLUESKY, METHOD, ctx.clock(), raw, "Bluesky")
    unknown = done = 0
    decoded, make, add = car.decoded, records.row_from_record, sink.add_row  # looked up once: 50,000 records
    wanted = (records.POST, records.REPOST)
    for number, (key, cid) in enumerate(entries, start=1):
        collection = key.partition("/")[0]
        if collection not in wanted:
            unknown += not collection.startswith(_KNOWN_FAMILIES)
            continue
        record = decoded(cid)
        row = (make(did, key, record, cid_text(cid), author=author, blobs=blobs, rows=rows)
               if isinstance(record, dict) and record.get("$type") == collection else None)
        if row is None:
            unknown += 1
            continue
        add(row)
        done += 1
        if not number % 5000:
            ctx.check_cancelled()
            ctx.progress(done, len(entries), str(path))
    if unknown:
        ctx.warn(CaptureError("records-unknown", source=str(path), count=unknown))
    if blobs.later:
        ctx.warn(CaptureError("blobs-later", source=str(path), count=blobs.later, pds=blobs.pds))
