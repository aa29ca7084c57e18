"""Write a Bluesky repository export (a CAR v1 file) from records, for tests and the bench.

The framing and the commit follow https://atproto.com/specs/repository and the CAR v1 spec;
the records are the lexicons' shapes (``lexicons/app/bsky/feed/post.json`` ...).  The tree
is a valid search tree (keys in order, ``l``/``t`` subtrees, prefix-compressed ``k``) but
not laid out by key-hash layers as a PDS does: readers, ours included, never rely on that.
The commit's signature is 64 placeholder bytes (nothing here is a real account).
"""

from __future__ import annotations

import hashlib
from typing import Any

import libipld

FANOUT = 32


def cid_of(block: bytes, codec: int = 0x71) -> bytes:
    """CIDv1, sha2-256, of a DAG-CBOR (0x71) or raw (0x55) block."""
    return bytes([0x01, codec, 0x12, 0x20]) + hashlib.sha256(block).digest()


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


class RepoWriter:
    def __init__(self, did: str) -> None:
        self.did = did
        self.blocks: dict[bytes, bytes] = {}

    def put(self, value: Any) -> bytes:
        block = libipld.encode_dag_cbor(value)
        cid = cid_of(block)
        self.blocks[cid] = block
        return cid

    def put_blob(self, data: bytes) -> bytes:
        cid = cid_of(data, 0x55)
        self.blocks[cid] = data
        return cid

    def _tree(self, entries: list[tuple[bytes, bytes]]) -> bytes:
        """A node for sorted (key, record cid) entries: leaves of FANOUT, separators above."""
        if len(entries) <= FANOUT:
            return self._node(None, [(k, v, None) for k, v in entries])
        size = FANOUT + 1
        rest = entries[FANOUT:]
        chunks = [rest[i:i + size] for i in range(0, len(rest), size)]
        rows = [(chunk[0][0], chunk[0][1], self._tree(chunk[1:]) if chunk[1:] else None) for chunk in chunks]
        return self._node(self._tree(entries[:FANOUT]), rows)

    def _node(self, left: bytes | None, rows: list[tuple[bytes, bytes, bytes | None]]) -> bytes:
        previous = b""
        encoded = []
        for key, value, right in rows:
            prefix = 0
            while prefix < min(len(key), len(previous)) and key[prefix] == previous[prefix]:
                prefix += 1
            encoded.append({"k": key[prefix:], "p": prefix, "t": right, "v": value})
            previous = key
        return self.put({"e": encoded, "l": left})

    def car(self, records: dict[str, Any], extra_blocks: bool = True) -> bytes:
        """The CAR of a repository holding ``records`` (``collection/rkey`` -> record)."""
        entries = sorted((key.encode(), self.put(value)) for key, value in records.items())
        data = self._tree(entries)
        commit = self.put({"did": self.did, "version": 3, "data": data, "rev": "3l5q5fjentc2d", "prev": None,
                           "sig": b"\x00" * 64})
        header = libipld.encode_dag_cbor({"roots": [commit], "version": 1})
        out = [_varint(len(header)), header]
        for cid, block in self.blocks.items():
            if not extra_blocks and cid[1] == 0x55:
                continue
            out += [_varint(len(cid) + len(block)), cid, block]
        return b"".join(out)


def blob_ref(cid: bytes, mime: str, size: int) -> dict[str, Any]:
    return {"$type": "blob", "ref": cid, "mimeType": mime, "size": size}
