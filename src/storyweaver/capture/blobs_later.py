"""The images and videos a Bluesky repository export left on the account's server, fetched when
the user asks (``storyweaver add ... --fetch-blobs``).

The export (``com.atproto.sync.getRepo``) carries records, not blobs; each such media keeps the
address of ``com.atproto.sync.getBlob``.  The fetch goes to the PDS configured now
(``STORYWEAVER_BLUESKY_PDS`` or Preferences), through the one network layer, and keeps bytes
only when they hash to the blob's CID: a server cannot hand over something else.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qs, quote, urlsplit

from storyweaver.capture.context import CaptureContext
from storyweaver.errors import CaptureError, StoryWeaverError
from storyweaver.i18n import _
from storyweaver.store.project import Project

_PATH = "/xrpc/com.atproto.sync.getBlob"
_MEDIA = ("image/", "video/")


def _sha256_of_cid(cid: str) -> bytes | None:
    """The SHA-256 a raw-codec CIDv1 names (base32 ``bafkrei...``), or None."""
    import libipld

    try:
        raw = libipld.decode_cid(cid)
    except ValueError:
        return None
    multihash = raw.get("hash") if isinstance(raw, dict) else None
    if not isinstance(multihash, dict) or multihash.get("code") != 0x12:
        return None
    digest = multihash.get("digest")
    return bytes(digest) if isinstance(digest, bytes | bytearray) else None


def fetch_waiting_blobs(project: Project, ctx: CaptureContext) -> list[StoryWeaverError]:
    """Fetch every media still waiting on a PDS; return what could not be fetched (one each)."""
    rows = project.query("SELECT item_id, position, url, mime FROM media WHERE sha256 IS NULL AND url LIKE ?",
                         (f"%{_PATH}?%",))
    problems: list[StoryWeaverError] = []
    pds = ctx.endpoints.bluesky_pds.rstrip("/")
    for done, (item_id, position, url, mime) in enumerate(rows, start=1):
        ctx.check_cancelled()
        ctx.progress(done, len(rows), url)
        query = parse_qs(urlsplit(url).query)
        did, cid = (query.get("did") or [""])[0], (query.get("cid") or [""])[0]
        expected = _sha256_of_cid(cid)
        address = f"{pds}{_PATH}?did={quote(did)}&cid={quote(cid)}"
        try:
            response = ctx.require_http().get(address, media=True)
        except CaptureError as exc:
            problems.append(exc)
            continue
        content_type = response.content_type or mime or "application/octet-stream"
        if expected is None or hashlib.sha256(response.content).digest() != expected:
            problems.append(CaptureError("broken-file", source=address, where="cid", reason=_("not the blob named")))
            continue
        if not content_type.startswith(_MEDIA) or "svg" in content_type:
            problems.append(CaptureError("not-an-image", source=address, reason=content_type))
            continue
        sha = project.put_blob(response.content, content_type)
        project.library.set_media_bytes(item_id, position, sha, content_type)
    return problems
