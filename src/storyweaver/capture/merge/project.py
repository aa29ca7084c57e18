"""Merge a colleague's project into this one: library, media, protections, optionally the story.

    report = merge_project(target, Path("colleague.storyweaver"), with_story=True)

The other file is opened read-only with the same checks as any project (a newer schema,
foreign schema objects or damage are refused before anything is written) and checked
whole (``PRAGMA quick_check``).  Everything is then written in one transaction, so a
refusal or an error leaves the target as it was.

- Items are the same when their dedupe key (platform id, image content hash, address) or
  their raw capture's content hash is the same; a known item keeps its row and gains the
  other project's provenance (``extra["provenance"]``: who captured it, for which
  organisation, when and how), so both captures are remembered.
- Protection is never lost: a redaction in either project redacts the merged item, and an
  item briefing-only in the other story is made briefing-only in this one too.
- Media blobs are copied by content hash, each checked against its hash.
- With ``with_story`` the other story is appended as a new section, once: the target
  remembers each merged project (``merged:<its id>`` in meta), so merging twice changes
  nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyweaver.core.model import Block, BlockType, Visibility
from storyweaver.core.timefmt import to_stored
from storyweaver.errors import ProjectError
from storyweaver.store.opening import DAMAGE
from storyweaver.store.project import Project

CURATOR, CURATOR_ORGANISATION = "curator", "curator_organisation"  # meta keys, editable per project


@dataclass(slots=True)
class MergeReport:
    added: list[int] = field(default_factory=list)  # new items in the target
    existing: list[int] = field(default_factory=list)  # items the target already had
    redacted: int = 0  # target items redacted because the other project redacts them
    briefing: int = 0  # target blocks made briefing-only because the other story marks them so
    blobs: int = 0  # media files copied
    story_blocks: int = 0  # blocks appended as a new section (0 if not asked or already merged)


def project_identity(project: Project) -> str:
    """A stable name for a project: its recorded id, else a hash of its creation time (which a
    rename or a new title leaves as it is)."""
    known = project.meta("project_id")
    if known:
        return known
    seed = project.meta("created_at") or project.title
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:32]


def _origin(project: Project) -> dict[str, Any]:
    """What every provenance entry from ``project`` says about who captured it."""
    return {"project": project_identity(project), "project_title": project.title,
            "curator": project.meta(CURATOR) or "",
            "organisation": project.meta(CURATOR_ORGANISATION) or project.meta("organisation") or ""}


def _with_provenance(extra: dict[str, Any], entries: list[dict[str, Any]]) -> dict[str, Any] | None:
    """``extra`` with ``entries`` added to its provenance, or None if it already had them all."""
    known = extra.get("provenance")
    listed: list[dict[str, Any]] = [e for e in known if isinstance(e, dict)] if isinstance(known, list) else []
    new = [e for e in entries if not any(
        k.get("project") == e["project"] and k.get("captured_at") == e["captured_at"] for k in listed)]
    return {**extra, "provenance": [*listed, *new]} if new else None


@dataclass(slots=True, frozen=True)
class _Incoming:
    """One of the other project's items, as far as matching needs it (no full decoding)."""

    id: int
    dedupe_key: str | None
    url: str | None
    raw_sha256: str | None
    captured_at: str
    capture_method: str
    redacted: bool


def _open_source(path: Path) -> tuple[Project, list[_Incoming], list[Block]]:
    source = Project.open(path, readonly=True)
    try:
        (verdict,) = source.query("PRAGMA quick_check(1)")[0]
        if verdict != "ok":
            raise ProjectError("corrupt", path=str(path), reason=str(verdict))
        rows = source.query("SELECT id, dedupe_key, url, raw_sha256, captured_at, capture_method, redacted "
                            "FROM items ORDER BY id")
        incoming = [_Incoming(int(r[0]), r[1], r[2], r[3], str(r[4]), str(r[5]), bool(r[6])) for r in rows]
        return source, incoming, source.story.blocks()
    except DAMAGE as exc:
        source.close()
        raise ProjectError("corrupt", path=str(path), reason=str(exc)) from exc
    except BaseException:
        source.close()
        raise


def _copy_blobs(source: Project, conn: sqlite3.Connection, path: Path) -> int:
    have = {row[0] for row in conn.execute("SELECT sha256 FROM blobs")}
    wanted = [row[0] for row in source.query("SELECT sha256 FROM blobs") if row[0] not in have]
    for sha in wanted:
        found = source.get_blob(sha)
        if found is None:
            continue
        data, mime = found
        if hashlib.sha256(data).hexdigest() != sha:
            raise ProjectError("corrupt", path=str(path), reason=f"media {sha[:12]}… does not match its hash")
        conn.execute("INSERT INTO blobs (sha256, mime, size, data) VALUES (?, ?, ?, ?)",
                     (sha, mime, len(data), data))
    return len(wanted)


def _lookup(conn: sqlite3.Connection, sql: str, keys: set[str]) -> dict[str, int]:
    """``{key: item id}`` for the keys this project knows, in one query (``sql`` takes a JSON list)."""
    if not keys:
        return {}
    return dict(conn.execute(sql, (json.dumps(sorted(keys)),)))


def _matches(conn: sqlite3.Connection, items: list[_Incoming]) -> list[int | None]:
    """The target item each incoming item is (same dedupe key, address or raw content hash), or None."""
    by_key = _lookup(conn, "SELECT dedupe_key, id FROM items WHERE dedupe_key IN "
                           "(SELECT value FROM json_each(?))", {i.dedupe_key for i in items if i.dedupe_key})
    by_address = _lookup(conn, "SELECT address, item_id FROM addresses WHERE address IN "
                               "(SELECT value FROM json_each(?))", {i.url for i in items if i.url})
    by_content = _lookup(conn, "SELECT raw_sha256, min(id) FROM items WHERE raw_sha256 IN "
                               "(SELECT value FROM json_each(?)) GROUP BY raw_sha256",
                         {i.raw_sha256 for i in items if i.raw_sha256})
    found: list[int | None] = []
    for item in items:
        match = by_key.get(item.dedupe_key) if item.dedupe_key else None
        if match is None and item.url:
            match = by_address.get(item.url)
        if match is None and item.raw_sha256:
            match = by_content.get(item.raw_sha256)
        found.append(match)
    return found


def _marks_of(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[dict[str, Any], bool, str, str]]:
    """``{id: (extra, redacted, captured_at, capture_method)}`` of this project's items."""
    rows = conn.execute("SELECT id, extra, redacted, captured_at, capture_method FROM items WHERE id IN "
                        "(SELECT value FROM json_each(?))", (json.dumps(ids),))
    found = {}
    for item_id, extra, redacted, captured, method in rows:
        try:
            decoded = json.loads(extra) if extra else {}
        except ValueError:
            decoded = {}
        found[item_id] = (decoded if isinstance(decoded, dict) else {}, bool(redacted), str(captured), str(method))
    return found


def merge_project(target: Project, path: Path, *, with_story: bool = False) -> MergeReport:
    """Merge the project at ``path`` into ``target`` (one transaction; see the module docstring)."""
    if path.resolve() == target.path.resolve():
        raise ProjectError("merge-itself", path=str(path))
    source, incoming, blocks = _open_source(path)
    report = MergeReport()
    try:
        # A copy of this very project (sent to a colleague and back) has the same identity:
        # it merges like any other, its known items only gaining what the colleague changed.
        origin = project_identity(source)
        theirs_origin, my_origin = _origin(source), _origin(target)
        with target.transaction() as conn:
            report.blobs = _copy_blobs(source, conn, path)
            id_map: dict[int, int] = {}
            fresh_ids: list[int] = []
            known: list[tuple[int, _Incoming]] = []
            for seen, found in zip(incoming, _matches(conn, incoming), strict=True):
                if found is None:
                    fresh_ids.append(seen.id)
                else:
                    id_map[seen.id] = found
                    known.append((found, seen))
            fresh = source.library.get_many(fresh_ids) if fresh_ids else {}
            ordered = [fresh[i] for i in fresh_ids if i in fresh]
            seen_by_id = {seen.id: seen for seen in incoming}
            for item in ordered:
                seen = seen_by_id[item.id or 0]
                entry = {**theirs_origin, "captured_at": seen.captured_at, "capture_method": seen.capture_method}
                item.extra = _with_provenance(item.extra, [entry]) or item.extra
            old_ids = [item.id or 0 for item in ordered]
            for item in ordered:
                item.id = None
            report.added = target.library.add(ordered).added
            id_map.update({old: item.id or 0 for old, item in zip(old_ids, ordered, strict=True)})
            report.existing = [found for found, _item in known]
            report.redacted = _raise_known(target, conn, known, my_origin, theirs_origin)
            report.briefing = _stricter_marks(target, blocks, id_map)
            meta_key = f"merged:{origin}"
            if with_story and target.meta(meta_key) is None:
                report.story_blocks = _append_story(target, source.title, blocks, id_map)
            if target.meta(meta_key) is None:
                target.set_meta(meta_key, to_stored(_now()) or "")
    except DAMAGE as exc:
        raise ProjectError("corrupt", path=str(path), reason=str(exc)) from exc
    finally:
        source.close()
    return report


def _raise_known(target: Project, conn: sqlite3.Connection, known: list[tuple[int, _Incoming]],
                 my_origin: dict[str, Any], theirs_origin: dict[str, Any]) -> int:
    """Give items both projects hold the other's provenance and its redaction; return how many
    were newly redacted."""
    marks = _marks_of(conn, [found for found, _item in known])
    changes: list[tuple[int, dict[str, Any], bool]] = []
    redacted = 0
    for found, theirs in known:
        if found not in marks:
            continue
        extra, is_redacted, captured, method = marks[found]
        # An item with no provenance yet was captured here: record that before the other's.
        entries = [{**my_origin, "captured_at": captured, "capture_method": method}] \
            if not extra.get("provenance") else []
        entries.append({**theirs_origin, "captured_at": theirs.captured_at, "capture_method": theirs.capture_method})
        changed = _with_provenance(extra, entries)
        redact = theirs.redacted and not is_redacted
        redacted += redact
        if changed is not None or redact:
            changes.append((found, changed or extra, redact))
    if changes:
        target.library.raise_marks(changes)
    return redacted


def _now() -> datetime:
    return datetime.now(UTC)


def hidden_items(blocks: list[Block]) -> set[int]:
    """The items a story keeps out of the public recap: in a briefing-only block, or in the
    section of a briefing-only heading."""
    hidden: set[int] = set()
    under_hidden_heading = False
    for block in blocks:
        if block.type is BlockType.HEADING:
            under_hidden_heading = block.visibility is Visibility.BRIEFING
        elif block.item_id is not None and (under_hidden_heading or block.visibility is Visibility.BRIEFING):
            hidden.add(block.item_id)
    return hidden


def _stricter_marks(target: Project, blocks: list[Block], id_map: dict[int, int]) -> int:
    """Make this story's blocks briefing-only wherever the other story hides the same item."""
    hidden = sorted({id_map[i] for i in hidden_items(blocks) if i in id_map})
    if not hidden:
        return 0
    rows = target.query("SELECT id FROM blocks WHERE visibility != ? AND item_id IN "
                        "(SELECT value FROM json_each(?))", (Visibility.BRIEFING.value, json.dumps(hidden)))
    for (block_id,) in rows:
        target.story.update(block_id, visibility=Visibility.BRIEFING)
    return len(rows)


def _append_story(target: Project, title: str, blocks: list[Block], id_map: dict[int, int]) -> int:
    # The other story under a heading that names it (none in an empty story: it becomes
    # the story); a briefing-only heading in it keeps its own section out of the recap.
    # An item this story hides stays hidden in the appended section too (the stricter mark).
    mine = target.story.blocks()
    hidden_here = hidden_items(mine)
    new = [Block(BlockType.HEADING, title)] if mine else []
    for block in blocks:
        item_id = id_map.get(block.item_id) if block.item_id is not None else None
        if block.type is BlockType.ITEM and not item_id:
            continue
        visibility = Visibility.BRIEFING if item_id in hidden_here else block.visibility
        new.append(Block(block.type, block.text, item_id, visibility, block.caption))
    target.story.extend(new)
    return len(new)
