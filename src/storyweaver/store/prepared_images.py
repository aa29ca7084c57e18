"""Export images kept once prepared: resized, stripped and re-encoded the way an output shows
them, so that a later export need not decode and re-encode the same photograph again.

A row is found only by the original's SHA-256 *and* the full recipe of its preparation
(purpose, redaction, cropping, sizes, quality, the version of the code that made it and
Pillow's): a copy is never served for another picture, audience or preparation.
Copies carrying EXIF are never kept (``keep_exif`` exports prepare their images afresh).
Rows follow their original: deleting the blob deletes them (foreign key, ON DELETE CASCADE).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from storyweaver.store.project import Project


class PreparedRow(NamedTuple):
    sha256: str
    recipe: str
    mime: str
    width: int
    height: int
    data: bytes


def read_prepared(project: Project, sha256: str, recipe: str) -> PreparedRow | None:
    rows = project.query("SELECT mime, width, height, data FROM prepared_images WHERE sha256 = ? AND recipe = ?",
                         (sha256, recipe))
    if not rows:
        return None
    mime, width, height, data = rows[0]
    # A damaged or hand-made record may hold other types: treated as absent (prepared afresh).
    if not (isinstance(data, bytes) and isinstance(mime, str) and isinstance(width, int)
            and isinstance(height, int) and width > 0 and height > 0):
        return None
    return PreparedRow(sha256, recipe, mime, width, height, data)


def keep_prepared(project: Project, rows: Iterable[PreparedRow]) -> int:
    """Store ``rows`` (those whose original is still stored), in one transaction; how many.

    A recipe starts with the version of the code that prepared it (``v2+pillow12.0.0;...``): copies made
    by another version are never used again, so they are dropped when new ones are kept."""
    kept = 0
    versions: set[str] = set()
    with project.transaction() as conn:
        for row in rows:
            version = row.recipe.split(";", 1)[0] + ";"
            if version not in versions:
                versions.add(version)
                conn.execute("DELETE FROM prepared_images WHERE substr(recipe, 1, ?) != ?", (len(version), version))
            cursor = conn.execute(
                "INSERT OR REPLACE INTO prepared_images (sha256, recipe, mime, width, height, data)"
                " SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM blobs WHERE sha256 = ?)",
                (*row, row.sha256))
            kept += max(0, cursor.rowcount)
    return kept

