"""A CAR v1 file (Content Addressable aRchive) as a Bluesky repository export holds it, read with limits.

Framing (https://ipld.io/specs/transport/car/carv1/): a varint length and a DAG-CBOR header
``{"version": 1, "roots": [CID]}``, then blocks, each a varint length, a CID and the bytes.
The repository (https://atproto.com/specs/repository): the root is the signed commit
``{did, version: 3, data, rev, prev, sig}``; ``data`` is the Merkle Search Tree, whose nodes
``{l, e: [{p, k, v, t}]}`` map ``collection/rkey`` (prefix-compressed) to record CIDs.

Blocks are indexed by CID and decoded only when asked (DAG-CBOR by libipld, chosen by
measurement: see BENCHMARKS.md); a block too large, a tree that loops or nests too deep,
and a file that ends inside a block are refused with one clear reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from hashlib import sha256
from typing import Any

import libipld

from storyweaver.errors import CaptureError
from storyweaver.i18n import _

RECORD_LIMIT = 2 * 1024 * 1024  # a DAG-CBOR block: records are at most 1 MiB in atproto
BLOB_LIMIT = 64 * 1024 * 1024  # a raw block (an image or video kept in the export)
MAX_DEPTH = 128  # a real tree of millions of records is about ten levels deep
DAG_CBOR = 0x71
RAW = 0x55
DAG_PB = 0x70
_DAG_CBOR_SHA256 = b"\x01\x71\x12\x20"


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("a length that never ends")
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            return value, pos
        shift += 7


def _cid_end(data: bytes, pos: int) -> tuple[int, int]:
    """(end of the CID starting at ``pos``, its codec); CIDv0 is a bare 34-byte sha2-256 multihash."""
    if data[pos] == 0x12 and pos + 1 < len(data) and data[pos + 1] == 0x20:
        return pos + 34, DAG_PB  # never a record
    version, pos = _varint(data, pos)
    if version != 1:
        raise ValueError(f"a CID of version {version}")
    codec, pos = _varint(data, pos)
    _hash, pos = _varint(data, pos)
    length, pos = _varint(data, pos)
    return pos + length, codec


def cid_text(cid: bytes) -> str:
    return str(libipld.encode_cid(cid))


class CarFile:
    """The blocks of a CAR, by CID, decoded on demand."""

    def __init__(self, data: bytes, source: str) -> None:
        self.source = source
        self._data = data  # sliced into each block's own bytes when asked
        self._blocks: dict[bytes, tuple[int, int, int]] = {}  # cid -> (start, end, codec)
        try:
            self.roots = self._read_header()
            self._index()
        except (ValueError, IndexError) as exc:
            raise self.error(str(exc)) from None

    def error(self, reason: str) -> CaptureError:
        return CaptureError("broken-file", source=self.source, where=_("the CAR blocks"), reason=reason)

    def _read_header(self) -> list[bytes]:
        length, pos = _varint(self._data, 0)
        if length > 64 * 1024 or pos + length > len(self._data):
            raise ValueError("a header larger than the file")
        header = libipld.decode_dag_cbor(self._data[pos:pos + length])
        if not isinstance(header, dict) or header.get("version") != 1 or not header.get("roots"):
            raise ValueError("not a CAR version 1 with a root")
        self._start = pos + length
        return [bytes(r) for r in header["roots"]]

    def _index(self) -> None:
        data, pos = self._data, self._start
        size = len(data)
        while pos < size:
            first = data[pos]
            if first < 0x80:  # most blocks: a one- or two-byte length, a 36-byte DAG-CBOR CID
                length, body = first, pos + 1
            elif pos + 1 < size and data[pos + 1] < 0x80:  # a record of 128 bytes to 16 KiB: inline, not a call
                length, body = (first & 0x7F) | data[pos + 1] << 7, pos + 2
            else:
                length, body = _varint(data, pos)
            end = body + length
            if end > size:
                raise ValueError(_("the file ends inside a block"))
            if data.startswith(_DAG_CBOR_SHA256, body):
                cid_end, codec = body + 36, DAG_CBOR
            else:
                cid_end, codec = _cid_end(data, body)
            limit = BLOB_LIMIT if codec == RAW else RECORD_LIMIT
            if end - cid_end > limit:
                raise ValueError(_("a block of {size} MiB, more than the {limit} MiB allowed").format(
                    size=(end - cid_end) // (1024 * 1024), limit=limit // (1024 * 1024)))
            self._blocks[data[body:cid_end]] = (cid_end, end, codec)
            pos = end

    def __len__(self) -> int:
        return len(self._blocks)

    def raw(self, cid: bytes) -> bytes | None:
        """A raw block's bytes when the export carries it and they match their CID."""
        found = self._blocks.get(cid)
        if found is None or found[2] != RAW:
            return None
        data = self._data[found[0]:found[1]]
        return data if cid[-32:] == sha256(data).digest() else None

    def decoded(self, cid: bytes) -> Any:
        found = self._blocks.get(cid)
        if found is None:
            return None
        block = self._data[found[0]:found[1]]
        if cid.startswith(_DAG_CBOR_SHA256) and cid[4:] != sha256(block).digest():
            # A block under another block's name could make the tree point at itself.
            raise self.error(_("block {cid} does not match its content").format(cid=cid_text(cid)))
        try:
            return libipld.decode_dag_cbor(block)
        except (ValueError, TypeError) as exc:
            reason = _("block {cid} is not DAG-CBOR ({reason})").format(cid=cid_text(cid), reason=exc)
            raise self.error(reason) from None

    def commit(self) -> dict[str, Any]:
        commit = self.decoded(self.roots[0])
        if not isinstance(commit, dict) or not commit.get("did") or not isinstance(commit.get("data"), bytes):
            raise self.error(_("the root is not a repository commit"))
        return commit

    def records(self, tree: bytes) -> Iterator[tuple[str, bytes]]:
        """(``collection/rkey``, record CID) for every entry of the tree, in key order."""
        seen: set[bytes] = set()
        # Depth-first, left to right; the stack holds (node cid, depth) and ("key", ...) entries.
        stack: list[tuple[str, Any, int]] = [("node", tree, 0)]
        while stack:
            kind, value, depth = stack.pop()
            if kind == "entry":
                yield value
                continue
            if value in seen:
                raise self.error(_("the record tree loops back on itself"))
            if depth > MAX_DEPTH:
                raise self.error(_("the record tree is nested too deep"))
            seen.add(value)
            node = self.decoded(value)
            if node is None:
                continue  # a partial export (``since``) leaves untouched subtrees out
            if not isinstance(node, dict) or not isinstance(node.get("e"), list):
                raise self.error(_("block {cid} is not a tree node").format(cid=cid_text(value)))
            pending: list[tuple[str, Any, int]] = []
            if isinstance(node.get("l"), bytes):
                pending.append(("node", node["l"], depth + 1))
            key = b""
            for entry in node["e"]:
                key = key[:int(entry["p"])] + bytes(entry["k"])
                pending.append(("entry", (key.decode("utf-8", "replace"), bytes(entry["v"])), depth))
                if isinstance(entry.get("t"), bytes):
                    pending.append(("node", entry["t"], depth + 1))
            stack.extend(reversed(pending))
