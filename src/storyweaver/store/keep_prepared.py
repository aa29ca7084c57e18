"""Keep the images an export prepared in its project file, when the file may take them now.

The export reads the project through a read-only connection; its caller (the command line,
the editor's export job) then calls :func:`keep_in_file` once, with a short write of its own.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from storyweaver.errors import ProjectError
from storyweaver.store.opening import check_header
from storyweaver.store.prepared_images import PreparedRow, keep_prepared
from storyweaver.store.project import Project
from storyweaver.store.schema import SCHEMA_VERSION
from storyweaver.store.write_gate import gate_for

_PATIENCE_MS = 500
_ANY_WRITE = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
_PER_TRANSACTION = 32


def keep_in_file(path: Path, rows: list[PreparedRow], *, if_idle: bool = False) -> int:
    """Keep ``rows`` in the project file at ``path``, if it can be written and is already in the
    current format (an export never upgrades a file); how many were kept.  These copies only
    save time: a file that cannot take them now (read-only, busy, older) is left as it was.
    ``if_idle``: not while another writer of this process (an import in the editor) is at work,
    whose one long transaction the caller would otherwise wait for."""
    try:
        if not rows or check_header(path) != SCHEMA_VERSION or (if_idle and gate_for(path).busy):
            return 0
        if not path.stat().st_mode & _ANY_WRITE:
            return 0  # marked read-only by its owner: left alone even by a user who could write it (root)
        with Project.open(path) as project:
            # Another process writing (an editor's import) is not worth waiting 10 s for.
            project.query(f"PRAGMA busy_timeout = {_PATIENCE_MS}")
            # A few images per transaction: an edit typed meanwhile goes in between (write gate).
            return sum(keep_prepared(project, rows[n:n + _PER_TRANSACTION])
                       for n in range(0, len(rows), _PER_TRANSACTION))
    except (ProjectError, sqlite3.Error, OSError):
        return 0
