"""Importing the open networks' own exports at campaign scale: a 50,000-post Mastodon account
archive (``.tar.gz``, as ``BackupService`` writes it) and a 50,000-record Bluesky repository
(``.car``).  Each import runs in a child process into a fresh project (time, peak memory)
and is compared, in the same run, with decoding the same file alone (gunzip + ``json.loads``
of ``outbox.json``; ``libipld.decode_car`` of the CAR), the floor any importer stands on.
"""

from __future__ import annotations

import io
import json
import os
import random
import tarfile
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storyweaver.bench._measure import compiled_as_installed, import_in_child, run_child

NAME = "archives"
ORDER = 25
FULL = 50_000
_WORDS = ["journalists", "justice", "impunity", "vigil", "solidarity", "newsroom", "courts", "🕯️", "liberté",
          "presse", "صحافة", "remember", "colleagues", "accountability"]
Report = Callable[..., None]
HOST = "mastodon.example"
ME = f"https://{HOST}/users/desk"


def _words(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(8, 24)))


def make_mastodon_archive(path: Path, count: int) -> None:
    """A Mastodon archive: outbox of ``count`` activities (a tenth boosts, some with media)."""
    rng = random.Random(17)
    start = datetime(2024, 11, 1, tzinfo=UTC)
    items = []
    media: list[tuple[str, bytes]] = []
    for n in range(count):
        moment = (start + timedelta(seconds=n * 50)).strftime("%Y-%m-%dT%H:%M:%SZ")
        uri = f"{ME}/statuses/{113000000000000000 + n}"
        if n % 10 == 9:
            items.append({"id": f"{uri}/activity", "type": "Announce", "actor": ME, "published": moment,
                          "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [f"{ME}/followers"],
                          "object": f"https://other.example/users/member/statuses/{n}"})
            continue
        content = (f'<p>{_words(rng)} <a href="https://{HOST}/tags/EndImpunity" class="mention hashtag" rel="tag">'
                   f'#<span>EndImpunity</span></a></p>')
        note = {"id": uri, "type": "Note", "summary": None, "inReplyTo": None, "published": moment,
                "url": f"https://{HOST}/@desk/{113000000000000000 + n}", "attributedTo": ME,
                "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [f"{ME}/followers"],
                "sensitive": False, "content": content, "contentMap": {"en": content}, "attachment": [],
                "tag": [{"type": "Hashtag", "href": f"https://{HOST}/tags/endimpunity", "name": "#endimpunity"}]}
        if n % 50 == 0 and len(media) < 200:
            name = f"media_attachments/files/113/000/{n:06d}/original/{n:06d}.jpg"
            media.append((name, b"\xff\xd8\xff" + str(n).encode() * 200))
            note["attachment"] = [{"type": "Document", "mediaType": "image/jpeg", "url": name,
                                   "name": "Candles at a vigil", "blurhash": "UFD]o8", "focalPoint": [0.0, 0.0]}]
        items.append({"id": f"{uri}/activity", "type": "Create", "actor": ME, "published": moment,
                      "to": note["to"], "cc": note["cc"], "object": note})
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": count, "orderedItems": items}
    actor = {"id": ME, "type": "Person", "preferredUsername": "desk", "name": "Campaign Desk",
             "url": f"https://{HOST}/@desk", "outbox": "outbox.json"}

    def add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))

    with tarfile.open(path, "w:gz", compresslevel=1) as archive:
        for name, data in media:
            add(archive, name, data)
        add(archive, "outbox.json", json.dumps(outbox, ensure_ascii=False).encode())
        add(archive, "actor.json", json.dumps(actor).encode())


def make_bluesky_repo(path: Path, count: int) -> None:
    """A repository CAR of ``count`` records: posts with facets, a tenth reposts, a profile."""
    from storyweaver.bench._bluesky_repo import RepoWriter

    rng = random.Random(18)
    did = "did:plc:benchbenchbenchbenchbe"
    start = datetime(2024, 11, 1, tzinfo=UTC)
    records: dict[str, object] = {"app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile",
                                                                  "displayName": "Campaign Desk"}}
    for n in range(count - 1):
        moment = (start + timedelta(seconds=n * 50)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        rkey = f"3kb{n:010d}"
        if n % 10 == 9:
            records[f"app.bsky.feed.repost/{rkey}"] = {
                "$type": "app.bsky.feed.repost", "createdAt": moment,
                "subject": {"uri": f"at://did:plc:other/app.bsky.feed.post/3x{n:010d}",
                            "cid": "bafyreihchtmrzqkyypcplxvxrtv6a6dyyqzzrkfegfduzgtu5t5a3dt7hu"}}
            continue
        text = f"{_words(rng)} #EndImpunity"
        tag = text.encode().rindex(b"#EndImpunity")
        records[f"app.bsky.feed.post/{rkey}"] = {
            "$type": "app.bsky.feed.post", "text": text, "createdAt": moment, "langs": ["en"],
            "facets": [{"$type": "app.bsky.richtext.facet", "index": {"byteStart": tag, "byteEnd": tag + 12},
                        "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "EndImpunity"}]}]}
    path.write_bytes(RepoWriter(did).car(records))


_RUNS = 3

_DECODE = """
import sys, time
start, cpu = time.perf_counter(), time.process_time()
if sys.argv[1].endswith(".car"):
    import libipld
    with open(sys.argv[1], "rb") as stream:
        libipld.decode_car(stream.read())
else:
    import json, tarfile
    with tarfile.open(sys.argv[1], "r:gz") as archive:
        for info in archive:
            if info.name == "outbox.json":
                json.loads(archive.extractfile(info).read())
print(time.perf_counter() - start, time.process_time() - cpu)
"""


def run(scale: float, report: Report) -> None:
    count = max(100, int(FULL * scale))
    with tempfile.TemporaryDirectory(prefix="sw-bench-archives-") as folder:
        root = Path(folder)
        sources = {"Mastodon archive": root / "archive-20241107.tar.gz", "Bluesky repository": root / "repo.car"}
        make_mastodon_archive(sources["Mastodon archive"], count)
        make_bluesky_repo(sources["Bluesky repository"], count)
        compiled = compiled_as_installed()  # the decoding child compiles nothing of ours: neither may the import
        for label, source in sources.items():
            # The same child's CPU time varies by a quarter from one run to the next on this shared
            # machine, the floor's as much as the import's: each is the best of three runs,
            # alternating, as timeit takes its best, so that the ratio compares like with like.
            imports, decodes = [], []
            for attempt in range(_RUNS):
                imports.append(import_in_child(str(source), str(root / f"{source.stem}-{attempt}.storyweaver")))
                _t, _p, decoded = run_child(_DECODE, str(source))
                decodes.append(tuple(float(v) for v in decoded.split()[-2:]))
            seconds, cpu = min(run[0] for run in imports), min(run[3] for run in imports)
            decode_seconds, decode_cpu = min(run[0] for run in decodes), min(run[1] for run in decodes)
            added, peak = imports[0][1], max(run[2] for run in imports)
            # The machine is shared: the load average says how far the wall time can be trusted.
            note = f"{added} added, load average {os.getloadavg()[0]:.1f}; {compiled}"
            report(f"import {count} records from a {label}", seconds, "s", None, note)
            report(f"import {count} records from a {label} (CPU time)", cpu, "s", None)
            report(f"peak memory importing the {label}", peak, "MiB", 400.0)
            # CPU time is the fair ratio on a shared machine (eight engineers, two cores); wall time too.
            report(f"{label} import / decoding it alone (CPU time)", cpu / decode_cpu, "x", 4.0,
                   f"decoding alone {decode_cpu:.2f} s CPU")
            report(f"{label} import / decoding it alone (wall time)", seconds / decode_seconds, "x", None,
                   f"decoding alone {decode_seconds:.2f} s")
